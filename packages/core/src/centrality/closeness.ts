/**
 * Closeness centrality, Wasserman–Faust form for disconnected graphs:
 * c(v) = (r − 1)/Σ_u d(v, u) · (r − 1)/(n − 1), r = size of v's component; 0 for isolates.
 * Wasserman & Faust (1994), Social Network Analysis, eq. 5.3. Equals networkx `closeness_centrality(G)`
 * (wf_improved=True); igraph `closeness()` × (r − 1)/(n − 1). See `path-metrics.ts`.
 */
import { csrOf, type GraphInput } from "../graph/csr.js";
import { toRecord } from "../graph/options.js";
import {
  type PathMetricsOptions,
  pathMetricsArrays,
  resolvePathMetricsOptions,
} from "../graph/path-metrics.js";
import { SAMPLES_OPTION, WEIGHTED_OPTION } from "../measures/settings.js";
import type { ActorMeasure } from "../measures/types.js";

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

export const closenessMeasure = {
  id: "closeness",
  scope: "actor",
  label: { de: "Nähe zu allen (Closeness)", en: "Closeness to all (closeness)" },
  explanation: {
    de: "Wie wenige Schritte ein Akteur im Mittel braucht, um die anderen zu erreichen (1: alle direkt).",
    en: "How few steps an actor needs on average to reach the others (1: all directly).",
  },
  unit: null,
  range: "0 … 1",
  reference: {
    formula: "(r − 1) / Σ_u d(v, u) · (r − 1) / (n − 1), r = size of v's component",
    citation: "Wasserman & Faust 1994, Social Network Analysis, eq. 5.3",
    networkx: "closeness_centrality(G)",
    igraph: "closeness() × (r − 1) / (n − 1)",
    sna: 'closeness(g, gmode="graph") (connected graphs)',
    note: "isolates 0; in a disconnected graph scaled by the share of actors reachable (wf_improved)",
  },
  options: [WEIGHTED_OPTION, SAMPLES_OPTION],
  schema: { type: "number", minimum: 0 },
  usesPaths: true,
  dashboard: true,
  compute: (context) => context.paths.closeness,
} as const satisfies ActorMeasure;
