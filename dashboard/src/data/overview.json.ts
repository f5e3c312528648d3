/**
 * Data loader: what the chosen dataset contains, for the Überblick page and the "what exists" notes of
 * every page. Counts only; analyses come from their own loaders. Writes JSON to stdout.
 */
import { districtNames, readDataset } from "../../loaders/dataset.js";

async function main(): Promise<void> {
  const dataset = await readDataset();
  const districtName = districtNames(dataset);
  const distinct = (values: Array<string | undefined>) =>
    [...new Set(values.filter((v): v is string => Boolean(v)))].sort((a, b) => a.localeCompare(b, "de"));
  const overview = {
    name: dataset.name,
    actors: dataset.actors.length,
    ties: dataset.ties.length,
    directed: dataset.directed,
    waves: dataset.waves.map((wave) => ({ wave, ties: dataset.ties.filter((t) => t.wave === wave).length })),
    districts: distinct(dataset.actors.map((a) => districtName(a.district))),
    sectors: distinct(dataset.actors.map((a) => a.sector)),
    topics: distinct(dataset.actors.flatMap((a) => a.topics)),
    events: dataset.events.length,
    hasRespondents: dataset.respondents !== undefined,
    hasCoordinates: dataset.actors.some((a) => a.lat !== undefined && a.lon !== undefined),
  };
  process.stdout.write(JSON.stringify(overview));
}

main().catch((error: unknown) => {
  process.stderr.write(`overview.json: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
