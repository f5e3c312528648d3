/**
 * A measure is data (gephi-lite's `Metric {id, parameters, outputs, fn}` is the model): one descriptor says
 * what a measure is called in German and English, what it means in one plain sentence, its unit and range,
 * where it comes from (formula, paper, the networkx / igraph / R sna call it matches), which settings change
 * it, the JSON-schema fragment of one value, and how to compute it over the shared graph view.
 *
 * Everything that lists measures is derived from the descriptors in `analysis/registry.ts`: the rows of
 * `measureNetwork` and `analyze`, `docs/schemas/analyze.schema.json`, `vernetzt metrics`, the dashboard's
 * measure menu and profile, and the tables of `docs/metrics.md` and `docs/groups.md` (checked by tests).
 * Adding a measure is one descriptor in the file of its algorithm plus one line in the registry.
 */
import type { CsrGraph } from "../graph/csr.js";
import type { ConvergenceError } from "../graph/errors.js";
import type { PathMetricsArrays } from "../graph/path-metrics.js";
import type { VernetztGraph } from "../model/types.js";

/** What a measure describes: one value per actor, per tie, per category of an attribute, or one for all. */
export type MeasureScope = "actor" | "tie" | "group" | "network";

/** A text in both languages of the user interface. */
export interface Texts {
  readonly de: string;
  readonly en: string;
}

/** Where a measure comes from and which call of the reference tools gives the same values. */
export interface MeasureReference {
  /** The definition in one line (Unicode mathematics). */
  readonly formula: string;
  /** The paper or book, with its DOI where it has one; `null` for plain counts. */
  readonly citation: string | null;
  /** The networkx call that gives the same values, or `null` when networkx has none. */
  readonly networkx: string | null;
  /** The python-igraph call, or `null`. */
  readonly igraph: string | null;
  /** The R sna (statnet) call, or `null`. */
  readonly sna: string | null;
  /** Where vernetzt chooses differently from a reference tool, and why; `null` when it does not. */
  readonly note: string | null;
}

/** A setting of the analysis that changes a measure's values (`MeasureSettings`), with its default. */
export interface MeasureOption {
  /** Key in `MeasureSettings` (and the option of `analyze` / `measureNetwork` of the same name). */
  readonly id: string;
  /** The `vernetzt analyze` flag that sets it, or `null`. */
  readonly flag: string | null;
  readonly default: boolean | number | string | null;
  /** What it changes, in one line (English; the reference is for researchers). */
  readonly description: string;
}

/** A JSON-schema fragment (draft 2020-12) describing one value of a measure. */
export type JsonSchemaFragment = Readonly<Record<string, unknown>>;

/**
 * The settings every measure of one run sees (resolved; defaults in `DEFAULT_MEASURE_SETTINGS`). A measure's
 * `options` name the ones that change its values.
 */
export interface MeasureSettings {
  /** Tie weights as intensities: path length 1 / weight; eigenvector, PageRank and Burt's measures weighted. */
  readonly weighted: boolean;
  /** Sampled sources of the path sweep, `null` = exact. */
  readonly samples: number | null;
  /** Seed of the source sample. */
  readonly sampleSeed: number;
  /** PageRank damping factor. */
  readonly alpha: number;
  /** Seed of Louvain and of the permutation tests. */
  readonly seed: number;
  /** Permutations of the E-I test; 0 skips it. */
  readonly permutations: number;
}

/**
 * A note on how a measure was computed; the rest of the analysis stands. One of:
 * - `"eigenvector-no-convergence"`: the eigenvector values are the last iterate of the power iteration, not
 *   converged to the tolerance (call `eigenvector` with a larger `maxIterations` for exact values);
 * - `"self-loops-ignored"`: the graph has ties from an actor to itself; the measures that define them
 *   (`countsSelfLoops`: degree, strength, PageRank, the Louvain figures) counted them, the ones named in
 *   `params.measures` left them out (`docs/metrics.md`, "Self-loops").
 */
export type MetricWarning = NoConvergenceWarning | SelfLoopsIgnoredWarning;

/** The eigenvector iteration stalled (see `MetricWarning`). */
export interface NoConvergenceWarning {
  code: "eigenvector-no-convergence";
  /** The error's parameters, for a localised message (`i18n/<lang>/metrics.ts` `noConvergence`). */
  params: ConvergenceError["params"];
}

/** Measures that left a graph's self-loops out (see `MetricWarning`). */
export interface SelfLoopsIgnoredWarning {
  code: "self-loops-ignored";
  params: {
    /** Number of self-loops in the graph. */
    loops: number;
    /** Actors with a self-loop (ids, graph order; at most the first 10). */
    actors: string[];
    /** The measures of the run that left them out (ids, registry order). */
    measures: string[];
    /** The measures of the run that counted them (ids, registry order). */
    counted: string[];
  };
}

/**
 * An intermediate result several measures share (the path sweep, triangle counts, cut points, Louvain):
 * computed at most once per run, on first `use`. Create one with `shared` (`measures/context.ts`).
 */
export interface Shared<T> {
  /** For messages and debugging. */
  readonly name: string;
  readonly compute: (context: MeasureContext) => T;
}

/** Like `Shared`, once per group attribute. */
export interface GroupShared<T> {
  readonly name: string;
  readonly compute: (context: MeasureContext, group: GroupContext) => T;
}

/** What a measure's `compute` sees: the graph view of one run, its settings and the shared intermediates. */
export interface MeasureContext {
  /** The indexed view: actors `0 … n − 1` in graph order, adjacency as typed arrays. */
  readonly view: CsrGraph;
  /** The graphology graph, when the run started from one (`null` when it started from a view). */
  readonly graph: VernetztGraph | null;
  readonly settings: MeasureSettings;
  /**
   * The one path sweep of the run (betweenness, closeness, harmonic, average path length, diameter). Only
   * measures with `usesPaths: true` may read it: the asynchronous run computes it on worker threads while
   * the other measures run, and hands it to those measures afterwards.
   */
  readonly paths: PathMetricsArrays;
  /** The categorical attributes analysed as groups (empty unless the run has groups). */
  readonly groupAttributes: readonly string[];
  /** The shared intermediate `input`, computed on first use. */
  use<T>(input: Shared<T>): T;
  /** The context of one group attribute (one of `groupAttributes`). */
  group(attribute: string): GroupContext;
  /** Records that a measure could only be approximated. */
  warn(warning: MetricWarning): void;
}

/** One categorical attribute of a run with groups. */
export interface GroupContext {
  readonly attribute: string;
  /** The shared per-attribute intermediate `input`, computed on first use. */
  use<T>(input: GroupShared<T>): T;
}

/**
 * What a run needs beyond the graph view and its settings: `"communities"`, the Louvain partition (seeded
 * by `seed`); `"groups"`, at least one group attribute; `"directed"`, directed data (ties as arcs);
 * `"weighted"`, a run with tie weights (`weighted: true`, `--weighted`). `measureNetwork` computes only
 * measures without needs; `analyze` computes (and writes) each measure whose need its run meets.
 */
export type MeasureNeed = "communities" | "groups" | "directed" | "weighted";

/** What every descriptor has, whatever its scope. */
export interface MeasureCommon<Id extends string = string> {
  /** The field name in `vernetzt analyze --json` and the key everywhere else; camelCase, unique. */
  readonly id: Id;
  readonly scope: MeasureScope;
  /**
   * Name in the user interface. German: a plain phrase a coordinator understands, the technical term in
   * brackets ("Brückenposition (Betweenness)").
   */
  readonly label: Texts;
  /** What a value says, in one plain sentence (a tooltip, the CLI table, the docs). */
  readonly explanation: Texts;
  /** What is counted, e.g. partners or ties; `null` for indices and shares. */
  readonly unit: Texts | null;
  /** The values it can take, for people ("0 … 1", "0 … n − 1"); `null` when not a number. */
  readonly range: string | null;
  readonly reference: MeasureReference;
  /** The settings that change its values, with their defaults. */
  readonly options: readonly MeasureOption[];
  /** JSON schema of one value, as it appears in `vernetzt analyze --json`. */
  readonly schema: JsonSchemaFragment;
  /** `"directed"`: `analyze` writes it for directed data only (`measureNetwork` always computes it). */
  readonly when?: "directed";
  readonly needs?: MeasureNeed;
  /** Reads `context.paths` (see there). */
  readonly usesPaths?: boolean;
  /** Offered on the dashboard: in the network view's size menu and in each actor's profile, in registry order. */
  readonly dashboard?: boolean;
  /**
   * Counts the graph's self-loops as networkx does (degree, strength, PageRank; Louvain and modularity, whose
   * definition counts a loop's weight inside its community); every other measure leaves them out and a run with
   * loops says so (`MetricWarning` `"self-loops-ignored"`).
   */
  readonly countsSelfLoops?: boolean;
}

/** One value per actor, in actor (view) order. */
export interface ActorMeasure<Id extends string = string, V = unknown> extends MeasureCommon<Id> {
  readonly scope: "actor";
  compute(context: MeasureContext): ArrayLike<V>;
}

/** One value for the whole network. */
export interface NetworkMeasure<Id extends string = string, V = unknown> extends MeasureCommon<Id> {
  readonly scope: "network";
  compute(context: MeasureContext): V;
}

/** One value per categorical attribute analysed as groups (`groups.<attribute>.<id>` in `analyze`). */
export interface GroupMeasure<Id extends string = string, V = unknown> extends MeasureCommon<Id> {
  readonly scope: "group";
  compute(context: MeasureContext, group: GroupContext): V;
}

/** Values per tie: every tie of the undirected view once, as actor index pairs `source < target`. */
export interface TieValues<V> {
  readonly source: ArrayLike<number>;
  readonly target: ArrayLike<number>;
  readonly values: ArrayLike<V>;
}

/** One value per tie; not part of `analyze` (see `vernetzt ties`). */
export interface TieMeasure<Id extends string = string, V = unknown> extends MeasureCommon<Id> {
  readonly scope: "tie";
  compute(context: MeasureContext): TieValues<V>;
}

/** Any descriptor. */
export type Measure = ActorMeasure | NetworkMeasure | GroupMeasure | TieMeasure;

/** The value type of a descriptor. */
export type ValueOf<M> =
  M extends ActorMeasure<string, infer V>
    ? V
    : M extends NetworkMeasure<string, infer V>
      ? V
      : M extends GroupMeasure<string, infer V>
        ? V
        : M extends TieMeasure<string, infer V>
          ? V
          : never;

/** The object type with one field per descriptor of `M` (a union of descriptors): how `ActorMetricsRow` is derived. */
export type ValuesOf<M extends MeasureCommon> = { -readonly [D in M as D["id"]]: ValueOf<D> };

/**
 * As `ValuesOf`, with the fields written only sometimes (`when`, or a need other than communities) optional: how the types of the `analyze`
 * result are derived.
 */
export type WrittenValuesOf<M extends MeasureCommon> = {
  -readonly [D in M as D extends WrittenSometimes ? never : D["id"]]: ValueOf<D>;
} & {
  -readonly [D in M as D extends WrittenSometimes ? D["id"] : never]?: ValueOf<D>;
};

/** Descriptors whose field `analyze` writes only for some data or runs: directed data, groups, `--weighted`. */
export type WrittenSometimes = { when: string } | { needs: Exclude<MeasureNeed, "communities"> };
