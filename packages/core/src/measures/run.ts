/**
 * One measure run (internal to `analysis/`): the `MeasureContext` descriptors see. It memoises shared
 * intermediates, holds the one path sweep (computed on first use, or handed over by the worker threads)
 * and collects warnings.
 */
import type { CsrGraph } from "../graph/csr.js";
import { type PathMetricsArrays, pathMetricsArrays } from "../graph/path-metrics.js";
import type { VernetztGraph } from "../model/types.js";
import { shared } from "./context.js";
import type {
  GroupContext,
  GroupShared,
  MeasureContext,
  MeasureSettings,
  MetricWarning,
  Shared,
} from "./types.js";

/** The path sweep every path measure reads (`context.paths`). */
const PATH_SWEEP = shared("path sweep", (context) => {
  const { weighted, samples, sampleSeed } = context.settings;
  return pathMetricsArrays(context.view, { weighted, samples, seed: sampleSeed }, true);
});

/** Where a run stands with its path sweep. */
type PathState = { kind: "lazy" } | { kind: "pending" } | { kind: "ready"; value: PathMetricsArrays };

/** What a run starts from. */
export interface MeasureRunInput {
  view: CsrGraph;
  graph: VernetztGraph | null;
  settings: MeasureSettings;
  groupAttributes?: readonly string[];
}

export class MeasureRun implements MeasureContext {
  readonly view: CsrGraph;
  readonly graph: VernetztGraph | null;
  readonly settings: MeasureSettings;
  readonly groupAttributes: readonly string[];
  readonly warnings: MetricWarning[] = [];
  private readonly memo = new Map<Shared<unknown>, unknown>();
  private readonly groups = new Map<string, GroupRun>();
  private pathState: PathState = { kind: "lazy" };

  constructor(input: MeasureRunInput) {
    this.view = input.view;
    this.graph = input.graph;
    this.settings = input.settings;
    this.groupAttributes = input.groupAttributes ?? [];
  }

  get paths(): PathMetricsArrays {
    if (this.pathState.kind === "ready") return this.pathState.value;
    if (this.pathState.kind === "pending") {
      throw new Error(
        "vernetzt/measures: a measure read context.paths before the path sweep finished; " +
          "declare `usesPaths: true` on its descriptor.",
      );
    }
    const value = this.use(PATH_SWEEP);
    this.pathState = { kind: "ready", value };
    return value;
  }

  /** The sweep runs elsewhere (worker threads): reading `paths` is an error until `providePaths`. */
  holdPaths(): void {
    this.pathState = { kind: "pending" };
  }

  providePaths(value: PathMetricsArrays): void {
    this.pathState = { kind: "ready", value };
  }

  /** Hands the run an intermediate computed elsewhere (e.g. triangle counts the caller holds). */
  provide<T>(input: Shared<T>, value: T): void {
    this.memo.set(input, value);
  }

  use<T>(input: Shared<T>): T {
    if (this.memo.has(input)) return this.memo.get(input) as T;
    const value = input.compute(this);
    this.memo.set(input, value);
    return value;
  }

  group(attribute: string): GroupContext {
    let group = this.groups.get(attribute);
    if (!group) {
      group = new GroupRun(this, attribute);
      this.groups.set(attribute, group);
    }
    return group;
  }

  /** Hands the group context of `attribute` an intermediate computed elsewhere (e.g. a categorisation). */
  provideGroup<T>(attribute: string, input: GroupShared<T>, value: T): void {
    (this.group(attribute) as GroupRun).provide(input, value);
  }

  warn(warning: MetricWarning): void {
    this.warnings.push(warning);
  }
}

class GroupRun implements GroupContext {
  private readonly memo = new Map<GroupShared<unknown>, unknown>();
  constructor(
    private readonly run: MeasureRun,
    readonly attribute: string,
  ) {}

  provide<T>(input: GroupShared<T>, value: T): void {
    this.memo.set(input, value);
  }

  use<T>(input: GroupShared<T>): T {
    if (this.memo.has(input)) return this.memo.get(input) as T;
    const value = input.compute(this.run, this);
    this.memo.set(input, value);
    return value;
  }
}
