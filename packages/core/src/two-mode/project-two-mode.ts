/**
 * One-mode projection of a two-mode network: two members are tied when they share a group.
 *
 * Weighting (for members i ≠ j, over the groups p both belong to; n_p = number of members of group p):
 * - `"count"`: w_ij = |groups shared by i and j| — networkx `bipartite.weighted_projected_graph(B, nodes)`,
 *   igraph `bipartite_projection(multiplicity=TRUE)`, R `tnet`'s "sum"/Breiger's (1974) A·Aᵀ off-diagonal;
 * - `"newman"`: w_ij = Σ_p 1 / (n_p − 1) — Newman's collaboration weighting (M. E. J. Newman, "Scientific
 *   collaboration networks. II. Shortest paths, weighted networks, and centrality", Phys. Rev. E 64, 016132,
 *   2001, doi:10.1103/PhysRevE.64.016132): a member's ties from one group add up to 1, so large meetings count
 *   less per pair; groups with one member contribute nothing. networkx
 *   `bipartite.collaboration_weighted_projected_graph(B, nodes)`.
 * Ties of the two-mode network are read as memberships whatever their weight or direction (as networkx does).
 *
 * The result is a `VernetztGraph` (undirected; every metric takes it): the members of the chosen mode in input
 * order (isolates kept), ties in order of (first member, second member), `weight` as above, `types`
 * `["co_membership"]` and the attribute `shared` = number of shared groups. Node attributes are the members'
 * actors when the network came from a dataset (`twoModeGraph`), else minimal actors with `name` = label and
 * the attribute `mode`. Checked against networkx: `scripts/reference/two-mode.py`.
 */
import { UndirectedGraph } from "graphology";
import { definedOnly } from "../model/defined-only.js";
import { type Actor, DEFAULT_WAVE, type VernetztGraph } from "../model/types.js";
import { TwoModeError, TwoModeOptionError } from "./errors.js";
import { checkTwoMode, modeOf, nodeIdOf, type TwoModeNetwork } from "./two-mode-network.js";

/** The tie type of projected ties. */
export const CO_MEMBERSHIP_TYPE = "co_membership";

/** How projected ties are weighted. */
export type TwoModeWeighting = "count" | "newman";

/** Options of `projectTwoMode`. */
export interface ProjectTwoModeOptions {
  /** The mode whose nodes are kept (e.g. `"person"`, `"actor"`). Required. */
  mode: string;
  /** `"count"` (default): number of shared groups; `"newman"`: Σ 1/(n_p − 1) over shared groups. */
  weighting: TwoModeWeighting;
}

export const DEFAULT_PROJECT_TWO_MODE_OPTIONS: Omit<ProjectTwoModeOptions, "mode"> = { weighting: "count" };

/**
 * Resolves and validates the options (`TwoModeOptionError`, `TwoModeError` for an unknown mode).
 *
 * @example
 * ```ts
 * import { resolveProjectTwoModeOptions } from "@vernetzt/core/two-mode";
 *
 * const options = resolveProjectTwoModeOptions({ mode: "person" }, ["person", "event"]);
 * options //=> { mode: "person", weighting: "count" }
 * ```
 */
export function resolveProjectTwoModeOptions(
  options: Pick<ProjectTwoModeOptions, "mode"> & Partial<ProjectTwoModeOptions>,
  modes: readonly string[],
): ProjectTwoModeOptions {
  const resolved = { ...DEFAULT_PROJECT_TWO_MODE_OPTIONS, ...definedOnly(options) } as ProjectTwoModeOptions;
  if (resolved.weighting !== "count" && resolved.weighting !== "newman") {
    throw new TwoModeOptionError("weighting", resolved.weighting, '"count" or "newman"');
  }
  if (typeof resolved.mode !== "string")
    throw new TwoModeOptionError("mode", resolved.mode, `one of ${modes.join(", ")}`);
  if (!modes.includes(resolved.mode))
    throw new TwoModeError({ reason: "unknown-mode", mode: resolved.mode, modes });
  return resolved;
}

/**
 * Projects the two-mode network onto the members of one mode (see the module comment).
 *
 * @example
 * ```ts
 * import { projectTwoMode, twoModeNetwork } from "@vernetzt/core/two-mode";
 *
 * const memberships = [
 *   { member: "p1", group: "ak-jugend" },
 *   { member: "p2", group: "ak-jugend" },
 *   { member: "p3", group: "ak-jugend" },
 *   { member: "p1", group: "stadtteilfest" },
 *   { member: "p2", group: "stadtteilfest" },
 * ];
 * const network = twoModeNetwork(memberships, { memberMode: "person", groupMode: "event" });
 * // p1 and p2 share both groups; the working group has 3 members (1/2 per pair), the festival 2 (1 per pair)
 * const count = projectTwoMode(network, { mode: "person" });
 * count.getEdgeAttribute(count.edge("p1", "p2")!, "weight") //=> 2
 * const newman = projectTwoMode(network, { mode: "person", weighting: "newman" });
 * newman.getEdgeAttribute(newman.edge("p1", "p2")!, "weight") //=> 1.5
 * newman.getEdgeAttribute(newman.edge("p2", "p3")!, "weight") //=> 0.5
 * ```
 */
export function projectTwoMode(
  graph: TwoModeNetwork,
  options: Pick<ProjectTwoModeOptions, "mode"> & Partial<ProjectTwoModeOptions>,
): VernetztGraph {
  const modes = checkTwoMode(graph);
  const { mode, weighting } = resolveProjectTwoModeOptions(options, modes);
  const keys: string[] = [];
  const index = new Map<string, number>();
  graph.forEachNode((key, attributes) => {
    if (modeOf(attributes) === mode) {
      index.set(key, keys.length);
      keys.push(key);
    }
  });
  // Groups as sorted member indices with their Newman share; then, member by member, the members j > i that
  // share a group with i are accumulated in dense scratch arrays (O(Σ_p n_p²) time, O(n) extra memory) and
  // written in (i, j) order — no pair map, no global sort.
  const n = keys.length;
  const groups: Array<{ members: number[]; share: number }> = [];
  const groupsOf: number[][] = Array.from({ length: n }, () => []);
  graph.forEachNode((group, attributes) => {
    if (modeOf(attributes) === mode) return;
    const members = [...new Set(graph.neighbors(group))].map((k) => index.get(k)!).sort((a, b) => a - b);
    for (const i of members) groupsOf[i]!.push(groups.length);
    groups.push({ members, share: members.length > 1 ? 1 / (members.length - 1) : 0 });
  });
  const projected: VernetztGraph = new UndirectedGraph({ allowSelfLoops: false });
  const name = graph.getAttribute("name");
  projected.replaceAttributes({
    name: typeof name === "string" ? name : "projection",
    wave: DEFAULT_WAVE,
    directed: false,
  });
  const ids = keys.map((key) => {
    const attributes = graph.getNodeAttributes(key);
    const id = nodeIdOf(key, attributes);
    projected.addNode(id, actorOf(id, attributes, mode));
    return id;
  });
  const shared = new Int32Array(n);
  const newman = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const touched: number[] = [];
    for (const g of groupsOf[i]!) {
      const { members, share } = groups[g]!;
      for (let m = members.length - 1; m >= 0 && members[m]! > i; m--) {
        const j = members[m]!;
        if (shared[j] === 0) touched.push(j);
        shared[j]!++;
        newman[j]! += share;
      }
    }
    touched.sort((a, b) => a - b);
    for (const j of touched) {
      projected.addEdgeWithKey(`e${projected.size}`, ids[i]!, ids[j]!, {
        weight: weighting === "count" ? shared[j]! : newman[j]!,
        types: [CO_MEMBERSHIP_TYPE],
        attributes: { shared: String(shared[j]) },
      });
      shared[j] = 0;
      newman[j] = 0;
    }
  }
  return projected;
}

function actorOf(id: string, attributes: Record<string, unknown>, mode: string): Actor {
  const actor = attributes.actor as Actor | undefined;
  if (actor && typeof actor === "object" && actor.id === id) return structuredClone(actor);
  const label = attributes.label ?? attributes.name;
  return {
    id,
    name: typeof label === "string" && label !== "" ? label : id,
    topics: [],
    offers: [],
    needs: [],
    attributes: { mode },
  };
}
