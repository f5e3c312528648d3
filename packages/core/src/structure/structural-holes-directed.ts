/**
 * Burt's constraint and effective size for directed data, as networkx computes them on a DiGraph: the
 * formulas of `structural-holes.ts` with m_uv = the MUTUAL weight of u and v, the sum over both directions
 * (networkx `mutual_weight`). Unweighted, every arc counts 1, so a reciprocated pair weighs 2 and a one-way
 * tie 1; weighted, m_uv = w_uv + w_vu (then the values equal `constraint` / `effectiveSize` with
 * `weighted: true`, whose union view already sums both directions). The partners N(v) are the actors v sends
 * ties to or receives ties from (networkx `all_neighbors`).
 *
 *   constraintDirected(v)    = Σ_{u∈N(v)} (p_vu + Σ_{w∈N(v)} p_vw p_wu)²,  p_vu = m_vu / Σ_w m_vw
 *   effectiveSizeDirected(v) = Σ_{u∈N(v)} (1 − Σ_{w∈N(v)} p_vw m_uw / max_x m_ux)
 *
 * Burt (1992), Structural Holes, Harvard University Press; Borgatti (1997), Connections 20(1). Equals networkx
 * `constraint(DiGraph)` and `effective_size(DiGraph)` (with `weight="weight"` for the weighted variant), and
 * igraph `constraint()` on the directed graph (igraph has no effective size). One difference: networkx gives
 * NaN to an actor whose ties all point to it (its isolate check reads only the successors); here, as in
 * igraph, such an actor has its value, and only isolates have none (`null`). For undirected data the values
 * are `constraint` and `effectiveSize`.
 */
import { type Adjacency, CsrGraph, csrOf, type GraphInput } from "../graph/csr.js";
import { toRecord } from "../graph/options.js";
import { shared } from "../measures/context.js";
import { WEIGHTED_OPTION } from "../measures/settings.js";
import type { ActorMeasure } from "../measures/types.js";
import {
  resolveStructuralHolesOptions,
  type StructuralHolesOptions,
  structuralHoles,
} from "./structural-holes.js";

/**
 * Directed constraint per actor id (reciprocated ties weigh twice unweighted); `null` for isolates.
 *
 * @example
 * ```ts
 * import { constraint, constraintDirected } from "@vernetzt/core/structure";
 * import { parseEdgeList } from "@vernetzt/core/interop";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * // a and b tie both ways, a → c one way: a's investment is 2/3 in b, 1/3 in c
 * const arcs = "a b\nb a\na c";
 * const graph = buildGraph(parseEdgeList({ name: "netz.edgelist", data: arcs }, { directed: true }).dataset!);
 * constraintDirected(graph).a //=> 0.5556
 * constraint(graph).a //=> 0.5
 * ```
 */
export function constraintDirected(
  graph: GraphInput,
  options: Partial<StructuralHolesOptions> = {},
): Record<string, number | null> {
  const csr = csrOf(graph);
  return toRecord(csr.ids, structuralHolesDirected(csr, resolveStructuralHolesOptions(options)).constraint);
}

/**
 * Directed effective size per actor id (reciprocated ties weigh twice unweighted); `null` for isolates.
 *
 * @example
 * ```ts
 * import { effectiveSizeDirected } from "@vernetzt/core/structure";
 * import { parseEdgeList } from "@vernetzt/core/interop";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * // a ⇄ b, a → c, b → c: a's two partners are tied; the tie to b weighs 2 of a's 3
 * const arcs = "a b\nb a\na c\nb c";
 * const graph = buildGraph(parseEdgeList({ name: "netz.edgelist", data: arcs }, { directed: true }).dataset!);
 * effectiveSizeDirected(graph) //=> { a: 1.1667, b: 1.1667, c: 1 }
 * ```
 */
export function effectiveSizeDirected(
  graph: GraphInput,
  options: Partial<StructuralHolesOptions> = {},
): Record<string, number | null> {
  const csr = csrOf(graph);
  return toRecord(
    csr.ids,
    structuralHolesDirected(csr, resolveStructuralHolesOptions(options)).effectiveSize,
  );
}

/**
 * Directed constraint and effective size by actor index, in one pass.
 *
 * @example
 * ```ts
 * import { structuralHolesDirected } from "@vernetzt/core/structure";
 * import { toCsr } from "@vernetzt/core/graph";
 * import { parseEdgeList } from "@vernetzt/core/interop";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * const { dataset } = parseEdgeList({ name: "netz.edgelist", data: "a b\nb a\na c" }, { directed: true });
 * const holes = structuralHolesDirected(toCsr(buildGraph(dataset!)), { weighted: false });
 * holes.constraint //=> [0.5556, 1, 1]
 * holes.effectiveSize //=> [2, 1, 1]
 * ```
 */
export function structuralHolesDirected(
  csr: CsrGraph,
  options: StructuralHolesOptions,
): { constraint: (number | null)[]; effectiveSize: (number | null)[] } {
  if (!csr.directed || options.weighted) return structuralHoles(csr, options);
  const { ids, indexOf, outgoing, incoming, selfLoops, loops } = csr;
  const mutual = new CsrGraph(ids, indexOf, true, arcCounts(csr), outgoing, incoming, selfLoops, loops);
  return structuralHoles(mutual, { weighted: true });
}

/** The union view weighted by the number of arcs between each pair (1 one way, 2 reciprocated). */
function arcCounts(csr: CsrGraph): Adjacency {
  const { offsets, targets } = csr.undirected;
  const weights = new Float64Array(targets.length);
  for (const arcs of [csr.outgoing, csr.incoming]) {
    // rows of all three views are sorted by neighbour index: walk each row of `arcs` along the union's row
    for (let v = 0; v < csr.n; v++) {
      let e = offsets[v]!;
      for (let f = arcs.offsets[v]!; f < arcs.offsets[v + 1]!; f++) {
        while (targets[e] !== arcs.targets[f]) e++;
        weights[e]++;
      }
    }
  }
  return { offsets, targets, weights };
}

const STRUCTURAL_HOLES_DIRECTED = shared("directed structural holes", (context) =>
  structuralHolesDirected(context.view, { weighted: context.settings.weighted }),
);

export const constraintDirectedMeasure = {
  id: "constraintDirected",
  scope: "actor",
  label: {
    de: "Eingebundenheit, gerichtet (Burts Constraint)",
    en: "Constraint, directed (Burt's constraint)",
  },
  explanation: {
    de: "Wie die Eingebundenheit, doch eine gegenseitige Nennung wiegt doppelt: hoch, wenn die Partner eng untereinander verbunden sind; leer ohne Beziehung.",
    en: "As constraint, with a tie named both ways weighing twice: high when the partners are closely tied to each other; empty without ties.",
  },
  unit: null,
  range: "> 0",
  reference: {
    formula: "Σ_{u∈N(v)} (p_vu + Σ_{w∈N(v)} p_vw p_wu)², p_vu = m_vu / Σ_w m_vw, m_vu = arcs v→u plus u→v",
    citation: "Burt 1992, Structural Holes",
    networkx: "constraint(DiGraph)",
    igraph: "constraint()",
    sna: null,
    note: "null for isolates; an actor whose ties all point to it has its value (networkx NaN, igraph the value)",
  },
  options: [WEIGHTED_OPTION],
  schema: { $ref: "#/$defs/numberOrNull", description: "null for isolates." },
  needs: "directed",
  compute: (context) => context.use(STRUCTURAL_HOLES_DIRECTED).constraint,
} as const satisfies ActorMeasure;

export const effectiveSizeDirectedMeasure = {
  id: "effectiveSizeDirected",
  scope: "actor",
  label: {
    de: "Nicht-redundante Partner, gerichtet (effektive Größe)",
    en: "Non-redundant partners, directed (effective size)",
  },
  explanation: {
    de: "Wie die nicht-redundanten Partner, doch eine gegenseitige Nennung wiegt doppelt; leer ohne Beziehung.",
    en: "As non-redundant partners, with a tie named both ways weighing twice; empty without ties.",
  },
  unit: { de: "Partner", en: "partners" },
  range: "≥ 0",
  reference: {
    formula: "Σ_{u∈N(v)} (1 − Σ_{w∈N(v)} p_vw m_uw / max_x m_ux), m_vu = arcs v→u plus u→v",
    citation: "Burt 1992; Borgatti 1997, Connections 20(1)",
    networkx: "effective_size(DiGraph)",
    igraph: null,
    sna: null,
    note: "null for isolates; an actor whose ties all point to it has its value (networkx NaN)",
  },
  options: [WEIGHTED_OPTION],
  schema: { $ref: "#/$defs/numberOrNull", description: "null for isolates." },
  needs: "directed",
  compute: (context) => context.use(STRUCTURAL_HOLES_DIRECTED).effectiveSize,
} as const satisfies ActorMeasure;
