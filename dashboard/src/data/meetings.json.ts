/**
 * Data loader: `meetings.json` for its dashboard page. Writes JSON to stdout; the computation is `meetingsData` in
 * `loaders/meetings-data.ts`, the same function the upload worker calls in the browser.
 */

import { readDataset } from "../../loaders/dataset.js";
import { meetingsData } from "../../loaders/meetings-data.js";

readDataset()
  .then(meetingsData)
  .then((output) => process.stdout.write(JSON.stringify(output)))
  .catch((error: unknown) => {
    process.stderr.write(`meetings.json: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
