/**
 * Eigenvector centrality: the leading eigenvector x of the adjacency matrix A of the undirected (union)
 * view, scaled to unit Euclidean norm (Bonacich 1972, doi:10.1080/0022250X.1972.9989806).
 *
 * Computed as networkx `eigenvector_centrality`: power iteration on A + I from the uniform vector,
 * x ← (x + A x) / ‖x + A x‖₂, until Σ_v |x_v − x_v^last| < n · tolerance. The shift by I keeps the
 * iteration converging on bipartite graphs, where A alone oscillates between ±λ. Unweighted unless
 * `weighted: true` (networkx `weight=None` / `weight="weight"`). On a disconnected graph the result is the
 * limit of networkx's iteration (mass only on the component(s) with the largest eigenvalue, in proportion
 * to their projection on the uniform start vector), computed per component so that components with nearly
 * equal eigenvalues do not slow it down (see `eigenvectorIteration`). The stopping rule then applies per
 * component: L1 change below size · tolerance. igraph (ARPACK, scaled to max 1) agrees on connected graphs
 * after rescaling to unit norm.
 */

import { componentIndex } from "../graph/components.js";
import { type CsrGraph, csrOf, type GraphInput } from "../graph/csr.js";
import { ConvergenceError } from "../graph/errors.js";
import { checkBoolean, checkInteger, checkOpenRange, toRecord } from "../graph/options.js";
import { WEIGHTED_OPTION } from "../measures/settings.js";
import type { ActorMeasure } from "../measures/types.js";

const MODULE = "vernetzt/centrality/eigenvector";

/** Options of `eigenvector`. */
export interface EigenvectorOptions {
  /** Multiply by tie weights. Default `false` (binary ties, networkx's default). */
  weighted: boolean;
  /** Stop when the L1 change of x is below n · tolerance. Default `1e-12` (networkx: 1e-6). */
  tolerance: number;
  /** Give up (`ConvergenceError`) after this many iterations. Default `10000`. */
  maxIterations: number;
}

export const DEFAULT_EIGENVECTOR_OPTIONS: EigenvectorOptions = {
  weighted: false,
  tolerance: 1e-12,
  maxIterations: 10_000,
};

/**
 * Resolves and validates eigenvector options.
 *
 * @example
 * ```ts
 * import { resolveEigenvectorOptions } from "@vernetzt/core/centrality";
 *
 * const options = resolveEigenvectorOptions({ weighted: true });
 * options //=> { weighted: true, tolerance: 1e-12, maxIterations: 10000 }
 * ```
 */
export function resolveEigenvectorOptions(options: Partial<EigenvectorOptions> = {}): EigenvectorOptions {
  const resolved = { ...DEFAULT_EIGENVECTOR_OPTIONS, ...options };
  checkBoolean(MODULE, "weighted", resolved.weighted);
  checkOpenRange(MODULE, "tolerance", resolved.tolerance, 0, 1);
  checkInteger(MODULE, "maxIterations", resolved.maxIterations, 1);
  return resolved;
}

/**
 * Eigenvector centrality per actor id (unit L2 norm).
 *
 * @example
 * ```ts
 * import { eigenvector } from "@vernetzt/core/centrality";
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
 * // networkx eigenvector_centrality(G)["Medici"] = 0.430
 * eigenvector(graph).Medici //=> 0.4303
 * eigenvector(graph).Strozzi //=> 0.356
 * ```
 */
export function eigenvector(
  graph: GraphInput,
  options: Partial<EigenvectorOptions> = {},
): Record<string, number> {
  const csr = csrOf(graph);
  return toRecord(csr.ids, eigenvectorArray(csr, resolveEigenvectorOptions(options)));
}

/**
 * Eigenvector centrality by actor index, on resolved options; `ConvergenceError` if it does not converge.
 *
 * @example
 * ```ts
 * import { eigenvectorArray, resolveEigenvectorOptions } from "@vernetzt/core/centrality";
 * import { toCsr } from "@vernetzt/core/graph";
 * import { parseEdgeList } from "@vernetzt/core/interop";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * const { dataset } = parseEdgeList({ name: "netz.edgelist", data: "a b\na c" });
 * const graph = buildGraph(dataset!);
 * // a star of three: the centre has 1/√2, each leaf 1/2
 * eigenvectorArray(toCsr(graph), resolveEigenvectorOptions()) //=> [0.70711, 0.5, 0.5]
 * ```
 */
export function eigenvectorArray(csr: CsrGraph, options: EigenvectorOptions): Float64Array {
  const { values, converged } = eigenvectorIteration(csr, options);
  if (!converged) throw new ConvergenceError(MODULE, options.maxIterations, options.tolerance);
  return values;
}

/**
 * The power iteration itself, run on every component at once but normalised per component, so that two
 * components with nearly equal leading eigenvalues do not stall it. The components are then combined as
 * networkx's iteration from the uniform vector does in the limit: only components whose eigenvalue equals
 * the largest (relative 1e-9) keep their vector, weighted by its projection on the start vector (its sum).
 * Returns the last iterate with `converged: false` if some component did not converge.
 *
 * @example
 * ```ts
 * import { eigenvectorIteration, resolveEigenvectorOptions } from "@vernetzt/core/centrality";
 * import { toCsr } from "@vernetzt/core/graph";
 * import { parseEdgeList } from "@vernetzt/core/interop";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * const { dataset } = parseEdgeList({ name: "netz.edgelist", data: "a b\na c" });
 * const graph = buildGraph(dataset!);
 * const options = resolveEigenvectorOptions({ maxIterations: 3 });
 * const { values, converged } = eigenvectorIteration(toCsr(graph), options);
 * converged //=> false
 * values.length //=> 3
 * ```
 */
export function eigenvectorIteration(
  csr: CsrGraph,
  options: EigenvectorOptions,
): { values: Float64Array; converged: boolean } {
  const { offsets, targets, weights } = csr.undirected;
  const { weighted, tolerance } = options;
  const n = csr.n;
  const { membership, sizes } = componentIndex(csr);
  const count = sizes.length;
  let x = new Float64Array(n);
  for (let v = 0; v < n; v++) x[v] = 1 / Math.sqrt(sizes[membership[v]!]!);
  let next = new Float64Array(n);
  const squares = new Float64Array(count);
  const norm = new Float64Array(count).fill(1);
  const change = new Float64Array(count);
  const done = new Uint8Array(count);
  let remaining = count;
  for (let iteration = 0; iteration < options.maxIterations && remaining > 0; iteration++) {
    squares.fill(0);
    change.fill(0);
    for (let v = 0; v < n; v++) {
      const c = membership[v]!;
      if (done[c] === 1) {
        next[v] = x[v]!;
        continue;
      }
      let sum = x[v]!;
      for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
        sum += weighted ? x[targets[e]!]! * weights[e]! : x[targets[e]!]!;
      }
      next[v] = sum;
      squares[c] += sum * sum;
    }
    for (let c = 0; c < count; c++) if (done[c] === 0) norm[c] = Math.sqrt(squares[c]!) || 1;
    for (let v = 0; v < n; v++) {
      const c = membership[v]!;
      if (done[c] === 1) continue;
      next[v]! /= norm[c]!;
      change[c] += Math.abs(next[v]! - x[v]!);
    }
    [x, next] = [next, x];
    for (let c = 0; c < count; c++) {
      if (done[c] === 0 && change[c]! < sizes[c]! * tolerance) {
        done[c] = 1;
        remaining--;
      }
    }
  }
  // norm[c] → λ_c + 1 (the shift); keep the components with the largest eigenvalue.
  let top = 0;
  for (let c = 0; c < count; c++) top = Math.max(top, norm[c]!);
  const weight = new Float64Array(count);
  for (let v = 0; v < n; v++) {
    const c = membership[v]!;
    if (norm[c]! >= top * (1 - 1e-9)) weight[c] += x[v]!;
  }
  let squaresAll = 0;
  for (let v = 0; v < n; v++) {
    x[v] = x[v]! * weight[membership[v]!]!;
    squaresAll += x[v]! * x[v]!;
  }
  const length = Math.sqrt(squaresAll) || 1;
  for (let v = 0; v < n; v++) x[v]! /= length;
  return { values: x, converged: remaining === 0 };
}

export const eigenvectorMeasure = {
  id: "eigenvector",
  scope: "actor",
  label: { de: "Gut vernetzte Partner (Eigenvektor)", en: "Well-connected partners (eigenvector)" },
  explanation: {
    de: "Hoch, wenn ein Akteur mit Akteuren verbunden ist, die selbst gut verbunden sind.",
    en: "High when an actor is tied to actors who are themselves well connected.",
  },
  unit: null,
  range: "0 … 1",
  reference: {
    formula: "leading eigenvector of A, ‖x‖₂ = 1; iteration x ← (A + I)x / ‖·‖",
    citation: "Bonacich 1972, doi:10.1080/0022250X.1972.9989806",
    networkx: "eigenvector_centrality(G)",
    igraph: "eigenvector_centrality() rescaled to unit norm (connected graphs)",
    sna: 'evcent(g, gmode="graph") (connected graphs)',
    note: "A + I as networkx, so bipartite graphs converge; tolerance n · 1e-12 (networkx n · 1e-6); the last iterate and a warning when it does not converge",
  },
  options: [WEIGHTED_OPTION],
  schema: { type: "number" },
  dashboard: true,
  compute: (context) => {
    // Nearly equal leading eigenvalues (e.g. two similar, barely linked parts) can stall the power iteration;
    // that must not abort a coordinator's whole analysis: keep the last iterate and say so.
    const options = { ...DEFAULT_EIGENVECTOR_OPTIONS, weighted: context.settings.weighted };
    const { values, converged } = eigenvectorIteration(context.view, options);
    if (!converged) {
      const { maxIterations: iterations, tolerance } = options;
      context.warn({ code: "eigenvector-no-convergence", params: { module: MODULE, iterations, tolerance } });
    }
    return values;
  },
} as const satisfies ActorMeasure;
