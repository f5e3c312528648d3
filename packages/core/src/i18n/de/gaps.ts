/** Deutsche Texte der Lückenanalyse: die Begründungen zu jeder Lücke. */
import type { GapReasonTexts, GapsMessages } from "../en/gaps.js";

const number = new Intl.NumberFormat("de-DE", { maximumFractionDigits: 1 });
const probability = new Intl.NumberFormat("de-DE", { maximumSignificantDigits: 2 });

/**
 * Formatiert Anzahlen und Erwartungswerte deutsch: `4,2`, `1.234`.
 *
 * @example
 * ```ts
 * import { formatNumberDe } from "@vernetzt/core/gaps";
 *
 * formatNumberDe(4.25) //=> "4,3"
 * formatNumberDe(1234) //=> "1.234"
 * ```
 */
export const formatNumberDe = (value: number): string => number.format(value);

/** „a“, „a und b“, „a, b und c“; an item that itself contains „und“ is quoted: „Kinder und Familie“. */
export function joinListDe(items: readonly string[]): string {
  if (items.length > 1) items = items.map((item) => (/ und /.test(item) ? `„${item}“` : item));
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} und ${items[items.length - 1]}`;
}

/** „in einen anderen Stadtteil“, „in einen anderen Bereich“, else „zu einer anderen Gruppe“. */
const elsewhereDe = (by: string): string =>
  by === "district"
    ? "in einen anderen Stadtteil"
    : by === "sector"
      ? "in einen anderen Bereich"
      : "zu einer anderen Gruppe";

const reasons: GapReasonTexts = {
  "observed-expected": (p) =>
    `${formatNumberDe(p.observed)} ${p.observed === 1 ? "Verbindung" : "Verbindungen"}, ` +
    `${formatNumberDe(p.expected)} erwartet`,
  "shared-topics": (p) => `beide arbeiten zu ${joinListDe(p.topics)}`,
  complementary: (p) => `in ${p.offeredIn} angeboten und in ${p.soughtIn} gesucht: ${joinListDe(p.items)}`,
  significant: (p) => `weniger Verbindungen als zufällig zu erwarten (p = ${probability.format(p.pValue)})`,
  "not-significant": (p) => `kann Zufall sein (p = ${probability.format(p.pValue)})`,
  suppressed: (p) =>
    `Zahlen nicht gezeigt (< ${p.k}): weniger als ${p.k} Akteure in ${joinListDe(p.categories)}, darunter Privatpersonen, die sonst erkennbar wären`,
  isolated: (p) =>
    `keine einzige Verbindung ${elsewhereDe(p.by)}: ${formatNumberDe(p.actors)} ${p.actors === 1 ? "Akteur" : "Akteure"}, ` +
    `${formatNumberDe(p.tiesInside)} ${p.tiesInside === 1 ? "Verbindung" : "Verbindungen"} nur untereinander`,
  "sought-here-offered-elsewhere": (p) =>
    `in ${p.category} gesucht und anderswo angeboten: ${joinListDe(p.items)}`,
  "offered-here-sought-elsewhere": (p) =>
    `in ${p.category} angeboten und anderswo gesucht: ${joinListDe(p.items)}`,
};

export const gapsMessagesDe: GapsMessages = {
  reasons,
  cliIsolated: (p) => `ohne Verbindung ${elsewhereDe(p.by)}`,
  cliSuppressedNote: (p) =>
    `Paare mit einer Gruppe unter ${p.k} Akteuren stehen ohne Zahlen am Ende („< ${p.k}“); ` +
    "--min-group-size 1 zeigt sie, nur für den internen Gebrauch.",
  cliHeading: (p) =>
    `Lücken nach „${p.by.replace(/district/g, "Stadtteil").replace(/sector/g, "Bereich")}“ (Welle ${p.wave}), ` +
    "die stärksten zuerst:",
  cliNone: "Keine Lücke: jedes Paar von Gruppen hat mindestens so viele Verbindungen wie erwartet.",
  cliNoDistricts:
    "Kein Akteur hat einen Stadtteil, deshalb gibt es keine Lückenkarte zwischen Stadtteilen. Ergänzen Sie " +
    "eine Spalte Stadtteil, oder wählen Sie mit --by eine andere Spalte, z. B. --by sector.",
};
