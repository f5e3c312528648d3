/**
 * Density: the share of possible ties that exist.
 * - density = 2E / (n(n − 1)), E = pairs tied in either direction (the undirected view): networkx
 *   `density(G.to_undirected())`, igraph `density()` of the collapsed graph.
 * - directedDensity = m / (n(n − 1)), m = arcs: networkx `density` of a DiGraph; `null` for undirected
 *   data. Both 0 for fewer than two actors (networkx).
 */
import { type CsrGraph, csrOf, type GraphInput } from "../graph/csr.js";

/** Density of the undirected view. */
export function density(graph: GraphInput): number {
  const csr = csrOf(graph);
  return densityOf(csr);
}

/** Density of the arcs of directed data; `null` for undirected data. */
export function directedDensity(graph: GraphInput): number | null {
  const csr = csrOf(graph);
  return csr.directed ? pairShare(csr.n, csr.m) : null;
}

/** Density from the CSR view. */
export function densityOf(csr: CsrGraph): number {
  return 2 * pairShare(csr.n, csr.undirectedTieCount);
}

function pairShare(n: number, ties: number): number {
  return n < 2 ? 0 : ties / (n * (n - 1));
}
