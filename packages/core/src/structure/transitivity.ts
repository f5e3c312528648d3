/**
 * Transitivity (global clustering): 3 × triangles / connected triples = Σ_v 2T(v) / Σ_v k_v(k_v − 1) over
 * the undirected (union) view; 0 when there is no triangle (Newman 2003, doi:10.1137/S003614450342480).
 * Equals networkx `transitivity` and igraph `transitivity_undirected` (which gives NaN, not 0, without
 * triples).
 */
import { type CsrGraph, csrOf, type GraphInput } from "../graph/csr.js";
import type { NetworkMeasure } from "../measures/types.js";
import { TRIANGLE_COUNTS, triangleCounts } from "./triangles.js";

/**
 * Transitivity of the network.
 *
 * @example
 * ```ts
 * import { transitivity } from "@vernetzt/core/structure";
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
 * // networkx transitivity(G): 3 × triangles / connected triples
 * transitivity(graph) //=> 0.1915
 * ```
 */
export function transitivity(graph: GraphInput): number {
  const csr = csrOf(graph);
  return transitivityFromTriangles(csr, triangleCounts(csr));
}

/**
 * Transitivity from the per-actor triangle counts.
 *
 * @example
 * ```ts
 * import { transitivityFromTriangles, triangleCounts } from "@vernetzt/core/structure";
 * import { toCsr } from "@vernetzt/core/graph";
 * import { parseEdgeList } from "@vernetzt/core/interop";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * const { dataset } = parseEdgeList({ name: "netz.edgelist", data: "a b\nb c\nc a\nc d" });
 * const graph = buildGraph(dataset!);
 * // one triangle, five connected triples (one at a, one at b, three at c)
 * const csr = toCsr(graph);
 * transitivityFromTriangles(csr, triangleCounts(csr)) //=> 0.6
 * ```
 */
export function transitivityFromTriangles(csr: CsrGraph, triangles: Float64Array): number {
  let closed = 0;
  let triples = 0;
  for (let v = 0; v < csr.n; v++) {
    const k = csr.partnerCount(v);
    closed += 2 * triangles[v]!;
    triples += k * (k - 1);
  }
  return closed === 0 ? 0 : closed / triples;
}

export const transitivityMeasure = {
  id: "transitivity",
  scope: "network",
  label: { de: "Geschlossene Dreiecke (Transitivität)", en: "Closed triangles (transitivity)" },
  explanation: {
    de: "Wie oft zwei Partner desselben Akteurs auch untereinander verbunden sind, über das ganze Netzwerk.",
    en: "How often two partners of the same actor are tied to each other too, over the whole network.",
  },
  unit: null,
  range: "0 … 1",
  reference: {
    formula: "3 · triangles / connected triples",
    citation: "Wasserman & Faust 1994, Social Network Analysis, sec. 14.3",
    networkx: "transitivity(G)",
    igraph: "transitivity_undirected()",
    sna: 'gtrans(g, mode="graph")',
    note: "0 without triples (igraph NaN)",
  },
  options: [],
  schema: { $ref: "#/$defs/numberOrNull" },
  compute: (context) => transitivityFromTriangles(context.view, context.use(TRIANGLE_COUNTS)),
} as const satisfies NetworkMeasure;
