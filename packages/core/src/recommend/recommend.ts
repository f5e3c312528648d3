/**
 * Recommended introductions: for each actor, the K actors it is not yet tied to that it would most likely
 * gain from meeting, each with reasons that name the concrete offer and need, topics, partners or districts.
 *
 * Components of a pair (a, b), each in [0, 1]:
 * - `complement`: how specific the most specific matched item is. An item matches when one actor offers it
 *   and the other needs it (either direction; matched after `normaliseItem`: NFKC, lower case, trimmed, no
 *   stemming); its specificity is 1 / (actors offering it × actors seeking it), so "Proberaum", offered by one
 *   actor and sought by one, scores 1 and "Räume", offered by 27 and sought by 26, scores 1/702.
 * - `topics`: Jaccard similarity of the normalised topic sets.
 * - `partners`: common partners (triadic closure; Newman 2001, DOI 10.1103/PhysRevE.64.025102), value
 *   1 − 2^(−cn). Common partners alone is the usual link-prediction baseline (Liben-Nowell & Kleinberg 2007,
 *   DOI 10.1002/asi.20591), evaluated against this score in `scripts/evaluate-recommendations.ts`.
 * - `bridging`: share of differing attributes among district, sector and (seeded Louvain) community, over
 *   those both actors have. A tie to someone in another community shares few partners, so it lowers the
 *   actor's Burt constraint (the exact change in constraint is not computed).
 * - `nearness`: 1 same district, ½ neighbouring district (`neighbouringDistricts`: k nearest by coordinates),
 *   else 0.
 *
 * Score: s = Σ w·component / Σ w with `weights`, and a tier: 2 when the pair shares an *exclusive* item
 * (offered by exactly one actor and sought by exactly one other: the two of them), 1 for any other
 * complementary offer and need, 0 without one. Candidates are ranked by tier, then s, then input order, and
 * score = (tier + s) / 3. Guarantees, for both actors of a pair (not tendencies): an exclusive offer/need pair
 * is in the top K of each actor that has at most K exclusive pairs, and a complementary pair ranks above every
 * pair without one, so it is in the top K when the actor has at most K complementary candidates. Without the
 * exclusive tier a specific need drowns among generic ones (in the sample city an actor seeking "Ehrenamtliche"
 * has 11 offerers). `weights.complement = 0` turns tiers and component off.
 *
 * Candidates are only actors reachable in two steps, sharing an offer/need item or sharing a topic held by at
 * most `topicCandidateLimit` actors (indexes on items and topics), never existing partners or the actor
 * itself: pairs with none of these would score only on bridging and nearness, which is no reason to introduce
 * two actors. Only the best `top` are kept per actor (insertion into a short sorted list).
 */
import { louvainCommunities } from "../communities/louvain.js";
import { type Snapshot, snapshot } from "../gaps/snapshot.js";
import { recommendMessagesDe } from "../i18n/de/recommend.js";
import { type RecommendMessages, recommendMessagesEn } from "../i18n/en/recommend.js";
import type { District, VernetztGraph } from "../model/types.js";
import { RecommendOptionError, UnknownActorError } from "./errors.js";
import { neighbouringDistricts } from "./neighbouring-districts.js";
import { itemKeys } from "./normalise-item.js";

/** Weights of the score components; only their ratios matter. */
export interface RecommendWeights {
  /** Complementary offer and need. Default `0.35`. */
  complement: number;
  /** Shared topics. Default `0.2`. */
  topics: number;
  /** Common partners. Default `0.2`. */
  partners: number;
  /** Bridging districts, sectors, communities. Default `0.1`. */
  bridging: number;
  /** Same or neighbouring district. Default `0.15`. */
  nearness: number;
}

export interface RecommendOptions {
  /** Recommendations per actor. Default `5`. */
  top: number;
  /** Only recommend for this actor id. Default `null`: for every actor. */
  actor: string | null;
  /** Seed of the Louvain communities used for bridging. Default `1`. */
  seed: number;
  /** Component weights (merged with the defaults). Default {@link DEFAULT_RECOMMEND_WEIGHTS}. */
  weights: Partial<RecommendWeights>;
  /** The dataset's districts: names for reasons, coordinates for neighbours. Default `[]`. */
  districts: readonly District[];
  /** How many nearest districts count as neighbours. Default `3`. */
  nearestDistricts: number;
  /**
   * A topic held by more actors than this does not by itself make candidates (it still counts in the score
   * of candidates found otherwise): "Kinder und Familie" shared by 900 of 5 000 actors is no reason to meet,
   * and would make ranking quadratic. Offer/need matches always make candidates. Default `200`.
   */
  topicCandidateLimit: number;
  /** Language of the reasons. Default `"de"`. */
  lang: "de" | "en";
}

export const DEFAULT_RECOMMEND_WEIGHTS: RecommendWeights = {
  complement: 0.35,
  topics: 0.2,
  partners: 0.2,
  bridging: 0.1,
  nearness: 0.15,
};

export const DEFAULT_RECOMMEND_OPTIONS: RecommendOptions = {
  top: 5,
  actor: null,
  seed: 1,
  weights: DEFAULT_RECOMMEND_WEIGHTS,
  districts: [],
  nearestDistricts: 3,
  topicCandidateLimit: 200,
  lang: "de",
};

export interface Recommendation {
  actor: string;
  candidate: string;
  /** (tier + s) / 3 in [0, 1]: ≥ 2/3 for an exclusive offer/need pair, ≥ 1/3 for any complementary pair. */
  score: number;
  reasons: string[];
}

export interface RecommendResult {
  wave: string;
  /** Grouped by actor (input order), best first within each actor. */
  recommendations: Recommendation[];
}

type Resolved = Omit<RecommendOptions, "weights"> & { weights: RecommendWeights };

export function resolveRecommendOptions(options: Partial<RecommendOptions> = {}): Resolved {
  const o = { ...DEFAULT_RECOMMEND_OPTIONS, ...options };
  const weights = { ...DEFAULT_RECOMMEND_WEIGHTS, ...o.weights };
  if (!Number.isInteger(o.top) || o.top < 1) throw new RecommendOptionError("top", o.top, "an integer ≥ 1");
  if (!Number.isInteger(o.seed)) throw new RecommendOptionError("seed", o.seed, "an integer");
  if (!Number.isInteger(o.topicCandidateLimit) || o.topicCandidateLimit < 0) {
    throw new RecommendOptionError("topicCandidateLimit", o.topicCandidateLimit, "an integer ≥ 0");
  }
  if (!Number.isInteger(o.nearestDistricts) || o.nearestDistricts < 0) {
    throw new RecommendOptionError("nearestDistricts", o.nearestDistricts, "an integer ≥ 0");
  }
  for (const [name, value] of Object.entries(weights)) {
    if (!(Number.isFinite(value) && value >= 0)) {
      throw new RecommendOptionError(`weights.${name}`, value, "a number ≥ 0");
    }
  }
  if (Object.values(weights).every((w) => w === 0)) {
    throw new RecommendOptionError("weights", weights, "at least one weight > 0");
  }
  if (o.lang !== "de" && o.lang !== "en") throw new RecommendOptionError("lang", o.lang, '"de" or "en"');
  return { ...o, weights };
}

/** Per actor: normalised key → display spelling. */
interface Profile {
  topics: Map<string, string>;
  offers: Map<string, string>;
  needs: Map<string, string>;
}

/** Everything the scoring needs, computed once per graph; lists of item ids are sorted ascending. */
interface Context {
  snap: Snapshot;
  profiles: Profile[];
  community: Int32Array;
  neighbouring: Map<string, Set<string>>;
  districtName: (id: string) => string;
  /** Per actor, ids of its topics, offers and needs (offers and needs share one id space). */
  topics: Int32Array[];
  offers: Int32Array[];
  needs: Int32Array[];
  /** Per item id, the actors offering / seeking it; per topic id, the actors working on it. */
  offerers: number[][];
  seekers: number[][];
  holders: number[][];
  /** District and sector codes (−1 = none) and whether two district codes are neighbours. */
  district: Int32Array;
  sector: Int32Array;
  near: (x: number, y: number) => boolean;
}

/** The top recommended introductions for every actor of `graph` (or `options.actor`). */
export function recommend(graph: VernetztGraph, options: Partial<RecommendOptions> = {}): RecommendResult {
  const o = resolveRecommendOptions(options);
  const context = buildContext(graph, o);
  const messages = o.lang === "de" ? recommendMessagesDe : recommendMessagesEn;
  let targets = context.snap.actors.map((_, i) => i);
  if (o.actor !== null) {
    const i = context.snap.index.get(o.actor);
    if (i === undefined) throw new UnknownActorError(o.actor);
    targets = [i];
  }
  const scratch = new Scratch(context.snap.actors.length);
  const recommendations = targets.flatMap((a) =>
    rankCandidates(context, a, o, scratch).map(({ b, score }) => ({
      actor: context.snap.actors[a].id,
      candidate: context.snap.actors[b].id,
      score,
      reasons: reasonsFor(context, a, b, messages),
    })),
  );
  return { wave: graph.getAttribute("wave"), recommendations };
}

/** Assigns ids to keys in order of first appearance. */
class Dictionary {
  readonly ids = new Map<string, number>();
  encode(keys: Iterable<string>): Int32Array {
    const codes: number[] = [];
    for (const key of keys) {
      let id = this.ids.get(key);
      if (id === undefined) {
        id = this.ids.size;
        this.ids.set(key, id);
      }
      codes.push(id);
    }
    return Int32Array.from(codes).sort();
  }
}

function membersOf(lists: readonly Int32Array[], size: number): number[][] {
  const members: number[][] = Array.from({ length: size }, () => []);
  lists.forEach((list, actor) => {
    for (const id of list) members[id].push(actor);
  });
  return members;
}

function buildContext(graph: VernetztGraph, o: Resolved): Context {
  const snap = snapshot(graph);
  const profiles = snap.actors.map((actor) => ({
    topics: itemKeys(actor.topics),
    offers: itemKeys(actor.offers),
    needs: itemKeys(actor.needs),
  }));
  const items = new Dictionary();
  const topicIds = new Dictionary();
  const offers = profiles.map((p) => items.encode(p.offers.keys()));
  const needs = profiles.map((p) => items.encode(p.needs.keys()));
  const topics = profiles.map((p) => topicIds.encode(p.topics.keys()));
  const { communities } = louvainCommunities(graph, { seed: o.seed, weighted: false });
  const community = Int32Array.from(snap.actors, (actor) => communities[actor.id] ?? -1);
  const names = new Map(o.districts.map((d) => [d.id, d.name]));
  const neighbouring = neighbouringDistricts(o.districts, snap.actors, o.nearestDistricts);
  const districtIds = [...neighbouring.keys()];
  const districtCode = new Map(districtIds.map((id, i) => [id, i]));
  const near = new Uint8Array(districtIds.length * districtIds.length);
  districtIds.forEach((id, x) => {
    for (const other of neighbouring.get(id)!) near[x * districtIds.length + districtCode.get(other)!] = 1;
  });
  const sectorCode = new Map<string, number>();
  return {
    snap,
    profiles,
    community,
    neighbouring,
    districtName: (id) => names.get(id) ?? id,
    topics,
    offers,
    needs,
    offerers: membersOf(offers, items.ids.size),
    seekers: membersOf(needs, items.ids.size),
    holders: membersOf(topics, topicIds.ids.size),
    district: Int32Array.from(snap.actors, (a) => (a.district ? districtCode.get(a.district)! : -1)),
    sector: Int32Array.from(snap.actors, (a) => {
      if (!a.sector) return -1;
      if (!sectorCode.has(a.sector)) sectorCode.set(a.sector, sectorCode.size);
      return sectorCode.get(a.sector)!;
    }),
    near: (x, y) => near[x * districtIds.length + y] === 1,
  };
}

/** Reusable per-actor marks, so ranking an actor allocates nothing per candidate. */
class Scratch {
  readonly seen: Int32Array;
  readonly common: Int32Array;
  constructor(n: number) {
    this.seen = new Int32Array(n).fill(-1);
    this.common = new Int32Array(n);
  }
}

interface Ranked {
  b: number;
  tier: number;
  s: number;
  score: number;
}

/**
 * The best `top` candidates of actor `a`, best first (tier, then s, then input order). Selection keeps a
 * sorted list of the best `top` seen so far, so ranking costs O(candidates · top), not a full sort.
 */
function rankCandidates(context: Context, a: number, o: Resolved, scratch: Scratch): Ranked[] {
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

/** Display spellings of the items `offerer` offers and `seeker` needs. */
function complementaryItems(offerer: Profile, seeker: Profile): string[] {
  return [...offerer.offers].filter(([key]) => seeker.needs.has(key)).map(([, display]) => display);
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

const MAX_NAMED = 3;

function reasonsFor(context: Context, a: number, b: number, messages: RecommendMessages): string[] {
  const { snap, profiles } = context;
  const x = snap.actors[a];
  const y = snap.actors[b];
  const reasons: string[] = [];
  const fromB = complementaryItems(profiles[b], profiles[a]);
  if (fromB.length > 0)
    reasons.push(messages.offersSought({ offerer: y.name, items: fromB, seeker: x.name }));
  const fromA = complementaryItems(profiles[a], profiles[b]);
  if (fromA.length > 0)
    reasons.push(messages.offersSought({ offerer: x.name, items: fromA, seeker: y.name }));
  const topics = [...profiles[a].topics].filter(([key]) => profiles[b].topics.has(key)).map(([, t]) => t);
  if (topics.length > 0) reasons.push(messages.sharedTopics({ topics }));
  const partnersOfB = new Set(snap.neighbours[b]);
  const partners = snap.neighbours[a].filter((v) => partnersOfB.has(v)).map((v) => snap.actors[v].name);
  if (partners.length > 0) {
    reasons.push(
      messages.commonPartners({
        count: partners.length,
        names: partners.slice(0, MAX_NAMED),
        more: Math.max(0, partners.length - MAX_NAMED),
      }),
    );
  }
  const name = context.districtName;
  if (x.district && y.district) {
    if (x.district === y.district) reasons.push(messages.sameDistrict({ district: name(x.district) }));
    else if (context.neighbouring.get(x.district)?.has(y.district)) {
      reasons.push(messages.neighbouringDistricts({ from: name(x.district), to: name(y.district) }));
    } else reasons.push(messages.bridgesDistricts({ from: name(x.district), to: name(y.district) }));
  }
  if (x.sector && y.sector && x.sector !== y.sector) {
    reasons.push(messages.bridgesSectors({ from: x.sector, to: y.sector }));
  }
  const bothTied = snap.neighbours[a].length > 0 && snap.neighbours[b].length > 0;
  if (bothTied && context.community[a] !== context.community[b]) reasons.push(messages.bridgesCommunities);
  return reasons;
}
