/**
 * Directed closeness of each actor, from the distances of the actors that reach it (incoming):
 * c←(v) = (r − 1) / Σ_u d(u, v) · (r − 1) / (n − 1), r − 1 = actors with a directed path to v; 0 when none
 * (Wasserman & Faust 1994, eq. 5.3, improved for disconnected graphs). Equals networkx
 * `closeness_centrality(DiGraph)` and igraph `closeness(mode="in", normalized=True)` · (r − 1)/(n − 1).
 * `closeness` (undirected view) stays what it was. Definitions and weighting: `directed-path-metrics.ts`.
 */
import { csrOf, type GraphInput } from "../graph/csr.js";
import { toRecord } from "../graph/options.js";
import {
  type DirectedPathMetricsOptions,
  directedPathMetrics,
  resolveDirectedPathMetricsOptions,
} from "./directed-path-metrics.js";

/**
 * Directed (incoming) closeness per actor id.
 *
 * @example
 * ```ts
 * import { closenessDirected } from "@vernetzt/core/centrality";
 * import { parseEdgeList } from "@vernetzt/core/interop";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * // kita → jugend → sport: nobody reaches kita; sport is reached by jugend (1 step) and kita (2 steps)
 * const arcs = "kita jugend\njugend sport";
 * const graph = buildGraph(parseEdgeList({ name: "netz.edgelist", data: arcs }, { directed: true }).dataset!);
 * closenessDirected(graph) //=> { kita: 0, jugend: 0.5, sport: 0.6667 }
 * ```
 */
export function closenessDirected(
  graph: GraphInput,
  options: Partial<DirectedPathMetricsOptions> = {},
): Record<string, number> {
  const csr = csrOf(graph);
  return toRecord(
    csr.ids,
    directedPathMetrics(csr, resolveDirectedPathMetricsOptions(options)).closenessDirected,
  );
}
