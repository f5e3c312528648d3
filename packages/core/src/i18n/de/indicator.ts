/** Deutsche Texte des Indikators 6.3.3: Namen der Bestandteile und warum ein Bestandteil entfällt. */
import type { IndicatorMessages } from "../en/indicator.js";

/** Whole numbers with thousands separators (de-DE): "22.525". */
const count = (value: number): string => value.toLocaleString("de-DE");

export const indicatorMessagesDe: IndicatorMessages = {
  components: {
    connected: "Zusammenhang (Anteil im größten verbundenen Teil)",
    reach2: "Erreichbarkeit (Paare in höchstens zwei Schritten)",
    crossDistrict: "Verbindungen über Stadtteilgrenzen (im Verhältnis zum Zufall)",
    crossSector: "Verbindungen über Bereichsgrenzen (im Verhältnis zum Zufall)",
    isolated: "Nicht isoliert (Anteil mit mindestens einer Verbindung)",
  },
  short: {
    connected: "Zusammenhang",
    reach2: "Erreichbarkeit",
    crossDistrict: "Stadtteilgrenzen",
    crossSector: "Bereichsgrenzen",
    isolated: "nicht isoliert",
  },
  composite: "Indikator 6.3.3 (Mittelwert der zutreffenden Bestandteile)",
  notApplicable: (p) =>
    `${p.component}: trifft nicht zu (${
      {
        noActors: "keine Akteure",
        tooFewActors: "weniger als zwei Akteure",
        noCategories: "weniger als zwei Gruppen oder keine Verbindung zwischen Akteuren mit bekannter Gruppe",
      }[p.reason]
    }); nicht im Mittelwert enthalten.`,
  noDistricts: "Kein Akteur hat einen Stadtteil: keine Aufschlüsselung nach Stadtteilen.",
  unlevelledTies: (p) =>
    `${p.ties} ${p.ties === 1 ? "Beziehung hat" : "Beziehungen haben"} keine Stufe und ${p.ties === 1 ? "zählt" : "zählen"} als Stufe ${p.level} („arbeiten zusammen“).`,
  coAttendanceLevel: (p) => `Die Teilnahme am selben Treffen zählt als Stufe ${p.level} („kennen uns“).`,
  levels: { aware: "wissen voneinander", know: "kennen sich", cooperate: "arbeiten zusammen" },
  levelsHeading: "Nach Stufe des Ziels 6.3.3 (Beziehungen dieser Stufe und höher):",
  cliLevel: (p) =>
    `${p.minLevel} ${p.name}: ${p.value} (${count(p.ties)} ${p.ties === 1 ? "Beziehung" : "Beziehungen"})`,
  cliReported: (p) =>
    `von mindestens einer Seite genannt: ${count(p.reported)} Paare, von beiden: ${count(p.confirmed)}, von einer: ${count(p.oneSided)}`,
  cliNonResponse: (p) =>
    `Rücklauf: ${count(p.respondents)} von ${count(p.actors)} Akteuren haben geantwortet; bei ${count(p.answered)} von ${count(p.pairs)} Paaren (${p.share} %) hat mindestens eine Seite geantwortet – Beziehungen zwischen zwei Nicht-Antwortenden sind unsichtbar.`,
  cliRule: (p) =>
    `Stufenregel: ${p.rule}${p.minLevel > 1 ? `; der Indikator zählt Beziehungen ab Stufe ${p.minLevel}` : ""}.`,
  cliWave: (p) => `Welle ${p.wave}: Indikator 6.3.3 = ${p.value}`,
  cliInterval: (p) => `${p.level}-%-Bootstrap-Intervall ${p.low} bis ${p.high}`,
  cliResponseRate: (p) => `Rücklaufquote ${p.rate} %`,
  cliSuppressed: "wenige Akteure, darunter Privatpersonen: zu ihrem Schutz nicht ausgewiesen",
  cliByDistrict: "Nach Stadtteil:",
  notApplicableShort: "trifft nicht zu",
  compareHeading: (p) => `Von Welle ${p.from} zu Welle ${p.to}:`,
  compareActors: (p) => `Akteure: ${p.added} neu, ${p.lost} nicht mehr dabei`,
  compareTies: (p) => `Verbindungen: ${p.added} neu, ${p.lost} weggefallen`,
  compareDistricts: (p) =>
    `Mehr Verbindungen über Stadtteilgrenzen: ${p.gained || "keine"}; weniger: ${p.lost || "keine"}`,
  compareSuppressed: (p) =>
    `nicht ausgewiesen (< ${p.k} Akteure, darunter Privatpersonen, zu ihrem Schutz): ${p.districts}`,
};
