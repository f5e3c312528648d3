/**
 * "Was sich seit der letzten Welle geändert hat" on the Überblick page: the changes core's `compareWaves`
 * found between the last two waves (`overview.json` `changes`), as plain German sentences with de-DE
 * numbers. Only describes those figures; says why when there is nothing to compare.
 */
import type { DistrictChange, OverviewData } from "../loaders/overview-data.js";
import { formatNumber } from "./format.js";
import { waveLabelOf } from "./wave-label.js";

/** `1 Verbindung`, `2 Verbindungen`: a de-DE count with the singular or plural noun. */
const count = (n: number, one: string, many: string): string => `${formatNumber(n)} ${n === 1 ? one : many}`;

/** `A, B und C`, with "und n weitere" when more than the listed names exist. */
function nameList(names: string[], total: number): string {
  const quoted = names.map((name) => `„${name}“`);
  const rest = total - names.length;
  if (rest > 0) return `${quoted.join(", ")} und ${formatNumber(rest)} weitere`;
  if (quoted.length <= 1) return quoted.join("");
  return `${quoted.slice(0, -1).join(", ")} und ${quoted.at(-1)}`;
}

/** How many districts a sentence names (the biggest changes; the rest is counted). */
const DISTRICTS_LISTED = 8;

function districtList(districts: DistrictChange[]): string {
  const listed = districts
    .slice(0, DISTRICTS_LISTED)
    .map((d) => `${d.district} (${formatNumber(d.from)} → ${formatNumber(d.to)})`)
    .join(", ");
  const rest = districts.length - DISTRICTS_LISTED;
  return rest > 0 ? `${listed} und ${formatNumber(rest)} weitere Stadtteile` : listed;
}

/** Why there are no changes to show, or `null` when there are. */
export function waveChangesAbsence(overview: OverviewData): string | null {
  // Data stored by an older dashboard version lack the comparison, or the totals that make it add up.
  if (overview.changes && overview.changes.ties.before !== undefined) return null;
  return overview.waves.length < 2
    ? "Dieser Datensatz hat nur eine Befragungswelle: Veränderungen lassen sich erst ab der zweiten Welle zeigen."
    : "Für diese Daten liegt kein Vergleich der Wellen vor: bitte die Dateien unter „Eigene Daten“ neu laden.";
}

/** The sentences, one per kind of change; empty when there is no comparison ({@link waveChangesAbsence}). */
export function waveChangesReading(overview: OverviewData): string[] {
  const c = overview.changes;
  if (!c || waveChangesAbsence(overview) !== null) return [];
  const label = waveLabelOf(overview);
  const [from, to] = [label(c.from), label(c.to)];
  const sentences = [
    `Verglichen wird Welle ${to} mit Welle ${from}.`,
    c.actors.new > 0
      ? `Neu dabei: ${count(c.actors.new, "Akteur", "Akteure")} – ${nameList(c.actors.newNames, c.actors.new)}.`
      : "Kein Akteur ist neu dazugekommen.",
    c.actors.lost > 0
      ? `Nicht mehr dabei (ohne Verbindung und ohne Antwort in Welle ${to}): ${count(c.actors.lost, "Akteur", "Akteure")} – ${nameList(c.actors.lostNames, c.actors.lost)}.`
      : "Kein Akteur ist weggefallen.",
    `${count(c.ties.new, "Verbindung ist", "Verbindungen sind")} neu entstanden, ${count(c.ties.lost, "Verbindung ist", "Verbindungen sind")} weggefallen: ` +
      `${formatNumber(c.ties.before)} + ${formatNumber(c.ties.new)} − ${formatNumber(c.ties.lost)} = ${formatNumber(c.ties.after)} Verbindungen in Welle ${to}.`,
  ];
  if (c.ties.newFromMeetings > 0 || c.ties.lostFromMeetings > 0) {
    sentences.push(
      `Davon nur durch gemeinsame Teilnahme an Treffen: ${formatNumber(c.ties.newFromMeetings)} der neuen und ${formatNumber(c.ties.lostFromMeetings)} der weggefallenen Verbindungen; ` +
        `in der Befragung genannt: ${formatNumber(c.ties.new - c.ties.newFromMeetings)} neu, ${formatNumber(c.ties.lost - c.ties.lostFromMeetings)} weggefallen.`,
    );
  }
  if (c.crossDistrictTies) {
    sentences.push(
      `Über Stadtteilgrenzen hinweg: ${count(c.crossDistrictTies.new, "neue Verbindung", "neue Verbindungen")}, ${count(c.crossDistrictTies.lost, "weggefallene", "weggefallene")}` +
        (c.crossDistrictTies.lostFromMeetings > 0
          ? ` (davon ${formatNumber(c.crossDistrictTies.lostFromMeetings)} nur über Treffen der Welle ${from}).`
          : "."),
    );
    const { gained, lost } = c.districts;
    if (gained.length > 0) {
      sentences.push(`Mehr Verbindungen in andere Stadtteile haben jetzt: ${districtList(gained)}.`);
    }
    if (lost.length > 0) {
      sentences.push(`Weniger Verbindungen in andere Stadtteile haben jetzt: ${districtList(lost)}.`);
    }
    if (gained.length === 0 && lost.length === 0) {
      sentences.push(
        "Die Zahl der Verbindungen in andere Stadtteile ist in jedem Stadtteil gleich geblieben.",
      );
    }
  }
  return sentences;
}
