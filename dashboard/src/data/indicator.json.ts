/**
 * Data loader: the 6.3.3 indicator per wave with components and districts, for the Entwicklung page. Writes JSON to stdout; the computation is `indicatorData` in
 * `loaders/indicator-data.ts`, the same function the upload worker calls in the browser.
 */

import { readDataset } from "../../loaders/dataset.js";
import { indicatorData } from "../../loaders/indicator-data.js";

readDataset()
  .then(indicatorData)
  .then((output) => process.stdout.write(JSON.stringify(output)))
  .catch((error: unknown) => {
    process.stderr.write(`indicator.json: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
