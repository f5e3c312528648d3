/**
 * Articulation points (actors whose removal splits their component) and bridges (ties whose removal does)
 * of the undirected (union) view, from one iterative depth-first search with discovery times and low links
 * (Hopcroft & Tarjan 1973, doi:10.1145/362248.362272). Equal as sets to networkx `articulation_points` /
 * `bridges` and igraph `articulation_points()` / `bridges()`.
 *
 * Output order is stable: articulation points in actor order; bridges as [earlier actor, later actor],
 * sorted by the first, then the second actor's position.
 */
import { type CsrGraph, csrOf, type GraphInput } from "../graph/csr.js";
import { shared } from "../measures/context.js";
import type { ActorMeasure, NetworkMeasure } from "../measures/types.js";
import { setOwn } from "../model/member-names.js";

/** Articulation-point flags (1/0) by actor index, and bridges as index pairs. */
export interface CutPointIndex {
  isArticulation: Uint8Array;
  bridges: [number, number][];
}

/**
 * Articulation points and bridges by index.
 *
 * @example
 * ```ts
 * import { cutPoints } from "@vernetzt/core/structure";
 * import { toCsr } from "@vernetzt/core/graph";
 * import { parseEdgeList } from "@vernetzt/core/interop";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * const { dataset } = parseEdgeList({ name: "netz.edgelist", data: "a b\nb c\nc a\nc d" });
 * const graph = buildGraph(dataset!);
 * const { isArticulation, bridges } = cutPoints(toCsr(graph));
 * isArticulation //=> [0, 0, 1, 0]
 * bridges //=> [[2, 3]]
 * ```
 */
export function cutPoints(csr: CsrGraph): CutPointIndex {
  const { offsets, targets } = csr.undirected;
  const n = csr.n;
  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const cursor = new Int32Array(n);
  const stack = new Int32Array(n);
  const isArticulation = new Uint8Array(n);
  const bridges: [number, number][] = [];
  let time = 0;
  for (let root = 0; root < n; root++) {
    if (disc[root] !== -1) continue;
    disc[root] = low[root] = time++;
    cursor[root] = offsets[root]!;
    stack[0] = root;
    let top = 1;
    let rootChildren = 0;
    while (top > 0) {
      const u = stack[top - 1]!;
      if (cursor[u]! < offsets[u + 1]!) {
        const w = targets[cursor[u]!++]!;
        if (disc[w] === -1) {
          parent[w] = u;
          disc[w] = low[w] = time++;
          cursor[w] = offsets[w]!;
          stack[top++] = w;
          if (u === root) rootChildren++;
        } else if (w !== parent[u] && disc[w]! < low[u]!) {
          low[u] = disc[w]!;
        }
        continue;
      }
      top--;
      const p = parent[u]!;
      if (p === -1) continue;
      if (low[u]! < low[p]!) low[p] = low[u]!;
      if (p !== root && low[u]! >= disc[p]!) isArticulation[p] = 1;
      if (low[u]! > disc[p]!) bridges.push(p < u ? [p, u] : [u, p]);
    }
    if (rootChildren >= 2) isArticulation[root] = 1;
  }
  bridges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return { isArticulation, bridges };
}

/**
 * Articulation points, as actor ids in actor order.
 *
 * @example
 * ```ts
 * import { articulationPoints } from "@vernetzt/core/structure";
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
 * // networkx articulation_points(G), in actor order
 * articulationPoints(graph) //=> ["Medici", "Albizzi", "Guadagni", "Salviati"]
 * ```
 */
export function articulationPoints(graph: GraphInput): string[] {
  const csr = csrOf(graph);
  const { isArticulation } = cutPoints(csr);
  return csr.ids.filter((_, i) => isArticulation[i] === 1);
}

/**
 * Whether each actor is an articulation point, by actor id.
 *
 * @example
 * ```ts
 * import { isArticulationPoint } from "@vernetzt/core/structure";
 * import { parseEdgeList } from "@vernetzt/core/interop";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * const { dataset } = parseEdgeList({ name: "netz.edgelist", data: "a b\nb c\nc a\nc d" });
 * const graph = buildGraph(dataset!);
 * isArticulationPoint(graph) //=> { a: false, b: false, c: true, d: false }
 * ```
 */
export function isArticulationPoint(graph: GraphInput): Record<string, boolean> {
  const csr = csrOf(graph);
  const { isArticulation } = cutPoints(csr);
  const record: Record<string, boolean> = {};
  csr.ids.forEach((id, i) => {
    setOwn(record, id, isArticulation[i] === 1);
  });
  return record;
}

/**
 * Bridges as pairs of actor ids [earlier, later], in a stable order.
 *
 * @example
 * ```ts
 * import { bridges } from "@vernetzt/core/structure";
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
 * bridges(graph).length //=> 5
 * bridges(graph)[0] //=> ["Acciaiuoli", "Medici"]
 * ```
 */
export function bridges(graph: GraphInput): [string, string][] {
  const csr = csrOf(graph);
  return cutPoints(csr).bridges.map(([a, b]) => [csr.ids[a]!, csr.ids[b]!]);
}

/** Articulation points and bridges of a measure run, from one depth-first search. */
export const CUT_POINTS = shared("cut points", (context) => cutPoints(context.view));

export const articulationPointMeasure = {
  id: "articulationPoint",
  scope: "actor",
  label: { de: "Schlüsselakteur (Artikulationspunkt)", en: "Cut point (articulation point)" },
  explanation: {
    de: "Ja, wenn das Netzwerk ohne diesen Akteur in getrennte Teile zerfällt.",
    en: "Yes when the network falls apart into separate parts without this actor.",
  },
  unit: null,
  range: null,
  reference: {
    formula: "removing v splits its component",
    citation: "Hopcroft & Tarjan 1973, doi:10.1145/362248.362272",
    networkx: "articulation_points(G)",
    igraph: "articulation_points()",
    sna: 'cutpoints(g, mode="graph")',
    note: "undirected (union) view",
  },
  options: [],
  schema: { type: "boolean" },
  compute: (context) => Array.from(context.use(CUT_POINTS).isArticulation, (flag) => flag === 1),
} as const satisfies ActorMeasure;

export const articulationPointsMeasure = {
  id: "articulationPoints",
  scope: "network",
  label: { de: "Schlüsselakteure (Artikulationspunkte)", en: "Cut points (articulation points)" },
  explanation: {
    de: "Die Akteure, ohne die das Netzwerk in getrennte Teile zerfällt.",
    en: "The actors without whom the network falls apart into separate parts.",
  },
  unit: { de: "Akteure", en: "actors" },
  range: null,
  reference: {
    formula: "cut vertices of the undirected view",
    citation: "Hopcroft & Tarjan 1973, doi:10.1145/362248.362272",
    networkx: "articulation_points(G)",
    igraph: "articulation_points()",
    sna: 'cutpoints(g, mode="graph")',
    note: "ids in actor order",
  },
  options: [],
  schema: { type: "array", items: { type: "string" } },
  compute: (context) => context.view.ids.filter((_, i) => context.use(CUT_POINTS).isArticulation[i] === 1),
} as const satisfies NetworkMeasure;

export const bridgesMeasure = {
  id: "bridges",
  scope: "network",
  label: { de: "Einzige Verbindungen (Brücken)", en: "Only links (bridges)" },
  explanation: {
    de: "Die Beziehungen, ohne die das Netzwerk in getrennte Teile zerfällt.",
    en: "The ties without which the network falls apart into separate parts.",
  },
  unit: { de: "Beziehungen", en: "ties" },
  range: null,
  reference: {
    formula: "cut ties of the undirected view",
    citation: "Hopcroft & Tarjan 1973, doi:10.1145/362248.362272",
    networkx: "bridges(G)",
    igraph: "bridges()",
    sna: null,
    note: "[earlier actor, later actor], sorted by actor order",
  },
  options: [],
  schema: { type: "array", items: { type: "array", items: { type: "string" }, minItems: 2, maxItems: 2 } },
  compute: (context): [string, string][] => {
    const ids = context.view.ids;
    return context.use(CUT_POINTS).bridges.map(([a, b]) => [ids[a]!, ids[b]!]);
  },
} as const satisfies NetworkMeasure;
