/**
 * Two-mode degree: the number of groups a member belongs to, and the number of members of a group.
 * Normalised (Borgatti & Everett 1997, "Network analysis of 2-mode data", Social Networks 19(3), 243–269,
 * doi:10.1016/S0378-8733(96)00301-2) by the size of the other mode: deg(v) / |other mode| — networkx
 * `bipartite.degree_centrality(B, nodes)`. Ties are memberships whatever their weight; repeated ties between
 * the same pair count once (as in a simple networkx graph). The result is keyed by mode, then node id (`id`
 * attribute, else the key), so an actor and a meeting with the same id stay apart.
 */
import { TwoModeOptionError } from "./errors.js";
import { checkTwoMode, modeOf, nodeIdOf, type TwoModeNetwork } from "./two-mode-network.js";

/** Options of `twoModeDegree`. */
export interface TwoModeDegreeOptions {
  /** Divide by the number of nodes of the other mode. Default `false`. */
  normalized: boolean;
}

export const DEFAULT_TWO_MODE_DEGREE_OPTIONS: TwoModeDegreeOptions = { normalized: false };

/**
 * Degree of every node of the two-mode network, by mode, then node id (input order).
 *
 * @example
 * ```ts
 * import { twoModeDegree, twoModeNetwork } from "@vernetzt/core/two-mode";
 *
 * const memberships = [
 *   { member: "p1", group: "ak-jugend" },
 *   { member: "p2", group: "ak-jugend" },
 *   { member: "p3", group: "ak-jugend" },
 *   { member: "p1", group: "stadtteilfest" },
 *   { member: "p2", group: "stadtteilfest" },
 * ];
 * const network = twoModeNetwork(memberships, { memberMode: "person", groupMode: "event" });
 * const degrees = twoModeDegree(network);
 * degrees //=> { person: { p1: 2, p2: 2, p3: 1 }, event: { "ak-jugend": 3, stadtteilfest: 2 } }
 * // networkx bipartite.degree_centrality: divided by the size of the other mode
 * twoModeDegree(network, { normalized: true }).event //=> { "ak-jugend": 1, stadtteilfest: 0.6667 }
 * ```
 */
export function twoModeDegree(
  graph: TwoModeNetwork,
  options: Partial<TwoModeDegreeOptions> = {},
): Record<string, Record<string, number>> {
  const modes = checkTwoMode(graph);
  const normalized = options.normalized ?? DEFAULT_TWO_MODE_DEGREE_OPTIONS.normalized;
  if (typeof normalized !== "boolean")
    throw new TwoModeOptionError("normalized", normalized, "true or false");
  const sizes = new Map(modes.map((mode) => [mode, 0]));
  graph.forEachNode((_node, attributes) => {
    const mode = modeOf(attributes)!;
    sizes.set(mode, sizes.get(mode)! + 1);
  });
  const result: Record<string, Record<string, number>> = Object.fromEntries(modes.map((mode) => [mode, {}]));
  graph.forEachNode((node, attributes) => {
    const mode = modeOf(attributes)!;
    const degree = new Set(graph.neighbors(node)).size;
    const other = modes.find((m) => m !== mode);
    const size = other === undefined ? 0 : sizes.get(other)!;
    result[mode]![nodeIdOf(node, attributes)] = normalized ? (size === 0 ? 0 : degree / size) : degree;
  });
  return result;
}
