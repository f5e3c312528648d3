/** A recommendation's reason in words: the one place where reason codes become German or English. */
import { recommendMessagesDe } from "../i18n/de/recommend.js";
import { recommendMessagesEn } from "../i18n/en/recommend.js";
import type { RecommendReason } from "./reasons.js";

/**
 * The sentence of one reason in `lang`.
 *
 * @example
 * ```ts
 * import { type RecommendReason, recommendReasonText } from "@vernetzt/core/recommend";
 *
 * const offer: RecommendReason = {
 *   code: "offer-sought",
 *   params: { offerer: { id: "s", name: "Grundschule" }, seeker: { id: "c", name: "Kirchenchor" }, items: ["Proberaum"] },
 * };
 * recommendReasonText(offer, "de") //=> "Grundschule bietet, was Kirchenchor sucht: Proberaum"
 * recommendReasonText(offer, "en") //=> "Grundschule offers what Kirchenchor is looking for: Proberaum"
 * recommendReasonText({ code: "shared-topics", params: { topics: ["Musik"] } }, "de") //=> "gemeinsames Thema: Musik"
 * ```
 */
export function recommendReasonText(reason: RecommendReason, lang: "de" | "en"): string {
  const texts = (lang === "de" ? recommendMessagesDe : recommendMessagesEn).reasons;
  return (texts[reason.code] as (params: RecommendReason["params"]) => string)(reason.params);
}
