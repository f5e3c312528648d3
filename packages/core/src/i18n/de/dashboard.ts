/** Deutsche Texte der interaktiven Ansichten des Dashboards (Netzwerk, Legende, Akteurstabelle, Profil). */
import type { DashboardMessages } from "../en/dashboard.js";

export const dashboardMessagesDe: DashboardMessages = {
  controls: "Darstellung und Filter",
  colourBy: "Farbe nach",
  sizeBy: "Größe nach",
  sizeEqual: "alle gleich",
  filterDistrict: "Stadtteil",
  filterSector: "Bereich",
  filterTopic: "Thema",
  filterWave: "Befragungswelle",
  all: "alle",
  allWaves: "alle Wellen",
  search: "Akteur suchen",
  searchHint: "Namen eingeben und Enter drücken.",
  searchNotFound: (p) => `Kein Akteur hat „${p.query}“ im Namen.`,
  reset: "Ansicht zurücksetzen",
  attributes: { district: "Stadtteil", sector: "Bereich", community: "eng verbundene Gruppe", kind: "Art" },
  missingValue: "keine Angabe",
  otherValues: (p) => `${p.count} weitere`,
  valuesOfWave: (p) => `Maße und Gruppen der Welle ${p.wave}.`,
  legend: "Legende",
  networkLabel: (p) =>
    `Netzwerkbild mit ${p.actors} Akteuren und ${p.ties} Verbindungen. ` +
    "Die Tabelle darunter enthält dieselben Akteure.",
  shownCount: (p) => `${p.actors} von ${p.total} Akteuren und ${p.ties} Verbindungen angezeigt.`,
  tableCaption: "Angezeigte Akteure mit der Zahl ihrer Verbindungen in der aktuellen Auswahl",
  tableName: "Name",
  tableTies: "Verbindungen",
  topics: "Themen",
  offers: "Bietet",
  needs: "Sucht",
  neighbours: "Arbeitet zusammen mit",
  noNeighbours: "Keine Verbindungen in der aktuellen Auswahl.",
  profileHint: "Einen Akteur im Bild oder einen Namen in der Tabelle anklicken, um sein Profil zu sehen.",
  profileLink: "Ganzes Profil auf der Seite Akteure",
  recommendationsLink: "Wen dieser Akteur kennenlernen sollte (Empfehlungen)",
  close: "Schließen",
  exportNetwork: "Bild",
  noActors: "Kein Akteur passt zu den Filtern.",
  filtersAbsent: ({ names }) =>
    `Keine Auswahl nach ${names}: die Daten haben diese Spalte nicht (oder nur eine Befragungswelle).`,
  moreRows: ({ count }) =>
    `… und ${count.toLocaleString("de-DE")} weitere Akteure: einen Namen suchen oder filtern, um sie aufzulisten.`,
  banner: {
    label: "Angezeigter Datensatz",
    built: ({ name }) => `Angezeigt: Datensatz „${name}“ (in dieses Dashboard eingebaut).`,
    uploaded: "Eigene Daten (nur in diesem Browser)",
    uploadedDetail: ({ files, savedAt }) => `Aus ${files}, geladen am ${savedAt}.`,
    storage: "Nur im Speicher dieses Browsers auf diesem Rechner abgelegt und nirgendwohin gesendet.",
    back: "Zurück zum mitgelieferten Datensatz",
    loadOwn: "Eigene Daten laden",
  },
  suppressed: "< 5",
  suppressedHint: ({ k }) =>
    `„< 5“: weniger als ${k} Akteure in diesem Stadtteil, darunter Privatpersonen; seine Werte werden nicht gezeigt, damit niemand erkennbar wird.`,
  suppressedPairHint: ({ k }) =>
    `„< ${k}“: weniger als ${k} Akteure in einer der beiden Gruppen, darunter Privatpersonen; ihre Verbindungen werden nicht gezeigt, damit niemand erkennbar wird.`,
  // Überblick, erster Bildschirm (#21): drei Fragen, beantwortet für die neueste Welle.
  firstScreen: {
    label: "Die drei Fragen auf einen Blick",
    knowEachOther: "Kennen sich die Akteure?",
    indicatorOf: (p) => `Indikator 6.3.3, Welle ${p.wave}`,
    noIndicator: "Noch kein Wert: der Indikator braucht Verbindungen in der neuesten Welle.",
    trend: (p) =>
      p.direction === "same"
        ? `etwa gleich wie in Welle ${p.previousWave} (${p.previous})`
        : `${p.direction === "up" ? "▲ gestiegen" : "▼ gesunken"} um ${p.points} Prozentpunkte seit Welle ${p.previousWave} (${p.previous})`,
    interval: (p) => `Unsicherheitsbereich ${p.low} – ${p.high}`,
    noRespondents:
      "Kein Unsicherheitsbereich: die Daten sagen nicht, wer an der Befragung teilgenommen hat (Liste der Befragten, Tabelle „Antworten“).",
    intervalHint:
      "95-%-Bereich: Hätten andere Akteure an der Befragung teilgenommen, läge der Wert mit großer Wahrscheinlichkeit in diesem Bereich (Bootstrap über die Antwortenden, siehe Methodik).",
    weakest: (p) => `Am schwächsten: ${p.component} – ${p.value}`,
    toIndicator: "Verlauf und Stadtteile: Entwicklung",
    thin: "Wo ist das Netz dünn?",
    isolated: (p) =>
      `: keine einzige Verbindung in einen anderen ${p.by === "district" ? "Stadtteil" : "Bereich"} (${p.actors} Akteure).`,
    pair: (p) =>
      `: ${p.observed === 0 ? "keine Verbindung" : p.observed === 1 ? "1 Verbindung" : `${p.observed} Verbindungen`}, ${p.expected} erwartet${
        p.certainty === "clear"
          ? " – kaum Zufall"
          : p.certainty === "likely"
            ? " – wohl kein Zufall"
            : p.certainty === "maybeChance"
              ? " – kann Zufall sein"
              : ""
      }.`,
    certaintyHint:
      "Wie leicht die Lücke Zufall sein kann: Anteil zufälliger Umverteilungen der Verbindungen mit ebenso wenigen Verbindungen (p-Wert, siehe Methodik).",
    unconnected: (p) => ` von ${p.total} Akteuren haben in Welle ${p.wave} keine einzige Verbindung.`,
    parts: (p) =>
      `Das Netz zerfällt in ${p.parts} getrennte Teile; der größte umfasst ${p.largest} von ${p.total} Akteuren.`,
    suppressedGaps: (p) =>
      `${p.count} ${p.count === 1 ? "Lücke betrifft" : "Lücken betreffen"} kleine Gruppen mit Privatpersonen (weniger als 5 Akteure): zum Schutz der Beteiligten hier nicht gezeigt.`,
    noThinSpot: "Keine deutliche Lücke: jede Gruppe hat etwa so viele Verbindungen wie erwartet.",
    toGaps: "Alle Lücken mit Karte und Begründung: Lückenkarte",
    meet: "Wer sollte wen kennenlernen?",
    introductionOf: (p) => `${p.actor} und ${p.candidate}`,
    noIntroduction:
      "Keine Empfehlung: kein Paar ohne Verbindung passt nach Angeboten, Themen oder gemeinsamen Partnern zusammen.",
    toRecommendations: "Alle Empfehlungen: Empfehlungen",
    changedSince: (p) => `Was sich seit Welle ${p.wave} geändert hat`,
    tiesChange: (p) =>
      `Verbindungen: ${p.before} (Welle ${p.from}) → ${p.after} (Welle ${p.to}): ${p.new} neu, ${p.lost} weggefallen.`,
    meetings: (p) =>
      `Nur über gemeinsame Treffen: ${p.lostFromMeetings} der weggefallenen${p.meeting ? ` (vor allem ${p.meeting})` : ""} und ${p.newFromMeetings} der neuen; in der Befragung genannt: ${p.reportedNew} neu, ${p.reportedLost} weggefallen.`,
    meeting: (p) => `„${p.title}“${p.date ? ` am ${p.date}` : ""} mit ${p.attendees} Teilnehmenden`,
    crossDistrict: (p) =>
      `Über Stadtteilgrenzen: ${p.new} neu, ${p.lost} weggefallen${p.lostFromMeetings ? ` (davon ${p.lostFromMeetings} nur über Treffen)` : ""}.`,
    actorsChange: (p) =>
      `${p.new} ${p.new === 1 ? "Akteur" : "Akteure"} neu dabei, ${p.lost} nicht mehr dabei.`,
    toChanges: "Alle Veränderungen (weiter unten)",
  },
  // Netzwerk, Akteure (#21): Art in Worten, Legende mit jedem Namen, Profile sagen, aus welcher Welle.
  kinds: { organisation: "Organisation", person: "Person", group: "Gruppe" },
  legendPick: "Ein Eintrag anklicken hebt seine Akteure hervor; erneut klicken zeigt wieder alle.",
  legendPicked: (p) => `Hervorgehoben: ${p.value}. Erneut anklicken zeigt wieder alle.`,
  legendGrey: (p) => `grau (${p.count} weitere):`,
  waveName: (p) => `Welle ${p.wave}`,
  valuesIn: (p) => `Werte in Welle ${p.wave}`,
  partnersIn: (p) => `In Welle ${p.wave} (${p.count})`,
  partnersEarlier: (p) => `Nur in früheren Wellen (${p.count})`,
  partnersAllWaves: (p) => `Über alle Wellen zusammen: ${p.count} ${p.count === 1 ? "Partner" : "Partner"}`,
  actorsSearch: "Akteure suchen",
  actorsSearchHint:
    "Name, Stadtteil, Bereich, Thema, Angebot oder Bedarf; die Tabelle zeigt nur passende Akteure.",
  actorsShown: (p) =>
    `${p.shown.toLocaleString("de-DE")} von ${p.total.toLocaleString("de-DE")} Akteuren angezeigt.`,
  actorsCaption: (p) => `Alle ${p.total.toLocaleString("de-DE")} Akteure, nach Namen sortiert`,
  actorsTies: (p) => `Partner in Welle ${p.wave}`,
};
