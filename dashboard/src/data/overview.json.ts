/**
 * Data loader: what the chosen dataset contains, for the Überblick page and the dataset banner of every
 * page. Writes JSON to stdout; the computation is `overviewData` in `loaders/overview-data.ts` (the same
 * function the upload worker calls), plus the folder's optional `dataset.json` note (title, notice, story,
 * wave names). The gap and recommendation parts it draws on are computed once per build (`builtPart`).
 */
import { readDatasetNote } from "@vernetzt/core/node";
import { builtPart, dataFolder, readDataset } from "../../loaders/dataset.js";
import { gapsData } from "../../loaders/gaps-data.js";
import { overviewData } from "../../loaders/overview-data.js";
import { recommendationsData } from "../../loaders/recommendations-data.js";

readDataset()
  .then(async (dataset) =>
    overviewData(dataset, (await readDatasetNote(dataFolder(), "de")).note, {
      gaps: builtPart("gaps", () => gapsData(dataset)),
      recommendations: builtPart("recommendations", () => recommendationsData(dataset)),
    }),
  )
  .then((output) => process.stdout.write(JSON.stringify(output)))
  .catch((error: unknown) => {
    process.stderr.write(`overview.json: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
