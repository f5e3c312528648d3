/**
 * Tie betweenness ("edge betweenness"): for each tie, how many shortest paths between pairs of actors run
 * through it. c(e) = Σ_{s<t} σ_st(e) / σ_st over unordered pairs of actors, σ_st the number of shortest
 * paths from s to t and σ_st(e) those that use tie e (Anthonisse 1971; Girvan & Newman 2002, who use it to
 * find the ties between communities). A tie with high betweenness is a bridge between parts of the
 * network: remove it and many pairs of actors are further apart.
 *
 * Computed on the undirected view (the union of both directions, see `graph/csr.ts`) with Brandes'
 * accumulation applied to ties (Brandes 2008, section 3.3) over the shared shortest-path engine
 * (`graph/shortest-path-dag.ts`, as node betweenness): one breadth-first search per source, or Dijkstra with
 * tie length 1 / weight when `weighted`; path lengths within a relative 1e-10 count as equal
 * (`sameLength`), as for node betweenness. Runs in O(n·m) unweighted, O(n·m·log n) weighted.
 *
 * Two identities hold exactly (tested): the tie betweenness of all ties adds up to the sum of distances over
 * connected pairs (unweighted), and for each actor v, Σ_{e ∋ v} c(e) = 2·b(v) + r(v), with b(v) its node
 * betweenness and r(v) the number of actors it can reach.
 *
 * References: Anthonisse, J. M. (1971). The rush in a directed graph. Stichting Mathematisch Centrum,
 * BN 9/71; Girvan, M. & Newman, M. E. J. (2002). Community structure in social and biological networks.
 * PNAS 99(12), 7821–7826, doi:10.1073/pnas.122653799; Brandes, U. (2008). On variants of shortest-path
 * betweenness centrality and their generic computation. Social Networks 30(2), 136–145,
 * doi:10.1016/j.socnet.2007.11.001.
 * Match: networkx `edge_betweenness_centrality(G, normalized=False)` and igraph
 * `edge_betweenness(directed=False)` (tested to 1e-9 on the reference graphs).
 */

import type { Adjacency } from "../graph/csr.js";
import { csrOf, type GraphInput } from "../graph/csr.js";
import { MetricOptionError } from "../graph/errors.js";
import { BreadthFirstDag, DijkstraDag } from "../graph/shortest-path-dag.js";
import type { TiePairs } from "../graph/tie-pairs.js";
import { tiePairs } from "../graph/tie-pairs.js";
import { WEIGHTED_OPTION } from "../measures/settings.js";
import type { TieMeasure } from "../measures/types.js";

/** Options of {@link edgeBetweenness}. */
export interface EdgeBetweennessOptions {
  /** Use tie weights: tie length = 1 / weight. Default `false`: every tie has length 1. */
  weighted?: boolean;
}

export const DEFAULT_EDGE_BETWEENNESS_OPTIONS: Required<EdgeBetweennessOptions> = { weighted: false };

/** The betweenness of one tie of the undirected view. */
export interface TieBetweenness {
  /** The actor that comes first in actor order. */
  source: string;
  /** The other actor. */
  target: string;
  /** Shortest paths between pairs of actors through this tie (fractions where there are several). */
  betweenness: number;
}

/**
 * Betweenness of every tie of the undirected view, in pair order (see `tiePairs`): by the position of the
 * first actor, then of the second.
 *
 * @example
 * ```ts
 * import { edgeBetweenness } from "@vernetzt/core/centrality";
 * import { parseEdgeList } from "@vernetzt/core/interop";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * // two triangles joined by the tie c–d: all 9 paths between the two sides run through it
 * const { dataset } = parseEdgeList({ name: "netz.edgelist", data: "a b\nb c\nc a\nd e\ne f\nf d\nc d" });
 * const ties = edgeBetweenness(buildGraph(dataset!));
 * ties.find((t) => t.source === "c" && t.target === "d")!.betweenness //=> 9
 * // a–b: only the pair a, b itself
 * ties[0] //=> { source: "a", target: "b", betweenness: 1 }
 * ```
 */
export function edgeBetweenness(graph: GraphInput, options: EdgeBetweennessOptions = {}): TieBetweenness[] {
  const weighted = options.weighted ?? DEFAULT_EDGE_BETWEENNESS_OPTIONS.weighted;
  if (typeof weighted !== "boolean")
    throw new MetricOptionError("edgeBetweenness", "weighted", weighted, "true or false");
  const csr = csrOf(graph);
  const pairs = tiePairs(csr.undirected);
  const values = edgeBetweennessArray(csr.undirected, pairs, weighted, null);
  const ties: TieBetweenness[] = [];
  for (let p = 0; p < pairs.count; p++) {
    ties.push({
      source: csr.ids[pairs.source[p]!]!,
      target: csr.ids[pairs.target[p]!]!,
      betweenness: values[p]!,
    });
  }
  return ties;
}

/**
 * Tie betweenness by pair index, over the pairs not marked in `removed` (1 = removed; `null`: none). The
 * building block of {@link edgeBetweenness} and of Girvan–Newman, which removes ties one at a time.
 *
 * @example
 * ```ts
 * import { edgeBetweennessArray } from "@vernetzt/core/centrality";
 * import { tiePairs, toCsr } from "@vernetzt/core/graph";
 * import { parseEdgeList } from "@vernetzt/core/interop";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * const { dataset } = parseEdgeList({ name: "netz.edgelist", data: "a b\nb c\nc a" });
 * const csr = toCsr(buildGraph(dataset!));
 * const pairs = tiePairs(csr.undirected); // a–b, a–c, b–c
 * edgeBetweennessArray(csr.undirected, pairs, false, null) //=> [1, 1, 1]
 * // without a–b, the path a–c–b uses both remaining ties
 * edgeBetweennessArray(csr.undirected, pairs, false, new Uint8Array([1, 0, 0])) //=> [0, 2, 2]
 * ```
 */
export function edgeBetweennessArray(
  adjacency: Adjacency,
  pairs: TiePairs,
  weighted: boolean,
  removed: Uint8Array | null,
): Float64Array {
  const open = openTies(adjacency, pairs.pairOf, weighted, removed);
  const result = new Float64Array(pairs.count);
  if (weighted) addWeightedTieDependencies(open.adjacency, open.pairOf, result);
  else addTieDependencies(open.adjacency, open.pairOf, result);
  // Every unordered pair was counted from both ends.
  for (let p = 0; p < result.length; p++) result[p]! /= 2;
  return result;
}

/**
 * The adjacency the paths may use, with the pair of each of its entries: without the removed pairs and,
 * weighted, without ties of weight 0 (no finite length: no shortest path runs through them, see
 * `graph/positive-ties.ts`). Rows keep their order, so the searches meet actors in the same order.
 */
function openTies(
  adjacency: Adjacency,
  pairOf: Int32Array,
  weighted: boolean,
  removed: Uint8Array | null,
): { adjacency: Adjacency; pairOf: Int32Array } {
  const { offsets, targets, weights } = adjacency;
  const isOpen = (e: number) =>
    (removed === null || removed[pairOf[e]!] === 0) && !(weighted && weights[e] === 0);
  let kept = 0;
  for (let e = 0; e < targets.length; e++) if (isOpen(e)) kept++;
  if (kept === targets.length) return { adjacency, pairOf };
  const n = offsets.length - 1;
  const open = {
    offsets: new Int32Array(n + 1),
    targets: new Int32Array(kept),
    weights: new Float64Array(kept),
  };
  const openPairOf = new Int32Array(kept);
  let k = 0;
  for (let v = 0; v < n; v++) {
    for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e++) {
      if (!isOpen(e)) continue;
      open.targets[k] = targets[e]!;
      open.weights[k] = weights[e]!;
      openPairOf[k++] = pairOf[e]!;
    }
    open.offsets[v + 1] = k;
  }
  return { adjacency: open, pairOf: openPairOf };
}

/**
 * Unweighted: from every source the plain breadth-first DAG (`BreadthFirstDag` without direction
 * optimisation, so every sum below is added in breadth-first order); then, farthest actor first, each
 * predecessor v of w gets σ(v)/σ(w) · (1 + δ(w)), and so does the tie v–w.
 */
function addTieDependencies(adjacency: Adjacency, pairOf: Int32Array, result: Float64Array): void {
  const { offsets, targets } = adjacency;
  const n = offsets.length - 1;
  const dag = new BreadthFirstDag(adjacency, false);
  const { order, level, sigma } = dag;
  const delta = new Float64Array(n);
  for (let s = 0; s < n; s++) {
    dag.search(s);
    for (let i = dag.count - 1; i > 0; i--) {
      const w = order[i]!;
      const factor = (1 + delta[w]!) / sigma[w]!;
      const above = level[w]! - 1;
      for (let e = offsets[w]!, end = offsets[w + 1]!; e < end; e++) {
        const v = targets[e]!;
        if (level[v] !== above) continue;
        const c = sigma[v]! * factor;
        result[pairOf[e]!]! += c;
        delta[v]! += c;
      }
    }
    for (let i = 0; i < dag.count; i++) delta[order[i]!] = 0;
    dag.clear();
  }
}

/** Weighted: the same accumulation over the Dijkstra DAG, through its recorded predecessor ties. */
function addWeightedTieDependencies(adjacency: Adjacency, pairOf: Int32Array, result: Float64Array): void {
  const { offsets, targets } = adjacency;
  const n = offsets.length - 1;
  const dag = new DijkstraDag(adjacency);
  const { order, sigma, pred, predStart } = dag;
  const delta = new Float64Array(n);
  for (let s = 0; s < n; s++) {
    dag.search(s);
    for (let i = dag.count - 1; i > 0; i--) {
      const w = order[i]!;
      const factor = (1 + delta[w]!) / sigma[w]!;
      for (let j = predStart[i]!, end = predStart[i + 1]!; j < end; j++) {
        const e = pred[j]!;
        const v = targets[e]!;
        const c = sigma[v]! * factor;
        result[pairOf[e]!]! += c;
        delta[v]! += c;
      }
    }
    for (let i = 0; i < dag.count; i++) delta[order[i]!] = 0;
    dag.clear();
  }
}

export const tieBetweennessMeasure = {
  id: "tieBetweenness",
  scope: "tie",
  label: { de: "Tragende Kooperation (Kanten-Betweenness)", en: "Carrying tie (tie betweenness)" },
  explanation: {
    de: "Wie viele Paare von Akteuren ihren kürzesten Weg über diese Beziehung nehmen (vernetzt ties).",
    en: "How many pairs of actors have their shortest path through this tie (vernetzt ties).",
  },
  unit: { de: "Paare", en: "pairs" },
  range: "1 … n(n − 1) / 2",
  reference: {
    formula: "c(e) = Σ_{s<t} σ_st(e) / σ_st",
    citation: "Anthonisse 1971; Brandes 2008, doi:10.1016/j.socnet.2007.11.001",
    networkx: "edge_betweenness_centrality(G, normalized=False)",
    igraph: "edge_betweenness(directed=False)",
    sna: null,
    note: "unordered pairs once; ties in pair order (earlier actor first)",
  },
  options: [WEIGHTED_OPTION],
  schema: { type: "number", minimum: 0 },
  compute: (context) => {
    const pairs = tiePairs(context.view.undirected);
    const values = edgeBetweennessArray(context.view.undirected, pairs, context.settings.weighted, null);
    return { source: pairs.source, target: pairs.target, values };
  },
} as const satisfies TieMeasure;
