/**
 * Eigenvector centrality: the leading eigenvector x of the adjacency matrix A of the undirected (union)
 * view, scaled to unit Euclidean norm (Bonacich 1972, doi:10.1080/0022250X.1972.9989806).
 *
 * Computed exactly as networkx `eigenvector_centrality`: power iteration on A + I from the uniform vector,
 * x ← (x + A x) / ‖x + A x‖₂, until Σ_v |x_v − x_v^last| < n · tolerance. The shift by I keeps the
 * iteration converging on bipartite graphs, where A alone oscillates between ±λ. Unweighted unless
 * `weighted: true` (networkx `weight=None` / `weight="weight"`). On a disconnected graph the result is the
 * limit of that iteration (mass on the component(s) with the largest eigenvalue), as in networkx; igraph
 * (ARPACK, scaled to max 1) agrees on connected graphs after rescaling to unit norm.
 */
import { type CsrGraph, csrOf, type GraphInput } from "../graph/csr.js";
import { ConvergenceError } from "../graph/errors.js";
import { checkBoolean, checkInteger, checkOpenRange, toRecord } from "../graph/options.js";

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

/** Resolves and validates eigenvector options. */
export function resolveEigenvectorOptions(options: Partial<EigenvectorOptions> = {}): EigenvectorOptions {
  const resolved = { ...DEFAULT_EIGENVECTOR_OPTIONS, ...options };
  checkBoolean(MODULE, "weighted", resolved.weighted);
  checkOpenRange(MODULE, "tolerance", resolved.tolerance, 0, 1);
  checkInteger(MODULE, "maxIterations", resolved.maxIterations, 1);
  return resolved;
}

/** Eigenvector centrality per actor id (unit L2 norm). */
export function eigenvector(
  graph: GraphInput,
  options: Partial<EigenvectorOptions> = {},
): Record<string, number> {
  const csr = csrOf(graph);
  return toRecord(csr.ids, eigenvectorArray(csr, resolveEigenvectorOptions(options)));
}

/** Eigenvector centrality by actor index, on resolved options; `ConvergenceError` if it does not converge. */
export function eigenvectorArray(csr: CsrGraph, options: EigenvectorOptions): Float64Array {
  const { values, converged } = eigenvectorIteration(csr, options);
  if (!converged) throw new ConvergenceError(MODULE, options.maxIterations, options.tolerance);
  return values;
}

/** The power iteration itself: the converged vector, or the last iterate with `converged: false`. */
export function eigenvectorIteration(
  csr: CsrGraph,
  options: EigenvectorOptions,
): { values: Float64Array; converged: boolean } {
  const { offsets, targets, weights } = csr.undirected;
  const n = csr.n;
  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  for (let iteration = 0; iteration < options.maxIterations; iteration++) {
    let squares = 0;
    for (let v = 0; v < n; v++) {
      let sum = x[v]!;
      for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
        sum += options.weighted ? x[targets[e]!]! * weights[e]! : x[targets[e]!]!;
      }
      next[v] = sum;
      squares += sum * sum;
    }
    const norm = Math.sqrt(squares) || 1;
    let change = 0;
    for (let v = 0; v < n; v++) {
      next[v]! /= norm;
      change += Math.abs(next[v]! - x[v]!);
    }
    [x, next] = [next, x];
    if (change < n * options.tolerance) return { values: x, converged: true };
  }
  return { values: x, converged: false };
}
