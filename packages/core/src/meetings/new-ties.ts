/**
 * What a working group did for the network: ties between its attendees in later waves that did not exist
 * before they met.
 *
 * A pair (a, b) *met* at the group in wave w when both attended one of its meetings of wave w (the earliest
 * such w counts; a meeting's wave is its `wave`, else the year of its date when that year is a wave). The pair
 * counts when it had no survey tie (the ties table, never co-attendance, which would count the meeting itself)
 * in any wave up to and including w — a tie already there in w may be older than the meeting, so it is not
 * credited — and w is not the last wave. It **formed** a tie when it is tied in a later wave.
 *
 * For comparison, the **baseline**: pairs of actors of the group's districts (the districts of its meetings,
 * else of its attendees) who never met at the group and had no tie up to the group's first wave w₀; how many
 * of them are tied in a wave after w₀. A share that is clearly higher among the pairs who met is what a
 * coordinator can report; it is an association, not proof that the meeting caused the tie.
 */
import type { Dataset, MeetingEvent } from "../model/types.js";

export interface NewTies {
  /** Why nothing could be compared; null when it was. */
  reason: null | "one-wave" | "no-waves-at-meetings" | "no-attendance";
  /** Pairs who met at the group while untied, in a wave before the last. */
  pairsMet: number;
  /** Of those, pairs tied in a later wave. */
  formed: number;
  /** formed / pairsMet, rounded to 4 decimals; null when no pair met. */
  share: number | null;
  /** The same figures for pairs of the group's districts who did not meet there; null without districts. */
  baseline: { pairs: number; formed: number; share: number | null } | null;
  /** The pairs that formed a tie: actor ids (input order), the wave they met and the first wave tied. */
  pairs: Array<{ a: string; b: string; met: string; tied: string }>;
}

const EMPTY: Omit<NewTies, "reason"> = { pairsMet: 0, formed: 0, share: null, baseline: null, pairs: [] };

/**
 * The dataset's survey ties by pair, for every group at once (`workingGroups` makes it once: made per group,
 * it cost 27 s of CPU at 20,000 actors with 60 groups).
 */
export interface TieIndex {
  /** Actor id → input position. */
  order: ReadonlyMap<string, number>;
  actors: ReadonlyMap<string, Dataset["actors"][number]>;
  /** Pair key (ids in input order) → sorted indices of the waves with a survey tie between them. */
  tiedIn: Map<string, number[]>;
  /** The tied pairs whose first actor has a district, by that district (in `tiedIn`'s order). */
  byDistrict: Map<string, Array<{ key: string; a: string; b: string; tied: number[] }>>;
}

/** The {@link TieIndex} of `dataset`. */
export function tieIndexOf(dataset: Dataset): TieIndex {
  const order = new Map(dataset.actors.map((a, i) => [a.id, i]));
  const actors = new Map(dataset.actors.map((a) => [a.id, a]));
  const tiedIn = tieWaves(dataset, order);
  const byDistrict: TieIndex["byDistrict"] = new Map();
  for (const [key, tied] of tiedIn) {
    const [a, b] = key.split("\u0000") as [string, string];
    const district = actors.get(a)?.district;
    if (district === undefined) continue;
    const list = byDistrict.get(district) ?? [];
    list.push({ key, a, b, tied });
    byDistrict.set(district, list);
  }
  return { order, actors, tiedIn, byDistrict };
}

/**
 * New ties among the attendees of `meetings` (one group's meetings); `attendees` by event id; `index`: the
 * dataset's {@link TieIndex} (made here when not given).
 */
export function newTiesOf(
  dataset: Dataset,
  meetings: readonly MeetingEvent[],
  attendees: ReadonlyMap<string, readonly string[]>,
  index?: TieIndex,
): NewTies {
  const waves = dataset.waves;
  if (waves.length < 2) return { reason: "one-wave", ...EMPTY };
  if (!meetings.some((m) => (attendees.get(m.id)?.length ?? 0) > 1))
    return { reason: "no-attendance", ...EMPTY };
  const waveOf = (m: MeetingEvent) => {
    const wave =
      m.wave ?? (m.date !== undefined && waves.includes(m.date.slice(0, 4)) ? m.date.slice(0, 4) : "");
    return waves.indexOf(wave);
  };
  const placed = meetings.filter((m) => waveOf(m) >= 0);
  if (placed.length === 0) return { reason: "no-waves-at-meetings", ...EMPTY };

  const ties = index ?? tieIndexOf(dataset);
  const { order, tiedIn } = ties;
  const firstTied = (key: string) => tiedIn.get(key) ?? [];
  const met = new Map<string, { a: string; b: string; wave: number }>();
  for (const m of placed) {
    const w = waveOf(m);
    const present = [...new Set(attendees.get(m.id) ?? [])]
      .filter((a) => order.has(a))
      .sort((x, y) => order.get(x)! - order.get(y)!);
    for (let i = 0; i < present.length; i++) {
      for (let j = i + 1; j < present.length; j++) {
        const key = `${present[i]}\u0000${present[j]}`;
        const before = met.get(key);
        if (!before || w < before.wave) met.set(key, { a: present[i]!, b: present[j]!, wave: w });
      }
    }
  }
  let pairsMet = 0;
  const pairs: NewTies["pairs"] = [];
  for (const [key, pair] of met) {
    if (pair.wave >= waves.length - 1) continue;
    const tied = firstTied(key);
    if (tied.some((w) => w <= pair.wave)) continue;
    pairsMet++;
    const later = tied.find((w) => w > pair.wave);
    if (later !== undefined)
      pairs.push({ a: pair.a, b: pair.b, met: waves[pair.wave]!, tied: waves[later]! });
  }
  pairs.sort((x, y) => order.get(x.a)! - order.get(y.a)! || order.get(x.b)! - order.get(y.b)!);
  const firstWave = Math.min(...placed.map(waveOf));
  return {
    reason: null,
    pairsMet,
    formed: pairs.length,
    share: share(pairs.length, pairsMet),
    baseline: baselineOf(dataset, meetings, attendees, ties, { met, firstWave }),
    pairs,
  };
}

/** Pair key (ids in input order) → sorted indices of the waves with a survey tie between them. */
function tieWaves(dataset: Dataset, order: ReadonlyMap<string, number>): Map<string, number[]> {
  const tiedIn = new Map<string, number[]>();
  for (const tie of dataset.ties) {
    if (!order.has(tie.source) || !order.has(tie.target)) continue;
    const w = dataset.waves.indexOf(tie.wave);
    const key = pairKey(tie.source, tie.target, order);
    const list = tiedIn.get(key) ?? [];
    if (!list.includes(w)) list.push(w);
    tiedIn.set(key, list);
  }
  for (const list of tiedIn.values()) list.sort((a, b) => a - b);
  return tiedIn;
}

function baselineOf(
  dataset: Dataset,
  meetings: readonly MeetingEvent[],
  attendees: ReadonlyMap<string, readonly string[]>,
  ties: TieIndex,
  s: { met: Map<string, unknown>; firstWave: number },
): NewTies["baseline"] {
  if (s.firstWave >= dataset.waves.length - 1) return null;
  const actors = ties.actors;
  let districts = new Set(meetings.flatMap((m) => (m.district ? [m.district] : [])));
  if (districts.size === 0) {
    const present = meetings.flatMap((m) => attendees.get(m.id) ?? []);
    districts = new Set(
      present.flatMap((id) => (actors.get(id)?.district ? [actors.get(id)!.district!] : [])),
    );
  }
  if (districts.size === 0) return null;
  const inside = (id: string) => districts.has(actors.get(id)?.district ?? "\u0000");
  const n = dataset.actors.filter((a) => inside(a.id)).length;
  let excluded = s.met.size; // every pair that met is excluded
  let formed = 0;
  // the tied pairs of actors inside: those whose first actor's district is one of the group's
  for (const district of districts) {
    for (const { key, b, tied } of ties.byDistrict.get(district) ?? []) {
      if (!inside(b) || s.met.has(key)) continue;
      if (tied.some((w) => w <= s.firstWave)) excluded++;
      else if (tied.some((w) => w > s.firstWave)) formed++;
    }
  }
  // pairs that met but lie outside the districts were counted in `excluded`; take them out again
  for (const key of s.met.keys()) {
    const [a, b] = key.split("\u0000") as [string, string];
    if (!inside(a) || !inside(b)) excluded--;
  }
  const pairs = (n * (n - 1)) / 2 - excluded;
  return { pairs, formed, share: share(formed, pairs) };
}

function pairKey(a: string, b: string, order: ReadonlyMap<string, number>): string {
  return order.get(a)! <= order.get(b)! ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

const share = (part: number, whole: number): number | null =>
  whole > 0 ? Math.round((part / whole) * 1e4) / 1e4 : null;
