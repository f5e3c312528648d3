/**
 * The reasons of a gap or of an isolated category as data: a code and its parameters (as `MetricWarning` and
 * `RecommendReason`). `gapReasonText(reason, lang)` puts them into German or English words, the one place the
 * CLI, the dashboard and the report take them from.
 */
import { gapsMessagesDe } from "../i18n/de/gaps.js";
import { gapsMessagesEn } from "../i18n/en/gaps.js";

/** Why a pair of categories (or one category) matters; `code` says which reason, `params` what fills it in. */
export type GapReason =
  /** The counts: ties between the two, ties expected. */
  | { code: "observed-expected"; params: { observed: number; expected: number } }
  /** The counts are withheld: `categories` have fewer than `k` actors. */
  | { code: "suppressed"; params: { k: number; categories: string[] } }
  /** Topics both categories' actors work on (up to three, most shared first). */
  | { code: "shared-topics"; params: { topics: string[] } }
  /** Offered in one category and sought in the other (up to three items). */
  | { code: "complementary"; params: { offeredIn: string; soughtIn: string; items: string[] } }
  /** The permutation test: fewer ties than chance would give (p < 0.05). */
  | { code: "significant"; params: { pValue: number } }
  /** The permutation test: may be chance. */
  | { code: "not-significant"; params: { pValue: number } }
  /** A category without any tie to another (`by` the attribute). */
  | { code: "isolated"; params: { by: string; actors: number; tiesInside: number } }
  /** Sought in the isolated category and offered elsewhere. */
  | { code: "sought-here-offered-elsewhere"; params: { category: string; items: string[] } }
  /** Offered in the isolated category and sought elsewhere. */
  | { code: "offered-here-sought-elsewhere"; params: { category: string; items: string[] } };

/** The code of a gap reason. */
export type GapReasonCode = GapReason["code"];

/**
 * The sentence of one gap reason in `lang`.
 *
 * @example
 * ```ts
 * import { gapReasonText } from "@vernetzt/core/gaps";
 *
 * gapReasonText({ code: "observed-expected", params: { observed: 1, expected: 4.25 } }, "de") //=> "1 Verbindung, 4,3 erwartet"
 * gapReasonText({ code: "not-significant", params: { pValue: 0.2 } }, "en") //=> "may be chance (p = 0.2)"
 * ```
 */
export function gapReasonText(reason: GapReason, lang: "de" | "en"): string {
  const texts = (lang === "de" ? gapsMessagesDe : gapsMessagesEn).reasons;
  return (texts[reason.code] as (params: GapReason["params"]) => string)(reason.params);
}
