/**
 * How offers, needs and topics are matched: two list items match when their normalised forms are equal.
 * Normalising = Unicode NFKC, lower case (German rules), inner whitespace collapsed, leading and trailing
 * whitespace and punctuation removed. So "Räume", " räume " and "RÄUME." match; "Raum" and "Räume" do not
 * (no stemming: a coordinator can see and fix a near miss, an over-eager stemmer would invent matches).
 */

/**
 * The matching key of a list item; `""` for an item that is only whitespace or punctuation.
 *
 * @example
 * ```ts
 * import { normaliseItem } from "@vernetzt/core/recommend";
 *
 * normaliseItem("  RÄUME. ") //=> "räume"
 * normaliseItem("Raum") === normaliseItem("Räume") //=> false
 * normaliseItem(" – ") //=> ""
 * ```
 */
export function normaliseItem(item: string): string {
  return item
    .normalize("NFKC")
    .toLocaleLowerCase("de-DE")
    .replace(/\s+/g, " ")
    .replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, "");
}

/**
 * Indexes `items` by their key, keeping the first spelling of each key for display and dropping items
 * whose key is empty. Order: first appearance.
 *
 * @example
 * ```ts
 * import { itemKeys } from "@vernetzt/core/recommend";
 *
 * const keys = itemKeys(["Räume", "räume.", " Beratung ", "-"]);
 * keys //=> new Map([["räume", "Räume"], ["beratung", "Beratung"]])
 * ```
 */
export function itemKeys(items: readonly string[]): Map<string, string> {
  const keys = new Map<string, string>();
  for (const item of items) {
    const key = normaliseItem(item);
    if (key && !keys.has(key)) keys.set(key, item.trim());
  }
  return keys;
}
