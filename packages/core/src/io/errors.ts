/** Typed errors of the io area (bad input data never throws: it is reported; these are programming errors). */

/** An option of `parseDataset`/`loadDataset` has a value it cannot take. */
export class LoadOptionError extends Error {
  override name = "LoadOptionError";
  constructor(
    readonly option: string,
    message: string,
  ) {
    super(message);
  }
}
