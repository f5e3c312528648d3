/** Typed errors of the Node entry point. */

/** The dataset path does not exist or is not a dataset folder or file. */
export class DatasetPathError extends Error {
  override name = "DatasetPathError";
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}
