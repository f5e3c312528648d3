/** Typed errors of the table plan; tests check the class and `params`, people read the message. */

import { VernetztError } from "../model/vernetzt-error.js";

/**
 * An option of the table plan has a value it cannot use.
 *
 * @example
 * ```ts
 * import { resolveSeatingContextOptions, SeatingOptionError } from "@vernetzt/core/seating";
 *
 * try {
 *   resolveSeatingContextOptions({ gapCount: -1 });
 * } catch (error) {
 *   error instanceof SeatingOptionError //=> true
 *   String((error as SeatingOptionError).params.option) //=> "gapCount"
 * }
 * ```
 */
export class SeatingOptionError extends VernetztError {
  override readonly name = "SeatingOptionError";
  readonly params: { option: string; value: string; expected: string };
  constructor(option: string, value: unknown, expected: string) {
    const shown =
      typeof value === "string" ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
    super(`vernetzt/seating: option ${option} must be ${expected}, got ${shown}.`, {
      code: "SEATING_OPTION",
      usage: true,
    });
    this.params = { option, value: shown, expected };
  }
}

/** Why the participants cannot be seated. */
export type SeatingInputReason =
  | "unknown-participants"
  | "too-few-participants"
  | "more-tables-than-participants";

/**
 * The participants of a table plan cannot be used: ids the data do not know (all listed in `params.values`),
 * fewer than two participants, or more tables than participants.
 *
 * @example
 * ```ts
 * import { pairValues, SeatingInputError } from "@vernetzt/core/seating";
 *
 * const context = { wave: "1", actors: [], tied: [], recommended: [], gaps: [], districtNames: {} };
 * try {
 *   pairValues(context, ["a17", "b4"]);
 * } catch (error) {
 *   error instanceof SeatingInputError //=> true
 *   const params = (error as SeatingInputError).params;
 *   params //=> { reason: "unknown-participants", values: ["a17", "b4"] }
 * }
 * ```
 */
export class SeatingInputError extends VernetztError {
  override readonly name = "SeatingInputError";
  readonly params: { reason: SeatingInputReason; values: string[] };
  constructor(reason: SeatingInputReason, values: readonly string[] = []) {
    const text =
      reason === "unknown-participants"
        ? `${values.length} participant${values.length === 1 ? " is" : "s are"} not in the actors list: ${values.slice(0, 10).join(", ")}${values.length > 10 ? ", …" : ""}. Use the actors' ids (or exact names).`
        : reason === "too-few-participants"
          ? "a table plan needs at least two participants."
          : `there are more tables (${values[0]}) than participants (${values[1]}).`;
    super(`vernetzt/seating: ${text}`, { code: "SEATING_INPUT", usage: true });
    this.params = { reason, values: [...values] };
  }
}
