/**
 * Degree and strength.
 * - degree(v): number of partners in the undirected (union) view — for directed data a pair tied in both
 *   directions counts once. networkx `G.to_undirected().degree(v)`, igraph `degree()` after
 *   `as_undirected("collapse")`. (networkx `DiGraph.degree` = in + out, which counts mutual ties twice:
 *   that is `inDegree + outDegree`.)
 * - inDegree / outDegree: arcs received / sent; for undirected graphs both equal `degree`.
 *   networkx `in_degree` / `out_degree`, igraph `degree(mode="in"|"out")`.
 * - strength(v) = Σ weights of v's ties (both directions for directed data): networkx
 *   `degree(weight="weight")`, igraph `strength(weights="weight")`. Always weighted.
 *
 * Self-loops count as networkx counts them (`docs/metrics.md`, "Self-loops"): a tie from v to itself adds 2 to
 * degree and 2 · weight to strength (its two ends are both at v), and 1 to in-degree and 1 to out-degree.
 */
import { type Adjacency, type CsrGraph, csrOf, type GraphInput, type SelfLoops } from "../graph/csr.js";
import { toRecord } from "../graph/options.js";
import type { ActorMeasure } from "../measures/types.js";

/**
 * Number of entries per row of an adjacency.
 *
 * @example
 * ```ts
 * import { rowLengths } from "@vernetzt/core/centrality";
 * import { toCsr } from "@vernetzt/core/graph";
 * import { parseEdgeList } from "@vernetzt/core/interop";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * const { dataset } = parseEdgeList({ name: "netz.edgelist", data: "a b\na c\nc d" }, { directed: true });
 * const graph = buildGraph(dataset!);
 * rowLengths(toCsr(graph).outgoing) //=> [2, 0, 1, 0]
 * rowLengths(toCsr(graph).incoming) //=> [0, 1, 1, 1]
 * ```
 */
export function rowLengths(adjacency: Adjacency): Int32Array {
  const { offsets } = adjacency;
  const counts = new Int32Array(offsets.length - 1);
  for (let i = 0; i < counts.length; i++) counts[i] = offsets[i + 1]! - offsets[i]!;
  return counts;
}

/**
 * Sum of the weights per row of an adjacency.
 *
 * @example
 * ```ts
 * import { rowSums } from "@vernetzt/core/centrality";
 * import { toCsr } from "@vernetzt/core/graph";
 * import { parseEdgeList } from "@vernetzt/core/interop";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * const { dataset } = parseEdgeList({ name: "netz.edgelist", data: "a b 2\na c 0.5\nc d 1" });
 * const graph = buildGraph(dataset!);
 * rowSums(toCsr(graph).undirected) //=> [2.5, 2, 1.5, 1]
 * ```
 */
export function rowSums(adjacency: Adjacency): Float64Array {
  const { offsets, weights } = adjacency;
  const sums = new Float64Array(offsets.length - 1);
  for (let i = 0; i < sums.length; i++) {
    let s = 0;
    for (let e = offsets[i]!; e < offsets[i + 1]!; e++) s += weights[e]!;
    sums[i] = s;
  }
  return sums;
}

/**
 * Adds each self-loop `per` times (its weight with `weighted`, else 1) to the values of its actor. Values of
 * actors without a loop stay exactly as they were.
 */
function withLoops<T extends Int32Array | Float64Array>(
  values: T,
  loops: SelfLoops,
  per: number,
  weighted: boolean,
): T {
  const { nodes, weights } = loops;
  for (let k = 0; k < nodes.length; k++) values[nodes[k]!]! += per * (weighted ? weights[k]! : 1);
  return values;
}

/**
 * Degree by actor index: partners in the undirected view, a self-loop counting 2 (networkx).
 *
 * @example
 * ```ts
 * import { degreeArray } from "@vernetzt/core/centrality";
 * import { toCsr } from "@vernetzt/core/graph";
 * import { fromGraphology } from "@vernetzt/core/interop";
 * import Graph from "graphology";
 *
 * const graph = new Graph({ type: "undirected" });
 * graph.mergeEdge("a", "b");
 * graph.mergeEdge("a", "a"); // a self-loop: networkx counts both of its ends
 * degreeArray(toCsr(fromGraphology(graph))) //=> [3, 1]
 * ```
 */
export function degreeArray(csr: CsrGraph): Int32Array {
  return withLoops(rowLengths(csr.undirected), csr.loops, 2, false);
}

/**
 * In-degree by actor index: arcs received, a self-loop counting 1 (networkx `in_degree`).
 *
 * @example
 * ```ts
 * import { inDegreeArray } from "@vernetzt/core/centrality";
 * import { toCsr } from "@vernetzt/core/graph";
 * import { fromGraphology } from "@vernetzt/core/interop";
 * import Graph from "graphology";
 *
 * const graph = new Graph({ type: "directed" });
 * graph.mergeEdge("a", "b", { weight: 2 });
 * graph.mergeEdge("a", "a", { weight: 3 });
 * inDegreeArray(toCsr(fromGraphology(graph))) //=> [1, 1]
 * ```
 */
export function inDegreeArray(csr: CsrGraph): Int32Array {
  return withLoops(rowLengths(csr.incoming), csr.loops, 1, false);
}

/**
 * Out-degree by actor index: arcs sent, a self-loop counting 1 (networkx `out_degree`).
 *
 * @example
 * ```ts
 * import { outDegreeArray } from "@vernetzt/core/centrality";
 * import { toCsr } from "@vernetzt/core/graph";
 * import { fromGraphology } from "@vernetzt/core/interop";
 * import Graph from "graphology";
 *
 * const graph = new Graph({ type: "directed" });
 * graph.mergeEdge("a", "b", { weight: 2 });
 * graph.mergeEdge("a", "a", { weight: 3 });
 * outDegreeArray(toCsr(fromGraphology(graph))) //=> [2, 0]
 * ```
 */
export function outDegreeArray(csr: CsrGraph): Int32Array {
  return withLoops(rowLengths(csr.outgoing), csr.loops, 1, false);
}

/**
 * Strength by actor index: the weights of the undirected view, a self-loop counting twice its weight
 * (networkx `degree(weight="weight")`).
 *
 * @example
 * ```ts
 * import { strengthArray } from "@vernetzt/core/centrality";
 * import { toCsr } from "@vernetzt/core/graph";
 * import { fromGraphology } from "@vernetzt/core/interop";
 * import Graph from "graphology";
 *
 * const graph = new Graph({ type: "undirected" });
 * graph.mergeEdge("a", "b", { weight: 2 });
 * graph.mergeEdge("a", "a", { weight: 3 });
 * strengthArray(toCsr(fromGraphology(graph))) //=> [8, 2]
 * ```
 */
export function strengthArray(csr: CsrGraph): Float64Array {
  return withLoops(rowSums(csr.undirected), csr.loops, 2, true);
}

/**
 * Number of partners per actor id (a self-loop counts 2, as in networkx: `degreeArray`).
 *
 * @example
 * ```ts
 * import { degree } from "@vernetzt/core/centrality";
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
 * degree(graph).Medici //=> 6
 * degree(graph).Strozzi //=> 4
 * ```
 */
export function degree(graph: GraphInput): Record<string, number> {
  const csr = csrOf(graph);
  return toRecord(csr.ids, degreeArray(csr));
}

/**
 * Number of ties received per actor id.
 *
 * @example
 * ```ts
 * import { inDegree } from "@vernetzt/core/centrality";
 * import { parseEdgeList } from "@vernetzt/core/interop";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * const edges = "kita quartier\njugend quartier\nquartier kita";
 * const { dataset } = parseEdgeList({ name: "netz.edgelist", data: edges }, { directed: true });
 * const graph = buildGraph(dataset!);
 * // "who names whom": the Quartiersbüro is named twice
 * inDegree(graph) //=> { kita: 1, quartier: 2, jugend: 0 }
 * ```
 */
export function inDegree(graph: GraphInput): Record<string, number> {
  const csr = csrOf(graph);
  return toRecord(csr.ids, inDegreeArray(csr));
}

/**
 * Number of ties sent per actor id.
 *
 * @example
 * ```ts
 * import { outDegree } from "@vernetzt/core/centrality";
 * import { parseEdgeList } from "@vernetzt/core/interop";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * const edges = "kita quartier\njugend quartier\nquartier kita";
 * const { dataset } = parseEdgeList({ name: "netz.edgelist", data: edges }, { directed: true });
 * const graph = buildGraph(dataset!);
 * outDegree(graph) //=> { kita: 1, quartier: 1, jugend: 1 }
 * ```
 */
export function outDegree(graph: GraphInput): Record<string, number> {
  const csr = csrOf(graph);
  return toRecord(csr.ids, outDegreeArray(csr));
}

/**
 * Sum of tie weights per actor id.
 *
 * @example
 * ```ts
 * import { strength } from "@vernetzt/core/centrality";
 * import { parseEdgeList } from "@vernetzt/core/interop";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * const edges = "kita quartier 3\nkita jugend 1\njugend sport 2";
 * const { dataset } = parseEdgeList({ name: "netz.edgelist", data: edges });
 * const graph = buildGraph(dataset!);
 * strength(graph) //=> { kita: 4, quartier: 3, jugend: 3, sport: 2 }
 * ```
 */
export function strength(graph: GraphInput): Record<string, number> {
  const csr = csrOf(graph);
  return toRecord(csr.ids, strengthArray(csr));
}

export const degreeMeasure = {
  id: "degree",
  scope: "actor",
  label: { de: "Zahl der Partner (Grad)", en: "Partners (degree)" },
  explanation: {
    de: "Mit wie vielen anderen ein Akteur verbunden ist.",
    en: "How many others an actor has a tie with.",
  },
  unit: { de: "Partner", en: "partners" },
  range: "0 … n − 1",
  reference: {
    formula: "number of partners in the undirected view",
    citation: null,
    networkx: "G.to_undirected().degree",
    igraph: "degree() of the collapsed graph",
    sna: 'degree(g, gmode="graph")',
    note: "a pair tied in both directions counts once (networkx's DiGraph.degree = in + out)",
  },
  options: [],
  schema: { type: "integer", minimum: 0 },
  dashboard: true,
  countsSelfLoops: true,
  compute: (context) => degreeArray(context.view),
} as const satisfies ActorMeasure;

export const strengthMeasure = {
  id: "strength",
  scope: "actor",
  label: { de: "Summe der Beziehungsstärken (Stärke)", en: "Tie strength (strength)" },
  explanation: {
    de: "Die Gewichte aller Beziehungen eines Akteurs zusammengezählt: wie viel er insgesamt zusammenarbeitet.",
    en: "The weights of all of an actor's ties added up: how much it cooperates overall.",
  },
  unit: { de: "Gewicht", en: "weight" },
  range: "≥ 0",
  reference: {
    formula: "Σ weights of v's ties",
    citation: "Barrat et al. 2004, doi:10.1073/pnas.0400087101",
    networkx: 'degree(weight="weight")',
    igraph: 'strength(weights="weight")',
    sna: 'degree(g, gmode="graph", ignore.eval=FALSE)',
    note: "always weighted; a pair tied both ways adds both weights",
  },
  options: [],
  schema: { type: "number", minimum: 0 },
  dashboard: true,
  countsSelfLoops: true,
  compute: (context) => strengthArray(context.view),
} as const satisfies ActorMeasure;

export const inDegreeMeasure = {
  id: "inDegree",
  scope: "actor",
  label: { de: "Wird genannt (Eingangsgrad)", en: "Named by (in-degree)" },
  explanation: {
    de: "Von wie vielen anderen ein Akteur genannt wird.",
    en: "By how many others an actor is named.",
  },
  unit: { de: "Nennungen", en: "mentions" },
  range: "0 … n − 1",
  reference: {
    formula: "arcs received",
    citation: null,
    networkx: "in_degree",
    igraph: 'degree(mode="in")',
    sna: 'degree(g, cmode="indegree")',
    note: "= degree for undirected data",
  },
  options: [],
  schema: { type: "integer", minimum: 0 },
  when: "directed",
  countsSelfLoops: true,
  compute: (context) => inDegreeArray(context.view),
} as const satisfies ActorMeasure;

export const outDegreeMeasure = {
  id: "outDegree",
  scope: "actor",
  label: { de: "Nennt andere (Ausgangsgrad)", en: "Names others (out-degree)" },
  explanation: {
    de: "Wie viele andere ein Akteur nennt.",
    en: "How many others an actor names.",
  },
  unit: { de: "Nennungen", en: "mentions" },
  range: "0 … n − 1",
  reference: {
    formula: "arcs sent",
    citation: null,
    networkx: "out_degree",
    igraph: 'degree(mode="out")',
    sna: 'degree(g, cmode="outdegree")',
    note: "= degree for undirected data",
  },
  options: [],
  schema: { type: "integer", minimum: 0 },
  when: "directed",
  countsSelfLoops: true,
  compute: (context) => outDegreeArray(context.view),
} as const satisfies ActorMeasure;
