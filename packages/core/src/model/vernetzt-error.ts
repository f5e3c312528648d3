/**
 * The one base class of vernetzt's errors. Every error core throws on purpose extends it, so a caller tells
 * vernetzt's errors from bugs with one `instanceof`, and reads two things without matching class names:
 * `code`, a stable name of the kind of error for programs (`"UNKNOWN_WAVE"`, `"ANALYZE_OPTION"`, …; the
 * class name and the English message may change, the code does not), and `usage`, whether the error is
 * caused by what the caller asked for (an option value, a wave, an attribute or an actor that does not
 * exist) rather than by the data or by vernetzt itself. The CLI prints usage errors as they are and ends
 * with exit code 2; the subclasses keep their own fields (`params`, `option`, …) for a user interface that
 * words the message itself.
 */

/** What {@link VernetztError} carries besides its message. */
export interface VernetztErrorOptions {
  /** Stable name of the kind of error, in capitals (`"UNKNOWN_WAVE"`). */
  code: string;
  /** Caused by what the caller asked for (an option, a wave, an attribute, an actor). Default `false`. */
  usage?: boolean;
}

/**
 * The base class of vernetzt's errors.
 *
 * @example
 * ```ts
 * import { analyze, AnalyzeOptionError } from "@vernetzt/core/analysis";
 * import { parseEdgeList } from "@vernetzt/core/interop";
 * import { buildGraph, VernetztError } from "@vernetzt/core/model";
 *
 * const { dataset } = parseEdgeList({ name: "netz.edgelist", data: "a b\nb c" });
 * try {
 *   analyze(buildGraph(dataset!), { samples: -1 });
 * } catch (error) {
 *   error instanceof VernetztError //=> true
 *   error instanceof AnalyzeOptionError //=> true
 *   String((error as VernetztError).code) //=> "ANALYZE_OPTION"
 *   String((error as VernetztError).usage) //=> "true"
 * }
 * ```
 */
export class VernetztError extends Error {
  override name = "VernetztError";
  /** Stable name of the kind of error, in capitals. */
  readonly code: string;
  /** Caused by what the caller asked for, not by the data or by vernetzt. */
  readonly usage: boolean;
  constructor(message: string, options: VernetztErrorOptions) {
    super(message);
    this.code = options.code;
    this.usage = options.usage ?? false;
  }
}
