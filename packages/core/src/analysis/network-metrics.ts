/**
 * Whole-network figures in one call: every network measure of the registry that needs nothing but the graph
 * view (density, components, transitivity, path lengths of the largest component, articulation points,
 * bridges, Freeman centralization; reciprocity and directed density for directed data), each defined by its
 * descriptor, plus the counts. Kept in `@vernetzt/core/structure` too, where it was first.
 */
import { type CsrGraph, csrOf, type GraphInput } from "../graph/csr.js";
import {
  type PathMetricsArrays,
  type PathMetricsOptions,
  pathMetricsArrays,
  resolvePathMetricsOptions,
} from "../graph/path-metrics.js";
import { computeMeasures } from "../measures/engine.js";
import { MeasureRun } from "../measures/run.js";
import { DEFAULT_MEASURE_SETTINGS } from "../measures/settings.js";
import { CUT_POINTS, type CutPointIndex, cutPoints } from "../structure/cut-points.js";
import { TRIANGLE_COUNTS, triangleCounts } from "../structure/triangles.js";
import { networkMetricsFrom } from "./assemble.js";
import { MEASURES, type StructuralNetworkValues } from "./registry.js";

/** Options of `networkMetrics`: those of the path sweep (weighted lengths, sampling). */
export type NetworkMetricsOptions = PathMetricsOptions;

/**
 * Figures describing the whole network: the counts, every structural network measure of the registry, and
 * the first names of two of them (`largestComponentSize` = `largestComponent`, `degreeCentralization` =
 * `centralization`). `reciprocity` and `directedDensity` are `null` for undirected data.
 */
export type NetworkMetrics = {
  actors: number;
  /** Ties as given (arcs for directed data). */
  ties: number;
  directed: boolean;
  /** True when path figures are estimates from sampled sources. */
  pathsSampled: boolean;
  largestComponentSize: number;
  degreeCentralization: number;
} & StructuralNetworkValues;

/**
 * Whole-network figures.
 *
 * @example
 * ```ts
 * import { networkMetrics } from "@vernetzt/core/structure";
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
 * const figures = networkMetrics(graph);
 * figures.transitivity //=> 0.1915
 * figures.averagePathLength //=> 2.486
 * figures.diameter //=> 5
 * figures.components //=> 1
 * ```
 */
export function networkMetrics(
  graph: GraphInput,
  options: Partial<NetworkMetricsOptions> = {},
): NetworkMetrics {
  const csr = csrOf(graph);
  const paths = pathMetricsArrays(csr, resolvePathMetricsOptions(options), false);
  return networkMetricsOf(csr, paths, triangleCounts(csr), cutPoints(csr));
}

/**
 * Whole-network figures from parts already computed (used by `measureNetwork`).
 *
 * @example
 * ```ts
 * import { pathMetricsArrays, resolvePathMetricsOptions } from "@vernetzt/core/centrality";
 * import { toCsr } from "@vernetzt/core/graph";
 * import { cutPoints, networkMetricsOf, triangleCounts } from "@vernetzt/core/structure";
 * import { parseEdgeList } from "@vernetzt/core/interop";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * const { dataset } = parseEdgeList({ name: "netz.edgelist", data: "a b\nb c\nc a\nc d" });
 * const graph = buildGraph(dataset!);
 * const csr = toCsr(graph);
 * const paths = pathMetricsArrays(csr, resolvePathMetricsOptions(), false);
 * const figures = networkMetricsOf(csr, paths, triangleCounts(csr), cutPoints(csr));
 * figures.bridges //=> [["c", "d"]]
 * figures.transitivity //=> 0.6
 * ```
 */
export function networkMetricsOf(
  csr: CsrGraph,
  paths: PathMetricsArrays,
  triangles: Float64Array,
  cut: CutPointIndex,
): NetworkMetrics {
  const run = new MeasureRun({ view: csr, graph: null, settings: DEFAULT_MEASURE_SETTINGS });
  run.providePaths(paths);
  run.provide(TRIANGLE_COUNTS, triangles);
  run.provide(CUT_POINTS, cut);
  const measures = MEASURES.filter((m) => m.scope === "network" && !("needs" in m));
  return networkMetricsFrom(run, measures, computeMeasures(run, measures));
}
