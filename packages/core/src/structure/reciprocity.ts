/**
 * Reciprocity of directed data: the share of arcs u→v whose reverse v→u also exists. Equals networkx
 * `overall_reciprocity` and igraph `reciprocity()` (mode "default"). `null` for undirected data, 0 for a
 * directed graph without ties (networkx raises, igraph gives NaN).
 */
import { type CsrGraph, csrOf, type GraphInput } from "../graph/csr.js";
import type { NetworkMeasure } from "../measures/types.js";

/**
 * Reciprocity of the network; `null` when it is undirected.
 *
 * @example
 * ```ts
 * import { reciprocity } from "@vernetzt/core/structure";
 * import { parseEdgeList } from "@vernetzt/core/interop";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * const edges = "kita quartier\nquartier kita\nquartier jugend";
 * const { dataset } = parseEdgeList({ name: "netz.edgelist", data: edges }, { directed: true });
 * const graph = buildGraph(dataset!);
 * // 2 of 3 arcs are returned (networkx reciprocity)
 * reciprocity(graph) //=> 0.6667
 * ```
 */
export function reciprocity(graph: GraphInput): number | null {
  return reciprocityOf(csrOf(graph));
}

/**
 * Reciprocity from the CSR view.
 *
 * @example
 * ```ts
 * import { reciprocityOf } from "@vernetzt/core/structure";
 * import { toCsr } from "@vernetzt/core/graph";
 * import { parseEdgeList } from "@vernetzt/core/interop";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * const { dataset } = parseEdgeList({ name: "netz.edgelist", data: "a b\nb c" });
 * const graph = buildGraph(dataset!);
 * reciprocityOf(toCsr(graph)) //=> null
 * ```
 */
export function reciprocityOf(csr: CsrGraph): number | null {
  if (!csr.directed) return null;
  if (csr.m === 0) return 0;
  // Arcs minus distinct pairs = mutual pairs; each mutual pair holds two reciprocated arcs.
  return (2 * (csr.m - csr.undirectedTieCount)) / csr.m;
}

export const reciprocityMeasure = {
  id: "reciprocity",
  scope: "network",
  label: { de: "Gegenseitigkeit (Reziprozität)", en: "Mutual naming (reciprocity)" },
  explanation: {
    de: "Welcher Anteil der Nennungen erwidert wird (A nennt B und B nennt A).",
    en: "The share of arcs that are returned (A names B and B names A).",
  },
  unit: null,
  range: "0 … 1",
  reference: {
    formula: "share of arcs u → v whose reverse v → u exists",
    citation: "Wasserman & Faust 1994, Social Network Analysis, sec. 13.2",
    networkx: "overall_reciprocity(G)",
    igraph: "reciprocity()",
    sna: 'grecip(g, measure="edgewise")',
    note: "null for undirected data; 0 without ties (networkx raises, igraph NaN)",
  },
  options: [],
  schema: { $ref: "#/$defs/numberOrNull" },
  when: "directed",
  compute: (context) => reciprocityOf(context.view),
} as const satisfies NetworkMeasure;
