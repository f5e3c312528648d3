/**
 * The gaps a figure draws: core's `GapsResult` (`gaps(graph, {by})`) with display names, as the dashboard's
 * `gaps.json` holds it for districts and sectors. Pairs with a group below the small-group threshold come
 * without figures (`null`, `suppressed`) and are drawn as "< k".
 */

/** One pair with fewer ties than expected. */
export interface GapPair {
  a: string;
  b: string;
  observed: number | null;
  expected: number | null;
  pValue: number | null;
  suppressed: boolean;
}

/** Observed and expected ties between groups (districts, sectors) of one wave. */
export interface GapGridData {
  /** What the groups are: `"district"`, `"sector"` or another attribute (then called "groups"). */
  by: string;
  wave: string;
  /** Display names, in the order of the matrices. */
  categories: readonly string[];
  /** Symmetric; diagonal = ties within a group; `null` in suppressed cells. */
  observed: ReadonlyArray<ReadonlyArray<number | null>>;
  expected: ReadonlyArray<ReadonlyArray<number | null>>;
  /** Most severe first. */
  gaps: readonly GapPair[];
  minGroupSize: number;
  suppressedCategories: readonly string[];
}

/** Gaps shown as significant on maps: p-value at most this (all gaps stay in the matrix and tables). */
export const MAP_GAP_P = 0.1;

/** The ratio observed ÷ expected of a pair of different groups; `null` when unknown or suppressed. */
export function tieRatio(data: GapGridData, i: number, j: number): number | null {
  const observed = data.observed[i]?.[j] ?? null;
  const expected = data.expected[i]?.[j] ?? null;
  if (i === j || observed === null || expected === null || expected === 0) return null;
  return observed / expected;
}

/** The biggest unsuppressed gap, if any. */
export function biggestGap(data: GapGridData): GapPair | null {
  return data.gaps.find((g) => !g.suppressed && g.observed !== null && g.expected !== null) ?? null;
}
