/**
 * Times of a temporal network as GEXF and Gephi write them: time points and intervals (`[start, end]`,
 * inclusive unless a bound is open; an absent bound is −∞ or +∞), compared as numbers when both are numbers
 * (Gephi's `double` time format) and as text otherwise (ISO dates and date-times order as text). Shared by the
 * dynamic GEXF reader (`io/gexf-timeline.ts`) and Gephi's spreadsheet time columns
 * (`interop/gephi-times.ts`).
 */

/** When an element (or value) holds: time points and closed or half-open intervals. */
export interface Times {
  points: string[];
  intervals: Array<{ start?: string; end?: string; startOpen: boolean; endOpen: boolean }>;
}

/** True for no times at all: the element or value holds always. */
export function isAlways(times: Times): boolean {
  return times.points.length === 0 && times.intervals.length === 0;
}

/** Numerically when both are numbers, else as text (ISO dates and date-times sort as text). */
export function compareTimes(a: string, b: string): number {
  const x = Number(a);
  const y = Number(b);
  if (!Number.isNaN(x) && !Number.isNaN(y)) return x - y;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether `times` hold at the time `wave`. */
export function holdsAt(times: Times, wave: string): boolean {
  if (isAlways(times)) return true;
  if (times.points.some((point) => compareTimes(point, wave) === 0)) return true;
  return times.intervals.some(({ start, end, startOpen, endOpen }) => {
    const afterStart = start === undefined || compareTimes(start, wave) < (startOpen ? 0 : 1);
    const beforeEnd = end === undefined || compareTimes(wave, end) < (endOpen ? 0 : 1);
    return afterStart && beforeEnd;
  });
}

/** The time a timed value begins (its first point or interval start; -∞ as undefined). */
export function beginning(times: Times): string | undefined {
  const candidates = [
    ...times.points,
    ...times.intervals.flatMap((i) => (i.start === undefined ? [] : [i.start])),
  ];
  return candidates.sort(compareTimes)[0];
}

/** A value of a dynamic attribute with its times (empty times: it holds always). */
export interface TimedValue {
  key: string;
  value: string;
  times: Times;
}

/** Per key, the value holding at `wave`: of the values holding then, the one that began last. */
export function valuesAt(values: readonly TimedValue[], wave: string): Record<string, string> {
  const chosen = new Map<string, TimedValue>();
  for (const value of values) {
    if (!holdsAt(value.times, wave)) continue;
    const current = chosen.get(value.key);
    if (
      !current ||
      compareTimes(beginning(value.times) ?? "-Infinity", beginning(current.times) ?? "-Infinity") >= 0
    )
      chosen.set(value.key, value);
  }
  return Object.fromEntries([...chosen].map(([key, { value }]) => [key, value]));
}

/**
 * The waves of a set of times: every time point and interval start (an interval without a start: its end),
 * infinite ones left out, sorted, equal ones once (as first written).
 */
export function wavesOf(all: Iterable<Times>): string[] {
  const starts = new Set<string>();
  for (const times of all) {
    for (const point of times.points) starts.add(point);
    for (const { start, end } of times.intervals) {
      if (start !== undefined) starts.add(start);
      else if (end !== undefined) starts.add(end);
    }
  }
  const sorted = [...starts].filter((time) => !/^[-+]?infinity$/i.test(time)).sort(compareTimes);
  // "1" and "1.0" are one time
  return sorted.filter((time, i) => i === 0 || compareTimes(sorted[i - 1]!, time) !== 0);
}
