/**
 * Closeness centrality, Wasserman–Faust form for disconnected graphs:
 * c(v) = (r − 1)/Σ_u d(v, u) · (r − 1)/(n − 1), r = size of v's component; 0 for isolates.
 * Wasserman & Faust (1994), Social Network Analysis, eq. 5.3. Equals networkx `closeness_centrality(G)`
 * (wf_improved=True); igraph `closeness()` × (r − 1)/(n − 1). See `path-metrics.ts`.
 */
import { csrOf, type GraphInput } from "../graph/csr.js";
import { toRecord } from "../graph/options.js";
import { type PathMetricsOptions, pathMetricsArrays, resolvePathMetricsOptions } from "./path-metrics.js";

/** Closeness per actor id. */
export function closeness(
  graph: GraphInput,
  options: Partial<PathMetricsOptions> = {},
): Record<string, number> {
  const csr = csrOf(graph);
  return toRecord(csr.ids, pathMetricsArrays(csr, resolvePathMetricsOptions(options), false).closeness);
}
