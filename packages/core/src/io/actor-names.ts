/**
 * Finding the actor a tie endpoint (or an attendance, a respondent, a host, a `member_of`) means, when the
 * value is not exactly an actor id. In this order:
 *
 * 1. the id as written;
 * 2. an actor's name as written (the actors table has ids, the ties name the actors);
 * 3. the id or name ignoring case, spaces, punctuation, accents and Unicode form (`normalizeKey`):
 *    `kita  altstadt`, `Kita Alt-Stadt` and `Kita Altstadt` are one name — a *variant* (NAME_VARIANT);
 * 4. a name one or two typing errors away (insertions, deletions, substitutions, swapped neighbours; the
 *    optimal string alignment distance of Damerau 1964, on the normalised text) from exactly one actor —
 *    a *typo* (NAME_TYPO). One error is allowed from 5 characters, two from 10; digits must be equal
 *    (`Kita 1` is never `Kita 2`), and two actors equally near make it no match.
 *
 * What matches nothing is for the caller to decide: a new actor (ties that name actors) or an error (ties
 * that use ids). Each distinct value is resolved once.
 */
import type { Actor } from "../model/types.js";
import { normalizeKey } from "./aliases.js";

/** How a value was matched. */
export type NameMatch = "id" | "name" | "variant" | "typo";

/** The actor a value means and how it was found. */
export interface ResolvedName {
  id: string;
  by: NameMatch;
}

/** Typing errors allowed for a normalised text of this length. */
export function allowedErrors(length: number): number {
  return length >= 10 ? 2 : length >= 5 ? 1 : 0;
}

/**
 * Looks up actors by id, name, variant and typo; new actors can be added while reading.
 *
 * @example
 * ```ts
 * import { ActorNames } from "@vernetzt/core/io";
 * import type { Actor } from "@vernetzt/core/model";
 *
 * const actor = (id: string, name: string): Actor => ({ id, name, topics: [], offers: [], needs: [], attributes: {} });
 * const names = new ActorNames(new Map([["1", actor("1", "Sportverein Nordstadt")]]));
 * names.resolve("Musikschule West") //=> undefined
 * names.add(actor("Musikschule West", "Musikschule West"));
 * names.has("Musikschule West") //=> true
 * names.resolve("Musikschule Wset") //=> { id: "Musikschule West", by: "typo" }
 * names.nameOf("1") //=> "Sportverein Nordstadt"
 * ```
 */
export class ActorNames {
  private byName: Map<string, string> | undefined;
  private byKey: Map<string, string | null> | undefined;
  /** Normalised names by length, for the typo search. */
  private readonly keysByLength = new Map<number, string[]>();
  private readonly cache = new Map<string, ResolvedName | null>();

  /** The indexes are built at the first value that is not an id: most datasets never need them. */
  constructor(private readonly actors: Map<string, Actor>) {}

  /** The name of an actor (its id when it is not known). */
  nameOf(id: string): string {
    return this.actors.get(id)?.name ?? id;
  }

  /** Whether an id is taken. */
  has(id: string): boolean {
    return this.actors.has(id);
  }

  /** Registers an actor added while reading. */
  add(actor: Actor): void {
    this.actors.set(actor.id, actor);
    if (this.byName) this.index(actor);
    this.cache.clear();
  }

  private indexed(): { byName: Map<string, string>; byKey: Map<string, string | null> } {
    if (!this.byName || !this.byKey) {
      this.byName = new Map();
      this.byKey = new Map();
      for (const actor of this.actors.values()) this.index(actor);
    }
    return { byName: this.byName, byKey: this.byKey };
  }

  private index(actor: Actor): void {
    const byName = this.byName!;
    const byKey = this.byKey!;
    if (!byName.has(actor.name)) byName.set(actor.name, actor.id);
    for (const text of new Set([actor.id, actor.name])) {
      const key = normalizeKey(text);
      const known = byKey.get(key);
      if (known === undefined) {
        byKey.set(key, actor.id);
        const list = this.keysByLength.get(key.length);
        if (list) list.push(key);
        else this.keysByLength.set(key.length, [key]);
      } else if (known !== actor.id) {
        byKey.set(key, null); // two actors share it: no match by variant or typo
      }
    }
  }

  /**
   * The actor `value` means, or undefined.
   *
   * @example
   * ```ts
   * import { ActorNames } from "@vernetzt/core/io";
   * import type { Actor } from "@vernetzt/core/model";
   *
   * const actor = (id: string, name: string): Actor => ({ id, name, topics: [], offers: [], needs: [], attributes: {} });
   * const names = new ActorNames(new Map([["1", actor("1", "Sportverein Nordstadt")], ["2", actor("2", "Kita 1")]]));
   * names.resolve("1") //=> { id: "1", by: "id" }
   * names.resolve("Sportverein Nordstadt") //=> { id: "1", by: "name" }
   * names.resolve("sportverein  nordstadt") //=> { id: "1", by: "variant" }
   * names.resolve("Sportveren Nordstadt") //=> { id: "1", by: "typo" }
   * names.resolve("Kita 2") //=> undefined
   * ```
   */
  resolve(value: string): ResolvedName | undefined {
    if (this.actors.has(value)) return { id: value, by: "id" };
    const named = this.indexed().byName.get(value);
    if (named !== undefined) return { id: named, by: "name" };
    const cached = this.cache.get(value);
    if (cached !== undefined) return cached ?? undefined;
    const found = this.fuzzy(value);
    this.cache.set(value, found ?? null);
    return found;
  }

  private fuzzy(value: string): ResolvedName | undefined {
    const key = normalizeKey(value);
    const { byKey } = this.indexed();
    const exact = byKey.get(key);
    if (exact !== undefined) return exact === null ? undefined : { id: exact, by: "variant" };
    const limit = allowedErrors(key.length);
    if (limit === 0) return undefined;
    const digits = key.replace(/\D/g, "");
    let best: string | undefined;
    let bestDistance = limit + 1;
    let tied = false;
    for (let length = key.length - limit; length <= key.length + limit; length++) {
      for (const candidate of this.keysByLength.get(length) ?? []) {
        if (candidate.replace(/\D/g, "") !== digits) continue;
        const distance = boundedDistance(key, candidate, Math.min(limit, bestDistance));
        if (distance < bestDistance) {
          best = candidate;
          bestDistance = distance;
          tied = false;
        } else if (distance === bestDistance && candidate !== best) {
          tied = true;
        }
      }
    }
    if (best === undefined || tied || bestDistance > allowedErrors(Math.min(key.length, best.length)))
      return undefined;
    const id = byKey.get(best);
    return id ? { id, by: "typo" } : undefined;
  }
}

/**
 * The optimal string alignment distance of `a` and `b` (Levenshtein plus swaps of neighbours), or `limit + 1`
 * as soon as it is certain to exceed `limit` (a band of width 2·limit+1 around the diagonal).
 *
 * @example
 * ```ts
 * import { boundedDistance } from "@vernetzt/core/io";
 *
 * boundedDistance("sportverein", "sportveren", 2) //=> 1
 * boundedDistance("kita", "ktia", 2) //=> 1
 * boundedDistance("schule", "kita", 2) //=> 3
 * ```
 */
export function boundedDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const width = b.length + 1;
  let before = new Array<number>(width).fill(limit + 1);
  let previous = new Array<number>(width);
  let current = new Array<number>(width);
  for (let j = 0; j < width; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current.fill(limit + 1);
    current[0] = i;
    let rowMin = i;
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    for (let j = from; j <= to; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, before[j - 2]! + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(previous[b.length]!, limit + 1);
}
