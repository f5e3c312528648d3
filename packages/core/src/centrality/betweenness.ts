/**
 * Betweenness centrality of each actor: how often it lies on shortest paths between two others.
 * b(v) = Σ_{s<t, s,t≠v} σ_st(v) / σ_st, each unordered pair once (Freeman 1977, doi:10.2307/3033543;
 * computed with Brandes 2001). Equals networkx `betweenness_centrality(G, normalized=False)` and igraph
 * `betweenness(directed=False)`; `betweennessNormalized` equals networkx's `normalized=True` value.
 * Definitions, weighting and sampling: see `path-metrics.ts`.
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

export const betweennessMeasure = {
  id: "betweenness",
  scope: "actor",
  label: { de: "Brückenposition (Betweenness)", en: "Bridging position (betweenness)" },
  explanation: {
    de: "Wie viele Paare anderer Akteure ihren kürzesten Weg über diesen Akteur nehmen: wer Teile des Netzwerks verbindet.",
    en: "How many pairs of other actors have their shortest path through this actor: who connects parts of the network.",
  },
  unit: { de: "Paare", en: "pairs" },
  range: "0 … (n − 1)(n − 2) / 2",
  reference: {
    formula: "Σ_{s<t; s,t≠v} σ_st(v) / σ_st",
    citation: "Freeman 1977, doi:10.2307/3033543; Brandes 2001, doi:10.1080/0022250X.2001.9990249",
    networkx: "betweenness_centrality(G, normalized=False)",
    igraph: "betweenness(directed=False)",
    sna: 'betweenness(g, gmode="graph")',
    note: "unordered pairs once; weighted: tie length 1 / weight",
  },
  options: [WEIGHTED_OPTION, SAMPLES_OPTION],
  schema: { type: "number", minimum: 0 },
  usesPaths: true,
  compute: (context) => context.paths.betweenness,
} as const satisfies ActorMeasure;

export const betweennessNormalizedMeasure = {
  id: "betweennessNormalized",
  scope: "actor",
  label: { de: "Brückenposition (Betweenness, normiert)", en: "Bridging position (betweenness, normalised)" },
  explanation: {
    de: "Die Brückenposition als Anteil am größtmöglichen Wert: 1 heißt, alle kürzesten Wege laufen über diesen Akteur.",
    en: "The bridging position as a share of its largest possible value: 1 means every shortest path runs through this actor.",
  },
  unit: null,
  range: "0 … 1",
  reference: {
    formula: "betweenness × 2 / ((n − 1)(n − 2))",
    citation: "Freeman 1977, doi:10.2307/3033543",
    networkx: "betweenness_centrality(G, normalized=True)",
    igraph: "betweenness(directed=False) × 2 / ((n − 1)(n − 2))",
    sna: null,
    note: "n ≤ 2: the raw value (0), as networkx",
  },
  options: [WEIGHTED_OPTION, SAMPLES_OPTION],
  schema: { type: "number", minimum: 0 },
  usesPaths: true,
  dashboard: true,
  compute: (context) => context.paths.betweennessNormalized,
} as const satisfies ActorMeasure;
