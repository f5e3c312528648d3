/** Typed errors of the model area, so callers (and tests) can tell the kinds apart. */

import { VernetztError } from "./vernetzt-error.js";

/**
 * A wave was asked for that the dataset does not have.
 *
 * @example
 * ```ts
 * import { parseDataset } from "@vernetzt/core/io";
 * import { buildGraph, UnknownWaveError } from "@vernetzt/core/model";
 *
 * const { dataset } = await parseDataset([
 *   { name: "actors.csv", data: "id,name\na,Alpha\nb,Beta" },
 *   { name: "ties.csv", data: "source,target,wave\na,b,2024" },
 * ]);
 * try {
 *   buildGraph(dataset!, { wave: "2019" });
 * } catch (error) {
 *   error instanceof UnknownWaveError //=> true
 *   String((error as UnknownWaveError).waves) //=> "2024"
 * }
 * ```
 */
export class UnknownWaveError extends VernetztError {
  override name = "UnknownWaveError";
  constructor(
    readonly wave: string,
    readonly waves: readonly string[],
  ) {
    super(`vernetzt: the dataset has no wave "${wave}"; its waves are: ${waves.join(", ")}.`, {
      code: "UNKNOWN_WAVE",
      usage: true,
    });
  }
}
