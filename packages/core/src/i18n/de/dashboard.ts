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
  attributes: { district: "Stadtteil", sector: "Bereich", community: "Gruppe (Community)", kind: "Art" },
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
    storage:
      "Nur im Speicher dieses Browsers (IndexedDB) auf diesem Rechner abgelegt und nirgendwohin gesendet.",
    back: "Zurück zum mitgelieferten Datensatz",
    loadOwn: "Eigene Daten laden",
  },
  suppressed: "< 5",
  suppressedHint: ({ k }) =>
    `„< 5“: weniger als ${k} Akteure in diesem Stadtteil; seine Werte werden nicht gezeigt, damit niemand erkennbar wird.`,
  suppressedPairHint: ({ k }) =>
    `„< ${k}“: weniger als ${k} Akteure in einer der beiden Gruppen; ihre Verbindungen werden nicht gezeigt, damit niemand erkennbar wird.`,
};
