/** Typed errors of the interop area (bad input data is reported, never thrown: these are caller mistakes). */

import { VernetztError } from "../model/vernetzt-error.js";

/**
 * A dataset cannot be written in a format (e.g. an id with spaces in an edge list), or an option is wrong.
 *
 * @example
 * ```ts
 * import { datasetToEdgeList, InteropExportError } from "@vernetzt/core/interop";
 * import { parseDataset } from "@vernetzt/core/io";
 *
 * const { dataset } = await parseDataset([
 *   { name: "actors.csv", data: "id,name\nKita Nord,Kita Nord\nJugendtreff,Jugendtreff" },
 *   { name: "ties.csv", data: "source,target\nKita Nord,Jugendtreff" },
 * ]);
 * try {
 *   datasetToEdgeList(dataset!); // "Kita Nord" has a space: an edge list cannot hold it
 * } catch (error) {
 *   error instanceof InteropExportError //=> true
 *   String((error as InteropExportError).field) //=> "id"
 * }
 * ```
 */
export class InteropExportError extends VernetztError {
  override name = "InteropExportError";
  constructor(
    /** The option or field that is the problem. */
    readonly field: string,
    message: string,
  ) {
    super(message, { code: "INTEROP_EXPORT", usage: true });
  }
}
