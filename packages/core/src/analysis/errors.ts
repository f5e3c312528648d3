/** Errors of the analysis assembly. */

/** An option of `analyze` has a value it cannot take; `option` names it. */
export class AnalyzeOptionError extends Error {
  override name = "AnalyzeOptionError";
  constructor(
    readonly option: string,
    readonly value: unknown,
  ) {
    super(
      `vernetzt/analysis: option "${option}" cannot be ${JSON.stringify(value)}; see DEFAULT_ANALYZE_OPTIONS.`,
    );
  }
}
