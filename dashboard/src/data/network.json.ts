/**
 * Data loader: the network of the chosen dataset for the Netzwerk, Akteure and Methodik pages
 * (`networkDataOf`: core's layout, actor measures and communities). Writes `NetworkData` JSON to stdout.
 */
import { networkDataOf } from "../../browser/network-data-of.js";
import { readDataset } from "../../loaders/dataset.js";

readDataset()
  .then((dataset) => process.stdout.write(JSON.stringify(networkDataOf(dataset))))
  .catch((error: unknown) => {
    process.stderr.write(`network.json: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
