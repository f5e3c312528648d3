/**
 * Reciprocity of directed data: the share of arcs u→v whose reverse v→u also exists. Equals networkx
 * `overall_reciprocity` and igraph `reciprocity()` (mode "default"). `null` for undirected data, 0 for a
 * directed graph without ties (networkx raises, igraph gives NaN).
 */
import { type CsrGraph, csrOf, type GraphInput } from "../graph/csr.js";

/**
 * Reciprocity of the network; `null` when it is undirected.
 *
 * @example
 * ```ts
 * import { reciprocity } from "@vernetzt/core/structure";
 * import { parseEdgeList } from "@vernetzt/core/interop";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * const edges = "kita quartier\nquartier kita\nquartier jugend";
 * const { dataset } = parseEdgeList({ name: "netz.edgelist", data: edges }, { directed: true });
 * const graph = buildGraph(dataset!);
 * // 2 of 3 arcs are returned (networkx reciprocity)
 * reciprocity(graph) //=> 0.6667
 * ```
 */
export function reciprocity(graph: GraphInput): number | null {
  return reciprocityOf(csrOf(graph));
}

/**
 * Reciprocity from the CSR view.
 *
 * @example
 * ```ts
 * import { reciprocityOf } from "@vernetzt/core/structure";
 * import { toCsr } from "@vernetzt/core/graph";
 * import { parseEdgeList } from "@vernetzt/core/interop";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * const { dataset } = parseEdgeList({ name: "netz.edgelist", data: "a b\nb c" });
 * const graph = buildGraph(dataset!);
 * reciprocityOf(toCsr(graph)) //=> null
 * ```
 */
export function reciprocityOf(csr: CsrGraph): number | null {
  if (!csr.directed) return null;
  if (csr.m === 0) return 0;
  // Arcs minus distinct pairs = mutual pairs; each mutual pair holds two reciprocated arcs.
  return (2 * (csr.m - csr.undirectedTieCount)) / csr.m;
}
