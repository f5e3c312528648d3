/**
 * Path-based measures from one sweep per source (`graph/path-sweep.ts`) over the undirected (union) view:
 * betweenness (raw and normalised), closeness, harmonic closeness, and for the largest component the
 * average path length and the diameter.
 *
 * - betweenness(v) = Σ_{s<t} σ_st(v) / σ_st over unordered pairs s, t ≠ v (Brandes 2001,
 *   doi:10.1080/0022250X.2001.9990249) = networkx `betweenness_centrality(G, normalized=False)` and igraph
 *   `betweenness(directed=False)`. Normalised: × 2 / ((n − 1)(n − 2)) (networkx `normalized=True`; n ≤ 2:
 *   unchanged, as networkx).
 * - closeness(v) = (r − 1) / Σ_u d(v, u) · (r − 1) / (n − 1), r = size of v's component: Wasserman & Faust
 *   (1994) eq. 5.3 for disconnected graphs = networkx `closeness_centrality` (wf_improved=True); 0 for
 *   isolates. igraph's `closeness()` lacks the factor (r − 1)/(n − 1).
 * - harmonic(v) = Σ_{u≠v} 1 / d(v, u) (Marchiori & Latora 2000, doi:10.1016/S0378-4371(00)00311-3;
 *   Boldi & Vigna 2014, doi:10.1080/15427951.2013.865686) = networkx `harmonic_centrality`, igraph
 *   `harmonic_centrality(normalized=False)`.
 * - averagePathLength = Σ d(s, t) / (L(L − 1)) over ordered pairs of the largest component (L actors), and
 *   diameter = its largest distance: networkx `average_shortest_path_length` and `diameter` on that
 *   component; 0 when it has one actor.
 *
 * `weighted: true`: the length of a tie is 1 / weight (weights are intensities: a strong tie is a short
 * path); a tie of weight 0 has no finite length, so no path runs through it and the components, reach and
 * distances are those of the ties with weight > 0 (`graph/positive-ties.ts`). networkx reads weights as lengths, so it matches networkx given a `distance = 1/weight` attribute.
 *
 * Sampling (`samples: k`, seeded): the sweep runs from k sources drawn without replacement (Brandes & Pich
 * 2007, doi:10.1142/S0218127407018403). Unweighted, betweenness uses linear scaling (Geisberger, Sanders &
 * Schultes 2008, doi:10.1137/1.9781611972887.9): a pair (s, t) with s sampled adds d(s, v) / d(s, t) to each v
 * on its shortest paths, and the sum is scaled by 2n/k. It is unbiased like the plain n/k scaling
 * (networkx `betweenness_centrality(k=…)`), but no longer overestimates actors next to a sampled source: on
 * the 100,000-actor benchmark city, with 4,000 sources, 96 of the exact top 100 are found instead of 92, and
 * the largest error halves. Weighted, the plain n/k scaling is used. Hoeffding's bound: with probability
 * ≥ 1 − δ every actor's normalised betweenness is within ε = c · sqrt(ln(2n/δ) / (2k)) of its exact value,
 * c = 2 with linear scaling (a source's scaled share can reach twice its plain one), 1 without (see
 * `betweennessSampleError`). Closeness and harmonic
 * closeness of v are estimated from the distances to the sampled sources of v's component (Eppstein & Wang
 * 2004, doi:10.7155/jgaa.00081), component sizes being exact; components with fewer than two sampled
 * sources are swept completely, so their values are exact. The average path length is estimated from the
 * sampled sources of the largest component; the diameter is then a lower bound (their largest eccentricity).
 *
 * `pathMetricsAsync` runs the same sweep on worker threads (`graph/parallel-sweep.ts`); its values are
 * bit-identical to `pathMetrics` for any number of workers.
 */
import { portableLog } from "../numeric/portable-log.js";
import { type ComponentIndex, componentIndex } from "./components.js";
import { type Adjacency, type CsrGraph, csrOf, type GraphInput } from "./csr.js";
import { degreeOrdered } from "./degree-order.js";
import { foldLeaves } from "./leaves.js";
import { checkBoolean, checkInteger, toRecord } from "./options.js";
import {
  createSweepRunner,
  type ParallelOptions,
  type SweepRunner,
  sweepPathsParallel,
} from "./parallel-sweep.js";
import { createAccumulators, type SweepAccumulators, type SweepOptions, sweepPaths } from "./path-sweep.js";
import { withoutZeroWeights } from "./positive-ties.js";
import { sampleSources } from "./sample-sources.js";

const MODULE = "vernetzt/centrality/path-metrics";

/** Options of `pathMetrics`, `betweenness`, `closeness` and `harmonicCloseness`. */
export interface PathMetricsOptions {
  /** Use tie weights, tie length = 1 / weight. Default `false`: every tie has length 1. */
  weighted: boolean;
  /**
   * Number of source actors to sample (integer ≥ 1), or `null` for the exact values. With k ≥ n the exact
   * values are computed. Default `null`.
   */
  samples: number | null;
  /** Seed of the source sample (used only with `samples`). Default `1`. */
  seed: number;
}

export const DEFAULT_PATH_METRICS_OPTIONS: PathMetricsOptions = { weighted: false, samples: null, seed: 1 };

/** Every path-based measure at once. Per-actor maps are keyed by actor id in actor order. */
export interface PathMetrics {
  betweenness: Record<string, number>;
  betweennessNormalized: Record<string, number>;
  closeness: Record<string, number>;
  harmonic: Record<string, number>;
  /** Mean distance over ordered pairs of the largest component (0 when it has ≤ 1 actor). */
  averagePathLength: number;
  /** Largest distance in the largest component (a lower bound when sampled). */
  diameter: number;
  /** Number of sampled betweenness sources; equals the number of actors when exact. */
  sources: number;
  /** True when the values are sampled estimates. */
  sampled: boolean;
}

/** Path metrics by actor index, for callers that already hold the CSR view. */
export interface PathMetricsArrays {
  betweenness: Float64Array;
  betweennessNormalized: Float64Array;
  closeness: Float64Array;
  harmonic: Float64Array;
  averagePathLength: number;
  diameter: number;
  sources: number;
  sampled: boolean;
}

/**
 * Resolves and validates path-metrics options.
 *
 * @example
 * ```ts
 * import { resolvePathMetricsOptions } from "@vernetzt/core/centrality";
 *
 * resolvePathMetricsOptions({ samples: 500 }) //=> { weighted: false, samples: 500, seed: 1 }
 * ```
 */
export function resolvePathMetricsOptions(options: Partial<PathMetricsOptions> = {}): PathMetricsOptions {
  const resolved = { ...DEFAULT_PATH_METRICS_OPTIONS, ...options };
  checkBoolean(MODULE, "weighted", resolved.weighted);
  if (resolved.samples !== null) checkInteger(MODULE, "samples", resolved.samples, 1);
  checkInteger(MODULE, "seed", resolved.seed, 0);
  return resolved;
}

/**
 * All path-based measures over the undirected view; see the file comment for the definitions.
 *
 * @example
 * ```ts
 * import { pathMetrics } from "@vernetzt/core/centrality";
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
 * const paths = pathMetrics(graph);
 * paths.betweennessNormalized.Medici //=> 0.522
 * paths.averagePathLength //=> 2.486
 * paths.diameter //=> 5
 * paths.sampled //=> false
 * pathMetrics(graph, { samples: 10, seed: 7 }).sources //=> 10
 * ```
 */
export function pathMetrics(graph: GraphInput, options: Partial<PathMetricsOptions> = {}): PathMetrics {
  const csr = csrOf(graph);
  return toPathMetrics(csr, pathMetricsArrays(csr, resolvePathMetricsOptions(options), true));
}

/**
 * `pathMetrics` with the sweep spread over worker threads (`ParallelOptions`; one thread in the browser and
 * below `minParallelActors`). The values are bit-identical to `pathMetrics` for any number of workers.
 *
 * @example
 * ```ts
 * import { pathMetricsAsync } from "@vernetzt/core/centrality";
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
 * const paths = await pathMetricsAsync(graph, { workers: 2, minParallelActors: 0 });
 * paths.closeness.Medici //=> 0.56
 * ```
 */
export async function pathMetricsAsync(
  graph: GraphInput,
  options: Partial<PathMetricsOptions & ParallelOptions> = {},
): Promise<PathMetrics> {
  const csr = csrOf(graph);
  const { workers: _w, minParallelActors: _m, ...pathOptions } = options;
  const resolved = resolvePathMetricsOptions(pathOptions);
  const runner = await createSweepRunner(options);
  return toPathMetrics(csr, await pathMetricsArraysAsync(csr, resolved, true, runner));
}

function toPathMetrics(csr: CsrGraph, r: PathMetricsArrays): PathMetrics {
  return {
    betweenness: toRecord(csr.ids, r.betweenness),
    betweennessNormalized: toRecord(csr.ids, r.betweennessNormalized),
    closeness: toRecord(csr.ids, r.closeness),
    harmonic: toRecord(csr.ids, r.harmonic),
    averagePathLength: r.averagePathLength,
    diameter: r.diameter,
    sources: r.sources,
    sampled: r.sampled,
  };
}

/**
 * The sweep behind `pathMetrics`, on resolved options; `withBetweenness: false` skips Brandes' pass.
 *
 * @example
 * ```ts
 * import { pathMetricsArrays, resolvePathMetricsOptions } from "@vernetzt/core/centrality";
 * import { toCsr } from "@vernetzt/core/graph";
 * import { parseEdgeList } from "@vernetzt/core/interop";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * const { dataset } = parseEdgeList({ name: "netz.edgelist", data: "a b\nb c" });
 * const graph = buildGraph(dataset!);
 * const arrays = pathMetricsArrays(toCsr(graph), resolvePathMetricsOptions(), true);
 * arrays.betweenness //=> [0, 1, 0]
 * arrays.closeness //=> [0.6667, 1, 0.6667]
 * ```
 */
export function pathMetricsArrays(
  csr: CsrGraph,
  options: PathMetricsOptions,
  withBetweenness: boolean,
): PathMetricsArrays {
  const view = options.weighted ? withoutZeroWeights(csr) : csr;
  const plan = planSweeps(view, options, withBetweenness);
  const ordered = degreeOrderedSweeps(view, plan);
  for (const job of ordered.jobs)
    sweepPaths(ordered.adjacency, job.sources, options.weighted, job.weight, job.acc, job.options);
  ordered.scatter();
  return finish(csr, options, plan);
}

/**
 * `pathMetricsArrays` with the sweep on the worker threads of `runner`: the same values, bit for bit. The
 * workers start before this first yields.
 *
 * @example
 * ```ts
 * import { pathMetricsArraysAsync, resolvePathMetricsOptions } from "@vernetzt/core/centrality";
 * import { createSweepRunner, toCsr } from "@vernetzt/core/graph";
 * import { parseEdgeList } from "@vernetzt/core/interop";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * const { dataset } = parseEdgeList({ name: "netz.edgelist", data: "a b\nb c" });
 * const graph = buildGraph(dataset!);
 * const runner = await createSweepRunner({ workers: 1 });
 * const arrays = await pathMetricsArraysAsync(toCsr(graph), resolvePathMetricsOptions(), true, runner);
 * arrays.harmonic //=> [1.5, 2, 1.5]
 * ```
 */
export async function pathMetricsArraysAsync(
  csr: CsrGraph,
  options: PathMetricsOptions,
  withBetweenness: boolean,
  runner: SweepRunner,
): Promise<PathMetricsArrays> {
  const view = options.weighted ? withoutZeroWeights(csr) : csr;
  const plan = planSweeps(view, options, withBetweenness);
  const ordered = degreeOrderedSweeps(view, plan);
  for (const job of ordered.jobs) {
    const { sources, weight, acc } = job;
    await sweepPathsParallel(ordered.adjacency, sources, options.weighted, weight, acc, runner, job.options);
  }
  ordered.scatter();
  return finish(csr, options, plan);
}

/** One sweep to run: its sources, the betweenness factor and the accumulators it adds into. */
interface SweepJob {
  sources: Int32Array;
  weight: number;
  acc: SweepAccumulators;
  /** Leaves folded into their partner's sweep (`graph/leaves.ts`), linear scaling of sampled dependencies. */
  options: SweepOptions;
  /** Fold the leaves into their partners' sweeps (exact, unweighted, every actor a source). */
  foldLeaves?: boolean;
}

/** The sweeps of one call and what `finish` needs to turn their sums into measures. */
interface SweepPlan {
  jobs: SweepJob[];
  acc: SweepAccumulators;
  sampled: boolean;
  /** exact[c] = 1 when every actor of component c is a source: its values come from the sources' own sums. */
  exact: Uint8Array;
  perComponent: Int32Array;
  isSource: Uint8Array;
  components: ComponentIndex;
}

function planSweeps(csr: CsrGraph, options: PathMetricsOptions, withBetweenness: boolean): SweepPlan {
  const n = csr.n;
  const components = componentIndex(csr);
  const { membership, sizes } = components;
  const k = options.samples;
  const sampled = k !== null && k < n;
  const acc = createAccumulators(n, withBetweenness, sampled);
  const exact = new Uint8Array(sizes.length);
  const perComponent = new Int32Array(sizes.length);
  const isSource = new Uint8Array(n);
  if (!sampled) {
    const all = new Int32Array(n);
    for (let i = 0; i < n; i++) all[i] = i;
    exact.fill(1);
    return {
      // Exact and unweighted: sweep the leaves' partners only (`graph/leaves.ts`).
      jobs: [{ sources: all, weight: 1, acc, options: {}, foldLeaves: !options.weighted }],
      acc,
      sampled,
      exact,
      perComponent,
      isSource,
      components,
    };
  }
  const sources = Int32Array.from(sampleSources(n, k, options.seed));
  for (const s of sources) {
    perComponent[membership[s]!]++;
    isSource[s] = 1;
  }
  // Components with < 2 sampled sources are swept completely (closeness, harmonic only).
  const extra: number[] = [];
  for (let c = 0; c < sizes.length; c++) if (perComponent[c]! < 2) exact[c] = 1;
  for (let v = 0; v < n; v++) if (exact[membership[v]!] === 1) extra.push(v);
  const sourceOnly = { ...acc, betweenness: null, distanceSum: null, inverseDistanceSum: null };
  // Unweighted: linear scaling (Geisberger et al. 2008), each pair's share counted from both ends, hence 2n/k.
  const linearScaling = !options.weighted;
  const jobs = [
    { sources, weight: ((linearScaling ? 2 : 1) * n) / k, acc, options: { linearScaling } },
    { sources: Int32Array.from(extra), weight: 0, acc: sourceOnly, options: {} },
  ];
  return { jobs, acc, sampled, exact, perComponent, isSource, components };
}

/**
 * The jobs of `plan` on the degree-ordered adjacency (`graph/degree-order.ts`): sources mapped to the new
 * numbering, in the same order (so the block partition and its sums are the same for any worker count), and
 * accumulators in the new numbering; `scatter` moves the results into `plan.acc` in actor order.
 */
function degreeOrderedSweeps(
  csr: CsrGraph,
  plan: SweepPlan,
): { adjacency: Adjacency; jobs: SweepJob[]; scatter: () => void } {
  const { adjacency, rank } = degreeOrdered(csr.undirected);
  const { acc } = plan;
  const local = createAccumulators(csr.n, acc.betweenness !== null, acc.distanceSum !== null);
  const accOf = (job: SweepJob): SweepAccumulators => ({
    betweenness: job.acc.betweenness && local.betweenness,
    distanceSum: job.acc.distanceSum && local.distanceSum,
    inverseDistanceSum: job.acc.inverseDistanceSum && local.inverseDistanceSum,
    sourceDistanceSum: local.sourceDistanceSum,
    sourceInverseDistanceSum: local.sourceInverseDistanceSum,
    eccentricity: local.eccentricity,
  });
  const jobs = plan.jobs.map((job): SweepJob => {
    if (job.foldLeaves) {
      const { sources, folded } = foldLeaves(adjacency);
      return { sources, weight: job.weight, acc: accOf(job), options: { folded } };
    }
    return {
      sources: job.sources.map((s) => rank[s]!),
      weight: job.weight,
      acc: accOf(job),
      options: job.options,
    };
  });
  const scatter = () => {
    for (const key of Object.keys(acc) as (keyof SweepAccumulators)[]) {
      const to = acc[key];
      const from = local[key];
      if (to === null || from === null) continue;
      for (let v = 0; v < to.length; v++) to[v] = from[rank[v]!]!;
    }
  };
  return { adjacency, jobs, scatter };
}

function finish(csr: CsrGraph, options: PathMetricsOptions, plan: SweepPlan): PathMetricsArrays {
  const n = csr.n;
  const { acc, sampled, exact, perComponent, isSource, components } = plan;
  const { membership, sizes, largest } = components;
  const closeness = new Float64Array(n);
  const harmonic = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    const c = membership[v]!;
    const others = sizes[c]! - 1;
    if (others === 0) continue;
    if (exact[c] === 1) {
      closeness[v] = ((others / (n - 1)) * others) / acc.sourceDistanceSum[v]!;
      harmonic[v] = acc.sourceInverseDistanceSum[v]!;
    } else {
      // Distances to the k_v sampled sources of v's component (other than v) stand for all `others`.
      const kv = perComponent[c]! - isSource[v]!;
      closeness[v] = ((others / (n - 1)) * kv) / acc.distanceSum![v]!;
      harmonic[v] = (acc.inverseDistanceSum![v]! * others) / kv;
    }
  }
  const betweenness = new Float64Array(n);
  const betweennessNormalized = new Float64Array(n);
  if (acc.betweenness !== null) {
    const scale = n > 2 ? 1 / ((n - 1) * (n - 2)) : 0.5;
    for (let v = 0; v < n; v++) {
      betweenness[v] = acc.betweenness[v]! / 2;
      betweennessNormalized[v] = acc.betweenness[v]! * scale;
    }
  }
  let pairSum = 0;
  let pairSources = 0;
  let diameter = 0;
  for (let s = 0; s < n; s++) {
    if (membership[s] !== largest || (exact[largest] === 0 && isSource[s] === 0)) continue;
    pairSum += acc.sourceDistanceSum[s]!;
    pairSources++;
    if (acc.eccentricity[s]! > diameter) diameter = acc.eccentricity[s]!;
  }
  const size = largest === -1 ? 0 : sizes[largest]!;
  const averagePathLength = size > 1 ? pairSum / (pairSources * (size - 1)) : 0;
  return {
    betweenness,
    betweennessNormalized,
    closeness,
    harmonic,
    averagePathLength,
    diameter,
    sources: sampled ? options.samples! : n,
    sampled,
  };
}

/**
 * Hoeffding's bound for sampled betweenness as `pathMetrics` estimates it: with k of n sources, every actor's
 * normalised betweenness is within the returned ε of its exact value with probability at least 1 − `delta`.
 * `weighted`: the estimate of weighted path measures (plain n/k scaling, ε = sqrt(ln(2n/δ) / (2k))); unweighted
 * (linear scaling) the range of one source's share doubles, and so does ε.
 *
 * @example
 * ```ts
 * import { betweennessSampleError } from "@vernetzt/core/centrality";
 *
 * // 100 of 1000 actors as sources: with 95 % probability every value is within ±0.46 of the exact one
 * betweennessSampleError(1000, 100) //=> 0.46
 * betweennessSampleError(1000, 1000) //=> 0.1456
 * betweennessSampleError(1000, 1000, 0.05, true) //=> 0.0728
 * ```
 */
export function betweennessSampleError(n: number, k: number, delta = 0.05, weighted = false): number {
  const range = weighted ? 1 : 2;
  return range * Math.sqrt(portableLog((2 * n) / delta) / (2 * k)); // not Math.log: engines differ in its last bit
}
