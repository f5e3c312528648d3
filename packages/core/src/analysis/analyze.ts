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
 * `minGroupSize` actors, one of them a person, in `suppressedCategories` (categories of organisations only are
 * never withheld: their cooperation is not personal data). The figures themselves stay in the result, because this is
 * the complete analysis for researchers and its schema's numbers cannot become `null`; whoever publishes from
 * it hides the flagged categories, as the readable summary of `vernetzt analyze` does.
 */

import { csrOf } from "../graph/csr.js";
import { createSweepRunner, type ParallelOptions } from "../graph/parallel-sweep.js";
import { CATEGORIZATION } from "../groups/categories.js";
import { type Categorization, categorizeActors, UnknownAttributeError } from "../groups/index.js";
import { isPersonKind } from "../io/aliases.js";
import { computeMeasures, type MeasureValues, startMeasures } from "../measures/engine.js";
import { needMet, writtenSometimes } from "../measures/needs.js";
import { MeasureRun } from "../measures/run.js";
import { DEFAULT_MEASURE_SETTINGS } from "../measures/settings.js";
import type { Measure, MetricWarning } from "../measures/types.js";
import { setOwn } from "../model/member-names.js";
import type { VernetztGraph } from "../model/types.js";
import { DEFAULT_SUPPRESSION_OPTIONS, groupSizes, identifiableGroups } from "../privacy/suppress.js";
import { actorRows, startSweep } from "./assemble.js";
import { AnalyzeOptionError } from "./errors.js";
import {
  type AnalysisActorValues,
  type AnalysisGroupValues,
  type AnalysisNetworkValues,
  MEASURES,
} from "./registry.js";
import { withSelfLoopsNote } from "./self-loops.js";

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
   * Smallest category whose figures may be published (k of `privacy/suppress.ts`): smaller ones with a person
   * among their actors are listed in each group's `suppressedCategories` (the figures stay; see the file
   * comment). `1` flags none. Default `5`.
   */
  minGroupSize?: number;
  /**
   * The measures to compute: the registry's by default (`MEASURES`). A list with measures of your own (see
   * `measures/types.ts`) adds their fields to the actors, the network or each group.
   */
  measures?: readonly Measure[];
}

export const DEFAULT_ANALYZE_OPTIONS: Required<AnalyzeOptions> = {
  weighted: false,
  groupBy: [],
  defaultGroups: true,
  seed: 1,
  permutations: 1000,
  samples: null,
  minGroupSize: DEFAULT_SUPPRESSION_OPTIONS.k,
  measures: MEASURES,
};

/** The attributes analysed as groups when `defaultGroups` is on. */
export const DEFAULT_GROUP_ATTRIBUTES = ["district", "sector", "kind"] as const;

/**
 * Whole-network figures of the analysis: the counts, then every network measure of the registry
 * (`reciprocity` and `directedDensity` for directed data only), with `pathsSampled` after those always written.
 */
export type AnalysisNetwork = {
  actors: number;
  ties: number;
  directed: boolean;
  /** True when path measures are estimates from sampled sources (`samples`). */
  pathsSampled: boolean;
} & AnalysisNetworkValues;

/**
 * One actor's row: id and name, then every actor measure of the registry in registry order (`inDegree`,
 * `outDegree` and the directed variants for directed data only, `brokerage` per group attribute when there
 * are groups, `clusteringWeighted` with `weighted`).
 */
export type AnalysisActor = { id: string; name: string } & AnalysisActorValues;

/** Figures of one categorical attribute: its categories, every group measure of the registry, the sizes. */
export type AnalysisGroup = {
  categories: string[];
  /** Actors per category, same order as `categories`. */
  groupSizes: number[];
  /**
   * Categories with fewer than `minGroupSize` actors, at least one a person: their rows and columns of `mixing`,
   * their `eiIndexByCategory` and the brokerage counts of their actors must not be published.
   */
  suppressedCategories: string[];
} & AnalysisGroupValues;

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
  if (resolved.samples !== null && (!Number.isInteger(resolved.samples) || resolved.samples < 1)) {
    throw new AnalyzeOptionError("samples", resolved.samples);
  }
  if (!Array.isArray(resolved.measures)) throw new AnalyzeOptionError("measures", resolved.measures);
  return resolved;
}

/** The categorisation of `attribute`, or null when no actor has a value for it. */
function categorizationIfAny(graph: VernetztGraph, attribute: string): Categorization | null {
  try {
    const categorization = categorizeActors(graph, attribute);
    return categorization.categories.length > 0 ? categorization : null;
  } catch (error) {
    if (error instanceof UnknownAttributeError) return null;
    throw error;
  }
}

/** The default group attributes that have values (none without `defaultGroups`), each categorised once. */
function defaultCategorizations(
  graph: VernetztGraph,
  o: Required<AnalyzeOptions>,
): Map<string, Categorization> {
  const found = new Map<string, Categorization>();
  if (!o.defaultGroups) return found;
  for (const attribute of DEFAULT_GROUP_ATTRIBUTES) {
    const categorization = categorizationIfAny(graph, attribute);
    if (categorization !== null) found.set(attribute, categorization);
  }
  return found;
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
  return attributesOf(defaultCategorizations(graph, resolve(options)), resolve(options));
}

function attributesOf(defaults: ReadonlyMap<string, Categorization>, o: Required<AnalyzeOptions>): string[] {
  return [...new Set([...defaults.keys(), ...o.groupBy])];
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
  const { run, measures } = prepare(graph, o);
  return analysisOf(graph, run, o, measures, computeMeasures(run, measures));
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
  const { run, measures } = prepare(graph, o);
  const runner = await createSweepRunner(options);
  const values = await startMeasures(run, measures, startSweep(run, runner));
  return analysisOf(graph, run, o, measures, values);
}

/**
 * The run of an analysis and the measures it computes (group measures and brokerage only with groups);
 * throws `UnknownAttributeError` for a group attribute without values before anything is computed.
 */
function prepare(
  graph: VernetztGraph,
  o: Required<AnalyzeOptions>,
): { run: MeasureRun; measures: Measure[] } {
  const defaults = defaultCategorizations(graph, o);
  const attributes = attributesOf(defaults, o);
  const run = new MeasureRun({
    view: csrOf(graph),
    graph,
    settings: {
      ...DEFAULT_MEASURE_SETTINGS,
      weighted: o.weighted,
      samples: o.samples,
      seed: o.seed,
      permutations: o.permutations,
    },
    groupAttributes: attributes,
  });
  for (const attribute of attributes) {
    const categorization = defaults.get(attribute);
    if (categorization === undefined) run.group(attribute).use(CATEGORIZATION);
    else run.provideGroup(attribute, CATEGORIZATION, categorization);
  }
  const facts = { directed: run.view.directed, weighted: o.weighted, grouped: attributes.length > 0 };
  const measures = o.measures.filter(
    (m) =>
      m.scope !== "tie" &&
      (facts.grouped || m.scope !== "group") &&
      needMet(m.needs, facts) &&
      (m.when === undefined || facts.directed),
  );
  return { run, measures };
}

/** Those written always first, in registry order, then those written for some data only (fields are only added). */
function inFieldOrder(measures: readonly Measure[]): Measure[] {
  return [...measures.filter((m) => !writtenSometimes(m)), ...measures.filter(writtenSometimes)];
}

function analysisOf(
  graph: VernetztGraph,
  run: MeasureRun,
  o: Required<AnalyzeOptions>,
  measures: readonly Measure[],
  values: MeasureValues,
): Analysis {
  const directed = run.view.directed;
  const ofScope = (scope: Measure["scope"]) => inFieldOrder(measures.filter((m) => m.scope === scope));
  const actors = actorRows<AnalysisActor>(run, ofScope("actor"), values, (id) => ({
    id,
    name: graph.getNodeAttribute(id, "name"),
  }));
  const networkMeasures = ofScope("network");
  const network: Record<string, unknown> = { actors: run.view.n, ties: run.view.m, directed };
  for (const m of networkMeasures.filter((m) => !writtenSometimes(m)))
    network[m.id] = values.network.get(m.id);
  network.pathsSampled = run.paths.sampled;
  for (const m of networkMeasures.filter(writtenSometimes)) network[m.id] = values.network.get(m.id);
  const groups: Record<string, AnalysisGroup> = {};
  for (const attribute of run.groupAttributes) {
    const { categories, codes } = run.group(attribute).use(CATEGORIZATION);
    const group: Record<string, unknown> = { categories };
    for (const m of ofScope("group")) group[m.id] = values.group.get(attribute)!.get(m.id);
    group.groupSizes = groupSizes(codes, categories.length);
    const withheld = identifiableGroups(
      codes,
      categories.length,
      (i) => isPersonKind(graph.getNodeAttribute(run.view.ids[i]!, "kind")),
      { k: o.minGroupSize },
    );
    group.suppressedCategories = categories.filter((_, c) => withheld[c]);
    setOwn(groups, attribute, group as AnalysisGroup);
  }
  return {
    wave: graph.getAttribute("wave"),
    options: {
      weighted: o.weighted,
      directed,
      groupBy: [...run.groupAttributes],
      seed: o.seed,
      samples: o.samples,
      minGroupSize: o.minGroupSize,
    },
    network: network as AnalysisNetwork,
    actors,
    groups,
    warnings: withSelfLoopsNote(run, measures),
  };
}
