/**
 * Every per-actor measure in one table, plus the whole-network figures, from one CSR view and one path
 * sweep: what a full analysis runs. Each measure is defined (formula, reference, networkx/igraph
 * equivalent) in its own file.
 */
import { type CsrGraph, csrOf, type GraphInput } from "../graph/csr.js";
import type { ConvergenceError } from "../graph/errors.js";
import { checkBoolean, checkInteger, checkOpenRange } from "../graph/options.js";
import { createSweepRunner, type ParallelOptions, type SweepRunner } from "../graph/parallel-sweep.js";
import { clusteringArray } from "../structure/clustering.js";
import { coreNumberArray } from "../structure/core-number.js";
import { cutPoints } from "../structure/cut-points.js";
import { type NetworkMetrics, networkMetricsOf } from "../structure/network-metrics.js";
import { structuralHoles } from "../structure/structural-holes.js";
import { triangleCounts } from "../structure/triangles.js";
import { rowLengths, rowSums } from "./degree.js";
import { DEFAULT_EIGENVECTOR_OPTIONS, eigenvectorIteration } from "./eigenvector.js";
import { DEFAULT_PAGERANK_OPTIONS, pagerankArray } from "./pagerank.js";
import { type PathMetricsArrays, pathMetricsArrays, pathMetricsArraysAsync } from "./path-metrics.js";

const MODULE = "vernetzt/centrality/actor-metrics";

/** Options of `actorMetrics` and `measureNetwork`. */
export interface ActorMetricsOptions {
  /**
   * Use tie weights in paths (length 1 / weight), eigenvector, PageRank and Burt's measures. Default
   * `false`. Strength always uses the weights; degree, core number and clustering never do.
   */
  weighted: boolean;
  /** Sampled sources for the path measures (see `PathMetricsOptions.samples`); `null` = exact. Default `null`. */
  samples: number | null;
  /** Seed of the source sample. Default `1`. */
  seed: number;
  /** PageRank damping factor. Default `0.85`. */
  alpha: number;
}

export const DEFAULT_ACTOR_METRICS_OPTIONS: ActorMetricsOptions = {
  weighted: false,
  samples: null,
  seed: 1,
  alpha: 0.85,
};

/** One row of the actor table. */
export interface ActorMetricsRow {
  id: string;
  degree: number;
  /** Ties received (= degree for undirected data). */
  inDegree: number;
  /** Ties sent (= degree for undirected data). */
  outDegree: number;
  strength: number;
  betweenness: number;
  betweennessNormalized: number;
  closeness: number;
  harmonic: number;
  /** The last power iterate, an approximation, when `warnings` has `eigenvector-no-convergence`. */
  eigenvector: number;
  pagerank: number;
  coreNumber: number;
  clustering: number;
  /** `null` for isolates. */
  constraint: number | null;
  /** `null` for isolates. */
  effectiveSize: number | null;
  articulationPoint: boolean;
}

/** A measure that could not be computed; the rest of the analysis stands. */
export interface MetricWarning {
  /**
   * `"eigenvector-no-convergence"`: the eigenvector values are the last iterate of the power iteration, not
   * converged to the tolerance (call `eigenvector` with a larger `maxIterations` for exact values).
   */
  code: "eigenvector-no-convergence";
  /** The error's parameters, for a localised message (`i18n/<lang>/metrics.ts` `noConvergence`). */
  params: ConvergenceError["params"];
}

/** The actor table, the network figures and what could not be computed. */
export interface NetworkMeasurement {
  actors: ActorMetricsRow[];
  network: NetworkMetrics;
  /** Empty when every measure was computed. */
  warnings: MetricWarning[];
}

function resolve(options: Partial<ActorMetricsOptions>): ActorMetricsOptions {
  const resolved = { ...DEFAULT_ACTOR_METRICS_OPTIONS, ...options };
  checkBoolean(MODULE, "weighted", resolved.weighted);
  if (resolved.samples !== null) checkInteger(MODULE, "samples", resolved.samples, 1);
  checkInteger(MODULE, "seed", resolved.seed, 0);
  checkOpenRange(MODULE, "alpha", resolved.alpha, 0, 1);
  return resolved;
}

/**
 * Every per-actor measure, one row per actor in actor order.
 *
 * @example
 * ```ts
 * import { actorMetrics } from "@vernetzt/core/centrality";
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
 * const medici = actorMetrics(graph).find((row) => row.id === "Medici")!;
 * medici.degree //=> 6
 * medici.betweennessNormalized //=> 0.522
 * medici.closeness //=> 0.56
 * medici.constraint //=> 0.2099
 * ```
 */
export function actorMetrics(
  graph: GraphInput,
  options: Partial<ActorMetricsOptions> = {},
): ActorMetricsRow[] {
  return measureNetwork(graph, options).actors;
}

/**
 * Every per-actor measure and every network figure, sharing one CSR view and one path sweep.
 *
 * @example
 * ```ts
 * import { measureNetwork } from "@vernetzt/core/centrality";
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
 * const { actors, network, warnings } = measureNetwork(graph);
 * actors.length //=> 15
 * network.density //=> 0.1905
 * network.transitivity //=> 0.1915
 * network.averagePathLength //=> 2.486
 * warnings //=> []
 * ```
 */
export function measureNetwork(
  graph: GraphInput,
  options: Partial<ActorMetricsOptions> = {},
): NetworkMeasurement {
  const o = resolve(options);
  const csr = csrOf(graph);
  const paths = pathMetricsArrays(csr, { weighted: o.weighted, samples: o.samples, seed: o.seed }, true);
  return assemble(csr, paths, measureWithoutPaths(csr, o));
}

/**
 * `measureNetwork` with the path sweep on worker threads (`ParallelOptions`), while this thread computes the
 * other measures. The result is identical, bit for bit, to `measureNetwork` for any number of workers.
 *
 * @example
 * ```ts
 * import { measureNetworkAsync } from "@vernetzt/core/centrality";
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
 * // the path sweep on worker threads for large graphs (from 2000 actors by default): the same numbers
 * const { actors } = await measureNetworkAsync(graph, { workers: 2 });
 * actors.find((row) => row.id === "Medici")?.betweennessNormalized //=> 0.522
 * ```
 */
export async function measureNetworkAsync(
  graph: GraphInput,
  options: Partial<ActorMetricsOptions & ParallelOptions> = {},
): Promise<NetworkMeasurement> {
  return startMeasureNetwork(graph, options, await createSweepRunner(options));
}

/**
 * The synchronous start of `measureNetworkAsync` on a loaded `runner`: starts the sweep workers, computes
 * every other measure on this thread, then returns; the promise resolves when the sweep is done. A caller
 * can do more work of its own (e.g. Louvain) before awaiting it.
 *
 * @example
 * ```ts
 * import { startMeasureNetwork } from "@vernetzt/core/centrality";
 * import { createSweepRunner } from "@vernetzt/core/graph";
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
 * const options = { workers: 2 };
 * const pending = startMeasureNetwork(graph, options, await createSweepRunner(options));
 * // … other work on this thread while the workers sweep …
 * const { actors } = await pending;
 * actors.find((row) => row.id === "Medici")?.harmonic //=> 9.5
 * ```
 */
export function startMeasureNetwork(
  graph: GraphInput,
  options: Partial<ActorMetricsOptions & ParallelOptions>,
  runner: SweepRunner,
): Promise<NetworkMeasurement> {
  const { workers: _w, minParallelActors: _m, ...metricOptions } = options;
  const o = resolve(metricOptions);
  const csr = csrOf(graph);
  const pathOptions = { weighted: o.weighted, samples: o.samples, seed: o.seed };
  const sweep = pathMetricsArraysAsync(csr, pathOptions, true, runner);
  let rest: ReturnType<typeof measureWithoutPaths>;
  try {
    rest = measureWithoutPaths(csr, o);
  } catch (error) {
    sweep.catch(() => undefined);
    throw error;
  }
  return sweep.then((paths) => assemble(csr, paths, rest));
}

/** Everything but the path measures. */
function measureWithoutPaths(csr: CsrGraph, o: ActorMetricsOptions) {
  const { weighted } = o;
  const triangles = triangleCounts(csr);
  const warnings: MetricWarning[] = [];
  // Nearly equal leading eigenvalues (e.g. two similar, barely linked parts) can stall the power iteration;
  // that must not abort a coordinator's whole analysis: keep the last iterate and say so.
  const eigenOptions = { ...DEFAULT_EIGENVECTOR_OPTIONS, weighted };
  const { values: eigen, converged } = eigenvectorIteration(csr, eigenOptions);
  if (!converged) {
    const { maxIterations: iterations, tolerance } = eigenOptions;
    warnings.push({
      code: "eigenvector-no-convergence",
      params: { module: "vernetzt/centrality/eigenvector", iterations, tolerance },
    });
  }
  return {
    triangles,
    cut: cutPoints(csr),
    degree: rowLengths(csr.undirected),
    inDegree: rowLengths(csr.incoming),
    outDegree: rowLengths(csr.outgoing),
    strength: rowSums(csr.undirected),
    eigen,
    warnings,
    rank: pagerankArray(csr, { ...DEFAULT_PAGERANK_OPTIONS, weighted, alpha: o.alpha }),
    core: coreNumberArray(csr),
    clustering: clusteringArray(csr, triangles),
    holes: structuralHoles(csr, { weighted }),
  };
}

function assemble(
  csr: CsrGraph,
  paths: PathMetricsArrays,
  rest: ReturnType<typeof measureWithoutPaths>,
): NetworkMeasurement {
  const { triangles, cut, degree, inDegree, outDegree, strength, eigen, rank, core, clustering, holes } =
    rest;
  const actors = csr.ids.map(
    (id, i): ActorMetricsRow => ({
      id,
      degree: degree[i]!,
      inDegree: inDegree[i]!,
      outDegree: outDegree[i]!,
      strength: strength[i]!,
      betweenness: paths.betweenness[i]!,
      betweennessNormalized: paths.betweennessNormalized[i]!,
      closeness: paths.closeness[i]!,
      harmonic: paths.harmonic[i]!,
      eigenvector: eigen[i]!,
      pagerank: rank[i]!,
      coreNumber: core[i]!,
      clustering: clustering[i]!,
      constraint: holes.constraint[i]!,
      effectiveSize: holes.effectiveSize[i]!,
      articulationPoint: cut.isArticulation[i] === 1,
    }),
  );
  return { actors, network: networkMetricsOf(csr, paths, triangles, cut), warnings: rest.warnings };
}
