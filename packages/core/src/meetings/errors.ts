/** Typed errors of the meetings views (working groups, table plan); tests check the class, people read the message. */

import { VernetztError } from "../model/vernetzt-error.js";

/**
 * An option of a meetings function has a value it cannot use.
 *
 * @example
 * ```ts
 * import { MeetingsOptionError, resolveWorkingGroupsOptions } from "@vernetzt/core/meetings";
 *
 * try {
 *   resolveWorkingGroupsOptions({ establishedFrom: 0 });
 * } catch (error) {
 *   error instanceof MeetingsOptionError //=> true
 *   String((error as MeetingsOptionError).params.option) //=> "establishedFrom"
 * }
 * ```
 */
export class MeetingsOptionError extends VernetztError {
  override readonly name = "MeetingsOptionError";
  readonly params: { option: string; value: string; expected: string };
  constructor(option: string, value: unknown, expected: string) {
    const shown =
      typeof value === "string" ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
    super(`vernetzt/meetings: option ${option} must be ${expected}, got ${shown}.`, {
      code: "MEETINGS_OPTION",
      usage: true,
    });
    this.params = { option, value: shown, expected };
  }
}
