/** Deutsche Texte des Tischplans (`vernetzt meeting plan`): Blätter, Tischkarten, Planzeilen, der Bericht. */
import type { SeatingMessages } from "../en/seating.js";

export const seatingMessagesDe: SeatingMessages = {
  lang: "de",
  round: (p) => `Runde ${p.round}`,
  table: (p) => `Tisch ${p.table}`,
  roundTable: (p) => `Runde ${p.round}, Tisch ${p.table}`,
  indexTitle: (p) => `Tischplan: ${p.title}`,
  indexIntro: (p) =>
    `${p.participants} Teilnehmende an ${p.tables} Tischen, ${p.rounds} ${p.rounds === 1 ? "Runde" : "Runden"}. Drucken Sie die Tischkarten für die Tische und geben Sie allen ihr persönliches Blatt.`,
  tableCardsLink: "Tischkarten (eine Seite je Runde und Tisch)",
  sheetsLink: "Persönliche Blätter (eine Seite je Person)",
  atTable: "An diesem Tisch",
  talkingPoints: "Gesprächsanlässe",
  noTalkingPoints: "An diesem Tisch ist kein Kennenlernen geplant: Zeit für eine offene Runde.",
  sheetTitle: (p) => `Ihr Tischplan, ${p.name}`,
  talkTo: "Sprechen Sie mit",
  alsoAtTable: "Außerdem am Tisch",
  nobodyToSeek: "In dieser Runde ist kein Kennenlernen geplant: lernen Sie die anderen am Tisch kennen.",
  offers: (p) => `bietet, was Sie suchen: ${p.item}`,
  seeks: (p) => `sucht, was Sie bieten: ${p.item}`,
  gap: (p) => `aus ${p.theirs}: zwischen ${p.yours} und ${p.theirs} gibt es bisher kaum Verbindungen`,
  recommended: (p) => `ein für Sie empfohlener Kontakt (Platz ${p.rank})`,
  pairLine: (p) => `${p.a} – ${p.b}: ${p.parts.join("; ")}`,
  partOffer: (p) => `${p.offeredBy} bietet, was ${p.soughtBy} sucht (${p.item})`,
  partGap: (p) => `über die Lücke ${p.districts[0]} – ${p.districts[1]}`,
  partRecommended: "empfohlen",
  morePairs: (p) => `… und ${p.count} ${p.count === 1 ? "weiteres Paar" : "weitere Paare"}.`,
  footer: (p) => `vernetzt · ${p.title}`,
  columns: {
    round: "Runde",
    table: "Tisch",
    id: "ID",
    name: "Name",
    district: "Stadtteil",
    sector: "Sektor",
    talkTo: "Sprechen Sie mit",
  },
  quality: (p) =>
    `Wertvolle Paare, die sich treffen: ${p.met} von ${p.valuable}. Zufällige Sitzordnung: im Mittel ${p.mean}, 95. Perzentil ${p.p95}; der Plan ist besser als ${p.beaten} % von ${p.draws} zufälligen Plänen.`,
  noValuablePairs:
    "Kein Paar unter den Teilnehmenden hat ein passendes Angebot und einen Bedarf, eine Empfehlung oder eine Lücke zwischen ihren Stadtteilen: der Plan mischt nur die Tische.",
  splitViolations: (p) =>
    `${p.count} ${p.count === 1 ? "Paar" : "Paare"} derselben Organisation sitzen an einem Tisch: es gibt mehr Vertretungen als Tische.`,
  written: (p) =>
    `Tischplan in ${p.dir} geschrieben: index.html, Tischkarten, persönliche Blätter, CSV und XLSX.`,
  participantsUnreadable: (p) => `Die Teilnahmeliste ${p.file} lässt sich nicht lesen: ${p.reason}`,
  participantProblem: {
    unknown: (p) =>
      `${p.file}, Zeile ${p.row}: „${p.value}“ steht nicht in den Daten (weder ID noch Name eines Akteurs): als Gast eingeplant, ohne bekannte Angebote und Bedarfe. Falls es ein Tippfehler ist: den Namen wie in der Akteursliste schreiben oder die ID.`,
    ambiguous: (p) =>
      `${p.file}, Zeile ${p.row}: mehrere Akteure heißen „${p.value}“: als Gast eingeplant; bitte die ID schreiben, damit klar ist, wer gemeint ist.`,
    duplicate: (p) =>
      `${p.file}, Zeile ${p.row}: „${p.value}“ steht doppelt auf der Liste; einmal eingeplant.`,
    variant: (p) => `${p.file}, Zeile ${p.row}: „${p.value}“ gelesen als „${p.actor}“.`,
    typo: (p) => `${p.file}, Zeile ${p.row}: „${p.value}“ gelesen als „${p.actor}“ (Tippfehler?).`,
  },
  repeatedPairs: (p) =>
    `${p.count} ${p.count === 1 ? "Paar sitzt" : "Paare sitzen"} in mehr als einer Runde zusammen: der Plan stellt ein wertvolles Kennenlernen vor ein neues Gesicht am Tisch.`,
  unknownMeeting: (p) =>
    `Es gibt kein Treffen „${p.meeting}“. Treffen: ${p.meetings.slice(0, 12).join(", ")}${p.meetings.length > 12 ? ", …" : ""}.`,
};
