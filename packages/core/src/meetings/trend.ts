/**
 * The trend of a series of counts (e.g. attendance per meeting, in date order): the ordinary least-squares
 * slope of count against position 0, 1, …, n−1,
 *
 *   b = Σ (i − ī)(yᵢ − ȳ) / Σ (i − ī)²,
 *
 * and the change it implies over the whole series, b·(n−1), relative to the mean ȳ. The series is `rising`
 * when that relative change is at least `threshold` (default 0.15, i.e. 15 % of the mean), `falling` when it
 * is at most −threshold, else `steady`. Fewer than three points give no trend (`null`): two meetings are not
 * a trend. Same slope as numpy `polyfit(range(n), y, 1)[0]`.
 */

/** The trend of a series. */
export interface Trend {
  /** Least-squares change per step (e.g. attendees per meeting), rounded to 4 decimals. */
  slope: number;
  /** slope × (n − 1) / mean: the change over the series as a share of its mean, rounded to 4 decimals. */
  relativeChange: number;
  direction: "rising" | "falling" | "steady";
}

/**
 * The least-squares trend of `values`; `null` for fewer than three values or a mean of 0.
 *
 * @example
 * ```ts
 * import { seriesTrend } from "@vernetzt/core/meetings";
 *
 * seriesTrend([5, 7, 9, 11]) //=> { slope: 2, relativeChange: 0.75, direction: "rising" }
 * seriesTrend([8, 9, 8, 8])?.direction //=> "steady"
 * seriesTrend([6, 7]) //=> null
 * ```
 */
export function seriesTrend(values: readonly number[], threshold = 0.15): Trend | null {
  const n = values.length;
  if (n < 3) return null;
  const meanX = (n - 1) / 2;
  const meanY = values.reduce((sum, y) => sum + y, 0) / n;
  if (meanY === 0) return null;
  let sxy = 0;
  let sxx = 0;
  values.forEach((y, i) => {
    sxy += (i - meanX) * (y - meanY);
    sxx += (i - meanX) ** 2;
  });
  const slope = sxy / sxx;
  const relativeChange = (slope * (n - 1)) / meanY;
  const direction =
    relativeChange >= threshold ? "rising" : relativeChange <= -threshold ? "falling" : "steady";
  return { slope: round4(slope), relativeChange: round4(relativeChange), direction };
}

const round4 = (x: number): number => Math.round(x * 1e4) / 1e4 + 0;
