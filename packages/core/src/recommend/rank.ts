/**
 * Ranking the candidates of one actor: who is a candidate (two steps away, offer/need index, topic index),
 * the five score components, the tiers, and top-K selection. See `recommend.ts` for the score's definition.
 * Internal to the recommend area.
 */
import type { Context } from "./context.js";
import type { ResolvedRecommendOptions } from "./recommend.js";

/** Reusable per-actor marks, so ranking an actor allocates nothing per candidate. */
export class Scratch {
  readonly seen: Int32Array;
  readonly common: Int32Array;
  constructor(n: number) {
    this.seen = new Int32Array(n).fill(-1);
    this.common = new Int32Array(n);
  }
}

export interface Ranked {
  b: number;
  tier: number;
  s: number;
  score: number;
}

/**
 * The best `top` candidates of actor `a`, best first (tier, then s, then input order). Selection keeps a
 * sorted list of the best `top` seen so far, so ranking costs O(candidates · top), not a full sort.
 */
export function rankCandidates(
  context: Context,
  a: number,
  o: ResolvedRecommendOptions,
  scratch: Scratch,
): Ranked[] {
  const { snap } = context;
  const { seen, common } = scratch;
  // seen[x] === 2a: tied to a, or a itself (never a candidate); 2a + 1: already a candidate.
  const tiedMark = 2 * a;
  const candidateMark = 2 * a + 1;
  seen[a] = tiedMark;
  for (const v of snap.neighbours[a]) seen[v] = tiedMark;
  const candidates: number[] = [];
  for (const v of snap.neighbours[a]) {
    for (const x of snap.neighbours[v]) {
      if (seen[x] === tiedMark) continue;
      if (seen[x] !== candidateMark) {
        seen[x] = candidateMark;
        common[x] = 0;
        candidates.push(x);
      }
      common[x] += 1;
    }
  }
  const lookups: Array<[Int32Array, number[][]]> = [
    [context.needs[a], context.offerers],
    [context.offers[a], context.seekers],
    [context.topics[a], context.holders],
  ];
  for (const [ids, members] of lookups) {
    for (const id of ids) {
      if (members === context.holders && members[id].length > o.topicCandidateLimit) continue;
      for (const x of members[id]) {
        if (seen[x] === tiedMark || seen[x] === candidateMark) continue;
        seen[x] = candidateMark;
        common[x] = 0;
        candidates.push(x);
      }
    }
  }
  const w = o.weights;
  const total = w.complement + w.topics + w.partners + w.bridging + w.nearness;
  const best: Ranked[] = [];
  const better = (x: Ranked, y: Ranked) => x.tier - y.tier || x.s - y.s || y.b - x.b;
  for (const b of candidates) {
    const specificity = Math.max(
      matchSpecificity(context.offers[b], context.needs[a], context),
      matchSpecificity(context.offers[a], context.needs[b], context),
    );
    const tier = w.complement === 0 || specificity === 0 ? 0 : specificity === 1 ? 2 : 1;
    const s =
      (w.complement * specificity +
        w.topics * jaccard(context.topics[a], context.topics[b]) +
        w.partners * saturate(common[b]) +
        w.bridging * bridging(context, a, b) +
        w.nearness * nearness(context, a, b)) /
      total;
    const entry = { b, tier, s, score: (tier + s) / 3 };
    if (best.length === o.top && better(entry, best[best.length - 1]) <= 0) continue;
    let at = best.length;
    while (at > 0 && better(entry, best[at - 1]) > 0) at--;
    best.splice(at, 0, entry);
    if (best.length > o.top) best.pop();
  }
  return best;
}

/** Specificity of the most specific item in `offered ∩ needed` (sorted ids); 0 when none. */
function matchSpecificity(offered: Int32Array, needed: Int32Array, context: Context): number {
  let best = 0;
  for (let i = 0, j = 0; i < offered.length && j < needed.length; ) {
    if (offered[i] < needed[j]) i++;
    else if (offered[i] > needed[j]) j++;
    else {
      const item = offered[i];
      best = Math.max(best, 1 / (context.offerers[item].length * context.seekers[item].length));
      i++;
      j++;
    }
  }
  return best;
}

function saturate(count: number): number {
  return 1 - 2 ** -count;
}

function jaccard(x: Int32Array, y: Int32Array): number {
  let shared = 0;
  for (let i = 0, j = 0; i < x.length && j < y.length; ) {
    if (x[i] < y[j]) i++;
    else if (x[i] > y[j]) j++;
    else {
      shared++;
      i++;
      j++;
    }
  }
  const union = x.length + y.length - shared;
  return union === 0 ? 0 : shared / union;
}

function bridging(context: Context, a: number, b: number): number {
  let known = 1;
  let differing = context.community[a] !== context.community[b] ? 1 : 0;
  for (const code of [context.district, context.sector]) {
    if (code[a] >= 0 && code[b] >= 0) {
      known += 1;
      if (code[a] !== code[b]) differing += 1;
    }
  }
  return differing / known;
}

function nearness(context: Context, a: number, b: number): number {
  const x = context.district[a];
  const y = context.district[b];
  if (x < 0 || y < 0) return 0;
  if (x === y) return 1;
  return context.near(x, y) ? 0.5 : 0;
}
