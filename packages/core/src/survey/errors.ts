/** Typed errors of the survey; tests check the class, people read the message. */

import { VernetztError } from "../model/vernetzt-error.js";

/**
 * An option of the survey has a value it cannot use.
 *
 * @example
 * ```ts
 * import { resolveSurveyFormOptions, SurveyOptionError } from "@vernetzt/core/survey";
 *
 * try {
 *   resolveSurveyFormOptions({ writeInRows: -1 });
 * } catch (error) {
 *   error instanceof SurveyOptionError //=> true
 *   const problem = error as SurveyOptionError;
 *   problem.option //=> "writeInRows"
 * }
 * ```
 */
export class SurveyOptionError extends VernetztError {
  override readonly name = "SurveyOptionError";
  constructor(
    readonly option: string,
    readonly value: string,
    readonly expected: string,
  ) {
    super(`vernetzt/survey: option ${option} must be ${expected}, got ${JSON.stringify(value)}.`, {
      code: "SURVEY_OPTION",
      usage: true,
    });
  }
}
