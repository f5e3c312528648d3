/**
 * The note of a run on a graph with self-loops (ties from an actor to itself): which of the run's measures
 * counted them (the descriptors with `countsSelfLoops`: degree, strength, in- and out-degree, PageRank, as
 * networkx counts them) and which left them out (every other measure: paths, clustering, Burt's measures,
 * k-cores, communities, … — `docs/metrics.md`, "Self-loops"). Data, not words: the CLI and the dashboard
 * render it (`i18n/<lang>/analysis.ts` `selfLoopsWarning`).
 */
import type { CsrGraph } from "../graph/csr.js";
import type { MeasureRun } from "../measures/run.js";
import type { Measure, MetricWarning } from "../measures/types.js";

/** Actors named in the note at most. */
const MAX_ACTORS = 10;

/**
 * The `"self-loops-ignored"` note for `measures` run on `view`, or `null` when the graph has no self-loop.
 *
 * @example
 * ```ts
 * import { MEASURES, selfLoopsWarning } from "@vernetzt/core/analysis";
 * import { toCsr } from "@vernetzt/core/graph";
 * import { fromGraphology } from "@vernetzt/core/interop";
 * import Graph from "graphology";
 *
 * const graph = new Graph({ type: "undirected" });
 * graph.mergeEdge("a", "b");
 * graph.mergeEdge("b", "b");
 * const degreeAndBetweenness = MEASURES.filter((m) => m.id === "degree" || m.id === "betweenness");
 * const note = selfLoopsWarning(toCsr(fromGraphology(graph)), degreeAndBetweenness);
 * note?.params //=> { loops: 1, actors: ["b"], measures: ["betweenness"], counted: ["degree"] }
 * ```
 */
export function selfLoopsWarning(view: CsrGraph, measures: readonly Measure[]): MetricWarning | null {
  if (view.selfLoops === 0) return null;
  const actors = [...new Set(view.loops.nodes)].sort((a, b) => a - b).slice(0, MAX_ACTORS);
  return {
    code: "self-loops-ignored",
    params: {
      loops: view.selfLoops,
      actors: actors.map((i) => view.ids[i]!),
      measures: measures.filter((m) => m.countsSelfLoops !== true).map((m) => m.id),
      counted: measures.filter((m) => m.countsSelfLoops === true).map((m) => m.id),
    },
  };
}

/** The warnings of a finished run, with the self-loop note last when the graph has loops. */
export function withSelfLoopsNote(run: MeasureRun, measures: readonly Measure[]): MetricWarning[] {
  const note = selfLoopsWarning(run.view, measures);
  return note === null ? run.warnings : [...run.warnings, note];
}
