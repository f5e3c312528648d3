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
 * Candidates are only actors reachable in two steps, sharing an offer/need item or sharing a topic (indexes
 * on items and topics), never existing partners or the actor itself: pairs with none of these would score
 * only on bridging and nearness, which is no reason to introduce two actors.
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

/** Everything the scoring needs, computed once per graph. */
interface Context {
  snap: Snapshot;
  profiles: Profile[];
  community: Int32Array;
  neighbouring: Map<string, Set<string>>;
  districtName: (id: string) => string;
  index: { offers: Map<string, number[]>; needs: Map<string, number[]>; topics: Map<string, number[]> };
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
  const recommendations = targets.flatMap((a) =>
    rankCandidates(context, a, o)
      .slice(0, o.top)
      .map(({ b, score }) => ({
        actor: context.snap.actors[a].id,
        candidate: context.snap.actors[b].id,
        score,
        reasons: reasonsFor(context, a, b, messages),
      })),
  );
  return { wave: graph.getAttribute("wave"), recommendations };
}

function buildContext(graph: VernetztGraph, o: Resolved): Context {
  const snap = snapshot(graph);
  const profiles = snap.actors.map((actor) => ({
    topics: itemKeys(actor.topics),
    offers: itemKeys(actor.offers),
    needs: itemKeys(actor.needs),
  }));
  const index = { offers: new Map(), needs: new Map(), topics: new Map() } as Context["index"];
  profiles.forEach((profile, i) => {
    for (const field of ["offers", "needs", "topics"] as const) {
      for (const key of profile[field].keys()) {
        const list = index[field].get(key);
        if (list) list.push(i);
        else index[field].set(key, [i]);
      }
    }
  });
  const { communities } = louvainCommunities(graph, { seed: o.seed, weighted: false });
  const community = Int32Array.from(snap.actors, (actor) => communities[actor.id] ?? -1);
  const names = new Map(o.districts.map((d) => [d.id, d.name]));
  return {
    snap,
    profiles,
    community,
    neighbouring: neighbouringDistricts(o.districts, snap.actors, o.nearestDistricts),
    districtName: (id) => names.get(id) ?? id,
    index,
  };
}

/** Candidates of actor `a` with tier, s and score, best first (tier, then s, then input order). */
function rankCandidates(
  context: Context,
  a: number,
  o: Resolved,
): Array<{ b: number; tier: number; s: number; score: number }> {
  const { snap, profiles, index } = context;
  const common = new Map<number, number>();
  const tied = new Set(snap.neighbours[a]);
  for (const v of snap.neighbours[a]) {
    for (const w of snap.neighbours[v]) if (w !== a && !tied.has(w)) common.set(w, (common.get(w) ?? 0) + 1);
  }
  const candidates = new Set(common.keys());
  const addFrom = (keys: Iterable<string>, lookup: Map<string, number[]>) => {
    for (const key of keys)
      for (const b of lookup.get(key) ?? []) if (b !== a && !tied.has(b)) candidates.add(b);
  };
  addFrom(profiles[a].needs.keys(), index.offers);
  addFrom(profiles[a].offers.keys(), index.needs);
  addFrom(profiles[a].topics.keys(), index.topics);
  const w = o.weights;
  const total = w.complement + w.topics + w.partners + w.bridging + w.nearness;
  const scored = [...candidates].map((b) => {
    const matched = [...matchedKeys(profiles[b], profiles[a]), ...matchedKeys(profiles[a], profiles[b])];
    const specificity = Math.max(
      0,
      ...matched.map((key) => 1 / (index.offers.get(key)!.length * index.needs.get(key)!.length)),
    );
    const tier = w.complement === 0 || matched.length === 0 ? 0 : specificity === 1 ? 2 : 1;
    const s =
      (w.complement * specificity +
        w.topics * jaccard(profiles[a].topics, profiles[b].topics) +
        w.partners * saturate(common.get(b) ?? 0) +
        w.bridging * bridging(context, a, b) +
        w.nearness * nearness(context, a, b)) /
      total;
    return { b, tier, s, score: (tier + s) / 3 };
  });
  return scored.sort((x, y) => y.tier - x.tier || y.s - x.s || x.b - y.b);
}

/** Normalised keys of the items `offerer` offers and `seeker` needs. */
function matchedKeys(offerer: Profile, seeker: Profile): string[] {
  return [...offerer.offers.keys()].filter((key) => seeker.needs.has(key));
}

/** Display spellings of the items `offerer` offers and `seeker` needs. */
function complementaryItems(offerer: Profile, seeker: Profile): string[] {
  return [...offerer.offers].filter(([key]) => seeker.needs.has(key)).map(([, display]) => display);
}

function saturate(count: number): number {
  return 1 - 2 ** -count;
}

function jaccard(x: Map<string, string>, y: Map<string, string>): number {
  let shared = 0;
  for (const key of x.keys()) if (y.has(key)) shared += 1;
  const union = x.size + y.size - shared;
  return union === 0 ? 0 : shared / union;
}

function bridging(context: Context, a: number, b: number): number {
  const x = context.snap.actors[a];
  const y = context.snap.actors[b];
  let known = 1;
  let differing = context.community[a] !== context.community[b] ? 1 : 0;
  for (const field of ["district", "sector"] as const) {
    if (x[field] && y[field]) {
      known += 1;
      if (x[field] !== y[field]) differing += 1;
    }
  }
  return differing / known;
}

function nearness(context: Context, a: number, b: number): number {
  const x = context.snap.actors[a].district;
  const y = context.snap.actors[b].district;
  if (!x || !y) return 0;
  if (x === y) return 1;
  return context.neighbouring.get(x)?.has(y) ? 0.5 : 0;
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
