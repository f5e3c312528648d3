/**
 * Every structural measure of the registry (`registry.ts`: the measures that need nothing but the graph view
 * and the settings) in one actor table, plus the whole-network figures, from one indexed view and one path
 * sweep: what a full analysis runs besides Louvain and the group measures. Each measure is defined (formula,
 * reference, networkx / igraph equivalent) by its descriptor, next to its algorithm.
 */
import { CsrGraph, csrOf, type GraphInput } from "../graph/csr.js";
import { checkBoolean, checkInteger, checkOpenRange } from "../graph/options.js";
import { createSweepRunner, type ParallelOptions, type SweepRunner } from "../graph/parallel-sweep.js";
import { computeMeasures, type MeasureValues, startMeasures } from "../measures/engine.js";
import { MeasureRun } from "../measures/run.js";
import { DEFAULT_MEASURE_SETTINGS } from "../measures/settings.js";
import type { Measure, MetricWarning } from "../measures/types.js";
import { actorRows, networkMetricsFrom, startSweep } from "./assemble.js";
import type { NetworkMetrics } from "./network-metrics.js";
import { MEASURES, type StructuralActorValues } from "./registry.js";
import { withSelfLoopsNote } from "./self-loops.js";

export type { MetricWarning } from "../measures/types.js";

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
  /**
   * The measures to compute: the registry's by default (`MEASURES`); a list with measures of your own adds
   * them to the rows (actor scope) and to `network` (network scope). Those that need communities or groups
   * are left out.
   */
  measures: readonly Measure[];
}

export const DEFAULT_ACTOR_METRICS_OPTIONS: ActorMetricsOptions = {
  weighted: DEFAULT_MEASURE_SETTINGS.weighted,
  samples: DEFAULT_MEASURE_SETTINGS.samples,
  seed: DEFAULT_MEASURE_SETTINGS.sampleSeed,
  alpha: DEFAULT_MEASURE_SETTINGS.alpha,
  measures: MEASURES,
};

/**
 * One row of the actor table: the actor's id and every structural actor measure of the registry (`inDegree`
 * and `outDegree` equal `degree` for undirected data).
 */
export type ActorMetricsRow = { id: string } & StructuralActorValues;

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

/** The run of `measureNetwork` on `graph` with resolved options. */
function structuralRun(graph: GraphInput, o: ActorMetricsOptions): MeasureRun {
  return new MeasureRun({
    view: csrOf(graph),
    graph: graph instanceof CsrGraph ? null : graph,
    settings: {
      ...DEFAULT_MEASURE_SETTINGS,
      weighted: o.weighted,
      samples: o.samples,
      sampleSeed: o.seed,
      alpha: o.alpha,
    },
  });
}

/** The actor and network measures of `measures` that need nothing beyond the view and the settings. */
function structural(measures: readonly Measure[]): Measure[] {
  return measures.filter((m) => (m.scope === "actor" || m.scope === "network") && m.needs === undefined);
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
  const run = structuralRun(graph, o);
  const measures = structural(o.measures);
  return measurementOf(run, measures, computeMeasures(run, measures));
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
  const run = structuralRun(graph, o);
  const measures = structural(o.measures);
  const pending = startMeasures(run, measures, startSweep(run, runner));
  return pending.then((values) => measurementOf(run, measures, values));
}

function measurementOf(
  run: MeasureRun,
  measures: readonly Measure[],
  values: MeasureValues,
): NetworkMeasurement {
  return {
    actors: actorRows<ActorMetricsRow>(run, measures, values, (id) => ({ id })),
    network: networkMetricsFrom(run, measures, values),
    warnings: withSelfLoopsNote(run, measures),
  };
}
