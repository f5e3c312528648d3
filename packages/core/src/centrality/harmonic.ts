/**
 * Harmonic closeness: h(v) = Σ_{u≠v} 1 / d(v, u), unreachable actors adding 0.
 * Marchiori & Latora (2000), doi:10.1016/S0378-4371(00)00311-3; Boldi & Vigna (2014),
 * doi:10.1080/15427951.2013.865686. Equals networkx `harmonic_centrality(G)` and igraph
 * `harmonic_centrality(normalized=False)`. See `path-metrics.ts`.
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
 * Harmonic closeness per actor id.
 *
 * @example
 * ```ts
 * import { harmonicCloseness } from "@vernetzt/core/centrality";
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
 * harmonicCloseness(graph).Medici //=> 9.5
 * ```
 */
export function harmonicCloseness(
  graph: GraphInput,
  options: Partial<PathMetricsOptions> = {},
): Record<string, number> {
  const csr = csrOf(graph);
  return toRecord(csr.ids, pathMetricsArrays(csr, resolvePathMetricsOptions(options), false).harmonic);
}

export const harmonicMeasure = {
  id: "harmonic",
  scope: "actor",
  label: { de: "Erreichbarkeit (harmonische Nähe)", en: "Reach (harmonic closeness)" },
  explanation: {
    de: "Die Kehrwerte der Abstände zu allen anderen zusammengezählt: nahe Akteure zählen viel, ferne wenig, unerreichbare nichts.",
    en: "The inverse distances to all others added up: near actors count much, far ones little, unreachable ones nothing.",
  },
  unit: null,
  range: "0 … n − 1",
  reference: {
    formula: "Σ_{u≠v} 1 / d(v, u)",
    citation:
      "Marchiori & Latora 2000, doi:10.1016/S0378-4371(00)00311-3; Boldi & Vigna 2014, doi:10.1080/15427951.2013.865686",
    networkx: "harmonic_centrality(G)",
    igraph: "harmonic_centrality(normalized=False)",
    sna: 'closeness(g, gmode="graph", cmode="suminvundir") × (n − 1)',
    note: "not normalised",
  },
  options: [WEIGHTED_OPTION, SAMPLES_OPTION],
  schema: { type: "number", minimum: 0 },
  usesPaths: true,
  compute: (context) => context.paths.harmonic,
} as const satisfies ActorMeasure;
