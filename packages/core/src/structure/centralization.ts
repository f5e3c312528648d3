/**
 * Freeman's degree centralization: Σ_v (k_max − k_v) / ((n − 1)(n − 2)), with k = number of partners in
 * the undirected (union) view. 1 for a star, 0 when every actor has the same degree; 0 for fewer than three
 * actors. Freeman (1979), doi:10.1016/0378-8733(78)90021-7. Equals igraph `centralization_degree(
 * normalized=TRUE, loops=FALSE)` and R sna `centralization(g, degree, mode="graph")` (divided by their
 * maximum); networkx has no function for it.
 */
import { type CsrGraph, csrOf, type GraphInput } from "../graph/csr.js";
import type { NetworkMeasure } from "../measures/types.js";

/**
 * Freeman degree centralization of the network, in [0, 1].
 *
 * @example
 * ```ts
 * import { degreeCentralization } from "@vernetzt/core/structure";
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
 * // networkx: Freeman's formula on the degrees, Σ (max − k_v) / ((n − 1)(n − 2)) = 50 / 182
 * degreeCentralization(graph) //=> 0.2747
 * ```
 */
export function degreeCentralization(graph: GraphInput): number {
  return degreeCentralizationOf(csrOf(graph));
}

/**
 * Freeman degree centralization from the CSR view.
 *
 * @example
 * ```ts
 * import { degreeCentralizationOf } from "@vernetzt/core/structure";
 * import { toCsr } from "@vernetzt/core/graph";
 * import { parseEdgeList } from "@vernetzt/core/interop";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * const { dataset } = parseEdgeList({ name: "netz.edgelist", data: "a b\na c\na d" });
 * const graph = buildGraph(dataset!);
 * // a star is as centralised as a network can be
 * degreeCentralizationOf(toCsr(graph)) //=> 1
 * ```
 */
export function degreeCentralizationOf(csr: CsrGraph): number {
  const n = csr.n;
  if (n < 3) return 0;
  let max = 0;
  let sum = 0;
  for (let v = 0; v < n; v++) {
    const k = csr.partnerCount(v);
    sum += k;
    if (k > max) max = k;
  }
  return (n * max - sum) / ((n - 1) * (n - 2));
}

export const centralizationMeasure = {
  id: "centralization",
  scope: "network",
  label: {
    de: "Ausrichtung auf einen Akteur (Zentralisierung)",
    en: "Centred on one actor (centralisation)",
  },
  explanation: {
    de: "Wie stark sich die Beziehungen auf einen Akteur konzentrieren: 1 bei einem Stern, 0 wenn alle gleich viele Partner haben.",
    en: "How much the ties concentrate on one actor: 1 for a star, 0 when everyone has as many partners.",
  },
  unit: null,
  range: "0 … 1",
  reference: {
    formula: "Σ_v (k_max − k_v) / ((n − 1)(n − 2)), Freeman degree centralization",
    citation: "Freeman 1979, doi:10.1016/0378-8733(78)90021-7",
    networkx: null,
    igraph: "R igraph centr_degree(normalized=TRUE, loops=FALSE)",
    sna: 'centralization(g, degree, mode="graph")',
    note: "0 for n < 3; the reference values are computed from the degrees",
  },
  options: [],
  schema: { $ref: "#/$defs/numberOrNull", description: "Freeman degree centralization." },
  compute: (context) => degreeCentralizationOf(context.view),
} as const satisfies NetworkMeasure;
