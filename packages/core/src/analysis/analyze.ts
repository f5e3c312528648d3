/**
 * The full analysis of one wave: every per-actor measure, every network figure, Louvain communities, and per
 * categorical attribute the mixing matrix, Krackhardt's E-I index with its permutation test, nominal
 * assortativity, Gould–Fernandez brokerage and how far the communities follow the categories.
 *
 * This file only assembles: each measure is defined (formula, reference, networkx / igraph / R sna
 * equivalent) in its own module, see `docs/metrics.md` and `docs/groups.md`. The result is the public JSON of
 * `vernetzt analyze --json` (schema: `docs/schemas/analyze.schema.json`); fields are only ever added.
 *
 * Small groups (`privacy/suppress.ts`): every group attribute lists its categories with fewer than
 * `minGroupSize` actors in `suppressedCategories`. The figures themselves stay in the result, because this is
 * the complete analysis for researchers and its schema's numbers cannot become `null`; whoever publishes from
 * it hides the flagged categories, as the readable summary of `vernetzt analyze` does.
 */

import {
  type ActorMetricsOptions,
  type ActorMetricsRow,
  type MetricWarning,
  measureNetwork,
  type NetworkMeasurement,
  startMeasureNetwork,
} from "../centrality/actor-metrics.js";
import { louvainCommunities } from "../communities/louvain.js";
import { communityAttributeAgreement } from "../communities/partition-agreement.js";
import { createSweepRunner, type ParallelOptions } from "../graph/parallel-sweep.js";
import { nominalAssortativity } from "../groups/assortativity.js";
import { BROKERAGE_ROLES, type BrokerageCounts, brokerage } from "../groups/brokerage.js";
import { eiIndex } from "../groups/ei-index.js";
import { categorizeActors, UnknownAttributeError } from "../groups/index.js";
import { mixingMatrix } from "../groups/mixing-matrix.js";
import { ownValue, setOwn } from "../model/member-names.js";
import type { VernetztGraph } from "../model/types.js";
import { DEFAULT_SUPPRESSION_OPTIONS, groupSizes } from "../privacy/suppress.js";
import { AnalyzeOptionError } from "./errors.js";

/** Options of {@link analyze}. */
export interface AnalyzeOptions {
  /**
   * Use tie weights in path-based measures (length 1 / weight), eigenvector, PageRank and Burt's measures.
   * Default `false` (networkx's defaults). Strength and Louvain always use the weights.
   */
  weighted?: boolean;
  /**
   * Categorical attributes to analyse as groups, in addition to the default ones: an actor field
   * (`district`, `sector`, `kind`) or any extra column. Default `[]`.
   */
  groupBy?: readonly string[];
  /**
   * Analyse `district`, `sector` and `kind` whenever at least one actor has a value for them. Default `true`.
   */
  defaultGroups?: boolean;
  /** Seed of Louvain and of the E-I permutation test. Default `1`. */
  seed?: number;
  /** Label permutations of the E-I test; 0 skips it (`eiPValue` null). Default `1000`. */
  permutations?: number;
  /** Sampled betweenness sources (`null` = exact). Default `null`. See `PathMetricsOptions.samples`. */
  samples?: number | null;
  /**
   * Smallest category whose figures may be published (k of `privacy/suppress.ts`): smaller ones are listed in
   * each group's `suppressedCategories` (the figures stay; see the file comment). `1` flags none. Default `5`.
   */
  minGroupSize?: number;
}

export const DEFAULT_ANALYZE_OPTIONS: Required<AnalyzeOptions> = {
  weighted: false,
  groupBy: [],
  defaultGroups: true,
  seed: 1,
  permutations: 1000,
  samples: null,
  minGroupSize: DEFAULT_SUPPRESSION_OPTIONS.k,
};

/** The attributes analysed as groups when `defaultGroups` is on. */
export const DEFAULT_GROUP_ATTRIBUTES = ["district", "sector", "kind"] as const;

/** Whole-network figures of the analysis (JSON field names are the public contract). */
export interface AnalysisNetwork {
  actors: number;
  ties: number;
  directed: boolean;
  density: number;
  components: number;
  largestComponent: number;
  transitivity: number;
  averagePathLength: number;
  diameter: number;
  articulationPoints: string[];
  bridges: [string, string][];
  modularity: number | null;
  communities: number;
  /** Freeman degree centralization. */
  centralization: number;
  /** Directed data only. */
  reciprocity?: number | null;
  /** Directed data only. */
  directedDensity?: number | null;
  /** True when path measures are estimates from sampled sources (`samples`). */
  pathsSampled: boolean;
}

/**
 * One actor's row: every measure of `ActorMetricsRow` (see `centrality/actor-metrics.ts`), with in- and
 * out-degree for directed data only, plus the name, the Louvain community and the brokerage roles.
 */
export type AnalysisActor = Omit<ActorMetricsRow, "inDegree" | "outDegree"> & {
  name: string;
  community: number;
  /** Directed data only. */
  inDegree?: number;
  /** Directed data only. */
  outDegree?: number;
  /** Per group attribute, when the actor has a value for it. */
  brokerage?: Record<string, BrokerageCounts>;
};

/** Figures of one categorical attribute. */
export interface AnalysisGroup {
  categories: string[];
  /** `mixing[a][b]`: ties between categories a and b, each counted once; the diagonal: ties inside. */
  mixing: number[][];
  eiIndex: number | null;
  eiIndexByCategory: Record<string, number | null>;
  /** Two-sided permutation p-value of the E-I index; `null` when not tested. */
  eiPValue: number | null;
  assortativity: number | null;
  /** Actors without a value for the attribute (left out of the figures above). */
  uncategorised: number;
  /** Normalized mutual information between the Louvain communities and the categories. */
  communityNMI: number;
  /** Adjusted Rand index between the Louvain communities and the categories. */
  communityARI: number;
  /** Actors per category, same order as `categories`. */
  groupSizes: number[];
  /**
   * Categories with fewer than `minGroupSize` actors: their rows and columns of `mixing`, their
   * `eiIndexByCategory` and the brokerage counts of their actors must not be published.
   */
  suppressedCategories: string[];
}

/** The analysis of one graph; see the file comment. */
export interface Analysis {
  wave: string;
  options: {
    weighted: boolean;
    directed: boolean;
    groupBy: string[];
    seed: number;
    samples: number | null;
    minGroupSize: number;
  };
  network: AnalysisNetwork;
  actors: AnalysisActor[];
  groups: Record<string, AnalysisGroup>;
  /** Measures that could only be approximated (e.g. eigenvector iteration stalled); empty when all is exact. */
  warnings: MetricWarning[];
}

function resolve(options: AnalyzeOptions): Required<AnalyzeOptions> {
  const resolved = { ...DEFAULT_ANALYZE_OPTIONS };
  for (const [key, value] of Object.entries(options)) {
    if (value !== undefined) (resolved as Record<string, unknown>)[key] = value;
  }
  if (typeof resolved.weighted !== "boolean") throw new AnalyzeOptionError("weighted", resolved.weighted);
  if (!Number.isInteger(resolved.seed)) throw new AnalyzeOptionError("seed", resolved.seed);
  if (!Number.isInteger(resolved.permutations) || resolved.permutations < 0) {
    throw new AnalyzeOptionError("permutations", resolved.permutations);
  }
  if (!Number.isInteger(resolved.minGroupSize) || resolved.minGroupSize < 1) {
    throw new AnalyzeOptionError("minGroupSize", resolved.minGroupSize);
  }
  if (!Array.isArray(resolved.groupBy) || resolved.groupBy.some((a) => typeof a !== "string" || a === "")) {
    throw new AnalyzeOptionError("groupBy", resolved.groupBy);
  }
  return resolved;
}

/** Whether any actor has a non-empty value for `attribute`. */
function hasValues(graph: VernetztGraph, attribute: string): boolean {
  try {
    return categorizeActors(graph, attribute).categories.length > 0;
  } catch (error) {
    if (error instanceof UnknownAttributeError) return false;
    throw error;
  }
}

/**
 * The group attributes analysed: the defaults that have values, then `groupBy`, without repeats.
 *
 * @example
 * ```ts
 * import { groupAttributes } from "@vernetzt/core/analysis";
 * import { parseDataset } from "@vernetzt/core/io";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * const actors =
 *   "id,name,district\na,Kita Nord,Nord\nb,Schule Nord,Nord\n" +
 *   "c,Kita Süd,Süd\nd,Verein Süd,Süd\ne,Quartiersbüro,"; // e has no district: left out with its tie
 * const { dataset } = await parseDataset([
 *   { name: "actors.csv", data: actors },
 *   { name: "ties.csv", data: "source,target\na,b\nc,d\na,c\nb,e" },
 * ]);
 * const graph = buildGraph(dataset!);
 * groupAttributes(graph) //=> ["district"]
 * const only = { groupBy: ["district", "Träger"], defaultGroups: false };
 * groupAttributes(graph, only) //=> ["district", "Träger"]
 * ```
 */
export function groupAttributes(graph: VernetztGraph, options: AnalyzeOptions = {}): string[] {
  const o = resolve(options);
  const defaults = o.defaultGroups ? DEFAULT_GROUP_ATTRIBUTES.filter((a) => hasValues(graph, a)) : [];
  return [...new Set([...defaults, ...o.groupBy])];
}

/**
 * Runs the full analysis of `graph` (one wave). Deterministic: the same graph and options give the same
 * result, byte for byte, once serialised. Throws `UnknownAttributeError` when a `groupBy` attribute has no
 * values, `AnalyzeOptionError` for invalid options.
 *
 * @example
 * ```ts
 * import { analyze } from "@vernetzt/core/analysis";
 * import { parseDataset } from "@vernetzt/core/io";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * const actors =
 *   "id,name,district\na,Kita Nord,Nord\nb,Schule Nord,Nord\n" +
 *   "c,Kita Süd,Süd\nd,Verein Süd,Süd\ne,Quartiersbüro,"; // e has no district: left out with its tie
 * const { dataset } = await parseDataset([
 *   { name: "actors.csv", data: actors },
 *   { name: "ties.csv", data: "source,target\na,b\nc,d\na,c\nb,e" },
 * ]);
 * const graph = buildGraph(dataset!);
 * const analysis = analyze(graph, { seed: 1, permutations: 99 });
 * [analysis.network.actors, analysis.network.ties, analysis.network.density] //=> [5, 4, 0.4]
 * analysis.network.articulationPoints //=> ["a", "b", "c"]
 * analysis.groups.district?.eiIndex //=> -0.3333
 * analysis.groups.district?.assortativity //=> 0.3333
 * analysis.actors.find((actor) => actor.id === "a")?.degree //=> 2
 * ```
 */
export function analyze(graph: VernetztGraph, options: AnalyzeOptions = {}): Analysis {
  const o = resolve(options);
  const measurement = measureNetwork(graph, metricOptions(o));
  return analysisOf(graph, o, measurement, groupFigures(graph, o, groupAttributes(graph, o)));
}

/**
 * `analyze` with the path sweep on worker threads (`ParallelOptions`: `workers`, `minParallelActors`) while
 * this thread computes the other measures, Louvain and the group figures. The result is identical, byte for
 * byte once serialised, to `analyze` for any number of workers.
 *
 * @example
 * ```ts
 * import { analyze, analyzeAsync } from "@vernetzt/core/analysis";
 * import { parseDataset } from "@vernetzt/core/io";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * const actors =
 *   "id,name,district\na,Kita Nord,Nord\nb,Schule Nord,Nord\n" +
 *   "c,Kita Süd,Süd\nd,Verein Süd,Süd\ne,Quartiersbüro,"; // e has no district: left out with its tie
 * const { dataset } = await parseDataset([
 *   { name: "actors.csv", data: actors },
 *   { name: "ties.csv", data: "source,target\na,b\nc,d\na,c\nb,e" },
 * ]);
 * const graph = buildGraph(dataset!);
 * // the path sweep on worker threads (from 2000 actors by default): the same result, byte for byte
 * const parallel = await analyzeAsync(graph, { permutations: 99, workers: 2 });
 * JSON.stringify(parallel) === JSON.stringify(analyze(graph, { permutations: 99 })) //=> true
 * parallel.network.diameter //=> 4
 * ```
 */
export async function analyzeAsync(
  graph: VernetztGraph,
  options: AnalyzeOptions & Partial<ParallelOptions> = {},
): Promise<Analysis> {
  const o = resolve(options);
  const attributes = groupAttributes(graph, o);
  const runner = await createSweepRunner(options);
  const measuring = startMeasureNetwork(graph, metricOptions(o), runner);
  let figures: GroupFigures;
  try {
    figures = groupFigures(graph, o, attributes);
  } catch (error) {
    measuring.catch(() => undefined);
    throw error;
  }
  return analysisOf(graph, o, await measuring, figures);
}

function metricOptions(o: Required<AnalyzeOptions>): Partial<ActorMetricsOptions> {
  return { weighted: o.weighted, samples: o.samples, seed: 1 };
}

/** Louvain and the figures of each group attribute. */
interface GroupFigures {
  partition: ReturnType<typeof louvainCommunities>;
  attributes: string[];
  groups: Record<string, AnalysisGroup>;
  brokerageByAttribute: Map<string, Record<string, BrokerageCounts>>;
}

function groupFigures(graph: VernetztGraph, o: Required<AnalyzeOptions>, attributes: string[]): GroupFigures {
  const partition = louvainCommunities(graph, { seed: o.seed });
  const groups: Record<string, AnalysisGroup> = {};
  const brokerageByAttribute = new Map<string, Record<string, BrokerageCounts>>();
  for (const attribute of attributes) {
    const mixing = mixingMatrix(graph, { attribute });
    const ei = eiIndex(graph, { attribute, permutations: o.permutations, seed: o.seed });
    const agreement = communityAttributeAgreement(graph, partition.communities, { attribute });
    const sizes = groupSizes(categorizeActors(graph, attribute).codes, mixing.categories.length);
    setOwn(groups, attribute, {
      categories: mixing.categories,
      mixing: mixing.matrix,
      eiIndex: ei.index,
      eiIndexByCategory: Object.fromEntries(ei.perCategory.map((c) => [c.category, c.index])),
      eiPValue: ei.test?.pTwoSided ?? null,
      assortativity: nominalAssortativity(graph, { attribute }).coefficient,
      uncategorised: mixing.uncategorised.length,
      communityNMI: agreement.normalizedMutualInformation,
      communityARI: agreement.adjustedRandIndex,
      groupSizes: sizes,
      suppressedCategories: mixing.categories.filter((_, c) => sizes[c] < o.minGroupSize),
    });
    brokerageByAttribute.set(attribute, brokerage(graph, { attribute }).actors);
  }
  return { partition, attributes, groups, brokerageByAttribute };
}

function analysisOf(
  graph: VernetztGraph,
  o: Required<AnalyzeOptions>,
  { actors: rows, network, warnings }: NetworkMeasurement,
  { partition, attributes, groups, brokerageByAttribute }: GroupFigures,
): Analysis {
  const directed = graph.type === "directed";
  const actors = rows.map((row): AnalysisActor => {
    const actor: AnalysisActor = {
      id: row.id,
      name: graph.getNodeAttribute(row.id, "name"),
      degree: row.degree,
      strength: row.strength,
      betweenness: row.betweenness,
      betweennessNormalized: row.betweennessNormalized,
      closeness: row.closeness,
      harmonic: row.harmonic,
      eigenvector: row.eigenvector,
      pagerank: row.pagerank,
      coreNumber: row.coreNumber,
      clustering: row.clustering,
      constraint: row.constraint,
      effectiveSize: row.effectiveSize,
      community: partition.communities[row.id]!,
      articulationPoint: row.articulationPoint,
    };
    if (directed) Object.assign(actor, { inDegree: row.inDegree, outDegree: row.outDegree });
    if (brokerageByAttribute.size > 0) {
      const roles: Record<string, BrokerageCounts> = {};
      for (const [attribute, counts] of brokerageByAttribute) {
        const own = ownValue(counts, row.id);
        if (own) setOwn(roles, attribute, pickRoles(own));
      }
      actor.brokerage = roles;
    }
    return actor;
  });

  const summary: AnalysisNetwork = {
    actors: network.actors,
    ties: network.ties,
    directed,
    density: network.density,
    components: network.components,
    largestComponent: network.largestComponentSize,
    transitivity: network.transitivity,
    averagePathLength: network.averagePathLength,
    diameter: network.diameter,
    articulationPoints: network.articulationPoints,
    bridges: network.bridges,
    modularity: partition.modularity,
    communities: partition.count,
    centralization: network.degreeCentralization,
    pathsSampled: network.pathsSampled,
  };
  if (directed) {
    summary.reciprocity = network.reciprocity;
    summary.directedDensity = network.directedDensity;
  }
  return {
    wave: graph.getAttribute("wave"),
    options: {
      weighted: o.weighted,
      directed,
      groupBy: attributes,
      seed: o.seed,
      samples: o.samples,
      minGroupSize: o.minGroupSize,
    },
    network: summary,
    actors,
    groups,
    warnings,
  };
}

function pickRoles(counts: BrokerageCounts): BrokerageCounts {
  return Object.fromEntries(BROKERAGE_ROLES.map((role) => [role, counts[role]])) as BrokerageCounts;
}
