/**
 * Closeness centrality, Wasserman–Faust form for disconnected graphs:
 * c(v) = (r − 1)/Σ_u d(v, u) · (r − 1)/(n − 1), r = size of v's component; 0 for isolates.
 * Wasserman & Faust (1994), Social Network Analysis, eq. 5.3. Equals networkx `closeness_centrality(G)`
 * (wf_improved=True); igraph `closeness()` × (r − 1)/(n − 1). See `path-metrics.ts`.
 */
import { csrOf, type GraphInput } from "../graph/csr.js";
import { toRecord } from "../graph/options.js";
import { type PathMetricsOptions, pathMetricsArrays, resolvePathMetricsOptions } from "./path-metrics.js";

/**
 * Closeness per actor id.
 *
 * @example
 * ```ts
 * import { closeness } from "@vernetzt/core/centrality";
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
 * closeness(graph).Medici //=> 0.56
 * closeness(graph).Pazzi //=> 0.2857
 * ```
 */
export function closeness(
  graph: GraphInput,
  options: Partial<PathMetricsOptions> = {},
): Record<string, number> {
  const csr = csrOf(graph);
  return toRecord(csr.ids, pathMetricsArrays(csr, resolvePathMetricsOptions(options), false).closeness);
}
