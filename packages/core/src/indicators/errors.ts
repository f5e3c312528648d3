/** Typed errors of the indicator; tests check the class, people read the message. */

import { VernetztError } from "../model/vernetzt-error.js";

/**
 * An option of the indicator has a value it cannot use.
 *
 * @example
 * ```ts
 * import { IndicatorOptionError, resolveIndicatorOptions } from "@vernetzt/core/indicators";
 *
 * try {
 *   resolveIndicatorOptions({ level: 95 }); // a share, not a percentage
 * } catch (error) {
 *   error instanceof IndicatorOptionError //=> true
 *   String((error as IndicatorOptionError).params.option) //=> "level"
 * }
 * ```
 */
export class IndicatorOptionError extends VernetztError {
  override readonly name = "IndicatorOptionError";
  readonly params: { option: string; value: string; expected: string };
  constructor(option: string, value: unknown, expected: string) {
    const shown = typeof value === "string" ? JSON.stringify(value) : String(value);
    super(`vernetzt/indicators: option ${option} must be ${expected}, got ${shown}.`, {
      code: "INDICATOR_OPTION",
      usage: true,
    });
    this.params = { option, value: shown, expected };
  }
}
