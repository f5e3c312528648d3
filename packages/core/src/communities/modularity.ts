/**
 * Modularity of a partition of the actors into communities.
 *
 * Undirected: Q = Σ_c [ w_c / m − γ (k_c / 2m)² ], with w_c the weight of the ties inside community c, k_c the
 * summed weighted degree of its actors and m the total tie weight.
 * Directed (Leicht & Newman): Q = Σ_c [ w_c / m − γ k_c^out k_c^in / m² ].
 * γ is the resolution (1 = classic modularity). `null` when the graph has no ties (Q is undefined).
 *
 * Reference: Newman, M. E. J. (2006). Modularity and community structure in networks. PNAS 103(23),
 * 8577–8582, doi:10.1073/pnas.0601602103; Leicht, E. A. & Newman, M. E. J. (2008). Community structure in
 * directed networks. Phys. Rev. Lett. 100, 118703, doi:10.1103/PhysRevLett.100.118703.
 * Match: networkx `community.modularity(G, communities, weight="weight", resolution=γ)` (tested to 1e-9);
 * igraph `modularity(membership, weights)` for undirected graphs. Runs in O(actors + ties).
 */

import type { TieArrays } from "../graph/csr.js";
import { GroupsOptionError } from "../groups/errors.js";
import type { VernetztGraph } from "../model/types.js";

/** Options of {@link modularity}. */
export interface ModularityOptions {
  /** Resolution γ > 0; larger values favour smaller communities. Default 1. */
  resolution?: number;
  /** Use tie weights (`weight`); `false` counts every tie as 1. Default `true`. */
  weighted?: boolean;
}

export const DEFAULT_MODULARITY_OPTIONS: Required<ModularityOptions> = { resolution: 1, weighted: true };

/**
 * Resolves and validates the options shared by modularity and Louvain.
 *
 * @example
 * ```ts
 * import { resolveModularityOptions } from "@vernetzt/core/communities";
 *
 * resolveModularityOptions({}) //=> { resolution: 1, weighted: true }
 * resolveModularityOptions({ resolution: 2 }) //=> { resolution: 2, weighted: true }
 * ```
 */
export function resolveModularityOptions(options: ModularityOptions): Required<ModularityOptions> {
  const resolved = {
    resolution: options.resolution ?? DEFAULT_MODULARITY_OPTIONS.resolution,
    weighted: options.weighted ?? DEFAULT_MODULARITY_OPTIONS.weighted,
  };
  if (
    !(
      typeof resolved.resolution === "number" &&
      resolved.resolution > 0 &&
      Number.isFinite(resolved.resolution)
    )
  ) {
    throw new GroupsOptionError("resolution", resolved.resolution, "a number > 0");
  }
  if (typeof resolved.weighted !== "boolean")
    throw new GroupsOptionError("weighted", resolved.weighted, "true or false");
  return resolved;
}

/**
 * Modularity of `communities` (actor id → community id; every actor of the graph must have one).
 * @throws GroupsOptionError when an actor has no community.
 *
 * @example
 * ```ts
 * import { modularity } from "@vernetzt/core/communities";
 * import { parseEdgeList } from "@vernetzt/core/interop";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * const { dataset } = parseEdgeList({ name: "netz.edgelist", data: "a b\nb c\nc a\nd e\ne f\nf d\nc d" });
 * const graph = buildGraph(dataset!);
 * // each triangle: 3 of the 7 ties inside, degree sum 7 of 14: Q = 2 · (3/7 − (7/14)²)
 * modularity(graph, { a: 0, b: 0, c: 0, d: 1, e: 1, f: 1 }) //=> 0.3571
 * modularity(graph, { a: 0, b: 0, c: 0, d: 0, e: 0, f: 0 }) //=> 0
 * ```
 */
export function modularity(
  graph: VernetztGraph,
  communities: Readonly<Record<string, number>>,
  options: ModularityOptions = {},
): number | null {
  const resolved = resolveModularityOptions(options);
  const index = new Map<string, number>();
  const communityOf = graph.mapNodes((id) => {
    const community = communities[id];
    if (community === undefined)
      throw new GroupsOptionError(`communities["${id}"]`, undefined, "a community id");
    index.set(id, index.size);
    return community;
  });
  const m = graph.size;
  const ties = { source: new Int32Array(m), target: new Int32Array(m), weight: new Float64Array(m) };
  let e = 0;
  graph.forEachEdge((_, attributes, source, target) => {
    ties.source[e] = index.get(source)!;
    ties.target[e] = index.get(target)!;
    ties.weight[e++] = attributes.weight ?? 1;
  });
  return modularityOfTies(communityOf, ties, graph.type === "directed", resolved);
}

/**
 * Modularity of a partition given per actor index (`communityOf[i]`) over ties given as arrays (in the
 * graph's tie order): the common step of `modularity` and of readers without a graphology graph.
 *
 * @example
 * ```ts
 * import { modularityOfTies } from "@vernetzt/core/communities";
 *
 * // the path 0 – 1 – 2, split {0, 1} | {2}: 1/2 − ((3/4)² + (1/4)²)
 * const ties = { source: Int32Array.of(0, 1), target: Int32Array.of(1, 2), weight: Float64Array.of(1, 1) };
 * modularityOfTies([0, 0, 1], ties, false) //=> -0.125
 * ```
 */
export function modularityOfTies(
  communityOf: ArrayLike<number>,
  ties: TieArrays,
  directed: boolean,
  options: ModularityOptions = {},
): number | null {
  const { resolution, weighted } = resolveModularityOptions(options);
  const slot = new Map<number, number>();
  const of = new Int32Array(communityOf.length);
  for (let i = 0; i < communityOf.length; i++) {
    const community = communityOf[i]!;
    if (!slot.has(community)) slot.set(community, slot.size);
    of[i] = slot.get(community)!;
  }
  const inside = new Float64Array(slot.size);
  const outStrength = new Float64Array(slot.size);
  const inStrength = new Float64Array(slot.size);
  let m = 0;
  for (let e = 0; e < ties.source.length; e++) {
    const w = weighted ? ties.weight[e]! : 1;
    const a = of[ties.source[e]!]!;
    const b = of[ties.target[e]!]!;
    m += w;
    if (a === b) inside[a]! += w;
    outStrength[a]! += w;
    inStrength[b]! += w;
  }
  if (m === 0) return null;
  let q = 0;
  for (let c = 0; c < slot.size; c++) {
    const expected = directed
      ? (outStrength[c]! * inStrength[c]!) / (m * m)
      : ((outStrength[c]! + inStrength[c]!) / (2 * m)) ** 2;
    q += inside[c]! / m - resolution * expected;
  }
  return q;
}
