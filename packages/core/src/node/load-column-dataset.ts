/**
 * Loading a dataset folder as typed columns (`io/column-dataset.ts`), for networks of a region: no file size
 * limit (the columns need a fraction of the memory of the normal reader's objects). When the column reader
 * does not take the folder (`unsupported`), read it with `loadDataset`, which reports every problem.
 */
import { basename } from "node:path";
import { type ColumnDatasetOptions, type ColumnReadResult, readColumnDataset } from "../io/column-dataset.js";
import { readDatasetFiles } from "./load-dataset.js";

/**
 * Reads a dataset folder into typed columns, or says why the normal reader must read it.
 *
 * @example
 * ```ts
 * import { loadColumnDataset } from "@vernetzt/core/node";
 *
 * const result = await loadColumnDataset("data/sample");
 * "unsupported" in result //=> true
 * ```
 */
export async function loadColumnDataset(
  path: string,
  options: ColumnDatasetOptions = {},
): Promise<ColumnReadResult> {
  const files = await readDatasetFiles(path, { maxFileBytes: Number.POSITIVE_INFINITY });
  const name = options.name ?? basename(path.replace(/[\\/]+$/, ""));
  return readColumnDataset(files, { ...options, name });
}
