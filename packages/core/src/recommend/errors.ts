/** Typed errors of the recommendations; tests check the class, people read the message. */

import { VernetztError } from "../model/vernetzt-error.js";

/**
 * An option of `recommend` has a value it cannot use.
 *
 * @example
 * ```ts
 * import { RecommendOptionError, resolveRecommendOptions } from "@vernetzt/core/recommend";
 *
 * try {
 *   resolveRecommendOptions({ top: 0 });
 * } catch (error) {
 *   error instanceof RecommendOptionError //=> true
 *   String((error as RecommendOptionError).params.option) //=> "top"
 * }
 * ```
 */
export class RecommendOptionError extends VernetztError {
  override readonly name = "RecommendOptionError";
  readonly params: { option: string; value: string; expected: string };
  constructor(option: string, value: unknown, expected: string) {
    const shown =
      typeof value === "string" ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
    super(`vernetzt/recommend: option ${option} must be ${expected}, got ${shown}.`, {
      code: "RECOMMEND_OPTION",
      usage: true,
    });
    this.params = { option, value: shown, expected };
  }
}

/**
 * Recommendations were asked for an actor id that is not in the network.
 *
 * @example
 * ```ts
 * import { recommend, UnknownActorError } from "@vernetzt/core/recommend";
 * import { parseDataset } from "@vernetzt/core/io";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * const actors =
 *   "id,name,district,offers,needs,topics\nchor,Kirchenchor,Nord,,Proberaum,Musik\n" +
 *   "schule,Grundschule,Nord,Proberaum,,Musik; Bildung\nkita,Kita Sonnenschein,Süd,,,Bildung";
 * const { dataset } = await parseDataset([
 *   { name: "actors.csv", data: actors },
 *   { name: "ties.csv", data: "source,target\nschule,kita" },
 * ]);
 * const graph = buildGraph(dataset!);
 * try {
 *   recommend(graph, { actor: "Kirchenchor" }); // the name, not the id
 * } catch (error) {
 *   error instanceof UnknownActorError //=> true
 *   String((error as UnknownActorError).params.actor) //=> "Kirchenchor"
 * }
 * ```
 */
export class UnknownActorError extends VernetztError {
  override readonly name = "UnknownActorError";
  readonly params: { actor: string };
  constructor(actor: string) {
    super(
      `vernetzt/recommend: there is no actor with the id "${actor}". ` +
        "Use the id from the actors table (column id), not the name.",
      { code: "UNKNOWN_ACTOR", usage: true },
    );
    this.params = { actor };
  }
}
