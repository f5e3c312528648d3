/**
 * Data loader: the gaps of the latest wave between districts and between sectors (core's `gaps`, seeded
 * permutation test), and the district centres for the map, for the Lückenkarte page. Districts use the `external` null model (ties across
 * district borders only), since most ties stay inside a district; sectors the degree model. JSON to stdout.
 */
import { buildGraph, type GapsResult, gaps, latestWave } from "@vernetzt/core";
import { districtNames, readDataset } from "../../loaders/dataset.js";

const PERMUTATIONS = 999;

async function main(): Promise<void> {
  const dataset = await readDataset();
  const wave = latestWave(dataset);
  const graph = buildGraph(dataset, { wave });
  const districtName = districtNames(dataset);
  const labels = Object.fromEntries(dataset.districts.map((d) => [d.id, d.name]));
  const hasDistricts = dataset.actors.some((a) => a.district);
  const hasSectors = dataset.actors.some((a) => a.sector);
  const named = (result: GapsResult, name: (c: string) => string) => ({
    ...result,
    categories: result.categories.map(name),
    gaps: result.gaps.map((gap) => ({ ...gap, a: name(gap.a), b: name(gap.b) })),
  });
  const actorsPerDistrict = new Map<string, number>();
  for (const actor of dataset.actors) {
    if (actor.district)
      actorsPerDistrict.set(actor.district, (actorsPerDistrict.get(actor.district) ?? 0) + 1);
  }
  const places = dataset.districts
    .filter((d) => d.lat !== undefined && d.lon !== undefined)
    .map((d) => ({ name: d.name, lat: d.lat!, lon: d.lon!, actors: actorsPerDistrict.get(d.id) ?? 0 }));
  const output = {
    wave,
    /** District centres for the map; empty when the dataset has no coordinates. */
    places,
    permutations: PERMUTATIONS,
    district: hasDistricts
      ? named(
          gaps(graph, { by: "district", expectation: "external", permutations: PERMUTATIONS, labels }),
          (c) => districtName(c) ?? c,
        )
      : null,
    sector: hasSectors
      ? named(gaps(graph, { by: "sector", expectation: "degree", permutations: PERMUTATIONS }), (c) => c)
      : null,
  };
  process.stdout.write(JSON.stringify(output));
}

main().catch((error: unknown) => {
  process.stderr.write(`gaps.json: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
