/**
 * Freeman's degree centralization: Σ_v (k_max − k_v) / ((n − 1)(n − 2)), with k = number of partners in
 * the undirected (union) view. 1 for a star, 0 when every actor has the same degree; 0 for fewer than three
 * actors. Freeman (1979), doi:10.1016/0378-8733(78)90021-7. Equals igraph `centralization_degree(
 * normalized=TRUE, loops=FALSE)` and R sna `centralization(g, degree, mode="graph")` (divided by their
 * maximum); networkx has no function for it.
 */
import { type CsrGraph, csrOf, type GraphInput } from "../graph/csr.js";

/** Freeman degree centralization of the network, in [0, 1]. */
export function degreeCentralization(graph: GraphInput): number {
  return degreeCentralizationOf(csrOf(graph));
}

/** Freeman degree centralization from the CSR view. */
export function degreeCentralizationOf(csr: CsrGraph): number {
  const n = csr.n;
  if (n < 3) return 0;
  let max = 0;
  let sum = 0;
  for (let v = 0; v < n; v++) {
    const k = csr.degree(v);
    sum += k;
    if (k > max) max = k;
  }
  return (n * max - sum) / ((n - 1) * (n - 2));
}
