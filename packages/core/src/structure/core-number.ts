/**
 * Core number (coreness) of each actor: the largest k such that the actor belongs to the k-core, the
 * maximal subgraph in which every actor has at least k partners (Seidman 1983,
 * doi:10.1016/0378-8733(83)90028-X). Batagelj & Zaversnik's O(m) bucket algorithm
 * (arXiv:cs/0310049) over the undirected (union) view. Equals networkx `core_number` on the undirected
 * graph and igraph `coreness(mode="all")` after collapsing mutual ties.
 */
import { type CsrGraph, csrOf, type GraphInput } from "../graph/csr.js";
import { toRecord } from "../graph/options.js";
import type { ActorMeasure } from "../measures/types.js";

/**
 * Core number per actor id.
 *
 * @example
 * ```ts
 * import { coreNumber } from "@vernetzt/core/structure";
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
 * coreNumber(graph).Medici //=> 2
 * coreNumber(graph).Pazzi //=> 1
 * ```
 */
export function coreNumber(graph: GraphInput): Record<string, number> {
  const csr = csrOf(graph);
  return toRecord(csr.ids, coreNumberArray(csr));
}

/**
 * Core number by actor index.
 *
 * @example
 * ```ts
 * import { coreNumberArray } from "@vernetzt/core/structure";
 * import { toCsr } from "@vernetzt/core/graph";
 * import { parseEdgeList } from "@vernetzt/core/interop";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * const { dataset } = parseEdgeList({ name: "netz.edgelist", data: "a b\nb c\nc a\nc d" });
 * const graph = buildGraph(dataset!);
 * coreNumberArray(toCsr(graph)) //=> [2, 2, 2, 1]
 * ```
 */
export function coreNumberArray(csr: CsrGraph): Int32Array {
  const { offsets, targets } = csr.undirected;
  const n = csr.n;
  const deg = new Int32Array(n);
  let maxDeg = 0;
  for (let v = 0; v < n; v++) {
    deg[v] = offsets[v + 1]! - offsets[v]!;
    if (deg[v]! > maxDeg) maxDeg = deg[v]!;
  }
  // bin[d] = first position of degree d in `vert`, the actors sorted by current degree.
  const bin = new Int32Array(maxDeg + 1);
  for (let v = 0; v < n; v++) bin[deg[v]!]++;
  for (let d = 0, start = 0; d <= maxDeg; d++) {
    const count = bin[d]!;
    bin[d] = start;
    start += count;
  }
  const pos = new Int32Array(n);
  const vert = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    pos[v] = bin[deg[v]!]!++;
    vert[pos[v]!] = v;
  }
  for (let d = maxDeg; d > 0; d--) bin[d] = bin[d - 1]!;
  bin[0] = 0;
  for (let i = 0; i < n; i++) {
    const v = vert[i]!;
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
      const u = targets[e]!;
      if (deg[u]! <= deg[v]!) continue;
      const du = deg[u]!;
      const pu = pos[u]!;
      const pw = bin[du]!;
      const w = vert[pw]!;
      if (u !== w) {
        pos[u] = pw;
        vert[pu] = w;
        pos[w] = pu;
        vert[pw] = u;
      }
      bin[du]++;
      deg[u]--;
    }
  }
  return deg;
}

export const coreNumberMeasure = {
  id: "coreNumber",
  scope: "actor",
  label: { de: "Zugehörigkeit zum dichten Kern (Kernzahl)", en: "Place in the dense core (core number)" },
  explanation: {
    de: "Das größte k, für das der Akteur zu einer Gruppe gehört, in der jeder mindestens k Partner in der Gruppe hat.",
    en: "The largest k for which the actor belongs to a group in which everyone has at least k partners in the group.",
  },
  unit: null,
  range: "0 … n − 1",
  reference: {
    formula: "largest k with v in the k-core",
    citation: "Seidman 1983; Batagelj & Zaversnik 2003, arXiv:cs/0310049",
    networkx: "core_number(G)",
    igraph: "coreness()",
    sna: null,
    note: "undirected (union) view",
  },
  options: [],
  schema: { type: "integer", minimum: 0 },
  compute: (context) => coreNumberArray(context.view),
} as const satisfies ActorMeasure;
