/**
 * Density: the share of possible ties that exist.
 * - density = 2E / (n(n − 1)), E = pairs tied in either direction (the undirected view): networkx
 *   `density(G.to_undirected())`, igraph `density()` of the collapsed graph.
 * - directedDensity = m / (n(n − 1)), m = arcs: networkx `density` of a DiGraph; `null` for undirected
 *   data. Both 0 for fewer than two actors (networkx).
 */
import { type CsrGraph, csrOf, type GraphInput } from "../graph/csr.js";

/**
 * Density of the undirected view.
 *
 * @example
 * ```ts
 * import { density } from "@vernetzt/core/structure";
 * import { parseEdgeList } from "@vernetzt/core/interop";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * // Padgett's Florentine marriage network as networkx's florentine_families_graph() (15 families, 20 ties)
 * const ties =
 *   "Acciaiuoli Medici\nAlbizzi Ginori\nAlbizzi Guadagni\nAlbizzi Medici\n" +
 *   "Barbadori Castellani\nBarbadori Medici\n" +
 *   "Bischeri Guadagni\nBischeri Peruzzi\nBischeri Strozzi\nCastellani Peruzzi\nCastellani Strozzi\n" +
 *   "Guadagni Lamberteschi\nGuadagni Tornabuoni\nMedici Ridolfi\nMedici Salviati\nMedici Tornabuoni\n" +
 *   "Pazzi Salviati\nPeruzzi Strozzi\nRidolfi Strozzi\nRidolfi Tornabuoni";
 * const graph = buildGraph(parseEdgeList({ name: "florentine.edgelist", data: ties }).dataset!);
 * // 20 ties of 15 · 14 / 2 possible
 * density(graph) //=> 0.1905
 * ```
 */
export function density(graph: GraphInput): number {
  const csr = csrOf(graph);
  return densityOf(csr);
}

/**
 * Density of the arcs of directed data; `null` for undirected data.
 *
 * @example
 * ```ts
 * import { directedDensity } from "@vernetzt/core/structure";
 * import { parseEdgeList } from "@vernetzt/core/interop";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * const { dataset } = parseEdgeList({ name: "netz.edgelist", data: "a b\nb a\nb c" }, { directed: true });
 * const graph = buildGraph(dataset!);
 * // 3 arcs of 3 · 2 possible
 * directedDensity(graph) //=> 0.5
 * ```
 */
export function directedDensity(graph: GraphInput): number | null {
  const csr = csrOf(graph);
  return csr.directed ? pairShare(csr.n, csr.m) : null;
}

/**
 * Density from the CSR view.
 *
 * @example
 * ```ts
 * import { densityOf } from "@vernetzt/core/structure";
 * import { toCsr } from "@vernetzt/core/graph";
 * import { parseEdgeList } from "@vernetzt/core/interop";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * const { dataset } = parseEdgeList({ name: "netz.edgelist", data: "a b\nb a\nb c" }, { directed: true });
 * const graph = buildGraph(dataset!);
 * // the undirected view: 2 pairs of 3
 * densityOf(toCsr(graph)) //=> 0.6667
 * ```
 */
export function densityOf(csr: CsrGraph): number {
  return 2 * pairShare(csr.n, csr.undirectedTieCount);
}

function pairShare(n: number, ties: number): number {
  return n < 2 ? 0 : ties / (n * (n - 1));
}
