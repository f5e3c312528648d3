/**
 * Transitivity (global clustering): 3 × triangles / connected triples = Σ_v 2T(v) / Σ_v k_v(k_v − 1) over
 * the undirected (union) view; 0 when there is no triangle (Newman 2003, doi:10.1137/S003614450342480).
 * Equals networkx `transitivity` and igraph `transitivity_undirected` (which gives NaN, not 0, without
 * triples).
 */
import { type CsrGraph, csrOf, type GraphInput } from "../graph/csr.js";
import { triangleCounts } from "./triangles.js";

/** Transitivity of the network. */
export function transitivity(graph: GraphInput): number {
  const csr = csrOf(graph);
  return transitivityFromTriangles(csr, triangleCounts(csr));
}

/** Transitivity from the per-actor triangle counts. */
export function transitivityFromTriangles(csr: CsrGraph, triangles: Float64Array): number {
  let closed = 0;
  let triples = 0;
  for (let v = 0; v < csr.n; v++) {
    const k = csr.degree(v);
    closed += 2 * triangles[v]!;
    triples += k * (k - 1);
  }
  return closed === 0 ? 0 : closed / triples;
}
