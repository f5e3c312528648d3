/**
 * Betweenness centrality of each actor: how often it lies on shortest paths between two others.
 * b(v) = Σ_{s<t, s,t≠v} σ_st(v) / σ_st, each unordered pair once (Freeman 1977, doi:10.2307/3033543;
 * computed with Brandes 2001). Equals networkx `betweenness_centrality(G, normalized=False)` and igraph
 * `betweenness(directed=False)`; `betweennessNormalized` equals networkx's `normalized=True` value.
 * Definitions, weighting and sampling: see `path-metrics.ts`.
 */
import { csrOf, type GraphInput } from "../graph/csr.js";
import { toRecord } from "../graph/options.js";
import { type PathMetricsOptions, pathMetricsArrays, resolvePathMetricsOptions } from "./path-metrics.js";

/**
 * Raw betweenness per actor id.
 *
 * @example
 * ```ts
 * import { betweenness } from "@vernetzt/core/centrality";
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
 * const raw = betweenness(graph);
 * raw.Medici //=> 47.5
 * raw.Guadagni //=> 23.17
 * raw.Pazzi //=> 0
 * ```
 */
export function betweenness(
  graph: GraphInput,
  options: Partial<PathMetricsOptions> = {},
): Record<string, number> {
  const csr = csrOf(graph);
  return toRecord(csr.ids, pathMetricsArrays(csr, resolvePathMetricsOptions(options), true).betweenness);
}

/**
 * Normalised betweenness per actor id: raw × 2 / ((n − 1)(n − 2)).
 *
 * @example
 * ```ts
 * import { betweennessNormalized } from "@vernetzt/core/centrality";
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
 * // Padgett & Ansell's broker: networkx betweenness_centrality(G)["Medici"] = 0.522
 * betweennessNormalized(graph).Medici //=> 0.522
 * betweennessNormalized(graph).Albizzi //=> 0.2125
 * ```
 */
export function betweennessNormalized(
  graph: GraphInput,
  options: Partial<PathMetricsOptions> = {},
): Record<string, number> {
  const csr = csrOf(graph);
  return toRecord(
    csr.ids,
    pathMetricsArrays(csr, resolvePathMetricsOptions(options), true).betweennessNormalized,
  );
}
