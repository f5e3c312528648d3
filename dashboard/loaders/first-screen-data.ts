/**
 * What the Überblick answers on its first screen, besides the indicator: **where the network is thin** (the
 * three worst gaps of the latest wave: districts or sectors with no tie to the others first, then the pairs
 * core's `gaps` ranks highest) and **who should meet whom** (the three best introductions of core's
 * `recommend`). Taken from the gap and recommendation parts already computed (`gapsData`,
 * `recommendationsData`), never computed again. A dataset without districts and sectors still gets an answer
 * from the network itself: actors without any tie and separate parts. Pure (no Node APIs).
 */
import { buildGraph, connectedComponents, type Dataset } from "@vernetzt/core";
import { strongestPairs } from "@vernetzt/figures";
import type { GapsData, WordedGap, WordedIsolatedCategory } from "./gaps-data.js";
import type { RecommendationsData } from "./recommendations-data.js";

/** How many gaps and introductions the first screen shows. */
export const FIRST_SCREEN_ITEMS = 3;

/** Which grouping a gap is about. */
export type GapGrouping = "district" | "sector";

/** One place where the network is thin, worst first. */
export type ThinSpot =
  | {
      kind: "isolated";
      by: GapGrouping;
      category: string;
      actors: number;
      tiesInside: number;
      /** What it seeks that others offer (or offers that others seek), in words; `null` when nothing. */
      detail: string | null;
    }
  | {
      kind: "pair";
      by: GapGrouping;
      a: string;
      b: string;
      observed: number;
      expected: number;
      pValue: number | null;
      /** The first reason after the counts (shared topics, offers and needs); `null` when none. */
      detail: string | null;
    }
  /** Actors without any tie in the wave (only when neither districts nor sectors give a gap). */
  | { kind: "unconnected"; actors: number; total: number }
  /** The network falls apart into separate parts (only when neither districts nor sectors give a gap). */
  | { kind: "parts"; parts: number; largest: number; total: number };

/** One recommended introduction, with its most important reason. */
export interface Introduction {
  actor: string;
  actorName: string;
  candidate: string;
  candidateName: string;
  score: number;
  reason: string;
}

/** The first screen's answers for the latest wave. */
export interface FirstScreenData {
  wave: string;
  thinSpots: ThinSpot[];
  /**
   * Gaps not shown because a district or sector in them has too few actors (small-group suppression):
   * the first screen says so instead of claiming there is no gap.
   */
  suppressedGaps: number;
  introductions: Introduction[];
}

type Recommendation = RecommendationsData["recommendations"][number];

/**
 * The best introductions over all actors: each pair once (A → B and B → A are one introduction, the higher
 * score kept), highest score first, then by actor and candidate id.
 */
export function bestIntroductions(recommendations: RecommendationsData, count: number): Recommendation[] {
  return strongestPairs(recommendations, count);
}

/** The first screen's gaps and introductions of `dataset`'s latest wave. */
export function firstScreenData(
  dataset: Dataset,
  gaps: GapsData,
  recommendations: RecommendationsData,
): FirstScreenData {
  const names = new Map(recommendations.actors.map((a) => [a.id, a.name]));
  return {
    wave: gaps.wave,
    thinSpots: thinSpots(dataset, gaps).slice(0, FIRST_SCREEN_ITEMS),
    suppressedGaps: [gaps.district, gaps.sector].reduce(
      (sum, result) => sum + (result?.gaps.filter((g) => g.suppressed).length ?? 0),
      0,
    ),
    introductions: bestIntroductions(recommendations, FIRST_SCREEN_ITEMS).map((r) => ({
      actor: r.actor,
      actorName: names.get(r.actor) ?? r.actor,
      candidate: r.candidate,
      candidateName: names.get(r.candidate) ?? r.candidate,
      score: r.score,
      reason: r.reasons[0] ?? "",
    })),
  };
}

function thinSpots(dataset: Dataset, gaps: GapsData): ThinSpot[] {
  const spots = (["district", "sector"] as const).flatMap((by) => {
    const result = gaps[by];
    if (!result) return [];
    return [
      ...(result.isolated ?? []).map((c) => isolatedSpot(by, c)),
      ...result.gaps.filter((g) => !g.suppressed).map((g) => pairSpot(by, g)),
    ];
  });
  return spots.length > 0 ? spots : networkSpots(dataset, gaps.wave);
}

const isolatedSpot = (by: GapGrouping, c: WordedIsolatedCategory): ThinSpot => ({
  kind: "isolated",
  by,
  category: c.category,
  actors: c.actors,
  tiesInside: c.tiesInside,
  detail: c.reasons[1] ?? null,
});

const pairSpot = (by: GapGrouping, g: WordedGap): ThinSpot => ({
  kind: "pair",
  by,
  a: g.a,
  b: g.b,
  observed: g.observed!,
  expected: g.expected!,
  pValue: g.pValue,
  // reasons: the counts, then topics / offers and needs, then the p-value (the last when there is one).
  detail: g.reasons.slice(1, g.pValue === null ? undefined : -1)[0] ?? null,
});

/** Without gaps between groups: actors without ties and separate parts of the wave's network. */
function networkSpots(dataset: Dataset, wave: string): ThinSpot[] {
  const components = connectedComponents(buildGraph(dataset, { wave, directed: false }));
  const total = dataset.actors.length;
  const alone = components.filter((c) => c.length === 1).length;
  const parts = components.filter((c) => c.length > 1);
  const spots: ThinSpot[] = [];
  if (alone > 0) spots.push({ kind: "unconnected", actors: alone, total });
  if (parts.length > 1) {
    spots.push({
      kind: "parts",
      parts: parts.length,
      largest: Math.max(...parts.map((c) => c.length)),
      total,
    });
  }
  return spots;
}
