/**
 * Runs descriptors over one `MeasureRun`: every actor, network and group measure once (group measures once
 * per group attribute), sharing the run's intermediates. The synchronous run computes the path sweep on first
 * use; the asynchronous one lets the sweep run elsewhere (worker threads) while every measure that does not
 * read it is computed, then computes the path measures. Either way the values are the same, bit for bit.
 */
import type { PathMetricsArrays } from "../graph/path-metrics.js";
import type { MeasureRun } from "./run.js";
import type { Measure } from "./types.js";

/** The values of one run, by measure id. */
export interface MeasureValues {
  /** Per actor measure, one value per actor in view order. */
  readonly actor: Map<string, ArrayLike<unknown>>;
  readonly network: Map<string, unknown>;
  /** Per group attribute, per group measure. */
  readonly group: Map<string, Map<string, unknown>>;
}

function emptyValues(run: MeasureRun): MeasureValues {
  return {
    actor: new Map(),
    network: new Map(),
    group: new Map(run.groupAttributes.map((attribute) => [attribute, new Map()])),
  };
}

function computeInto(run: MeasureRun, values: MeasureValues, measures: readonly Measure[]): void {
  for (const measure of measures) {
    if (measure.scope === "actor") values.actor.set(measure.id, measure.compute(run));
    else if (measure.scope === "network") values.network.set(measure.id, measure.compute(run));
    else if (measure.scope === "group") {
      for (const attribute of run.groupAttributes) {
        values.group.get(attribute)!.set(measure.id, measure.compute(run, run.group(attribute)));
      }
    }
    // Tie measures are not part of a run's table (see `vernetzt ties`).
  }
}

/**
 * Computes `measures` (actor, network and group scope; tie measures are skipped) on `run`.
 */
export function computeMeasures(run: MeasureRun, measures: readonly Measure[]): MeasureValues {
  const values = emptyValues(run);
  computeInto(run, values, measures);
  return values;
}

/**
 * Computes every measure of `measures` that does not read the path sweep now, while `sweep` runs; the
 * promise resolves once the sweep is done and the path measures are computed too. If a measure throws, the
 * sweep's outcome is awaited quietly and the error thrown (synchronously).
 */
export function startMeasures(
  run: MeasureRun,
  measures: readonly Measure[],
  sweep: Promise<PathMetricsArrays>,
): Promise<MeasureValues> {
  const values = emptyValues(run);
  run.holdPaths();
  try {
    computeInto(
      run,
      values,
      measures.filter((m) => m.usesPaths !== true),
    );
  } catch (error) {
    sweep.catch(() => undefined);
    throw error;
  }
  return sweep.then((paths) => {
    run.providePaths(paths);
    computeInto(
      run,
      values,
      measures.filter((m) => m.usesPaths === true),
    );
    return values;
  });
}
