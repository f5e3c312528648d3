/**
 * The value of seating two participants of a network meeting at one table, from a `SeatingContext`:
 *
 *   v(i, j) = w_offer · [one offers what the other seeks]
 *           + w_recommended · (K + 1 − r) / K      (j at place r of i's K recommendations, or i of j's; the better)
 *           + w_gap · [i and j come from the two districts of one of the worst gaps]
 *
 * and v(i, j) = 0 for pairs who already work together (a tie in the context's wave, co-attendance included):
 * they need no introduction. Offers and needs are matched as `recommend` matches them (`normaliseItem`: case,
 * spacing and punctuation ignored, no stemming). Default weights 3, 2, 1: an offer that meets a need is the
 * introduction a coordinator plans the meeting for. A pair with v > 0 is *valuable*.
 *
 * Pairs to **split**: two participants of the same organisation (two representatives, or a person and the
 * organisation they represent), so that each table hears from more organisations.
 *
 * Each valuable pair carries its reasons as data (`PairReason`), for the printed sheets.
 */
import { itemKeys } from "../recommend/normalise-item.js";
import { SeatingInputError, SeatingOptionError } from "./errors.js";
import type { SeatingActor, SeatingContext } from "./seating-context.js";

/** Why two participants should meet. */
export type PairReason =
  | { kind: "offer"; offeredBy: string; soughtBy: string; item: string }
  | { kind: "recommended"; rank: number }
  | { kind: "gap"; districts: [string, string] };

export interface PairValueWeights {
  /** One offers what the other seeks. Default `3`. */
  offer: number;
  /** Recommended introduction (scaled by rank). Default `2`. */
  recommended: number;
  /** Across one of the worst district gaps. Default `1`. */
  gap: number;
}

export const DEFAULT_PAIR_VALUE_WEIGHTS: PairValueWeights = { offer: 3, recommended: 2, gap: 1 };

/** The pair values among the participants of one meeting. */
export interface PairValues {
  /** Participant actor ids, in the order given (duplicates removed). */
  participants: string[];
  /** Row-major n × n, symmetric, zero diagonal. */
  values: Float64Array;
  /** Row-major n × n: 1 where two participants already work together. */
  tied: Uint8Array;
  /** Row-major n × n: 1 where two participants belong to one organisation (to be split). */
  split: Uint8Array;
  /** Reasons of the valuable pairs, keyed `i,j` (participant indices, i < j). */
  reasons: Map<string, PairReason[]>;
}

/**
 * The pair values of `participants` (actor ids of the context; duplicates are dropped, order kept). Throws
 * `SeatingInputError` for ids the context does not know (all of them listed), `SeatingOptionError` for weights.
 *
 * @example
 * ```ts
 * import { pairValues } from "@vernetzt/core/seating";
 *
 * const context = {
 *   wave: "1",
 *   actors: [
 *     { id: "chor", name: "Kirchenchor", organisation: "chor", offers: [], needs: ["Proberaum"] },
 *     { id: "schule", name: "Grundschule", organisation: "schule", offers: ["Proberaum"], needs: [] },
 *     { id: "kita", name: "Kita", organisation: "kita", offers: [], needs: [] },
 *   ],
 *   tied: [["schule", "kita"]] as Array<[string, string]>,
 *   recommended: [],
 *   gaps: [],
 *   districtNames: {},
 * };
 * const values = pairValues(context, ["chor", "schule", "kita"]);
 * values.values[0 * 3 + 1] //=> 3
 * values.reasons.get("0,1") //=> [{ kind: "offer", offeredBy: "schule", soughtBy: "chor", item: "Proberaum" }]
 * values.tied[1 * 3 + 2] //=> 1
 * ```
 */
export function pairValues(
  context: SeatingContext,
  participants: readonly string[],
  weights: Partial<PairValueWeights> = {},
): PairValues {
  const w = resolveWeights(weights);
  const ids = [...new Set(participants)];
  const byId = new Map(context.actors.map((a) => [a.id, a]));
  const unknown = ids.filter((id) => !byId.has(id));
  if (unknown.length > 0) throw new SeatingInputError("unknown-participants", unknown);
  const n = ids.length;
  const index = new Map(ids.map((id, i) => [id, i]));
  const values = new Float64Array(n * n);
  const tied = new Uint8Array(n * n);
  const split = new Uint8Array(n * n);
  const reasons = new Map<string, PairReason[]>();
  const add = (i: number, j: number, value: number, reason: PairReason) => {
    const [a, b] = i < j ? [i, j] : [j, i];
    const key = `${a},${b}`;
    const known = reasons.get(key) ?? [];
    // a second offer or gap between the same two adds a reason, not value: the introduction is one
    if (!known.some((r) => r.kind === reason.kind)) values[a * n + b]! += value;
    reasons.set(key, [...known, reason]);
  };
  const actors = ids.map((id) => byId.get(id)!);
  offerPairs(actors, (i, j, item) =>
    add(i, j, w.offer, { kind: "offer", offeredBy: ids[i]!, soughtBy: ids[j]!, item }),
  );
  const best = new Map<string, number>();
  const top = Math.max(1, ...context.recommended.map((r) => r.rank));
  for (const r of context.recommended) {
    const i = index.get(r.actor);
    const j = index.get(r.candidate);
    if (i === undefined || j === undefined) continue;
    const key = i < j ? `${i},${j}` : `${j},${i}`;
    best.set(key, Math.min(best.get(key) ?? Number.POSITIVE_INFINITY, r.rank));
  }
  for (const [key, rank] of best) {
    const [i, j] = key.split(",").map(Number) as [number, number];
    add(i, j, (w.recommended * (top + 1 - rank)) / top, { kind: "recommended", rank });
  }
  gapPairs(actors, context.gaps, (i, j, districts) => add(i, j, w.gap, { kind: "gap", districts }));
  for (const [a, b] of context.tied) {
    const i = index.get(a);
    const j = index.get(b);
    if (i === undefined || j === undefined) continue;
    tied[i * n + j] = tied[j * n + i] = 1;
  }
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const sameOrganisation = actors[i]!.organisation === actors[j]!.organisation;
      if (sameOrganisation) split[i * n + j] = split[j * n + i] = 1;
      if (tied[i * n + j] || sameOrganisation) {
        values[i * n + j] = 0;
        reasons.delete(`${i},${j}`);
      }
      values[j * n + i] = values[i * n + j]!;
    }
  }
  return { participants: ids, values, tied, split, reasons };
}

/** Calls `found(i, j, item)` for every offer of i that j seeks (each item once per ordered pair). */
function offerPairs(actors: SeatingActor[], found: (i: number, j: number, item: string) => void): void {
  const seekers = new Map<string, number[]>();
  actors.forEach((actor, j) => {
    for (const key of itemKeys(actor.needs).keys()) seekers.set(key, [...(seekers.get(key) ?? []), j]);
  });
  actors.forEach((actor, i) => {
    for (const [key, item] of itemKeys(actor.offers)) {
      for (const j of seekers.get(key) ?? []) if (j !== i) found(i, j, item);
    }
  });
}

function gapPairs(
  actors: SeatingActor[],
  gaps: SeatingContext["gaps"],
  found: (i: number, j: number, districts: [string, string]) => void,
): void {
  for (const gap of gaps) {
    const side = (district: string) => actors.flatMap((a, i) => (a.district === district ? [i] : []));
    for (const i of side(gap.a)) for (const j of side(gap.b)) found(i, j, [gap.a, gap.b]);
  }
}

function resolveWeights(weights: Partial<PairValueWeights>): PairValueWeights {
  const w = {
    ...DEFAULT_PAIR_VALUE_WEIGHTS,
    ...Object.fromEntries(Object.entries(weights).filter(([, v]) => v !== undefined)),
  };
  for (const [name, value] of Object.entries(w)) {
    if (!(Number.isFinite(value) && value >= 0))
      throw new SeatingOptionError(`weights.${name}`, value, "a number ≥ 0");
  }
  return w;
}
