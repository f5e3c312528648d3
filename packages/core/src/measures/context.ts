/**
 * Helpers for descriptors: shared intermediates, computed at most once per run (`shared`, `groupShared`), so
 * measures that need the same triangle counts or Louvain partition do not compute them twice and no measure
 * has to know which others run; and `graphOf` for measures computed on the graphology graph.
 */
import type { VernetztGraph } from "../model/types.js";
import type { GroupContext, GroupShared, MeasureContext, Shared } from "./types.js";

/**
 * Declares an intermediate result several measures share; each run computes it at most once, on first use.
 *
 * @example
 * ```ts
 * import { shared } from "@vernetzt/core/measures";
 * import { rowLengths } from "@vernetzt/core/centrality";
 *
 * // the degrees of the undirected view, for any measure that needs them
 * const degrees = shared("degrees", (context) => rowLengths(context.view.undirected));
 * degrees.name //=> "degrees"
 * ```
 */
export function shared<T>(name: string, compute: (context: MeasureContext) => T): Shared<T> {
  return { name, compute };
}

/**
 * Declares an intermediate result shared by the measures of one group attribute (computed once per attribute).
 *
 * @example
 * ```ts
 * import { groupShared } from "@vernetzt/core/measures";
 * import { mixingMatrix } from "@vernetzt/core/groups";
 *
 * const mixing = groupShared("mixing", (context, group) =>
 *   mixingMatrix(context.graph!, { attribute: group.attribute }),
 * );
 * mixing.name //=> "mixing"
 * ```
 */
export function groupShared<T>(
  name: string,
  compute: (context: MeasureContext, group: GroupContext) => T,
): GroupShared<T> {
  return { name, compute };
}

/**
 * The graphology graph of a run, for measures computed on it rather than on the view (Louvain, the group
 * measures); a run started from a bare view has none, and such a measure cannot run there.
 *
 * @example
 * ```ts
 * import { graphOf } from "@vernetzt/core/measures";
 * import type { MeasureContext } from "@vernetzt/core/measures";
 *
 * const bare = { graph: null } as MeasureContext;
 * let message = "";
 * try {
 *   graphOf(bare, "my-measure");
 * } catch (error) {
 *   message = (error as Error).message;
 * }
 * message //=> "vernetzt/my-measure: this measure needs the graph, not only its indexed view."
 * ```
 */
export function graphOf(context: MeasureContext, module: string): VernetztGraph {
  if (context.graph === null)
    throw new Error(`vernetzt/${module}: this measure needs the graph, not only its indexed view.`);
  return context.graph;
}
