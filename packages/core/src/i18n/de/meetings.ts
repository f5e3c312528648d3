/** Deutsche Texte der Arbeitskreis-Ansicht (`vernetzt meetings`): Status, was fehlt, der Bericht. */
import type { MeetingsMessages } from "../en/meetings.js";
import { formatNumberDe } from "./gaps.js";

const percent = (share: number) => `${formatNumberDe(share * 100)} %`;
const twoDecimals = new Intl.NumberFormat("de-DE", { maximumFractionDigits: 2 });
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const signed = (x: number) => `${x > 0 ? "+" : x < 0 ? "−" : ""}${formatNumberDe(Math.abs(x))}`;

export const meetingsMessagesDe: MeetingsMessages = {
  heading: (p) => `Arbeitskreise (${p.count})`,
  none: "Die Daten enthalten keine Treffen.",
  status: { starting: "im Aufbau", active: "aktiv", dormant: "zuletzt kein Treffen" },
  basis: {
    group: "Arbeitskreis",
    district: "Treffen im Stadtteil",
    none: "Treffen ohne Arbeitskreis und Stadtteil",
  },
  unnamed: "Treffen ohne Arbeitskreis und Stadtteil",
  missing: {
    meetings:
      "Die Daten enthalten keine Treffen (treffen.csv mit teilnahme.csv): hier gibt es nichts zu zeigen.",
    attendance: "Es fehlt die Teilnahme (teilnahme.csv): Teilnahme, Erstbesuche und Mischung bleiben leer.",
    dates: "Die Treffen haben kein Datum: keine Treffen pro Jahr; die Reihenfolge ist die der Datei.",
    hosts: "Die Treffen haben keinen Gastgeber (Spalte Gastgeber): die Rotation lässt sich nicht zeigen.",
    groups:
      "Die Treffen nennen keinen Arbeitskreis (Spalte Arbeitskreis, Gremium oder Runde): jeder Stadtteil gilt als ein Arbeitskreis.",
    districts: "Die Treffen haben weder Arbeitskreis noch Stadtteil: alle zählen als ein Kreis.",
    waves:
      "Die Beziehungen stammen aus nur einer Welle: ob nach dem Kennenlernen Beziehungen entstanden, lässt sich noch nicht sehen.",
    sectors: "Die Akteure haben keinen Sektor: die Mischung zeigt nur die Art.",
  },
  groupLine: (p) =>
    `${p.label} — ${p.status}, ${plural(p.meetings, "Treffen", "Treffen")}${p.from ? ` (${p.from === p.to ? p.from : `${p.from} – ${p.to}`})` : ""}`,
  perYear: (p) => `Treffen pro Jahr: ${p.years.map((y) => `${y.year}: ${y.count}`).join(" · ")}`,
  attendance: (p) =>
    `Teilnahme: im Mittel ${formatNumberDe(p.mean)} je Treffen${p.trend ? `; Verlauf ${p.trend}` : ""}`,
  trend: {
    rising: (p) => `steigend (${signed(p.slope)} je Treffen)`,
    falling: (p) => `sinkend (${signed(p.slope)} je Treffen)`,
    steady: () => "gleichbleibend",
  },
  hosts: (p) => `Gastgeber: ${p.hosts.map((h) => `${h.name} ${h.count}×`).join(" · ")}`,
  noHosts: "Gastgeber: keine eingetragen",
  neverHosted: (p) => `Kommen regelmäßig, waren nie Gastgeber: ${p.names.join(", ")}`,
  rotation: (p) =>
    [
      p.evenness === null
        ? null
        : `Rotation: Gleichmäßigkeit ${twoDecimals.format(p.evenness)} (1 = alle gleich oft, 0 = immer dieselben)`,
      p.cityShare === null ? null : `Gastgeber Stadt: ${percent(p.cityShare)}`,
    ]
      .filter(Boolean)
      .join("; "),
  mix: (p) =>
    `Mischung: ${plural(p.attendees, "Teilnehmende", "Teilnehmende")} – ${p.kinds}${p.sectors ? `; ${p.sectors}` : ""}`,
  kinds: {
    organisation: ["Organisation", "Organisationen"],
    person: ["Person", "Personen"],
    group: ["Gruppe", "Gruppen"],
    unknown: ["Art nicht angegeben", "Art nicht angegeben"],
  },
  unknownSector: "Sektor nicht angegeben",
  returners: (p) =>
    `Wiedergekommen: ${p.returning}; einmal gekommen: ${p.once}` +
    (p.neverReturned.length > 0 ? `; nicht wiedergekommen: ${p.neverReturned.join(", ")}` : ""),
  newTies: (p) =>
    `Neue Beziehungen: ${p.formed} von ${plural(p.pairs, "Paar", "Paaren")}, die sich hier ohne Beziehung trafen, arbeiten in einer späteren Welle zusammen${p.share === null ? "" : ` (${percent(p.share)})`}`,
  baseline: (p) =>
    `Paare derselben Stadtteile, die sich hier nicht trafen: ${p.formed} von ${p.pairs}${p.share === null ? "" : ` (${percent(p.share)})`}`,
  newTiesReason: {
    "one-wave": "Neue Beziehungen: nur eine Welle, noch nichts zu vergleichen",
    "no-waves-at-meetings":
      "Neue Beziehungen: die Treffen haben keine Welle (und kein Datum, dessen Jahr eine Welle ist)",
    "no-attendance": "Neue Beziehungen: kein Treffen mit mindestens zwei eingetragenen Teilnehmenden",
  },
  newTiesNone: "Neue Beziehungen: der Kreis traf sich nur in der letzten Welle, noch nichts zu vergleichen",
};
