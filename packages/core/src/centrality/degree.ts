/**
 * Degree and strength.
 * - degree(v): number of partners in the undirected (union) view — for directed data a pair tied in both
 *   directions counts once. networkx `G.to_undirected().degree(v)`, igraph `degree()` after
 *   `as_undirected("collapse")`. (networkx `DiGraph.degree` = in + out, which counts mutual ties twice:
 *   that is `inDegree + outDegree`.)
 * - inDegree / outDegree: arcs received / sent; for undirected graphs both equal `degree`.
 *   networkx `in_degree` / `out_degree`, igraph `degree(mode="in"|"out")`.
 * - strength(v) = Σ weights of v's ties (both directions for directed data): networkx
 *   `degree(weight="weight")`, igraph `strength(weights="weight")`. Always weighted.
 */
import { type Adjacency, csrOf, type GraphInput } from "../graph/csr.js";
import { toRecord } from "../graph/options.js";

/** Number of entries per row of an adjacency. */
export function rowLengths(adjacency: Adjacency): Int32Array {
  const { offsets } = adjacency;
  const counts = new Int32Array(offsets.length - 1);
  for (let i = 0; i < counts.length; i++) counts[i] = offsets[i + 1]! - offsets[i]!;
  return counts;
}

/** Sum of the weights per row of an adjacency. */
export function rowSums(adjacency: Adjacency): Float64Array {
  const { offsets, weights } = adjacency;
  const sums = new Float64Array(offsets.length - 1);
  for (let i = 0; i < sums.length; i++) {
    let s = 0;
    for (let e = offsets[i]!; e < offsets[i + 1]!; e++) s += weights[e]!;
    sums[i] = s;
  }
  return sums;
}

/** Number of partners per actor id. */
export function degree(graph: GraphInput): Record<string, number> {
  const csr = csrOf(graph);
  return toRecord(csr.ids, rowLengths(csr.undirected));
}

/** Number of ties received per actor id. */
export function inDegree(graph: GraphInput): Record<string, number> {
  const csr = csrOf(graph);
  return toRecord(csr.ids, rowLengths(csr.incoming));
}

/** Number of ties sent per actor id. */
export function outDegree(graph: GraphInput): Record<string, number> {
  const csr = csrOf(graph);
  return toRecord(csr.ids, rowLengths(csr.outgoing));
}

/** Sum of tie weights per actor id. */
export function strength(graph: GraphInput): Record<string, number> {
  const csr = csrOf(graph);
  return toRecord(csr.ids, rowSums(csr.undirected));
}
