/**
 * Data loader: the gaps between districts and between sectors and the district centres, for the Lückenkarte page. Writes JSON to stdout; the computation is `gapsData` in
 * `loaders/gaps-data.ts`, the same function the upload worker calls in the browser
 * (computed once per build: the Überblick's loader uses it too).
 */

import { builtPart, readDataset } from "../../loaders/dataset.js";
import { gapsData } from "../../loaders/gaps-data.js";

readDataset()
  .then((dataset) => builtPart("gaps", () => gapsData(dataset)))
  .then((output) => process.stdout.write(JSON.stringify(output)))
  .catch((error: unknown) => {
    process.stderr.write(`gaps.json: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
