/**
 * Local clustering coefficient: C(v) = 2 T(v) / (k(k − 1)), T(v) = triangles through v, k = its number of
 * partners in the undirected (union) view; 0 when k < 2 (Watts & Strogatz 1998, doi:10.1038/30918).
 * Equals networkx `clustering(G)` (unweighted) on the undirected graph and igraph
 * `transitivity_local_undirected(mode="zero")`. Always unweighted.
 */
import { type CsrGraph, csrOf, type GraphInput } from "../graph/csr.js";
import { toRecord } from "../graph/options.js";
import type { ActorMeasure } from "../measures/types.js";
import { TRIANGLE_COUNTS, triangleCounts } from "./triangles.js";

/**
 * Local clustering per actor id.
 *
 * @example
 * ```ts
 * import { clustering } from "@vernetzt/core/structure";
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
 * clustering(graph).Medici //=> 0.0667
 * clustering(graph).Peruzzi //=> 0.6667
 * ```
 */
export function clustering(graph: GraphInput): Record<string, number> {
  const csr = csrOf(graph);
  return toRecord(csr.ids, clusteringArray(csr, triangleCounts(csr)));
}

/**
 * Local clustering by actor index, from the triangle counts.
 *
 * @example
 * ```ts
 * import { clusteringArray, triangleCounts } from "@vernetzt/core/structure";
 * import { toCsr } from "@vernetzt/core/graph";
 * import { parseEdgeList } from "@vernetzt/core/interop";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * const { dataset } = parseEdgeList({ name: "netz.edgelist", data: "a b\nb c\nc a\nc d" });
 * const graph = buildGraph(dataset!);
 * const csr = toCsr(graph);
 * clusteringArray(csr, triangleCounts(csr)) //=> [1, 1, 0.3333, 0]
 * ```
 */
export function clusteringArray(csr: CsrGraph, triangles: Float64Array): Float64Array {
  const result = new Float64Array(csr.n);
  for (let v = 0; v < csr.n; v++) {
    const k = csr.partnerCount(v);
    if (k >= 2) result[v] = (2 * triangles[v]!) / (k * (k - 1));
  }
  return result;
}

export const clusteringMeasure = {
  id: "clustering",
  scope: "actor",
  label: {
    de: "Partner untereinander verbunden (Clustering)",
    en: "Partners tied to each other (clustering)",
  },
  explanation: {
    de: "Welcher Anteil der Paare von Partnern eines Akteurs auch untereinander verbunden ist.",
    en: "The share of an actor's pairs of partners who are tied to each other too.",
  },
  unit: null,
  range: "0 … 1",
  reference: {
    formula: "2T(v) / (k(k − 1)), 0 for k < 2",
    citation: "Watts & Strogatz 1998, doi:10.1038/30918",
    networkx: "clustering(G)",
    igraph: 'transitivity_local_undirected(mode="zero")',
    sna: null,
    note: "unweighted",
  },
  options: [],
  schema: { type: "number", minimum: 0, maximum: 1 },
  compute: (context) => clusteringArray(context.view, context.use(TRIANGLE_COUNTS)),
} as const satisfies ActorMeasure;
