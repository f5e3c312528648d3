/**
 * Data loader: the network (layout, measures, communities) for the Netzwerk, Akteure and Methodik pages. Writes JSON to stdout; the computation is `networkDataOf` in
 * `browser/network-data-of.ts`, the same function the upload worker calls in the browser.
 */
import { networkDataOf } from "../../browser/network-data-of.js";
import { readDataset } from "../../loaders/dataset.js";

readDataset()
  .then(networkDataOf)
  .then((output) => process.stdout.write(JSON.stringify(output)))
  .catch((error: unknown) => {
    process.stderr.write(`network.json: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
