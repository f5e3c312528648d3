/**
 * Data loader: what the chosen dataset contains, for the Überblick page and the "what exists" notes of
 * every page. Counts only; analyses come from their own loaders. Writes JSON to stdout.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { dataFolder, districtNames, readDataset } from "../../loaders/dataset.js";

/**
 * The optional `dataset.json` note of a dataset folder (title, notice, story, in German and English; see
 * data/sample/README.md): the German texts, or nulls.
 */
function datasetNote(folder: string): { title: string | null; notice: string | null; story: string[] } {
  const path = join(folder, "dataset.json");
  if (!existsSync(path)) return { title: null, notice: null, story: [] };
  const note = JSON.parse(readFileSync(path, "utf8")) as {
    title?: { de?: string };
    notice?: { de?: string };
    story?: { de?: string[] };
  };
  return { title: note.title?.de ?? null, notice: note.notice?.de ?? null, story: note.story?.de ?? [] };
}

async function main(): Promise<void> {
  const dataset = await readDataset();
  const districtName = districtNames(dataset);
  const distinct = (values: Array<string | undefined>) =>
    [...new Set(values.filter((v): v is string => Boolean(v)))].sort((a, b) => a.localeCompare(b, "de"));
  const overview = {
    name: dataset.name,
    ...datasetNote(dataFolder()),
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
