/**
 * The name of a survey wave as the data give it (`overview.json` `waves[].label`: a year such as 2024 where
 * the data say so, else the wave as written). Data stored by an older dashboard version have no labels: the
 * wave is then shown as written.
 */
import type { OverviewData } from "../loaders/overview-data.js";

/** A function from wave id to its display name, for one dataset. */
export type WaveLabel = (wave: string) => string;

/** The display names of `overview`'s waves. */
export function waveLabelOf(overview: Pick<OverviewData, "waves">): WaveLabel {
  const labels = new Map(overview.waves.map((w) => [w.wave, w.label ?? w.wave]));
  return (wave) => labels.get(wave) ?? wave;
}

/** Waves shown as written. */
export const asWritten: WaveLabel = (wave) => wave;
