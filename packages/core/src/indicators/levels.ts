/**
 * The survey side of the 6.3.3 indicator: how much of the network the answers cover (non-response) and how
 * many pairs each side named at each level.
 *
 * With n actors of whom r answered, there are n(n−1)/2 pairs; a pair is *answered* when at least one of its
 * two actors answered — n(n−1)/2 − (n−r)(n−r−1)/2 pairs — and *answered by both* for r(r−1)/2 pairs. Ties
 * between two non-respondents cannot be seen at all, so every figure of a wave depends on the answered pairs
 * (Stork & Richards 1992, DOI 10.1177/1059601192172006). For the level L, a pair is *reported* when at least
 * one side named it at level L or above, *confirmed* when both sides did, *one-sided* otherwise; these counts do
 * not depend on the level rule, which only decides which reported pairs count as ties.
 */
import { levelOfTie, TIE_LEVELS } from "../model/tie-levels.js";
import type { Dataset, TieLevel } from "../model/types.js";

/** Non-response of one wave. */
export interface NonResponse {
  /** Actors of the wave. */
  actors: number;
  /** Actors who answered (respondents file, plus everyone who reported a tie). */
  respondents: number;
  /** Pairs of actors: n(n−1)/2. */
  pairs: number;
  /** Pairs of which at least one side answered. */
  pairsAnswered: number;
  /** Pairs of which both sides answered. */
  pairsBothAnswered: number;
}

/** Pairs named by the survey's respondents at a level or above. */
export interface ReportedPairs {
  /** Named by at least one side. */
  reported: number;
  /** Named by both sides. */
  confirmed: number;
  /** Named by exactly one side. */
  oneSided: number;
}

const pairCount = (n: number) => (n * (n - 1)) / 2;

/**
 * The non-response of a wave given its number of actors and of respondents among them.
 *
 * @example
 * ```ts
 * import { nonResponse } from "@vernetzt/core/indicators";
 *
 * // 10 actors, 8 answered: of 45 pairs only the one between the two non-respondents is unseen
 * nonResponse(10, 8) //=> { actors: 10, respondents: 8, pairs: 45, pairsAnswered: 44, pairsBothAnswered: 28 }
 * ```
 */
export function nonResponse(actors: number, respondents: number): NonResponse {
  return {
    actors,
    respondents,
    pairs: pairCount(actors),
    pairsAnswered: pairCount(actors) - pairCount(actors - respondents),
    pairsBothAnswered: pairCount(respondents),
  };
}

/**
 * Per level (1, 2, 3), the pairs the survey reports of a wave named at that level or above; `null` when the
 * wave has no survey report (ties with `reportedBy`).
 *
 * @example
 * ```ts
 * import { reportedPairs } from "@vernetzt/core/indicators";
 * import { parseDataset } from "@vernetzt/core/io";
 *
 * // a: "arbeiten zusammen" with b, b: "wissen voneinander" with a; a names c at "kennen uns"
 * const { dataset } = await parseDataset([
 *   { name: "actors.csv", data: "id,name\na,A\nb,B\nc,C" },
 *   { name: "ties.csv", data: "source,target,level,reported_by\na,b,3,a\nb,a,1,b\na,c,2,a" },
 * ]);
 * const pairs = reportedPairs(dataset!, "1")!;
 * pairs[1] //=> { reported: 2, confirmed: 1, oneSided: 1 }
 * pairs[3] //=> { reported: 1, confirmed: 0, oneSided: 1 }
 * ```
 */
export function reportedPairs(dataset: Dataset, wave: string): Record<TieLevel, ReportedPairs> | null {
  // per pair, the highest level each of its two ends named
  const named = new Map<string, [number, number]>();
  for (const tie of dataset.ties) {
    if (tie.wave !== wave || tie.reportedBy === undefined || tie.directed) continue;
    const side = tie.reportedBy === tie.source ? 0 : tie.reportedBy === tie.target ? 1 : -1;
    if (side < 0) continue;
    const forward = tie.source < tie.target;
    const key = JSON.stringify(forward ? [tie.source, tie.target] : [tie.target, tie.source]);
    const levels = named.get(key) ?? [0, 0];
    const index = forward ? side : 1 - side;
    levels[index] = Math.max(levels[index]!, levelOfTie(tie));
    named.set(key, levels);
  }
  if (named.size === 0) return null;
  const result = {} as Record<TieLevel, ReportedPairs>;
  for (const level of TIE_LEVELS) {
    let reported = 0;
    let confirmed = 0;
    for (const [first, second] of named.values()) {
      if (first >= level || second >= level) reported += 1;
      if (first >= level && second >= level) confirmed += 1;
    }
    result[level] = { reported, confirmed, oneSided: reported - confirmed };
  }
  return result;
}
