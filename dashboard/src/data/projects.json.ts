/**
 * Data loader: `projects.json` for its dashboard page. Writes JSON to stdout; the computation is `projectsData` in
 * `loaders/projects-data.ts`, the same function the upload worker calls in the browser.
 */

import { readDataset } from "../../loaders/dataset.js";
import { projectsData } from "../../loaders/projects-data.js";

readDataset()
  .then(projectsData)
  .then((output) => process.stdout.write(JSON.stringify(output)))
  .catch((error: unknown) => {
    process.stderr.write(`projects.json: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
