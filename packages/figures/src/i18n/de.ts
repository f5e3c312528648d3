/** Deutsche Texte der Abbildungen. */
import type { FigureMessages } from "./en.js";

const number = new Intl.NumberFormat("de-DE", { maximumFractionDigits: 1 });

export const figureMessagesDe: FigureMessages = {
  locale: "de-DE",
  number: (value) => number.format(value),
  percent: (value) => (value === null ? "trifft nicht zu" : `${Math.round(value * 100)} %`),
  points: (value) =>
    `${value > 0 ? "+" : value < 0 ? "−" : "±"}${Math.abs(Math.round(value * 100))} Prozentpunkte`,
  date: (iso) => {
    const [y, m, d] = iso.split("-") as [string, string, string];
    return `${d}.${m}.${y}`;
  },
  quote: (text) => `„${text}“`,
  dataset: (name) => `Datensatz „${name}“`,
  wave: (wave) => `Welle ${wave}`,
  Wave: (wave) => `Welle ${wave}`,
  waves: (from, to) => `Wellen ${from} und ${to}`,
  wavesRange: (from, to) => `Wellen ${from} bis ${to}`,
  asOf: (date) => `Stand ${date}`,
  source: (p) =>
    ["Quelle: vernetzt", p.dataset ? `Datensatz „${p.dataset}“` : "", p.wave ?? ""]
      .filter(Boolean)
      .join(", "),
  suppressed: (k) => `< ${k}`,
  suppressedNote: (p) =>
    `Weniger als ${p.k} Akteure, darunter Privatpersonen (aus Datenschutzgründen nicht gezeigt): ${p.names}.`,
  list: (items) =>
    items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} und ${items.at(-1)}`,
  more: (count) => `${count} weitere`,
  missing: "keine Angabe",

  indicator: {
    title: "Indikator 6.3.3 „Akteure der Stadtgesellschaft kennen sich“ über die Befragungswellen",
    composite: "Indikator 6.3.3",
    axisWave: "Befragungswelle",
    axisShare: "Anteil (%)",
    interval: "Unsicherheitsbereich (95 %)",
    note: "Jeder Bestandteil liegt zwischen 0 % und 100 %; 100 % ist das Ziel.",
    intervalNote: "Graue Balken: Unsicherheitsbereich (95 %) des Indikators.",
    message: (p) =>
      p.direction === 0
        ? `Von Welle ${p.from} zu Welle ${p.to} blieb der Indikator bei ${p.last}.`
        : `Von Welle ${p.from} zu Welle ${p.to} ${p.direction > 0 ? "stieg" : "sank"} der Indikator von ${p.first} auf ${p.last} (${p.change}).`,
    messageOne: (p) =>
      `In Welle ${p.wave} steht der Indikator bei ${p.value}; ein Verlauf braucht eine zweite Welle.`,
  },

  groups: (by) =>
    by === "district"
      ? { plural: "Stadtteile", between: "Stadtteilen" }
      : by === "sector"
        ? { plural: "Bereiche", between: "Bereichen" }
        : { plural: "Gruppen", between: "Gruppen" },

  gapMatrix: {
    title: (p) => `Verbindungen zwischen ${p.between} im Verhältnis zur Erwartung`,
    ramp: "beobachtet ÷ erwartet",
    within: "innerhalb",
    note: (p) =>
      `Zahl in der Zelle: beobachtete Verbindungen. Orange: weniger als erwartet (Lücke), lila: mehr. Grau: dieselbe Gruppe. „< ${p.k}“: weniger als ${p.k} Akteure, darunter Privatpersonen, aus Datenschutzgründen nicht gezeigt.`,
    message: (p) =>
      `Die größte Lücke: ${p.a} und ${p.b} haben ${p.observed} ${p.observed === "1" ? "Verbindung" : "Verbindungen"}, erwartet wären ${p.expected}.`,
    none: (p) => `Kein Paar von ${p.between} hat deutlich weniger Verbindungen als erwartet.`,
  },

  gapMap: {
    title: "Verbindungen und Lücken zwischen den Stadtteilen",
    place: "Stadtteil (Fläche nach Zahl der Akteure)",
    ties: "Verbindungen über Stadtteilgrenzen (dicker = mehr)",
    gap: (p) => `Lücke, die kaum Zufall ist (p ≤ ${p.p})`,
    note: "Alle Lücken mit Begründung: im Dashboard (Lückenkarte) und mit „vernetzt gaps“.",
    message: (p) =>
      `${p.count} ${p.count === 1 ? "Lücke" : "Lücken"} zwischen Stadtteilen ${p.count === 1 ? "ist" : "sind"} kaum Zufall; die größte: ${p.a} und ${p.b} (${p.observed} statt ${p.expected} erwarteter Verbindungen).`,
    none: "Keine Lücke zwischen Stadtteilen ist deutlich mehr als Zufall.",
  },
  // Die schematische Lückenkarte (#21, w21-firstscreen): Stadtteile ohne Koordinaten.
  schematicGapMap: {
    title: (p) => `Verbindungen und Lücken zwischen ${p.between} (schematisch)`,
    place: (p) =>
      `${p.by === "district" ? "Stadtteil" : p.by === "sector" ? "Bereich" : "Gruppe"} (Fläche nach Zahl der Akteure)`,
    ties: (p) =>
      `Verbindungen über ${p.by === "district" ? "Stadtteil" : p.by === "sector" ? "Bereichs" : "Gruppen"}grenzen (dicker = mehr)`,
    isolatedKey: (p) =>
      `ohne Verbindung in ${p.by === "district" ? "einen anderen Stadtteil" : p.by === "sector" ? "einen anderen Bereich" : "eine andere Gruppe"}`,
    apartHeading: (p) =>
      `Ohne Verbindung in ${p.by === "district" ? "einen anderen Stadtteil" : p.by === "sector" ? "einen anderen Bereich" : "eine andere Gruppe"}`,
    note: (p) =>
      `Schematisch: die ${p.plural} haben keine Koordinaten; sie stehen alphabetisch im Kreis, ihre Lage sagt nichts über die Lage in der Stadt. Alle Lücken mit Begründung: im Dashboard (Lückenkarte) und mit „vernetzt gaps“.`,
    isolatedMessage: (p) =>
      `${p.names} ${p.count === 1 ? "hat" : "haben"} keine Verbindung in ${p.by === "district" ? "einen anderen Stadtteil" : p.by === "sector" ? "einen anderen Bereich" : "eine andere Gruppe"}.`,
    gapMessage: (p) =>
      `Die größte Lücke, die kaum Zufall ist: ${p.a} und ${p.b} (${p.observed} statt ${p.expected} erwarteter Verbindungen).`,
    none: (p) => `Keine Lücke zwischen ${p.between} ist deutlich mehr als Zufall.`,
  },
  network: {
    title: (p) =>
      p.byDistrict ? "Wer mit wem zusammenarbeitet, nach Stadtteil" : "Wer mit wem zusammenarbeitet",
    message: (p) =>
      `In Welle ${p.wave} arbeiten ${p.actors} Akteure über ${p.ties} Verbindungen zusammen` +
      (p.cross === null ? "." : `; ${p.cross} davon gehen über Stadtteilgrenzen.`),
    otherDistricts: (p) => `${p.count} weitere Stadtteile`,
    note: "Lage: Kräfte-Layout aller Wellen (jeder Akteur behält seinen Platz von Welle zu Welle). Größe: Zahl der Partner in dieser Welle. Hohl: ohne Verbindung in dieser Welle.",
  },
  changes: {
    title: (p) => `Was sich von Welle ${p.from} zu Welle ${p.to} geändert hat`,
    actors: "Akteure",
    ties: "Verbindungen",
    cross: "Verbindungen über Stadtteilgrenzen",
    gained: (p) => `neu in Welle ${p.to}`,
    lost: (p) => `weggefallen (waren in Welle ${p.from})`,
    districtsHeading: "Verbindungen über Stadtteilgrenzen, je Stadtteil",
    noDistrictChange: "Kein Stadtteil hat mehr oder weniger Verbindungen über seine Grenzen.",
    message: (p) =>
      `${p.newTies} neue und ${p.lostTies} weggefallene ${p.cross ? "Verbindungen über Stadtteilgrenzen" : "Verbindungen"}` +
      (p.top ? `; die größte Veränderung: ${p.top}.` : "."),
    note: "Ein Akteur zählt in einer Welle, wenn er dort eine Verbindung hat oder an der Befragung teilnahm; Verbindungen ohne Richtung verglichen.",
  },
  introductions: {
    title: "Wer sich kennenlernen sollte: die stärksten Empfehlungen",
    fit: "Passung",
    message: (p) =>
      `Die stärkste Empfehlung: ${p.a} und ${p.b} (Passung ${p.score} von 1)${p.reason ? ` – ${p.reason}` : ""}.`,
    none: "Keine Empfehlung: keine zwei Akteure ohne Verbindung teilen Angebot, Bedarf, Thema oder Partner.",
    note: "Passung von 0 bis 1: Angebot und Bedarf (35 %), gemeinsame Themen (20 %), gemeinsame Partner (20 %), Nähe (15 %), Brücken zwischen Stadtteilen, Bereichen und Gruppen (10 %). Jedes Paar einmal, darunter der wichtigste Grund.",
  },
  report: {
    skipped: {
      gapMap:
        "Lückenkarte: die Stadtteile haben keine Koordinaten (Spalten Breitengrad und Längengrad in der Stadtteiltabelle)",
      noDistricts: "Lückenkarte und Lückenmatrix: die Akteure haben keinen Stadtteil und keinen Bereich",
      whatChanged:
        "Was sich geändert hat: der Datensatz hat eine Befragungswelle; ein Vergleich braucht zwei",
    },
    fromAfterTo: (p) => `--from ${p.from} liegt nach --to ${p.to}: mit --from die frühere Welle angeben.`,
    titleSlide: (p) => `Netzwerkbericht: ${p.dataset}`,
    titleMessage: (p) => `${p.actors} Akteure, ${p.ties} Verbindungen, ${p.waves}.`,
    leftOut: "Nicht enthalten:",
    contents: "Inhalt",
    made: (p) => `Erstellt mit vernetzt am ${p.date}.`,
    slide: (p) => `${p.index}/${p.total}`,
  },
};
