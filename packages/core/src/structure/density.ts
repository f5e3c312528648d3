/**
 * Density: the share of possible ties that exist.
 * - density = 2E / (n(n − 1)), E = pairs tied in either direction (the undirected view): networkx
 *   `density(G.to_undirected())`, igraph `density()` of the collapsed graph.
 * - directedDensity = m / (n(n − 1)), m = arcs: networkx `density` of a DiGraph; `null` for undirected
 *   data. Both 0 for fewer than two actors (networkx).
 */
import { type CsrGraph, csrOf, type GraphInput } from "../graph/csr.js";
import type { NetworkMeasure } from "../measures/types.js";

/**
 * Density of the undirected view.
 *
 * @example
 * ```ts
 * import { density } from "@vernetzt/core/structure";
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
 * // 20 ties of 15 · 14 / 2 possible
 * density(graph) //=> 0.1905
 * ```
 */
export function density(graph: GraphInput): number {
  const csr = csrOf(graph);
  return densityOf(csr);
}

/**
 * Density of the arcs of directed data; `null` for undirected data.
 *
 * @example
 * ```ts
 * import { directedDensity } from "@vernetzt/core/structure";
 * import { parseEdgeList } from "@vernetzt/core/interop";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * const { dataset } = parseEdgeList({ name: "netz.edgelist", data: "a b\nb a\nb c" }, { directed: true });
 * const graph = buildGraph(dataset!);
 * // 3 arcs of 3 · 2 possible
 * directedDensity(graph) //=> 0.5
 * ```
 */
export function directedDensity(graph: GraphInput): number | null {
  const csr = csrOf(graph);
  return csr.directed ? pairShare(csr.n, csr.m) : null;
}

/**
 * Density from the CSR view.
 *
 * @example
 * ```ts
 * import { densityOf } from "@vernetzt/core/structure";
 * import { toCsr } from "@vernetzt/core/graph";
 * import { parseEdgeList } from "@vernetzt/core/interop";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * const { dataset } = parseEdgeList({ name: "netz.edgelist", data: "a b\nb a\nb c" }, { directed: true });
 * const graph = buildGraph(dataset!);
 * // the undirected view: 2 pairs of 3
 * densityOf(toCsr(graph)) //=> 0.6667
 * ```
 */
export function densityOf(csr: CsrGraph): number {
  return 2 * pairShare(csr.n, csr.undirectedTieCount);
}

function pairShare(n: number, ties: number): number {
  return n < 2 ? 0 : ties / (n * (n - 1));
}

export const densityMeasure = {
  id: "density",
  scope: "network",
  label: { de: "Anteil bestehender Beziehungen (Dichte)", en: "Share of possible ties (density)" },
  explanation: {
    de: "Welcher Anteil aller möglichen Paare von Akteuren miteinander verbunden ist.",
    en: "The share of all possible pairs of actors that are tied.",
  },
  unit: null,
  range: "0 … 1",
  reference: {
    formula: "2E / (n(n − 1)), E = pairs tied in either direction",
    citation: "Wasserman & Faust 1994, Social Network Analysis, sec. 4.2",
    networkx: "density(G.to_undirected())",
    igraph: "density() of the collapsed graph",
    sna: 'gden(g, mode="graph")',
    note: "0 for n < 2",
  },
  options: [],
  schema: {
    $ref: "#/$defs/numberOrNull",
    description: "Undirected density 2m / (n(n-1)) of the union of both directions.",
  },
  compute: (context) => densityOf(context.view),
} as const satisfies NetworkMeasure;

export const directedDensityMeasure = {
  id: "directedDensity",
  scope: "network",
  label: {
    de: "Anteil bestehender Nennungen (gerichtete Dichte)",
    en: "Share of possible arcs (directed density)",
  },
  explanation: {
    de: "Welcher Anteil aller möglichen Nennungen (A nennt B) vorkommt.",
    en: "The share of all possible arcs (A names B) that occur.",
  },
  unit: null,
  range: "0 … 1",
  reference: {
    formula: "m / (n(n − 1)), m = arcs",
    citation: "Wasserman & Faust 1994, Social Network Analysis, sec. 4.2",
    networkx: "density(G) of the DiGraph",
    igraph: "density()",
    sna: "gden(g)",
    note: "null for undirected data; 0 for n < 2",
  },
  options: [],
  schema: { $ref: "#/$defs/numberOrNull", description: "m / (n(n-1))." },
  when: "directed",
  compute: (context) => directedDensity(context.view),
} as const satisfies NetworkMeasure;
