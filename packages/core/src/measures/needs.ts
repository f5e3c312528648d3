/**
 * Which measures a run computes and writes: a descriptor's `needs` (communities, groups, directed data, a
 * weighted run) and `when` (written for directed data only) read in one place, for `analyze`, its JSON
 * schema and the docs.
 */
import type { Measure, MeasureNeed } from "./types.js";

/** What a run has that a measure may need. */
export interface RunFacts {
  /** The data are directed (ties as arcs). */
  readonly directed: boolean;
  /** The run uses tie weights (`weighted: true`). */
  readonly weighted: boolean;
  /** At least one attribute is analysed as groups. */
  readonly grouped: boolean;
}

/**
 * Whether a run with `facts` meets `need` (`undefined`: no need; communities: always, `analyze` finds them).
 *
 * @example
 * ```ts
 * import { needMet } from "@vernetzt/core/measures";
 *
 * const facts = { directed: true, weighted: false, grouped: false };
 * [needMet("directed", facts), needMet("weighted", facts), needMet(undefined, facts)] //=> [true, false, true]
 * ```
 */
export function needMet(need: MeasureNeed | undefined, facts: RunFacts): boolean {
  if (need === "directed") return facts.directed;
  if (need === "weighted") return facts.weighted;
  if (need === "groups") return facts.grouped;
  return true;
}

/**
 * Whether `analyze` writes the measure's field only for some data or runs (`when`, or a need other than
 * communities): such fields follow those written always, and the schema does not require them.
 *
 * @example
 * ```ts
 * import { writtenSometimes } from "@vernetzt/core/measures";
 * import { MEASURES } from "@vernetzt/core/analysis";
 *
 * MEASURES.filter(writtenSometimes).map((m) => m.id).slice(0, 3) //=> ["inDegree", "outDegree", "brokerage"]
 * ```
 */
export function writtenSometimes(measure: Measure): boolean {
  return measure.when !== undefined || (measure.needs !== undefined && measure.needs !== "communities");
}

/**
 * The condition under which `analyze` writes the measure, in English for the schema; `null`: always.
 *
 * @example
 * ```ts
 * import { writtenWhen } from "@vernetzt/core/measures";
 * import { MEASURES } from "@vernetzt/core/analysis";
 *
 * const byId = (id: string) => MEASURES.find((m) => m.id === id)!;
 * writtenWhen(byId("clusteringWeighted")) //=> "Only with tie weights (--weighted)."
 * writtenWhen(byId("degree")) //=> null
 * ```
 */
export function writtenWhen(measure: Measure): string | null {
  if (measure.when === "directed" || measure.needs === "directed") return "Directed data only.";
  if (measure.needs === "weighted") return "Only with tie weights (--weighted).";
  if (measure.needs === "groups") return "Only when an attribute is analysed as groups.";
  return null;
}
