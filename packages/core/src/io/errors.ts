/** Typed errors of the io area (bad input data never throws: it is reported; these are programming errors). */

import { VernetztError } from "../model/vernetzt-error.js";

/**
 * An option of `parseDataset`/`loadDataset` has a value it cannot take.
 *
 * @example
 * ```ts
 * import { LoadOptionError, parseDataset } from "@vernetzt/core/io";
 * import type { MessageLang } from "@vernetzt/core/io";
 *
 * try {
 *   await parseDataset([], { lang: "fr" as MessageLang });
 * } catch (error) {
 *   error instanceof LoadOptionError //=> true
 *   String((error as LoadOptionError).option) //=> "lang"
 * }
 * ```
 */
export class LoadOptionError extends VernetztError {
  override name = "LoadOptionError";
  constructor(
    readonly option: string,
    message: string,
  ) {
    super(message, { code: "LOAD_OPTION", usage: true });
  }
}
