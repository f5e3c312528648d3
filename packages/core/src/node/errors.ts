/** Typed errors of the Node entry point. */

import { VernetztError } from "../model/vernetzt-error.js";

/**
 * The dataset path does not exist or is not a dataset folder or file.
 *
 * @example
 * ```ts
 * import { DatasetPathError, loadDataset } from "@vernetzt/core/node";
 *
 * try {
 *   await loadDataset("/no/such/folder");
 * } catch (error) {
 *   error instanceof DatasetPathError //=> true
 *   String((error as DatasetPathError).path) //=> "/no/such/folder"
 * }
 * ```
 */
export class DatasetPathError extends VernetztError {
  override name = "DatasetPathError";
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message, { code: "DATASET_PATH", usage: true });
  }
}
