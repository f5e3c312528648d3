/**
 * Data loader: recommended introductions in the latest wave, for the Empfehlungen page. Writes JSON to stdout; the computation is `recommendationsData` in
 * `loaders/recommendations-data.ts`, the same function the upload worker calls in the browser
 * (computed once per build: the Überblick's loader uses it too).
 */

import { builtPart, readDataset } from "../../loaders/dataset.js";
import { recommendationsData } from "../../loaders/recommendations-data.js";

readDataset()
  .then((dataset) => builtPart("recommendations", () => recommendationsData(dataset)))
  .then((output) => process.stdout.write(JSON.stringify(output)))
  .catch((error: unknown) => {
    process.stderr.write(`recommendations.json: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
