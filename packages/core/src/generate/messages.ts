/** The texts of `vernetzt generate` in the user's language (German and English live in `i18n/`). */
import { generateMessagesDe } from "../i18n/de/generate.js";
import { type GenerateMessages, generateMessagesEn } from "../i18n/en/generate.js";

export type { GenerateMessages };

/**
 * The `generate` texts for `lang` ("de" or "en").
 *
 * @example
 * ```ts
 * import { generateMessages } from "@vernetzt/core/generate";
 *
 * const en = generateMessages("en");
 * en.notANumber({ flag: "--actors", value: "viele" }) //=> '--actors must be a number, got "viele".'
 * generateMessages("de").expected.waves === generateMessages("en").expected.waves //=> false
 * ```
 */
export function generateMessages(lang: "de" | "en"): GenerateMessages {
  return lang === "de" ? generateMessagesDe : generateMessagesEn;
}
