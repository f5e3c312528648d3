/**
 * Burt's structural-hole measures over the undirected (union) view (Burt 1992, Structural Holes,
 * Harvard University Press; Borgatti 1997, Connections 20(1)), computed exactly as networkx
 * `constraint` and `effective_size` with m_uv = tie weight (or 1 when unweighted), p_uv = m_uv / Σ_w m_uw:
 *
 *   constraint(v)     = Σ_{u∈N(v)} (p_vu + Σ_{w∈N(v)} p_vw p_wu)²
 *   effectiveSize(v)  = Σ_{u∈N(v)} (1 − Σ_{w∈N(v)} p_vw m_uw / max_x m_ux)
 *
 * Unweighted, effectiveSize(v) = k − 2t/k (t = ties among v's k partners), Borgatti's form that networkx
 * uses. Isolates have no value: `null` (networkx: NaN). For directed data the union view weighs a pair
 * 1 (or w_uv + w_vu when weighted); networkx on a DiGraph with `weight=None` would count a mutual pair 2.
 * igraph `constraint()` uses the same formula, but reads weights differently: we compare with networkx.
 * Weighted, a tie of weight 0 is a partner without investment (p = 0); an actor whose ties all weigh 0 has
 * constraint 0 and effective size k, as in networkx (a normalised mutual weight is 0 when its sum is 0).
 */
import { type CsrGraph, csrOf, type GraphInput } from "../graph/csr.js";
import { checkBoolean, toRecord } from "../graph/options.js";
import { shared } from "../measures/context.js";
import { WEIGHTED_OPTION } from "../measures/settings.js";
import type { ActorMeasure } from "../measures/types.js";

const MODULE = "vernetzt/structure/structural-holes";

/** Options of `constraint` and `effectiveSize`. */
export interface StructuralHolesOptions {
  /** Use tie weights as m_uv. Default `false` (every tie 1, networkx's `weight=None`). */
  weighted: boolean;
}

export const DEFAULT_STRUCTURAL_HOLES_OPTIONS: StructuralHolesOptions = { weighted: false };

/**
 * Resolves and validates structural-hole options.
 *
 * @example
 * ```ts
 * import { resolveStructuralHolesOptions } from "@vernetzt/core/structure";
 *
 * resolveStructuralHolesOptions() //=> { weighted: false }
 * resolveStructuralHolesOptions({ weighted: true }) //=> { weighted: true }
 * ```
 */
export function resolveStructuralHolesOptions(
  options: Partial<StructuralHolesOptions> = {},
): StructuralHolesOptions {
  const resolved = { ...DEFAULT_STRUCTURAL_HOLES_OPTIONS, ...options };
  checkBoolean(MODULE, "weighted", resolved.weighted);
  return resolved;
}

/**
 * Burt's constraint per actor id; `null` for isolates.
 *
 * @example
 * ```ts
 * import { constraint } from "@vernetzt/core/structure";
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
 * // networkx constraint(G)["Medici"]
 * constraint(graph).Medici //=> 0.2099
 * constraint(graph).Pazzi //=> 1
 * ```
 */
export function constraint(
  graph: GraphInput,
  options: Partial<StructuralHolesOptions> = {},
): Record<string, number | null> {
  const csr = csrOf(graph);
  return toRecord(csr.ids, structuralHoles(csr, resolveStructuralHolesOptions(options)).constraint);
}

/**
 * Burt's effective size per actor id; `null` for isolates.
 *
 * @example
 * ```ts
 * import { effectiveSize } from "@vernetzt/core/structure";
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
 * // six partners, one tie among them: 6 − 2 · 1 / 6
 * effectiveSize(graph).Medici //=> 5.6667
 * ```
 */
export function effectiveSize(
  graph: GraphInput,
  options: Partial<StructuralHolesOptions> = {},
): Record<string, number | null> {
  const csr = csrOf(graph);
  return toRecord(csr.ids, structuralHoles(csr, resolveStructuralHolesOptions(options)).effectiveSize);
}

/**
 * Constraint and effective size by actor index, in one pass (O(Σ_v k_v²)).
 *
 * @example
 * ```ts
 * import { structuralHoles } from "@vernetzt/core/structure";
 * import { toCsr } from "@vernetzt/core/graph";
 * import { parseEdgeList } from "@vernetzt/core/interop";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * const { dataset } = parseEdgeList({ name: "netz.edgelist", data: "a b\nb c\nc a\nc d" });
 * const graph = buildGraph(dataset!);
 * // a: (1/2 + 1/2 · 1/3)² + (1/2 + 1/2 · 1/2)² = 1.0069, effective size 2 − 2 · 1 / 2 = 1
 * // c: (1/3 + 1/3 · 1/2)² · 2 + (1/3)² = 0.6111, effective size 3 − 2 · 1 / 3 = 2.3333
 * const holes = structuralHoles(toCsr(graph), { weighted: false });
 * holes.constraint //=> [1.0069, 1.0069, 0.6111, 1]
 * holes.effectiveSize //=> [1, 1, 2.3333, 1]
 * ```
 */
export function structuralHoles(
  csr: CsrGraph,
  options: StructuralHolesOptions,
): { constraint: (number | null)[]; effectiveSize: (number | null)[] } {
  const { offsets, targets } = csr.undirected;
  const n = csr.n;
  const m = options.weighted ? csr.undirected.weights : new Float64Array(targets.length).fill(1);
  const rowSum = new Float64Array(n);
  const rowMax = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
      rowSum[v] += m[e]!;
      if (m[e]! > rowMax[v]!) rowMax[v] = m[e]!;
    }
  }
  const mark = new Int32Array(n).fill(-1);
  const direct = new Float64Array(n);
  const indirect = new Float64Array(n);
  const redundancy = new Float64Array(n);
  const constraintOut: (number | null)[] = new Array(n).fill(null);
  const sizeOut: (number | null)[] = new Array(n).fill(null);
  for (let v = 0; v < n; v++) {
    if (offsets[v + 1] === offsets[v]) continue;
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
      const u = targets[e]!;
      mark[u] = v;
      direct[u] = ratio(m[e]!, rowSum[v]!);
      indirect[u] = 0;
      redundancy[u] = 0;
    }
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
      const w = targets[e]!;
      const pvw = direct[w]!;
      for (let f = offsets[w]!; f < offsets[w + 1]!; f++) {
        const u = targets[f]!;
        if (mark[u] !== v) continue;
        indirect[u] += ratio(pvw * m[f]!, rowSum[w]!);
        redundancy[u] += ratio(pvw * m[f]!, rowMax[u]!);
      }
    }
    let c = 0;
    let size = 0;
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
      const u = targets[e]!;
      const local = direct[u]! + indirect[u]!;
      c += local * local;
      size += 1 - redundancy[u]!;
    }
    constraintOut[v] = c;
    sizeOut[v] = size;
  }
  return { constraint: constraintOut, effectiveSize: sizeOut };
}

/** a / total, 0 when the total is 0 (an actor whose ties all weigh 0): networkx's `normalized_mutual_weight`. */
function ratio(a: number, total: number): number {
  return total === 0 ? 0 : a / total;
}

/** Both of Burt's measures come from one pass. */
const STRUCTURAL_HOLES = shared("structural holes", (context) =>
  structuralHoles(context.view, { weighted: context.settings.weighted }),
);

export const constraintMeasure = {
  id: "constraint",
  scope: "actor",
  label: { de: "Eingebundenheit (Burts Constraint)", en: "Constraint (Burt's constraint)" },
  explanation: {
    de: "Hoch, wenn die Partner eines Akteurs eng untereinander verbunden sind und er kaum eigene Zugänge hat; leer ohne Beziehung.",
    en: "High when an actor's partners are closely tied to each other and it has few contacts of its own; empty without ties.",
  },
  unit: null,
  range: "> 0",
  reference: {
    formula: "Σ_{u∈N(v)} (p_vu + Σ_{w∈N(v)} p_vw p_wu)², p_vu = m_vu / Σ_w m_vw",
    citation: "Burt 1992, Structural Holes",
    networkx: "constraint(G)",
    igraph: "constraint() (unweighted)",
    sna: null,
    note: "null for isolates (networkx NaN)",
  },
  options: [WEIGHTED_OPTION],
  schema: { $ref: "#/$defs/numberOrNull", description: "null for isolates." },
  compute: (context) => context.use(STRUCTURAL_HOLES).constraint,
} as const satisfies ActorMeasure;

export const effectiveSizeMeasure = {
  id: "effectiveSize",
  scope: "actor",
  label: { de: "Nicht-redundante Partner (effektive Größe)", en: "Non-redundant partners (effective size)" },
  explanation: {
    de: "Wie viele Partner bleiben, wenn man abzieht, was die Partner untereinander schon verbindet; leer ohne Beziehung.",
    en: "How many partners remain once what the partners already share among themselves is taken away; empty without ties.",
  },
  unit: { de: "Partner", en: "partners" },
  range: "≥ 0",
  reference: {
    formula: "Σ_{u∈N(v)} (1 − Σ_{w∈N(v)} p_vw m_uw / max_x m_ux) = k − 2t/k unweighted",
    citation: "Burt 1992; Borgatti 1997, Connections 20(1)",
    networkx: "effective_size(G)",
    igraph: null,
    sna: null,
    note: "null for isolates",
  },
  options: [WEIGHTED_OPTION],
  schema: { $ref: "#/$defs/numberOrNull", description: "null for isolates." },
  compute: (context) => context.use(STRUCTURAL_HOLES).effectiveSize,
} as const satisfies ActorMeasure;
