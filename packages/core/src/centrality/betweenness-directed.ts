/**
 * Directed betweenness of each actor: how often it lies on shortest paths that follow the direction of the
 * ties. b→(v) = Σ_{s≠v≠t} σ_st(v) / σ_st over ordered pairs (Freeman 1977, doi:10.2307/3033543; Brandes 2001).
 * Equals networkx `betweenness_centrality(DiGraph, normalized=False)` and igraph `betweenness(directed=True)`;
 * `betweenness` (unordered pairs of the undirected view) stays what it was. Definitions and weighting:
 * `directed-path-metrics.ts`.
 */
import { csrOf, type GraphInput } from "../graph/csr.js";
import { toRecord } from "../graph/options.js";
import {
  type DirectedPathMetricsOptions,
  directedPathMetrics,
  resolveDirectedPathMetricsOptions,
} from "./directed-path-metrics.js";

/**
 * Raw directed betweenness per actor id.
 *
 * @example
 * ```ts
 * import { betweennessDirected } from "@vernetzt/core/centrality";
 * import { parseEdgeList } from "@vernetzt/core/interop";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * // kita → jugend → sport, and sport → kita: every path of two steps runs through the middle one
 * const arcs = "kita jugend\njugend sport\nsport kita";
 * const graph = buildGraph(parseEdgeList({ name: "netz.edgelist", data: arcs }, { directed: true }).dataset!);
 * betweennessDirected(graph) //=> { kita: 1, jugend: 1, sport: 1 }
 * ```
 */
export function betweennessDirected(
  graph: GraphInput,
  options: Partial<DirectedPathMetricsOptions> = {},
): Record<string, number> {
  const csr = csrOf(graph);
  return toRecord(
    csr.ids,
    directedPathMetrics(csr, resolveDirectedPathMetricsOptions(options)).betweennessDirected,
  );
}
