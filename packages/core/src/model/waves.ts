/**
 * Survey waves: each wave is a complete snapshot of the network. Helpers to order waves and pick the ties,
 * meetings and respondents of one wave (by default the latest).
 */
import { UnknownWaveError } from "./errors.js";
import { ownValue } from "./member-names.js";
import type { Dataset, MeetingEvent, Tie } from "./types.js";

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** `2024-12-31`, `2024-12`, `2024-1-5` (ISO order) */
const ISO_DATE = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/;
/** `31.12.2024`, `1.3.2024`, `12.2024` (German order) */
const GERMAN_DATE = /^(?:(\d{1,2})\.)?(\d{1,2})\.(\d{4})$/;

/**
 * A wave label that is a date, a month or a year, as `[year, month, day]` (0 where not given); undefined for
 * any other label. `31.12.2024` and `2024-12-31` give the same date.
 *
 * @example
 * ```ts
 * import { waveDate } from "@vernetzt/core/model";
 *
 * waveDate("31.12.2024") //=> [2024, 12, 31]
 * waveDate("2024-12-31") //=> [2024, 12, 31]
 * waveDate("03.2025") //=> [2025, 3, 0]
 * waveDate("2023") //=> [2023, 0, 0]
 * waveDate("Frühjahr 2024") //=> undefined
 * ```
 */
export function waveDate(wave: string): [number, number, number] | undefined {
  const text = wave.trim();
  if (/^\d{4}$/.test(text)) return [Number(text), 0, 0];
  const iso = ISO_DATE.exec(text);
  const german = iso ? undefined : GERMAN_DATE.exec(text);
  const [year, month, day] = iso
    ? [iso[1], iso[2], iso[3]]
    : german
      ? [german[3], german[2], german[1]]
      : [undefined, undefined, undefined];
  if (year === undefined) return undefined;
  const m = Number(month);
  const d = day === undefined ? 0 : Number(day);
  if (m < 1 || m > 12 || (day !== undefined && (d < 1 || d > 31))) return undefined;
  return [Number(year), m, d];
}

/**
 * Waves in chronological order: numerically when every wave is a number; by date when every wave is a date,
 * month or year (`31.12.2024`, `2024-12-31`, `03.2025`, `2023`; a year before its months and dates); else as
 * given (first appearance). Equal dates keep their order of appearance.
 *
 * @example
 * ```ts
 * import { sortWaves } from "@vernetzt/core/model";
 *
 * sortWaves(["2024", "2022", "2023", "2022"]) //=> ["2022", "2023", "2024"]
 * sortWaves(["31.12.2024", "2024-06-30", "01.01.2024"]) //=> ["01.01.2024", "2024-06-30", "31.12.2024"]
 * sortWaves(["Frühjahr", "Herbst"]) //=> ["Frühjahr", "Herbst"]
 * ```
 */
export function sortWaves(waves: readonly string[]): string[] {
  const unique = [...new Set(waves)];
  if (unique.length > 0 && unique.every((wave) => NUMBER.test(wave))) {
    return unique.sort((a, b) => Number(a) - Number(b));
  }
  const dates = unique.map(waveDate);
  if (unique.length > 1 && dates.every((date) => date !== undefined)) {
    const order = unique.map((wave, i) => ({ wave, date: dates[i]!, i }));
    order.sort(
      (a, b) => a.date[0] - b.date[0] || a.date[1] - b.date[1] || a.date[2] - b.date[2] || a.i - b.i,
    );
    return order.map(({ wave }) => wave);
  }
  return unique;
}

/**
 * The latest wave of a dataset.
 *
 * @example
 * ```ts
 * import { parseDataset } from "@vernetzt/core/io";
 * import { latestWave } from "@vernetzt/core/model";
 *
 * const { dataset } = await parseDataset([
 *   { name: "actors.csv", data: "id,name\na,Alpha\nb,Beta" },
 *   { name: "ties.csv", data: "source,target,wave\na,b,2024\na,b,2022" },
 * ]);
 * latestWave(dataset!) //=> "2024"
 * ```
 */
export function latestWave(dataset: Dataset): string {
  return dataset.waves[dataset.waves.length - 1]!;
}

/**
 * The wave asked for, or the latest; throws `UnknownWaveError` when the dataset does not have it.
 *
 * @example
 * ```ts
 * import { parseDataset } from "@vernetzt/core/io";
 * import { resolveWave } from "@vernetzt/core/model";
 *
 * const { dataset } = await parseDataset([
 *   { name: "actors.csv", data: "id,name\na,Alpha\nb,Beta" },
 *   { name: "ties.csv", data: "source,target,wave\na,b,2022\na,b,2024" },
 * ]);
 * resolveWave(dataset!) //=> "2024"
 * resolveWave(dataset!, "2022") //=> "2022"
 * ```
 */
export function resolveWave(dataset: Dataset, wave?: string): string {
  if (wave === undefined) return latestWave(dataset);
  if (!dataset.waves.includes(wave)) throw new UnknownWaveError(wave, dataset.waves);
  return wave;
}

/**
 * The ties observed in one wave (default: the latest), in input order.
 *
 * @example
 * ```ts
 * import { parseDataset } from "@vernetzt/core/io";
 * import { tiesInWave } from "@vernetzt/core/model";
 *
 * const { dataset } = await parseDataset([
 *   { name: "actors.csv", data: "id,name\na,Alpha\nb,Beta\nc,Gamma" },
 *   { name: "ties.csv", data: "source,target,wave\na,b,2022\na,b,2024\nb,c,2024" },
 * ]);
 * tiesInWave(dataset!).length //=> 2
 * tiesInWave(dataset!, "2022").map((t) => t.target) //=> ["b"]
 * ```
 */
export function tiesInWave(dataset: Dataset, wave?: string): Tie[] {
  const selected = resolveWave(dataset, wave);
  return dataset.ties.filter((tie) => tie.wave === selected);
}

/**
 * The meetings of one wave (default: the latest): those of that wave and those without a wave.
 *
 * @example
 * ```ts
 * import { parseDataset } from "@vernetzt/core/io";
 * import { eventsInWave } from "@vernetzt/core/model";
 *
 * const { dataset } = await parseDataset([
 *   { name: "actors.csv", data: "id,name\na,Alpha\nb,Beta" },
 *   { name: "ties.csv", data: "source,target,wave\na,b,2022\na,b,2024" },
 *   { name: "events.csv", data: "id,wave\nak1,2022\nak2,2024\nfest," },
 * ]);
 * eventsInWave(dataset!).map((e) => e.id) //=> ["ak2", "fest"]
 * ```
 */
export function eventsInWave(dataset: Dataset, wave?: string): MeetingEvent[] {
  const selected = resolveWave(dataset, wave);
  return dataset.events.filter((event) => event.wave === undefined || event.wave === selected);
}

/**
 * The ids of the actors who answered in one wave (default: the latest); undefined when the data do not say.
 *
 * @example
 * ```ts
 * import { parseDataset } from "@vernetzt/core/io";
 * import { respondentsInWave } from "@vernetzt/core/model";
 *
 * const { dataset } = await parseDataset([
 *   { name: "actors.csv", data: "id,name\na,Alpha\nb,Beta\nc,Gamma" },
 *   { name: "ties.csv", data: "source,target,wave\na,b,2024\nb,c,2024" },
 *   { name: "respondents.csv", data: "actor,wave\na,2024\nb,2024" },
 * ]);
 * respondentsInWave(dataset!) //=> ["a", "b"]
 * ```
 */
export function respondentsInWave(dataset: Dataset, wave?: string): string[] | undefined {
  const selected = resolveWave(dataset, wave);
  return dataset.respondents ? (ownValue(dataset.respondents, selected) ?? []) : undefined;
}
