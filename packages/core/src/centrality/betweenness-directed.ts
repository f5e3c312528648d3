/**
 * Directed betweenness of each actor: how often it lies on shortest paths that follow the direction of the
 * ties. b→(v) = Σ_{s≠v≠t} σ_st(v) / σ_st over ordered pairs (Freeman 1977, doi:10.2307/3033543; Brandes 2001).
 * Equals networkx `betweenness_centrality(DiGraph, normalized=False)` and igraph `betweenness(directed=True)`;
 * `betweenness` (unordered pairs of the undirected view) stays what it was. Definitions and weighting:
 * `directed-path-metrics.ts`.
 */
import { csrOf, type GraphInput } from "../graph/csr.js";
import { toRecord } from "../graph/options.js";
import { WEIGHTED_OPTION } from "../measures/settings.js";
import type { ActorMeasure } from "../measures/types.js";
import {
  DIRECTED_PATH_SWEEP,
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

export const betweennessDirectedMeasure = {
  id: "betweennessDirected",
  scope: "actor",
  label: {
    de: "Brückenposition entlang der Nennungen (gerichtete Betweenness)",
    en: "Bridging position along the arcs (directed betweenness)",
  },
  explanation: {
    de: "Wie viele geordnete Paare anderer Akteure ihren kürzesten Weg in Richtung der Nennungen über diesen Akteur nehmen.",
    en: "How many ordered pairs of other actors have their shortest path along the direction of the ties through this actor.",
  },
  unit: { de: "Paare", en: "pairs" },
  range: "0 … (n − 1)(n − 2)",
  reference: {
    formula: "Σ_{s≠v≠t} σ_st(v) / σ_st over ordered pairs, paths along the arcs",
    citation: "Freeman 1977, doi:10.2307/3033543; Brandes 2001, doi:10.1080/0022250X.2001.9990249",
    networkx: "betweenness_centrality(DiGraph, normalized=False)",
    igraph: "betweenness(directed=True)",
    sna: null,
    note: "raw; always exact (--samples does not apply); weighted: arc length 1 / weight; betweenness keeps the undirected view",
  },
  options: [WEIGHTED_OPTION],
  schema: { type: "number", minimum: 0 },
  needs: "directed",
  compute: (context) => context.use(DIRECTED_PATH_SWEEP).betweennessDirected,
} as const satisfies ActorMeasure;
