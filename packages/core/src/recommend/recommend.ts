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
import type { District, VernetztGraph } from "../model/types.js";
import { buildContext } from "./context.js";
import { RecommendOptionError, UnknownActorError } from "./errors.js";
import { rankCandidates, Scratch } from "./rank.js";
import { type RecommendReason, reasonsFor } from "./reasons.js";

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
};

export interface Recommendation {
  actor: string;
  candidate: string;
  /** (tier + s) / 3 in [0, 1]: ≥ 2/3 for an exclusive offer/need pair, ≥ 1/3 for any complementary pair. */
  score: number;
  /** Why, as codes with parameters; in words with `recommendReasonText(reason, lang)`. */
  reasons: RecommendReason[];
}

export interface RecommendResult {
  wave: string;
  /** Grouped by actor (input order), best first within each actor. */
  recommendations: Recommendation[];
}

/** Options after resolution: every weight present. */
export type ResolvedRecommendOptions = Omit<RecommendOptions, "weights"> & { weights: RecommendWeights };

/**
 * Fills in the defaults (weights merged one by one) and checks every option; throws `RecommendOptionError`.
 *
 * @example
 * ```ts
 * import { resolveRecommendOptions } from "@vernetzt/core/recommend";
 *
 * const options = resolveRecommendOptions({ top: 3, weights: { nearness: 0 } });
 * options.top //=> 3
 * options.weights //=> { complement: 0.35, topics: 0.2, partners: 0.2, bridging: 0.1, nearness: 0 }
 * ```
 */
export function resolveRecommendOptions(options: Partial<RecommendOptions> = {}): ResolvedRecommendOptions {
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
  return { ...o, weights };
}

/**
 * The top recommended introductions for every actor of `graph` (or `options.actor`).
 *
 * @example
 * ```ts
 * import { recommend } from "@vernetzt/core/recommend";
 * import { parseDataset } from "@vernetzt/core/io";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * const actors =
 *   "id,name,district,offers,needs,topics\nchor,Kirchenchor,Nord,,Proberaum,Musik\n" +
 *   "schule,Grundschule,Nord,Proberaum,,Musik; Bildung\nkita,Kita Sonnenschein,Süd,,,Bildung";
 * const { dataset } = await parseDataset([
 *   { name: "actors.csv", data: actors },
 *   { name: "ties.csv", data: "source,target\nschule,kita" },
 * ]);
 * const graph = buildGraph(dataset!);
 * // the choir seeks a rehearsal room that only the school offers: an exclusive match, score ≥ 2/3
 * const [best] = recommend(graph, { actor: "chor", top: 3 }).recommendations;
 * best?.candidate //=> "schule"
 * best !== undefined && best.score >= 2 / 3 //=> true
 * best?.reasons[0] //=> { code: "offer-sought", params: { offerer: { id: "schule", name: "Grundschule" }, seeker: { id: "chor", name: "Kirchenchor" }, items: ["Proberaum"] } }
 * ```
 */
export function recommend(graph: VernetztGraph, options: Partial<RecommendOptions> = {}): RecommendResult {
  const o = resolveRecommendOptions(options);
  const context = buildContext(graph, o);
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
      reasons: reasonsFor(context, a, b),
    })),
  );
  return { wave: graph.getAttribute("wave"), recommendations };
}
