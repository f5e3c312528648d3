/**
 * Directed closeness of each actor, from the distances of the actors that reach it (incoming):
 * c←(v) = (r − 1) / Σ_u d(u, v) · (r − 1) / (n − 1), r − 1 = actors with a directed path to v; 0 when none
 * (Wasserman & Faust 1994, eq. 5.3, improved for disconnected graphs). Equals networkx
 * `closeness_centrality(DiGraph)` and igraph `closeness(mode="in", normalized=True)` · (r − 1)/(n − 1).
 * `closeness` (undirected view) stays what it was. Definitions and weighting: `directed-path-metrics.ts`.
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

export const closenessDirectedMeasure = {
  id: "closenessDirected",
  scope: "actor",
  label: { de: "Von allen erreichbar (gerichtete Closeness)", en: "Reached by all (directed closeness)" },
  explanation: {
    de: "Wie wenige Schritte die anderen im Mittel brauchen, um diesen Akteur in Richtung der Nennungen zu erreichen (1: alle nennen ihn direkt).",
    en: "How few steps the others need on average to reach this actor along the direction of the ties (1: all name it directly).",
  },
  unit: null,
  range: "0 … 1",
  reference: {
    formula: "(r − 1) / Σ_u d(u, v) · (r − 1) / (n − 1), r − 1 = actors with a directed path to v",
    citation: "Wasserman & Faust 1994, Social Network Analysis, eq. 5.3",
    networkx: "closeness_centrality(DiGraph)",
    igraph: 'closeness(mode="in") × (r − 1) / (n − 1)',
    sna: null,
    note: "incoming distances, as networkx; 0 when nobody reaches v; always exact; weighted: arc length 1 / weight",
  },
  options: [WEIGHTED_OPTION],
  schema: { type: "number", minimum: 0, maximum: 1 },
  needs: "directed",
  compute: (context) => context.use(DIRECTED_PATH_SWEEP).closenessDirected,
} as const satisfies ActorMeasure;
