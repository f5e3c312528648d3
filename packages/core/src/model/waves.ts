/**
 * Survey waves: each wave is a complete snapshot of the network. Helpers to order waves and pick the ties,
 * meetings and respondents of one wave (by default the latest).
 */
import { UnknownWaveError } from "./errors.js";
import type { Dataset, MeetingEvent, Tie } from "./types.js";

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** Waves in chronological order: numerically when every wave is a number, else as given (first appearance). */
export function sortWaves(waves: readonly string[]): string[] {
  const unique = [...new Set(waves)];
  if (unique.length > 0 && unique.every((wave) => NUMBER.test(wave))) {
    return unique.sort((a, b) => Number(a) - Number(b));
  }
  return unique;
}

/** The latest wave of a dataset. */
export function latestWave(dataset: Dataset): string {
  return dataset.waves[dataset.waves.length - 1]!;
}

/** The wave asked for, or the latest; throws `UnknownWaveError` when the dataset does not have it. */
export function resolveWave(dataset: Dataset, wave?: string): string {
  if (wave === undefined) return latestWave(dataset);
  if (!dataset.waves.includes(wave)) throw new UnknownWaveError(wave, dataset.waves);
  return wave;
}

/** The ties observed in one wave (default: the latest), in input order. */
export function tiesInWave(dataset: Dataset, wave?: string): Tie[] {
  const selected = resolveWave(dataset, wave);
  return dataset.ties.filter((tie) => tie.wave === selected);
}

/** The meetings of one wave (default: the latest): those of that wave and those without a wave. */
export function eventsInWave(dataset: Dataset, wave?: string): MeetingEvent[] {
  const selected = resolveWave(dataset, wave);
  return dataset.events.filter((event) => event.wave === undefined || event.wave === selected);
}

/** The ids of the actors who answered in one wave (default: the latest); undefined when the data do not say. */
export function respondentsInWave(dataset: Dataset, wave?: string): string[] | undefined {
  const selected = resolveWave(dataset, wave);
  return dataset.respondents ? (dataset.respondents[selected] ?? []) : undefined;
}
