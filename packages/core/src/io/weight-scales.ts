/**
 * Weights written as words, as survey tools and coordinators write them: how often (`monatlich`, `weekly`,
 * PARTNER's "about once a month") or how close (`eng`, `mittel`, `locker`). A weight column whose words all
 * belong to one scale is read on that scale, ascending from 1, each word reported once (WEIGHT_SCALE, with the
 * number it became); numbers in the same column stay numbers. Words of no scale, or of two scales mixed, stay
 * WEIGHT_INVALID. "Never" has no weight (a tie that does not exist) and is on no scale.
 */
import { normalizeKey } from "./aliases.js";
import type { Cell } from "./table.js";
import { cellText, parseNumber } from "./values.js";

/** The scales, each a list of steps (weight 1, 2, …), each step the words for it. */
export const WEIGHT_SCALES = {
  frequency: [
    [
      "selten",
      "jährlich",
      "einmal im Jahr",
      "1x im Jahr",
      "1 mal im Jahr",
      "rarely",
      "yearly",
      "annually",
      "once a year or less",
      "gelegentlich",
      "ab und zu",
      "unregelmäßig",
      "einmal pro Jahr",
      "1x pro Jahr",
      "1x jährlich",
      "occasionally",
    ],
    ["halbjährlich", "zweimal im Jahr", "2x im Jahr", "twice a year", "half-yearly"],
    [
      "vierteljährlich",
      "quartalsweise",
      "einmal im Quartal",
      "1x im Quartal",
      "quarterly",
      "about once a quarter",
      "mehrmals im Jahr",
      "mehrmals jährlich",
      "mehrmals pro Jahr",
      "several times a year",
    ],
    [
      "monatlich",
      "einmal im Monat",
      "1x im Monat",
      "mehrmals im Monat",
      "alle zwei Wochen",
      "alle 14 Tage",
      "14-tägig",
      "vierzehntägig",
      "zweiwöchentlich",
      "monthly",
      "about once a month",
      "every two weeks",
      "biweekly",
    ],
    [
      "wöchentlich",
      "einmal pro Woche",
      "1x pro Woche",
      "mehrmals pro Woche",
      "mehrmals wöchentlich",
      "jede Woche",
      "weekly",
      "every week",
    ],
    ["täglich", "fast täglich", "daily", "every day"],
  ],
  closeness: [
    ["gering", "niedrig", "schwach", "locker", "lose", "low", "weak", "loose"],
    ["mittel", "mäßig", "medium", "moderate"],
    ["hoch", "stark", "eng", "intensiv", "high", "strong", "close"],
    ["sehr hoch", "sehr stark", "sehr eng", "sehr intensiv", "very high", "very strong", "very close"],
  ],
} as const;

const STEPS = new Map<string, { scale: string; weight: number }>();
for (const [scale, steps] of Object.entries(WEIGHT_SCALES)) {
  steps.forEach((words, i) => {
    for (const word of words) STEPS.set(normalizeKey(word), { scale, weight: i + 1 });
  });
}

/**
 * The scale of a weight column's words: word (normalised) → weight, or undefined when the column has no words,
 * a word of no scale, or words of two scales.
 *
 * @example
 * ```ts
 * import { weightScaleOf } from "@vernetzt/core/io";
 *
 * const scale = weightScaleOf(["monatlich", "wöchentlich", "2", "Monatlich"]);
 * scale?.get("monatlich") //=> 4
 * weightScaleOf(["eng", "monatlich"]) //=> undefined
 * weightScaleOf(["1", "2"]) //=> undefined
 * ```
 */
export function weightScaleOf(cells: Iterable<Cell>, header = ""): Map<string, number> | undefined {
  const legend = headerLegend(header);
  if (legend.size > 0) {
    const list = [...cells];
    const words = new Map<string, number>();
    for (const cell of list) {
      const text = cellText(cell);
      if (text === "" || parseNumber(cell) !== undefined) continue;
      const weight = legend.get(normalizeKey(text));
      if (weight === undefined) return weightScaleOf(list);
      words.set(normalizeKey(text), weight);
    }
    return words.size > 0 ? words : undefined;
  }
  let scale: string | undefined;
  const words = new Map<string, number>();
  for (const cell of cells) {
    const text = cellText(cell);
    if (text === "" || parseNumber(cell) !== undefined) continue;
    const key = normalizeKey(text);
    if (words.has(key)) continue;
    const step = STEPS.get(key);
    if (!step || (scale !== undefined && step.scale !== scale)) return undefined;
    scale = step.scale;
    words.set(key, step.weight);
  }
  return words.size > 0 ? words : undefined;
}

/**
 * The scale a header spells out in its note (`Intensität (1 = selten, 3 = oft)`, `Wie eng? 1=locker / 2=eng`):
 * word (normalised) → number; empty when the header has none.
 *
 * @example
 * ```ts
 * import { headerLegend } from "@vernetzt/core/io";
 *
 * headerLegend("Wie intensiv? (1=selten, 3=oft)") //=> new Map([["selten", 1], ["oft", 3]])
 * headerLegend("Intensität (1-5)").size //=> 0
 * ```
 */
export function headerLegend(header: string): Map<string, number> {
  const legend = new Map<string, number>();
  for (const match of header.matchAll(/(\d+(?:[.,]\d+)?)\s*[=:]\s*([^,;/()[\]=]*[\p{L}][^,;/()[\]=\d]*)/gu)) {
    const word = match[2]!.trim();
    const weight = Number(match[1]!.replace(",", "."));
    if (word !== "" && weight >= 0) legend.set(normalizeKey(word), weight);
  }
  return legend;
}
