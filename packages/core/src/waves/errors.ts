/** Typed errors of the waves area; tests check the class, people read the message. */

import { VernetztError } from "../model/vernetzt-error.js";

/**
 * An option of `compareWaves` has a value it cannot use (e.g. a group size below 1).
 *
 * @example
 * ```ts
 * import { WavesOptionError } from "@vernetzt/core/waves";
 *
 * const error = new WavesOptionError("minGroupSize", 0, "an integer ≥ 1");
 * error.params.option //=> "minGroupSize"
 * error.message //=> "vernetzt/waves: option minGroupSize must be an integer ≥ 1, got 0."
 * ```
 */
export class WavesOptionError extends VernetztError {
  override readonly name = "WavesOptionError";
  readonly params: { option: string; value: string; expected: string };
  constructor(option: string, value: unknown, expected: string) {
    const shown = typeof value === "string" ? JSON.stringify(value) : String(value);
    super(`vernetzt/waves: option ${option} must be ${expected}, got ${shown}.`, {
      code: "WAVES_OPTION",
      usage: true,
    });
    this.params = { option, value: shown, expected };
  }
}
