/** English texts of the gap analysis: the reasons given for each gap, by code. */
import type { GapReason, GapReasonCode } from "../../gaps/reasons.js";

const number = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 });
const probability = new Intl.NumberFormat("en-GB", { maximumSignificantDigits: 2 });

/**
 * Formats a count or expectation the English way: `4.2`, `1,234`.
 *
 * @example
 * ```ts
 * import { formatNumberEn } from "@vernetzt/core/gaps";
 *
 * formatNumberEn(4.25) //=> "4.3"
 * formatNumberEn(1234) //=> "1,234"
 * ```
 */
export const formatNumberEn = (value: number): string => number.format(value);

/** "a", "a and b", "a, b and c"; an item that itself contains "and" is quoted: “children and family”. */
export function joinListEn(items: readonly string[]): string {
  if (items.length > 1) items = items.map((item) => (/ (and|und) /.test(item) ? `“${item}”` : item));
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** "to another district", "to another sector", else "to another group". */
const elsewhereEn = (by: string): string =>
  `to another ${by === "district" ? "district" : by === "sector" ? "sector" : "group"}`;

/** One text per reason code, filled in from the reason's parameters. */
export type GapReasonTexts = {
  [C in GapReasonCode]: (p: Extract<GapReason, { code: C }>["params"]) => string;
};

const reasons: GapReasonTexts = {
  "observed-expected": (p) =>
    `${formatNumberEn(p.observed)} ${p.observed === 1 ? "tie" : "ties"}, ${formatNumberEn(p.expected)} expected`,
  "shared-topics": (p) => `both work on ${joinListEn(p.topics)}`,
  complementary: (p) => `offered in ${p.offeredIn} and sought in ${p.soughtIn}: ${joinListEn(p.items)}`,
  significant: (p) => `fewer ties than chance would give (p = ${probability.format(p.pValue)})`,
  "not-significant": (p) => `may be chance (p = ${probability.format(p.pValue)})`,
  suppressed: (p) =>
    `figures not shown (< ${p.k}): fewer than ${p.k} actors in ${joinListEn(p.categories)}, persons among them who could be recognised`,
  isolated: (p) =>
    `not a single tie ${elsewhereEn(p.by)}: ${formatNumberEn(p.actors)} ${p.actors === 1 ? "actor" : "actors"}, ` +
    `${formatNumberEn(p.tiesInside)} ${p.tiesInside === 1 ? "tie" : "ties"} only among themselves`,
  "sought-here-offered-elsewhere": (p) =>
    `sought in ${p.category} and offered elsewhere: ${joinListEn(p.items)}`,
  "offered-here-sought-elsewhere": (p) =>
    `offered in ${p.category} and sought elsewhere: ${joinListEn(p.items)}`,
};

export const gapsMessagesEn = {
  reasons,
  cliIsolated: (p: { by: string }) => `no tie ${elsewhereEn(p.by)}`,
  cliSuppressedNote: (p: { k: number }) =>
    `Pairs with a group of fewer than ${p.k} actors, persons among them, are listed last without figures ("< ${p.k}"); ` +
    "--min-group-size 1 shows them, for internal use only.",
  cliHeading: (p: { by: string; wave: string }) => `Gaps by "${p.by}" (wave ${p.wave}), most severe first:`,
  cliNone: "No gap: every pair of categories has at least as many ties as expected.",
  cliNoDistricts:
    "No actor has a district, so there is no gap map between districts. Add a district column " +
    "(German: Stadtteil), or choose another column with --by, e.g. --by sector.",
};

export type GapsMessages = typeof gapsMessagesEn;
