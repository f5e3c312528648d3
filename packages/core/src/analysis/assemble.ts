/**
 * Internal to `analysis/`: the steps `measureNetwork`, `networkMetrics` and `analyze` share to run the
 * registry on a `MeasureRun` and turn its values into rows and figures.
 */
import type { SweepRunner } from "../graph/parallel-sweep.js";
import { pathMetricsArraysAsync } from "../graph/path-metrics.js";
import type { MeasureValues } from "../measures/engine.js";
import type { MeasureRun } from "../measures/run.js";
import type { Measure } from "../measures/types.js";
import type { NetworkMetrics } from "./network-metrics.js";

/**
 * Starts the run's path sweep on the worker threads of `runner` (the workers start before this returns).
 */
export function startSweep(run: MeasureRun, runner: SweepRunner) {
  const { weighted, samples, sampleSeed } = run.settings;
  return pathMetricsArraysAsync(run.view, { weighted, samples, seed: sampleSeed }, true, runner);
}

/**
 * One row per actor in view order: `head` of the actor, then the value of each actor measure in `measures`
 * whose field is written.
 */
export function actorRows<Row>(
  run: MeasureRun,
  measures: readonly Measure[],
  values: MeasureValues,
  head: (id: string, index: number) => Record<string, unknown>,
): Row[] {
  const columns = measures.flatMap((m) => {
    const column = values.actor.get(m.id);
    return column === undefined ? [] : [[m.id, column] as const];
  });
  return run.view.ids.map((id, i) => {
    const row = head(id, i);
    for (const [key, column] of columns) row[key] = column[i];
    return row as Row;
  });
}

/**
 * The `NetworkMetrics` of a run whose network measures `measures` have `values`.
 */
export function networkMetricsFrom(
  run: MeasureRun,
  measures: readonly Measure[],
  values: MeasureValues,
): NetworkMetrics {
  const figures: Record<string, unknown> = {
    actors: run.view.n,
    ties: run.view.m,
    directed: run.view.directed,
  };
  for (const measure of measures)
    if (values.network.has(measure.id)) figures[measure.id] = values.network.get(measure.id);
  figures.largestComponentSize = figures.largestComponent;
  figures.degreeCentralization = figures.centralization;
  figures.pathsSampled = run.paths.sampled;
  return figures as NetworkMetrics;
}
