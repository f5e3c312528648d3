/** Errors of the analysis assembly. */

import { VernetztError } from "../model/vernetzt-error.js";

/**
 * An option of `analyze` has a value it cannot take; `option` names it.
 *
 * @example
 * ```ts
 * import { AnalyzeOptionError, analyze } from "@vernetzt/core/analysis";
 * import { parseDataset } from "@vernetzt/core/io";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * const actors =
 *   "id,name,district\na,Kita Nord,Nord\nb,Schule Nord,Nord\n" +
 *   "c,Kita Süd,Süd\nd,Verein Süd,Süd\ne,Quartiersbüro,"; // e has no district: left out with its tie
 * const { dataset } = await parseDataset([
 *   { name: "actors.csv", data: actors },
 *   { name: "ties.csv", data: "source,target\na,b\nc,d\na,c\nb,e" },
 * ]);
 * const graph = buildGraph(dataset!);
 * try {
 *   analyze(graph, { permutations: -5 });
 * } catch (error) {
 *   error instanceof AnalyzeOptionError //=> true
 *   String((error as AnalyzeOptionError).option) //=> "permutations"
 * }
 * ```
 */
export class AnalyzeOptionError extends VernetztError {
  override name = "AnalyzeOptionError";
  constructor(
    readonly option: string,
    readonly value: unknown,
  ) {
    super(
      `vernetzt/analysis: option "${option}" cannot be ${JSON.stringify(value)}; see DEFAULT_ANALYZE_OPTIONS.`,
      { code: "ANALYZE_OPTION", usage: true },
    );
  }
}
