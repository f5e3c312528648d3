/** Typed errors of the gaps area; tests check the class, people read the message. */

import { VernetztError } from "../model/vernetzt-error.js";

/**
 * An option of `gaps` has a value it cannot use (e.g. a negative number of permutations).
 *
 * @example
 * ```ts
 * import { GapsOptionError, resolveGapsOptions } from "@vernetzt/core/gaps";
 *
 * try {
 *   resolveGapsOptions({ permutations: -1 });
 * } catch (error) {
 *   error instanceof GapsOptionError //=> true
 *   String((error as GapsOptionError).params.option) //=> "permutations"
 * }
 * ```
 */
export class GapsOptionError extends VernetztError {
  override readonly name = "GapsOptionError";
  readonly params: { option: string; value: string; expected: string };
  constructor(option: string, value: unknown, expected: string) {
    const shown = typeof value === "string" ? JSON.stringify(value) : String(value);
    super(`vernetzt/gaps: option ${option} must be ${expected}, got ${shown}.`, {
      code: "GAPS_OPTION",
      usage: true,
    });
    this.params = { option, value: shown, expected };
  }
}
