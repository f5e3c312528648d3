/**
 * Deutsche Texte der Fragebögen (XLSX, HTML, Papier) und des Anschreibens der Befragung „Wer kennt wen?“.
 * Die Fragebögen gibt es nur auf Deutsch: Sie gehen an die Akteure einer deutschen Stadt.
 */

export const surveyFormTextsDe = {
  heading: "Wer kennt wen?",
  subtitle: (p: { title: string; wave: string }) => `Befragung zum Netzwerk ${p.title} – Welle ${p.wave}`,
  formFor: "Fragebogen für",
  question:
    "Wie gut kennt Ihre Einrichtung die anderen Akteure? Wählen Sie bei jedem Akteur eine Antwort. Wenn Sie es nicht sagen können, lassen Sie die Zeile leer.",
  answers: {
    0: "Wir haben von diesem Akteur noch nichts gehört.",
    1: "Wir wissen, dass es ihn gibt und was er ungefähr tut.",
    2: "Wir kennen dort Ansprechpersonen und haben Kontakt.",
    3: "Wir arbeiten zusammen: gemeinsame Angebote, Projekte oder regelmäßige Absprachen.",
  },
  noDistrict: "ohne Stadtteil",
  noSector: "ohne Bereich",
  columns: {
    id: "ID",
    name: "Name",
    district: "Stadtteil",
    sector: "Bereich",
    level: "Stufe",
    note: "Anmerkung",
  },
  aboutSheet: "Über uns",
  contactsSheet: "Kontakte",
  guideSheet: "Anleitung",
  about: { id: "ID", name: "Name", wave: "Welle", offers: "Wir bieten", needs: "Wir suchen" },
  offersHint:
    "Was können Sie anderen anbieten (Räume, Beratung, Ehrenamtliche …)? Mehreres mit Semikolon trennen.",
  needsHint: "Was suchen Sie von anderen? Mehreres mit Semikolon trennen.",
  writeInHeading: "Fehlt jemand?",
  writeInHint:
    "Arbeiten Sie mit jemandem, der nicht in der Liste steht? Tragen Sie ihn hier ein: Name, wenn bekannt Stadtteil und Bereich, und die Stufe.",
  writeInXlsxHint:
    "Fehlt jemand? Unter der Liste sind leere Zeilen: ID leer lassen, Name, Stadtteil, Bereich und Stufe eintragen.",
  levelPrompt: {
    title: "Stufe wählen",
    text: "kennen wir nicht · wissen voneinander · kennen uns · arbeiten zusammen. Leer lassen, wenn Sie es nicht sagen können.",
  },
  levelError: {
    title: "Bitte aus der Liste wählen",
    text: "Erlaubt sind: kennen wir nicht, wissen voneinander, kennen uns, arbeiten zusammen – oder die Zelle leer lassen.",
  },
  guide: (p: { contact: string; deadline: string }) => [
    "So füllen Sie den Fragebogen aus",
    "1. Blatt „Kontakte“: Wählen Sie in der Spalte „Stufe“ für jeden Akteur eine Antwort aus der Liste.",
    "   kennen wir nicht – wissen voneinander – kennen uns – arbeiten zusammen.",
    "   Wenn Sie es nicht sagen können, lassen Sie die Zelle leer.",
    "2. Fehlt jemand? Unter der Liste sind leere Zeilen: ID leer lassen, Name, Stadtteil, Bereich und Stufe eintragen.",
    "3. Blatt „Über uns“: Tragen Sie ein, was Sie anbieten und was Sie suchen.",
    "   Bitte die ID in „Über uns“ nicht ändern: an ihr erkennen wir Ihre Antworten.",
    `4. Speichern Sie die Datei und schicken Sie sie ${p.contact ? `an ${p.contact}` : "zurück"}${p.deadline ? ` – bitte bis ${p.deadline}` : ""}.`,
    "Der Dateiname darf sich ändern; jedes Programm, das Excel-Dateien speichert (Excel, LibreOffice, Numbers), geht.",
    "Ihre Antworten sieht nur die Koordination. Veröffentlicht werden nur zusammengefasste Zahlen.",
  ],
  saveButton: "Antworten speichern",
  savedNote: (p: { file: string; contact: string; deadline: string }) =>
    `Gespeichert als „${p.file}“ (im Download-Ordner). Bitte schicken Sie diese Datei ${p.contact ? `an ${p.contact}` : "per E-Mail zurück"}${p.deadline ? ` – bis ${p.deadline}` : ""}. Sie können sie später wieder öffnen und weiter ausfüllen.`,
  saveHint:
    "Ihre Antworten werden nur auf diesem Rechner gespeichert – als Datei, die Sie zurückschicken. Diese Seite sendet nichts ins Internet.",
  unsaved: "Es gibt ungespeicherte Antworten.",
  /** `{answered}` and `{total}` are filled in by the form's script. */
  progress: "{answered} von {total} Akteuren beantwortet",
  filter: "Suchen",
  filterHint: "Name, Stadtteil oder Bereich",
  clear: "leeren",
  addRow: "Weitere Zeile",
  noScript:
    "Dieser Fragebogen braucht JavaScript. Bitte öffnen Sie die Datei in einem Browser (Firefox, Edge, Chrome, Safari) – nicht in der Vorschau des E-Mail-Programms. Oder nutzen Sie den Excel-Fragebogen.",
  privacy:
    "Datenschutz: Dieser Fragebogen zeigt die Namen, Stadtteile und Bereiche der beteiligten Einrichtungen (Personen nur mit ihrer Einwilligung). Ihre Antworten sieht nur die Koordination; veröffentlicht werden nur zusammengefasste Zahlen, kleine Gruppen werden nicht gezeigt.",
  print: {
    heading: "Papierfassung",
    instruction: "Bitte kreuzen Sie je Zeile ein Kästchen an.",
    returnTo: (p: { contact: string; deadline: string }) =>
      `Bitte zurück ${p.contact ? `an ${p.contact}` : "an die Koordination"}${p.deadline ? ` – bis ${p.deadline}` : ""}.`,
    page: "Seite",
    hitherto: "Bisher",
  },
  letter: (p: { title: string; wave: string; contact: string; deadline: string }) =>
    [
      `Betreff: Wer kennt wen? Befragung zum Netzwerk ${p.title} (Welle ${p.wave})`,
      "",
      "Guten Tag,",
      "",
      `die Akteure unserer Stadt sollen voneinander wissen, sich kennen und zusammenarbeiten. Um zu sehen, wie weit wir damit sind und wo Verbindungen fehlen, bitten wir Sie, einen kurzen Fragebogen für «Name» auszufüllen.`,
      "",
      "Im Fragebogen stehen alle beteiligten Einrichtungen, geordnet nach Stadtteil und Bereich. Bitte wählen Sie bei jeder eine Antwort:",
      "  - kennen wir nicht",
      "  - wissen voneinander: Wir wissen, dass es sie gibt und was sie ungefähr tut.",
      "  - kennen uns: Wir kennen dort Ansprechpersonen und haben Kontakt.",
      "  - arbeiten zusammen: gemeinsame Angebote, Projekte oder regelmäßige Absprachen.",
      "Wenn Sie es nicht sagen können, lassen Sie die Zeile leer. Fehlt jemand, mit dem Sie zusammenarbeiten, tragen Sie ihn unten ein. Außerdem fragen wir, was Sie anbieten und was Sie suchen.",
      "",
      "Sie haben drei Wege, den Fragebogen auszufüllen – wählen Sie einen:",
      "  1. Excel-Datei (Fragebogen-….xlsx): in Excel, LibreOffice oder Numbers öffnen, ausfüllen, speichern, zurückschicken.",
      "  2. Browser-Datei (Fragebogen-….html): mit einem Browser öffnen (Doppelklick; nicht in der E-Mail-Vorschau), ausfüllen, „Antworten speichern“ klicken und die gespeicherte Datei zurückschicken. Die Seite funktioniert ohne Internet und sendet nichts.",
      "  3. Papier (Papierfassung-….html ausdrucken): ankreuzen und per Post oder eingescannt zurückschicken.",
      "",
      `Bitte schicken Sie Ihre Antworten ${p.contact ? `an ${p.contact}` : "an «Kontakt»"} – bis ${p.deadline || "«Datum»"}. Das Ausfüllen dauert etwa 15 Minuten.`,
      "",
      "Datenschutz: Der Fragebogen zeigt Ihnen die Namen, Stadtteile und Bereiche der beteiligten Einrichtungen; Personen stehen darin nur, wenn sie eingewilligt haben. Ihre Antworten sieht nur die Koordination. Veröffentlicht werden nur zusammengefasste Zahlen (zum Beispiel, wie viele Einrichtungen über Stadtteilgrenzen zusammenarbeiten); Zahlen zu Gruppen mit weniger als fünf Akteuren werden nicht gezeigt. Die Teilnahme ist freiwillig.",
      "",
      "Herzlichen Dank für Ihre Mithilfe!",
      "",
      "«Name der Koordination»",
      "",
    ].join("\n"),
} as const;

export type SurveyFormTexts = typeof surveyFormTextsDe;
