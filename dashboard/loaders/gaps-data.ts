/**
 * The Lückenkarte JSON (`gaps.json`): the gaps of every wave between districts and between sectors
 * (core's `gaps` with its default null model, the one `vernetzt gaps` uses too, seeded permutation test),
 * the districts and sectors with no tie to any other (`isolated`, shown first), and the district centres for
 * the map. Pure: the data loader and the upload worker both call {@link gapsData}.
 * Pairs with a district or sector of fewer than 5 actors come from core without figures (`null`,
 * `suppressed: true`, `suppressedCategories`): the page shows "< 5" for them (privacy).
 *
 * Each district gap also carries `paths`: the number of independent paths between the two districts' actors
 * (core's `minimumCut` between the two groups), i.e. how many cooperations would have to end before the two
 * have no connection at all, not even through other districts. A gap with no direct tie may still be well
 * connected indirectly, or hang on a single path. `null` for suppressed pairs and above
 * {@link PATHS_MAX_ACTORS} actors (Edmonds–Karp per pair would cost seconds on a whole city).
 *
 * Core gives each gap's reasons as codes; here they become German sentences (`gapReasonText`), as the pages
 * show them.
 */
import {
  buildGraph,
  categorizeActors,
  type Dataset,
  type Gap,
  type GapsResult,
  gapReasonText,
  gaps,
  type IsolatedCategory,
  latestWave,
  minimumCut,
  type VernetztGraph,
} from "@vernetzt/core";
import { districtNames } from "../browser/dataset-graphs.js";

/** Permutations of the significance test (seeded: same data, same p-values). */
export const GAP_PERMUTATIONS = 999;

/** Above this many actors the district gaps come without `paths`. */
export const PATHS_MAX_ACTORS = 5000;

/** A gap with its reasons in German words. */
export type WordedGap = Omit<Gap, "reasons"> & { reasons: string[] };

/** A category without ties to the others, its reasons in German words. */
export type WordedIsolatedCategory = Omit<IsolatedCategory, "reasons"> & { reasons: string[] };

/** Core's gaps with display names and the reasons in German words. */
export interface WordedGapsResult extends Omit<GapsResult, "gaps" | "isolated"> {
  gaps: WordedGap[];
  isolated: WordedIsolatedCategory[];
}

/** A gap between two districts, with the independent paths between them. */
export interface DistrictGap extends WordedGap {
  /** Independent paths between the two districts' actors; `null` when suppressed or not computed. */
  paths: number | null;
}

/** The district gaps: core's result with `paths` on every gap. */
export interface DistrictGapsResult extends Omit<WordedGapsResult, "gaps"> {
  gaps: DistrictGap[];
  /** False when the network is too large for `paths` ({@link PATHS_MAX_ACTORS}). */
  pathsComputed: boolean;
}

/** A district centre on the map. */
export interface GapPlace {
  name: string;
  lat: number;
  lon: number;
  actors: number;
}

/** The gaps of one wave: `null` where the actors have no district / sector. */
export interface GapsOfWave {
  wave: string;
  district: DistrictGapsResult | null;
  sector: WordedGapsResult | null;
}

/**
 * The `gaps.json` contract: the latest wave's gaps (`wave`, `district`, `sector`), the earlier waves' in
 * `previousWaves` (oldest first; for the page's wave selector), and the district centres.
 */
export interface GapsData extends GapsOfWave {
  places: GapPlace[];
  permutations: number;
  previousWaves: GapsOfWave[];
}

/** Gaps between districts and between sectors of every wave of `dataset`, with display names. */
export function gapsData(dataset: Dataset, permutations: number = GAP_PERMUTATIONS): GapsData {
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
  const waves = dataset.waves.map((wave) => gapsOfWave(dataset, wave, permutations));
  const latest = waves.at(-1) ?? gapsOfWave(dataset, latestWave(dataset), permutations);
  return { ...latest, places, permutations, previousWaves: waves.slice(0, -1) };
}

/** The gaps of one wave, with display names (core's default null model, as `vernetzt gaps`). */
export function gapsOfWave(dataset: Dataset, wave: string, permutations: number): GapsOfWave {
  const graph = buildGraph(dataset, { wave });
  const districtName = districtNames(dataset);
  const labels = Object.fromEntries(dataset.districts.map((d) => [d.id, d.name]));
  const districtResult = dataset.actors.some((a) => a.district)
    ? gaps(graph, { by: "district", permutations, labels })
    : null;
  return {
    wave,
    district: districtResult && withPaths(graph, districtResult, (c) => districtName(c) ?? c),
    sector: dataset.actors.some((a) => a.sector)
      ? worded(gaps(graph, { by: "sector", permutations }), (c) => c)
      : null,
  };
}

/** Core's result with display names (`name`) and German reasons. */
function worded(result: GapsResult, name: (c: string) => string): WordedGapsResult {
  const words = (reasons: GapsResult["gaps"][number]["reasons"]) =>
    reasons.map((reason) => gapReasonText(reason, "de"));
  return {
    ...result,
    categories: result.categories.map(name),
    suppressedCategories: result.suppressedCategories.map(name),
    isolated: result.isolated.map((c) => ({ ...c, category: name(c.category), reasons: words(c.reasons) })),
    gaps: result.gaps.map((gap) => ({ ...gap, a: name(gap.a), b: name(gap.b), reasons: words(gap.reasons) })),
  };
}

/**
 * Core's district gaps worded (display names by `name`, German reasons), with the independent paths between
 * the two districts of every (unsuppressed) gap.
 */
function withPaths(
  graph: VernetztGraph,
  result: GapsResult,
  name: (c: string) => string,
): DistrictGapsResult {
  const pathsComputed = graph.order <= PATHS_MAX_ACTORS;
  const groups = categorizeActors(graph, "district");
  const members = (category: string) => {
    const code = groups.categories.indexOf(category);
    return groups.actors.filter((_, i) => groups.codes[i] === code);
  };
  const paths = result.gaps.map((gap) =>
    gap.suppressed || !pathsComputed ? null : minimumCut(graph, members(gap.a), members(gap.b)).value,
  );
  const shown = worded(result, name);
  return { ...shown, pathsComputed, gaps: shown.gaps.map((gap, i) => ({ ...gap, paths: paths[i]! })) };
}
