/**
 * Whole-network figures in one call, each defined (formula, reference, networkx/igraph equivalent) in its
 * own file: counts, density (`density.ts`), reciprocity, components, transitivity, average path length and
 * diameter of the largest component (`centrality/path-metrics.ts`), articulation points and bridges
 * (`cut-points.ts`) and Freeman degree centralization.
 */
import {
  type PathMetricsArrays,
  type PathMetricsOptions,
  pathMetricsArrays,
  resolvePathMetricsOptions,
} from "../centrality/path-metrics.js";
import { type CsrGraph, csrOf, type GraphInput } from "../graph/csr.js";
import { degreeCentralizationOf } from "./centralization.js";
import { componentIndex } from "./components.js";
import { type CutPointIndex, cutPoints } from "./cut-points.js";
import { densityOf } from "./density.js";
import { reciprocityOf } from "./reciprocity.js";
import { transitivityFromTriangles } from "./transitivity.js";
import { triangleCounts } from "./triangles.js";

/** Options of `networkMetrics`: those of the path sweep (weighted lengths, sampling). */
export type NetworkMetricsOptions = PathMetricsOptions;

/** Figures describing the whole network. */
export interface NetworkMetrics {
  actors: number;
  /** Ties as given (arcs for directed data). */
  ties: number;
  directed: boolean;
  /** Density of the undirected view. */
  density: number;
  /** Arcs / (n(n − 1)) for directed data, else `null`. */
  directedDensity: number | null;
  /** Share of reciprocated arcs for directed data, else `null`. */
  reciprocity: number | null;
  /** Number of (weakly) connected components. */
  components: number;
  largestComponentSize: number;
  transitivity: number;
  /** Over ordered pairs of the largest component. */
  averagePathLength: number;
  /** Of the largest component; a lower bound when `pathsSampled`. */
  diameter: number;
  /** True when path figures are estimates from sampled sources. */
  pathsSampled: boolean;
  articulationPoints: string[];
  bridges: [string, string][];
  degreeCentralization: number;
}

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
  const { sizes, largest } = componentIndex(csr);
  return {
    actors: csr.n,
    ties: csr.m,
    directed: csr.directed,
    density: densityOf(csr),
    directedDensity: csr.directed ? (csr.n < 2 ? 0 : csr.m / (csr.n * (csr.n - 1))) : null,
    reciprocity: reciprocityOf(csr),
    components: sizes.length,
    largestComponentSize: largest === -1 ? 0 : sizes[largest]!,
    transitivity: transitivityFromTriangles(csr, triangles),
    averagePathLength: paths.averagePathLength,
    diameter: paths.diameter,
    pathsSampled: paths.sampled,
    articulationPoints: csr.ids.filter((_, i) => cut.isArticulation[i] === 1),
    bridges: cut.bridges.map(([a, b]) => [csr.ids[a]!, csr.ids[b]!]),
    degreeCentralization: degreeCentralizationOf(csr),
  };
}
