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

/** Raw betweenness per actor id. */
export function betweenness(
  graph: GraphInput,
  options: Partial<PathMetricsOptions> = {},
): Record<string, number> {
  const csr = csrOf(graph);
  return toRecord(csr.ids, pathMetricsArrays(csr, resolvePathMetricsOptions(options), true).betweenness);
}

/** Normalised betweenness per actor id: raw × 2 / ((n − 1)(n − 2)). */
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
