/**
 * The Lückenkarte JSON (`gaps.json`): the gaps of the latest wave between districts and between sectors
 * (core's `gaps`, seeded permutation test) and the district centres for the map. Districts use the
 * `external` null model (ties across district borders only), since most ties stay inside a district;
 * sectors the degree model. Pure: the data loader and the upload worker both call {@link gapsData}.
 * Pairs with a district or sector of fewer than 5 actors come from core without figures (`null`,
 * `suppressed: true`, `suppressedCategories`): the page shows "< 5" for them (privacy).
 */
import { buildGraph, type Dataset, type GapsResult, gaps, latestWave } from "@vernetzt/core";
import { districtNames } from "../browser/dataset-graphs.js";

/** Permutations of the significance test (seeded: same data, same p-values). */
export const GAP_PERMUTATIONS = 999;

/** A district centre on the map. */
export interface GapPlace {
  name: string;
  lat: number;
  lon: number;
  actors: number;
}

/** The `gaps.json` contract: `null` where the actors have no district / sector. */
export interface GapsData {
  wave: string;
  places: GapPlace[];
  permutations: number;
  district: GapsResult | null;
  sector: GapsResult | null;
}

/** Gaps between districts and between sectors of `dataset`'s latest wave, with display names. */
export function gapsData(dataset: Dataset, permutations: number = GAP_PERMUTATIONS): GapsData {
  const wave = latestWave(dataset);
  const graph = buildGraph(dataset, { wave });
  const districtName = districtNames(dataset);
  const labels = Object.fromEntries(dataset.districts.map((d) => [d.id, d.name]));
  const hasDistricts = dataset.actors.some((a) => a.district);
  const hasSectors = dataset.actors.some((a) => a.sector);
  const named = (result: GapsResult, name: (c: string) => string): GapsResult => ({
    ...result,
    categories: result.categories.map(name),
    suppressedCategories: result.suppressedCategories.map(name),
    gaps: result.gaps.map((gap) => ({ ...gap, a: name(gap.a), b: name(gap.b) })),
  });
  const actorsPerDistrict = new Map<string, number>();
  for (const actor of dataset.actors) {
    if (actor.district)
      actorsPerDistrict.set(actor.district, (actorsPerDistrict.get(actor.district) ?? 0) + 1);
  }
  const places = dataset.districts.flatMap((d) =>
    d.lat !== undefined && d.lon !== undefined
      ? [{ name: d.name, lat: d.lat, lon: d.lon, actors: actorsPerDistrict.get(d.id) ?? 0 }]
      : [],
  );
  return {
    wave,
    places,
    permutations,
    district: hasDistricts
      ? named(
          gaps(graph, { by: "district", expectation: "external", permutations, labels }),
          (c) => districtName(c) ?? c,
        )
      : null,
    sector: hasSectors
      ? named(gaps(graph, { by: "sector", expectation: "degree", permutations }), (c) => c)
      : null,
  };
}
