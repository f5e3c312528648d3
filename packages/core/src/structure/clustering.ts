/**
 * Local clustering coefficient: C(v) = 2 T(v) / (k(k − 1)), T(v) = triangles through v, k = its number of
 * partners in the undirected (union) view; 0 when k < 2 (Watts & Strogatz 1998, doi:10.1038/30918).
 * Equals networkx `clustering(G)` (unweighted) on the undirected graph and igraph
 * `transitivity_local_undirected(mode="zero")`. Always unweighted.
 */
import { type CsrGraph, csrOf, type GraphInput } from "../graph/csr.js";
import { toRecord } from "../graph/options.js";
import { triangleCounts } from "./triangles.js";

/** Local clustering per actor id. */
export function clustering(graph: GraphInput): Record<string, number> {
  const csr = csrOf(graph);
  return toRecord(csr.ids, clusteringArray(csr, triangleCounts(csr)));
}

/** Local clustering by actor index, from the triangle counts. */
export function clusteringArray(csr: CsrGraph, triangles: Float64Array): Float64Array {
  const result = new Float64Array(csr.n);
  for (let v = 0; v < csr.n; v++) {
    const k = csr.degree(v);
    if (k >= 2) result[v] = (2 * triangles[v]!) / (k * (k - 1));
  }
  return result;
}
