/** Deutsche Texte von `survey make` und `survey collect` und der Dashboard-Seite „Befragung“. */
import type { SurveyMessages } from "../en/survey.js";

const anzahl = (n: number, eins: string, viele: string) => `${n} ${n === 1 ? eins : viele}`;

export const surveyMessagesDe: SurveyMessages = {
  made: (p) =>
    `${anzahl(p.forms, "Fragebogen", "Fragebögen")} für Welle ${p.wave} in ${p.dir} geschrieben: jeweils als Excel- (xlsx/), Browser- (html/) und Papierfassung (papier/), dazu Anschreiben.txt und Verteiler.csv (wer welchen Fragebogen bekommt).`,
  letterPlaceholders: (p) =>
    `Im Anschreiben stehen noch ${p.missing.map((x) => `«${x}»`).join(" und ")}: selbst eintragen oder die Fragebögen mit ${p.missing.map((x) => (x === "Kontakt" ? "--contact" : "--deadline")).join(" und ")} neu erstellen.`,
  notAsked: (p) =>
    `${anzahl(p.persons, "Person", "Personen")} ohne Einwilligung ${p.persons === 1 ? "bekommt" : "bekommen"} keinen Fragebogen und ${p.persons === 1 ? "steht" : "stehen"} auf keinem.`,
  heading: (p) => `Befragung Welle ${p.wave}: ${anzahl(p.files, "Datei", "Dateien")} gelesen.`,
  answered: (p) => `Geantwortet: ${p.answered} von ${p.surveyed} Akteuren (${p.rate} %).`,
  missingHeading: (p) => `Noch keine Antwort (${p.missing}) – zum Erinnern:`,
  missingReason: {
    none: "",
    empty: "hat einen leeren Fragebogen geschickt",
    broken: "hat eine Datei geschickt, die nicht lesbar war",
  },
  inferred: (p) => `${p.name}: Im Fragebogen fehlte die ID („Über uns“); erkannt an der Liste in ${p.file}.`,
  duplicatesHeading: "Mehrfach zurückgeschickt:",
  duplicate: (p) =>
    `${p.name}: ${p.kept} verwendet, nicht ${p.dropped} (${{ identical: "dieselben Antworten", later: "später gespeichert", moreAnswers: "mehr Antworten", order: "gleiches Datum und gleich viele Antworten: die erste nach Inhalt" }[p.why]})`,
  brokenHeading: "Nicht verwendbare Dateien (alles andere ist übernommen):",
  broken: (p) =>
    `${p.file}: ${
      {
        UNREADABLE: `keine lesbare Excel-Datei (${p.detail})`,
        NOT_A_FORM: `kein Fragebogen der Befragung${p.detail ? ` (gefunden: ${p.detail})` : ""}`,
        OTHER_FORMAT: `eine ${p.detail.toUpperCase()}-Datei; bitte den Fragebogen als .xlsx (Excel-Arbeitsmappe) speichern und neu schicken lassen`,
        UNFILLED_HTML:
          "ein Browser-Fragebogen ohne gespeicherte Antworten: bitte „Antworten speichern“ klicken und die gespeicherte Datei schicken lassen",
        NO_RESPONDENT:
          "im Blatt „Über uns“ fehlt die ID, und an der Liste ist nicht zu erkennen, wer geantwortet hat",
        RESPONDENT_UNKNOWN: `die ID „${p.detail}“ in „Über uns“ ist kein Akteur des Datensatzes`,
        OTHER_WAVE: `ein Fragebogen der Welle ${p.detail}, nicht der gesammelten Welle`,
      }[p.reason] ?? p.reason
    }`,
  problemsHeading: "Übergangene Zeilen (der Rest des Fragebogens ist übernommen):",
  problem: (p) =>
    `${p.file}${p.row === null ? "" : `, Zeile ${p.row}`}: ${
      {
        LEVEL_INVALID: `„${p.value}“ ist keine der vier Antworten`,
        ID_UNKNOWN: `ID „${p.value}“ steht nicht in der Liste; die Zeile gilt als nachgetragener Partner`,
        ROW_REPEATED: `der Akteur ${p.value} steht zweimal da; die erste Antwort zählt`,
        ROW_SELF: "eine Antwort über sich selbst",
        LEVEL_WITHOUT_NAME: `eine Antwort („${p.value}“) in einer Zeile ohne Namen`,
      }[p.code] ?? p.code
    }`,
  pairs: (p) =>
    `Genannte Paare unter den Akteuren der Liste: ${p.named} – von beiden Seiten (bestätigt) ${p.confirmed}, von einer Seite ${p.otherAnswered + p.otherMissing} (die andere Seite hat geantwortet, aber nicht genannt: ${p.otherAnswered}; die andere Seite hat noch nicht geantwortet: ${p.otherMissing}).`,
  disagreements: (p) =>
    `Beide Seiten haben verschieden geantwortet: ${anzahl(p.count, "Paar", "Paare")} (es zählt zunächst die höhere Stufe: --rule max).`,
  disagreement: (p) => `${p.a}: „${p.levelA}“ – ${p.b}: „${p.levelB}“`,
  writeInsResolved: (p) => `Nachgetragene Partner, die schon in der Liste stehen: ${p.count}`,
  writeInResolved: (p) => `„${p.name}“ = ${p.actor} (genannt von ${p.by})`,
  writeInsAdded: (p) => `Nachgetragene Partner, als neue Akteure aufgenommen: ${p.count}`,
  writeInAdded: (p) => `„${p.name}“ → ${p.id} (genannt von ${p.by})`,
  writeInsWithoutTie: (p) =>
    `Nachgetragen mit „kennen wir nicht“ (keine Beziehung, nicht aufgenommen): ${p.count}`,
  writeInWithoutTie: (p) => `„${p.name}“ (von ${p.by})`,
  offers: (p) =>
    `Angebote geändert bei ${anzahl(p.offers, "Akteur", "Akteuren")}, Bedarfe bei ${anzahl(p.needs, "Akteur", "Akteuren")}.`,
  replaced: (p) =>
    `${anzahl(p.count, "frühere Antwort", "frühere Antworten")} dieser Akteure in dieser Welle ersetzt.`,
  written: (p) =>
    `Datensatz mit der neuen Welle in ${p.dir} geschrieben (Bericht und Erinnerungsliste in ${p.dir}/befragung/).`,
  more: (p) => `… und ${p.count} weitere (alle im JSON-Bericht).`,
  moreMissing: (p) => `… und ${p.count} weitere (alle in ${p.file}).`,
};
