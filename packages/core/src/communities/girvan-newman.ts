/**
 * Girvan–Newman communities: remove the tie with the highest tie betweenness, recompute, repeat. Ties
 * between communities carry the shortest paths from one community to the other, so they go first and the
 * network falls apart along its community boundaries. Each time a removal splits a component, the current
 * components form one level of a divisive hierarchy (a dendrogram); Newman & Girvan (2004) pick the level
 * with the highest modularity.
 *
 * Rule for equal values: the tie with the highest betweenness is removed; ties whose betweenness is within a
 * relative 1e-9 of the highest count as equal, and of those the first in pair order (by the position of
 * the first actor, then of the second; `tiePairs`) goes. Levels' communities are numbered 0, 1, … by first
 * appearance in actor order. Everything is deterministic.
 *
 * Costs O(n·m) per removed tie, so O(n·m²) for the whole hierarchy: fine for a district's working group
 * (hundreds of ties), not for a city; `maxTies` (default 2,000) stops a run that would take hours, and
 * `louvainCommunities` is the method for large networks.
 *
 * References: Girvan, M. & Newman, M. E. J. (2002). Community structure in social and biological networks.
 * PNAS 99(12), 7821–7826, doi:10.1073/pnas.122653799; Newman, M. E. J. & Girvan, M. (2004). Finding and
 * evaluating community structure in networks. Phys. Rev. E 69, 026113, doi:10.1103/PhysRevE.69.026113.
 * Match: the levels equal networkx `community.girvan_newman` and igraph `community_edge_betweenness`
 * (`as_clustering(k)` for each number of communities k) on the reference graphs (tested).
 */
import { edgeBetweennessArray, type TieBetweenness } from "../centrality/edge-betweenness.js";
import { csrOf } from "../graph/csr.js";
import { MetricOptionError } from "../graph/errors.js";
import { tiePairs } from "../graph/tie-pairs.js";
import { setOwn } from "../model/member-names.js";
import type { VernetztGraph } from "../model/types.js";
import { modularity } from "./modularity.js";

/** Options of {@link girvanNewman}. */
export interface GirvanNewmanOptions {
  /** Stop once there are at least this many communities (integer ≥ 1); `null`: the whole hierarchy. Default `null`. */
  maxCommunities?: number | null;
  /**
   * Use tie weights: tie length 1 / weight for the betweenness, weights in the modularity. Default `false`,
   * as Girvan & Newman (2002): every tie counts the same.
   */
  weighted?: boolean;
  /** Refuse graphs with more ties than this (see the cost above). Default 2,000. */
  maxTies?: number;
}

export const DEFAULT_GIRVAN_NEWMAN_OPTIONS: Required<GirvanNewmanOptions> = {
  maxCommunities: null,
  weighted: false,
  maxTies: 2000,
};

/** One level of the Girvan–Newman hierarchy: the components after some ties were removed. */
export interface GirvanNewmanLevel {
  /** Actor id → community id (0, 1, … by first appearance in actor order). */
  communities: Record<string, number>;
  /** Number of communities. */
  count: number;
  /** Actors per community id. */
  sizes: number[];
  /** Modularity of this partition on the whole graph; `null` when the graph has no ties. */
  modularity: number | null;
  /** Ties removed since the previous level, in removal order, each with its betweenness when removed. */
  removed: TieBetweenness[];
}

/** The Girvan–Newman hierarchy. */
export interface GirvanNewmanResult {
  /** Level 0: the connected components of the graph as given; then one level per split. */
  levels: GirvanNewmanLevel[];
  /** Index of the level with the highest modularity (the first of equal ones; 0 without ties). */
  best: number;
  weighted: boolean;
}

/**
 * Runs Girvan–Newman on the undirected view of `graph`.
 *
 * @example
 * ```ts
 * import { girvanNewman } from "@vernetzt/core/communities";
 * import { parseEdgeList } from "@vernetzt/core/interop";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * // two triangles joined by the tie c – d, which carries all 9 paths between them
 * const { dataset } = parseEdgeList({ name: "netz.edgelist", data: "a b\nb c\nc a\nd e\ne f\nf d\nc d" });
 * const result = girvanNewman(buildGraph(dataset!), { maxCommunities: 2 });
 * result.levels[1]!.removed //=> [{ source: "c", target: "d", betweenness: 9 }]
 * result.levels[1]!.communities //=> { a: 0, b: 0, c: 0, d: 1, e: 1, f: 1 }
 * result.levels[1]!.modularity //=> 0.3571
 * result.best //=> 1
 * ```
 */
export function girvanNewman(graph: VernetztGraph, options: GirvanNewmanOptions = {}): GirvanNewmanResult {
  const { maxCommunities, weighted, maxTies } = resolveOptions(options);
  const csr = csrOf(graph);
  const adjacency = csr.undirected;
  const pairs = tiePairs(adjacency);
  if (pairs.count > maxTies) {
    throw new MetricOptionError(
      "girvanNewman",
      "maxTies",
      maxTies,
      `at least the graph's ${pairs.count} ties; Girvan–Newman recomputes every shortest path after each ` +
        "removed tie, so use louvainCommunities for a network this large, or raise maxTies",
    );
  }
  const removedMask = new Uint8Array(pairs.count);
  const labels = new Int32Array(csr.n);
  // A level from the current component labels (see labelComponents).
  const level = (count: number, removed: TieBetweenness[]): GirvanNewmanLevel => {
    const communities: Record<string, number> = {};
    const sizes = new Array<number>(count).fill(0);
    csr.ids.forEach((id, i) => {
      setOwn(communities, id, labels[i]!);
      sizes[labels[i]!]! += 1;
    });
    return { communities, count, sizes, modularity: modularity(graph, communities, { weighted }), removed };
  };
  const levels = [level(labelComponents(adjacency, pairs.pairOf, removedMask, labels), [])];
  let removed: TieBetweenness[] = [];
  let left = pairs.count;
  while (left > 0 && (maxCommunities === null || levels.at(-1)!.count < maxCommunities)) {
    const values = edgeBetweennessArray(adjacency, pairs, weighted, removedMask);
    let top = -1;
    for (let p = 0; p < pairs.count; p++) {
      if (removedMask[p] === 1) continue;
      if (top === -1 || (values[p]! > values[top]! && !sameValue(values[p]!, values[top]!))) top = p;
    }
    removedMask[top] = 1;
    left--;
    removed.push({
      source: csr.ids[pairs.source[top]!]!,
      target: csr.ids[pairs.target[top]!]!,
      betweenness: values[top]!,
    });
    // Relabelling costs O(n + m), nothing beside the O(n·m) betweenness above.
    const count = labelComponents(adjacency, pairs.pairOf, removedMask, labels);
    if (count > levels.at(-1)!.count) {
      levels.push(level(count, removed));
      removed = [];
    }
  }
  let best = 0;
  levels.forEach((l, i) => {
    if (
      l.modularity !== null &&
      (levels[best]!.modularity === null || l.modularity > levels[best]!.modularity!)
    )
      best = i;
  });
  return { levels, best, weighted };
}

function resolveOptions(options: GirvanNewmanOptions): Required<GirvanNewmanOptions> {
  const resolved = { ...DEFAULT_GIRVAN_NEWMAN_OPTIONS, ...options };
  const { maxCommunities, weighted, maxTies } = resolved;
  if (maxCommunities !== null && !(Number.isInteger(maxCommunities) && maxCommunities >= 1))
    throw new MetricOptionError(
      "girvanNewman",
      "maxCommunities",
      maxCommunities,
      "a whole number ≥ 1, or null",
    );
  if (typeof weighted !== "boolean")
    throw new MetricOptionError("girvanNewman", "weighted", weighted, "true or false");
  if (!(Number.isInteger(maxTies) && maxTies >= 0))
    throw new MetricOptionError("girvanNewman", "maxTies", maxTies, "a whole number ≥ 0");
  return resolved;
}

/** Betweenness values equal up to a relative 1e-9 (sums of fractions in different orders). */
function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

/** Labels the components over the open ties, 0, 1, … by first actor; returns their number. */
function labelComponents(
  adjacency: { offsets: Int32Array; targets: Int32Array },
  pairOf: Int32Array,
  removed: Uint8Array,
  labels: Int32Array,
): number {
  const { offsets, targets } = adjacency;
  labels.fill(-1);
  const queue = new Int32Array(labels.length);
  let count = 0;
  for (let root = 0; root < labels.length; root++) {
    if (labels[root] !== -1) continue;
    labels[root] = count;
    let tail = 0;
    queue[tail++] = root;
    for (let head = 0; head < tail; head++) {
      const v = queue[head]!;
      for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
        const w = targets[e]!;
        if (removed[pairOf[e]!] === 1 || labels[w] !== -1) continue;
        labels[w] = count;
        queue[tail++] = w;
      }
    }
    count++;
  }
  return count;
}
