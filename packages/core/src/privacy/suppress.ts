/**
 * Small-group suppression for published aggregates (statistical disclosure control, "Fallzahlen unter k").
 *
 * A count, share or mean computed over fewer than `k` actors can identify them; reports and the dashboard then
 * show `"< k"` instead of the value. The rule is the usual one of official statistics (threshold rule); the
 * default k = 5 is configurable, because data-protection officers set their own thresholds.
 *
 * **What is withheld (issue #21): what could identify people.** A group (district, sector) is withheld when it has
 * fewer than `k` actors **and at least one of them is a person** (kind `Person`/`Bewohnerin`… — `isPersonKind` in
 * `io/aliases.ts`). A small group of organisations, associations and initiatives stays visible: which
 * institutions cooperate is not personal data (Art. 4 Nr. 1 DSGVO protects natural persons), and blanking it
 * would hide exactly the thin spots a coordinator needs to see. `identifiableGroups` is the one place this rule
 * lives; gaps, the indicator, wave comparisons, `analyze`'s `suppressedCategories` and `vernetzt cut` use it.
 * `suppressSmall` stays the plain threshold for a single figure about a group already known to contain people.
 */

export interface SuppressionOptions {
  /** Smallest group size whose aggregates are shown. Default 5. Must be an integer ≥ 1. */
  k?: number;
}

export const DEFAULT_SUPPRESSION_OPTIONS: Required<SuppressionOptions> = { k: 5 };

/** A published value: the number, or a marker that it was suppressed because the group has fewer than k actors. */
export type Suppressed<T> =
  | { value: T; suppressed: false }
  | { value: null; suppressed: true; below: number };

/**
 * Resolves and validates the options; throws a `RangeError` naming the option when k is not an integer ≥ 1.
 *
 * @example
 * ```ts
 * import { resolveSuppression } from "@vernetzt/core/privacy";
 *
 * resolveSuppression() //=> { k: 5 }
 * resolveSuppression({ k: 10 }) //=> { k: 10 }
 * try {
 *   resolveSuppression({ k: 0 });
 * } catch (error) {
 *   error instanceof RangeError //=> true
 * }
 * ```
 */
export function resolveSuppression(options: SuppressionOptions = {}): Required<SuppressionOptions> {
  const k = options.k ?? DEFAULT_SUPPRESSION_OPTIONS.k;
  if (!Number.isInteger(k) || k < 1) {
    throw new RangeError(`privacy/suppress: option "k" must be a whole number of at least 1, got ${k}.`);
  }
  return { k };
}

/**
 * Keeps `value` when `groupSize >= k`, else marks it suppressed.
 *
 * @example
 * ```ts
 * import { suppressSmall } from "@vernetzt/core/privacy";
 *
 * suppressSmall(0.42, 12) //=> { value: 0.42, suppressed: false }
 * suppressSmall(0.42, 3) //=> { value: null, suppressed: true, below: 5 }
 * suppressSmall(0.42, 3, { k: 3 }).suppressed //=> false
 * ```
 */
export function suppressSmall<T>(
  value: T,
  groupSize: number,
  options: SuppressionOptions = {},
): Suppressed<T> {
  const { k } = resolveSuppression(options);
  return groupSize >= k ? { value, suppressed: false } : { value: null, suppressed: true, below: k };
}

/**
 * Text for a suppressed value (`"< 5"`), or the value formatted by `format`.
 *
 * @example
 * ```ts
 * import { formatSuppressed, suppressSmall } from "@vernetzt/core/privacy";
 *
 * const percent = (value: number) => `${Math.round(value * 100)} %`;
 * formatSuppressed(suppressSmall(0.42, 12), percent) //=> "42 %"
 * formatSuppressed(suppressSmall(0.42, 3), percent) //=> "< 5"
 * ```
 */
export function formatSuppressed<T>(entry: Suppressed<T>, format: (value: T) => string): string {
  return entry.suppressed ? `< ${entry.below}` : format(entry.value);
}

/**
 * Number of members of each of `count` categories, from per-member category codes (`-1`: none).
 *
 * @example
 * ```ts
 * import { groupSizes } from "@vernetzt/core/privacy";
 *
 * groupSizes([0, 1, 1, -1, 2, 1], 3) //=> [1, 3, 1]
 * ```
 */
export function groupSizes(codes: ArrayLike<number>, count: number): number[] {
  const sizes = new Array<number>(count).fill(0);
  for (let i = 0; i < codes.length; i++) if (codes[i] >= 0) sizes[codes[i]] += 1;
  return sizes;
}

/**
 * Which of `count` groups have figures that could identify people, and are withheld: fewer than `k` members,
 * at least one of them a person (`isPerson`). A small group of organisations only stays visible — their
 * cooperation is not personal data (issue #21) — and so does a group of `k` or more.
 *
 * @example
 * ```ts
 * import { identifiableGroups } from "@vernetzt/core/privacy";
 *
 * // group 0: 2 organisations; group 1: an organisation and a person; group 2: 5 members, one a person
 * const codes = [0, 0, 1, 1, 2, 2, 2, 2, 2];
 * const person = [false, false, false, true, true, false, false, false, false];
 * identifiableGroups(codes, 3, (i) => person[i]!) //=> [false, true, false]
 * identifiableGroups(codes, 3, (i) => person[i]!, { k: 6 }) //=> [false, true, true]
 * ```
 */
export function identifiableGroups(
  codes: ArrayLike<number>,
  count: number,
  isPerson: (member: number) => boolean,
  options: SuppressionOptions = {},
): boolean[] {
  const { k } = resolveSuppression(options);
  const sizes = groupSizes(codes, count);
  const persons = new Array<number>(count).fill(0);
  for (let i = 0; i < codes.length; i++) if (codes[i]! >= 0 && isPerson(i)) persons[codes[i]!] += 1;
  return sizes.map((size, c) => isIdentifiable(size, persons[c]!, { k }));
}

/**
 * The rule of `identifiableGroups` for one group of `size` actors, `persons` of them persons: withheld when it is
 * smaller than `k` and has a person in it.
 *
 * @example
 * ```ts
 * import { isIdentifiable } from "@vernetzt/core/privacy";
 *
 * isIdentifiable(3, 1) //=> true
 * isIdentifiable(3, 0) //=> false
 * isIdentifiable(5, 5) //=> false
 * ```
 */
export function isIdentifiable(size: number, persons: number, options: SuppressionOptions = {}): boolean {
  return size < resolveSuppression(options).k && persons > 0;
}
