/**
 * When each survey wave was: the year of a wave, so that a project adopted in a year can be compared with the
 * network *before* it. A wave's year is the wave itself when every wave is a year (`2023`, `2024`); otherwise the
 * median year of the dated meetings of that wave, else of its dated ties (lower median of an even count). A wave
 * without any of these has no year (`null`).
 */
import type { Dataset } from "../model/types.js";

/** Years a wave label may be. */
const YEARS = { min: 1900, max: 2200 };

/**
 * The year of every wave of the dataset, in wave order.
 *
 * @example
 * ```ts
 * import { parseDataset } from "@vernetzt/core/io";
 * import { waveYears } from "@vernetzt/core/projects";
 *
 * const { dataset } = await parseDataset([
 *   { name: "actors.csv", data: "id,name\na,Alpha\nb,Beta" },
 *   { name: "ties.csv", data: "source,target,wave\na,b,1\na,b,2" },
 *   { name: "events.csv", data: "id,date,wave\nm1,2023-03-01,1\nm2,2024-05-02,2\nm3,2024-09-09,2" },
 * ]);
 * waveYears(dataset!) //=> { "1": 2023, "2": 2024 }
 * ```
 */
export function waveYears(dataset: Dataset): Record<string, number | null> {
  const asYears = dataset.waves.map(Number);
  if (asYears.every((y) => Number.isInteger(y) && y >= YEARS.min && y <= YEARS.max)) {
    return Object.fromEntries(dataset.waves.map((w, i) => [w, asYears[i]!]));
  }
  const fromEvents = yearsBy(
    dataset.events.flatMap((e) => (e.wave && e.date ? [[e.wave, e.date] as const] : [])),
  );
  const fromTies = yearsBy(dataset.ties.flatMap((t) => (t.date ? [[t.wave, t.date] as const] : [])));
  return Object.fromEntries(
    dataset.waves.map((w) => [w, median(fromEvents.get(w)) ?? median(fromTies.get(w)) ?? null]),
  );
}

function yearsBy(dated: ReadonlyArray<readonly [string, string]>): Map<string, number[]> {
  const years = new Map<string, number[]>();
  for (const [wave, date] of dated) years.set(wave, [...(years.get(wave) ?? []), Number(date.slice(0, 4))]);
  return years;
}

function median(values: number[] | undefined): number | undefined {
  if (!values || values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}
