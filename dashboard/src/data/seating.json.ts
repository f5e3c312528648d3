/**
 * Data loader: `seating.json` for its dashboard page. Writes JSON to stdout; the computation is `seatingData` in
 * `loaders/seating-data.ts`, the same function the upload worker calls in the browser.
 */

import { readDataset } from "../../loaders/dataset.js";
import { seatingData } from "../../loaders/seating-data.js";

readDataset()
  .then(seatingData)
  .then((output) => process.stdout.write(JSON.stringify(output)))
  .catch((error: unknown) => {
    process.stderr.write(`seating.json: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
