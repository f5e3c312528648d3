/** Deutsche Texte des Indikators 6.3.3: Namen der Bestandteile und warum ein Bestandteil entfällt. */
import type { IndicatorMessages } from "../en/indicator.js";

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
  cliWave: (p) => `Welle ${p.wave}: Indikator 6.3.3 = ${p.value}`,
  cliInterval: (p) => `${p.level}-%-Bootstrap-Intervall ${p.low} bis ${p.high}`,
  cliResponseRate: (p) => `Rücklaufquote ${p.rate} %`,
  cliSuppressed: "zu wenige Akteure: zum Schutz nicht ausgewiesen",
  cliByDistrict: "Nach Stadtteil:",
  notApplicableShort: "trifft nicht zu",
  compareHeading: (p) => `Von Welle ${p.from} zu Welle ${p.to}:`,
  compareActors: (p) => `Akteure: ${p.added} neu, ${p.lost} nicht mehr dabei`,
  compareTies: (p) => `Verbindungen: ${p.added} neu, ${p.lost} weggefallen`,
  compareDistricts: (p) =>
    `Mehr Verbindungen über Stadtteilgrenzen: ${p.gained || "keine"}; weniger: ${p.lost || "keine"}`,
  compareSuppressed: (p) =>
    `nicht ausgewiesen (< ${p.k}, zu wenige Akteure, zu ihrem Schutz): ${p.districts}`,
};
