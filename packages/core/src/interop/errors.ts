/** Typed errors of the interop area (bad input data is reported, never thrown: these are caller mistakes). */

/** A dataset cannot be written in a format (e.g. an id with spaces in an edge list), or an option is wrong. */
export class InteropExportError extends Error {
  override name = "InteropExportError";
  constructor(
    /** The option or field that is the problem. */
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}
