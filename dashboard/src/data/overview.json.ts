/**
 * Data loader: what the chosen dataset contains, for the Überblick page and the dataset banner of every
 * page. Writes JSON to stdout; the computation is `overviewData` in `loaders/overview-data.ts` (the same
 * function the upload worker calls), plus the folder's optional `dataset.json` note (title, notice, story,
 * wave names). The gap and recommendation parts it draws on are computed once per build (`builtPart`).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { builtPart, dataFolder, readDataset } from "../../loaders/dataset.js";
import { gapsData } from "../../loaders/gaps-data.js";
import { type DatasetNote, NO_NOTE, overviewData } from "../../loaders/overview-data.js";
import { recommendationsData } from "../../loaders/recommendations-data.js";

/** The German texts of the folder's optional `dataset.json` (see data/sample/README.md), or none. */
function datasetNote(folder: string): DatasetNote {
  const path = join(folder, "dataset.json");
  if (!existsSync(path)) return NO_NOTE;
  const note = JSON.parse(readFileSync(path, "utf8")) as {
    title?: { de?: string };
    notice?: { de?: string };
    story?: { de?: string[] };
    waves?: Record<string, unknown>;
  };
  // Wave names, e.g. {"1": "2023"}: text values only.
  const waves = Object.fromEntries(
    Object.entries(note.waves ?? {}).filter(
      (entry): entry is [string, string] => typeof entry[1] === "string",
    ),
  );
  return {
    title: note.title?.de ?? null,
    notice: note.notice?.de ?? null,
    story: note.story?.de ?? [],
    waves,
  };
}

readDataset()
  .then((dataset) =>
    overviewData(dataset, datasetNote(dataFolder()), {
      gaps: builtPart("gaps", () => gapsData(dataset)),
      recommendations: builtPart("recommendations", () => recommendationsData(dataset)),
    }),
  )
  .then((output) => process.stdout.write(JSON.stringify(output)))
  .catch((error: unknown) => {
    process.stderr.write(`overview.json: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
