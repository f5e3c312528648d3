/** Deutsche Meldungen der Datensatz-Prüfung, eine je Code (siehe `docs/validation-codes.md`). */
import type { ValidationMessages } from "../../io/validation-report.js";

const q = (value: string | undefined): string => `„${value ?? ""}“`;

export const VALIDATION_MESSAGES_DE: ValidationMessages = {
  FILE_MISSING: (p) => `Die Pflichtdatei ${p.detail} fehlt (englisch: ${p.value}). Bitte ergänzen.`,
  FILE_EMPTY: (p) =>
    `Die Datei ist leer${p.detail ? ` (${p.detail})` : ""}. Bitte mit Kopfzeile und Daten neu speichern.`,
  FILE_ENCODING: () =>
    "Die Datei lässt sich nicht als Text lesen (Binärdaten?). Bitte in Excel als „CSV UTF-8“ oder als .xlsx speichern.",
  FILE_FORMAT: (p) => `Die Datei lässt sich nicht lesen: ${p.value}. Ist es eine gültige ${p.detail}-Datei?`,
  FILE_TOO_LARGE: (p) =>
    `Die Datei ist zu groß zum Laden (${p.value}; die Grenze ist ${p.detail}) und wurde nicht gelesen. Bitte aufteilen, nicht benötigte Spalten entfernen oder die Grenze erhöhen (Option maxFileBytes; Kommandozeile: Umgebungsvariable VERNETZT_MAX_FILE_MB).`,
  FILE_UNKNOWN: (p) =>
    `Weder Name noch Spalten dieser Datei bzw. dieses Blatts zeigen, welche Tabelle sie ist; sie wurde übergangen. Bekannte Tabellen: ${p.detail}. Falls sie dazugehört: umbenennen oder angeben, was sie ist (vernetzt validate --columns "NAME=ties").`,
  JSON_TOO_DEEP: (p) =>
    `Das JSON ist tiefer als ${p.detail} Ebenen verschachtelt (${p.value}); es wurde nicht gelesen. Ein Datensatz braucht etwa fünf Ebenen: Ist es die richtige Datei? Sonst den Wert an dieser Stelle vereinfachen.`,
  JSON_DUPLICATE_KEY: (p) =>
    `Der Schlüssel ${q(p.value)} kommt in einem Objekt zweimal vor (${p.detail}); es wurde nicht gelesen, weil unklar ist, welcher Wert gilt. Bitte einen davon löschen.`,
  XLSX_TOO_LARGE_UNPACKED: (p) =>
    `Die Arbeitsmappe entpackt sich zu ${p.value} Daten, mehr als die Grenze von ${p.detail}; sie wurde nicht gelesen, damit eine beschädigte oder manipulierte Datei den Arbeitsspeicher nicht erschöpft. Bitte nicht benötigte Blätter löschen und neu speichern oder die Blätter als CSV-Dateien speichern.`,
  XLSX_RANGE_TOO_LARGE: (p) =>
    `Dieses Blatt hat Inhalt bis hinaus zur Zelle ${p.value}: als Tabelle hätte es ${p.detail} Zellen, mehr als vernetzt liest (16,7 Millionen); die Arbeitsmappe wurde nicht gelesen. Bitte löschen, was weit unterhalb oder rechts der Tabelle steht (die leeren Zeilen und Spalten danach markieren, Entf), und neu speichern, oder das Blatt als CSV speichern.`,
  COLUMN_MISSING: (p) =>
    `Die Pflichtspalte ${q(p.detail)} fehlt (englisch: ${p.value}). Bitte eine Spalte mit dieser Überschrift ergänzen oder angeben, welche Spalte es ist (vernetzt validate --columns "TABELLE/SPALTE=${p.value}").`,
  COLUMN_DUPLICATE: (p) =>
    `Eine zweite Spalte für ${q(p.value)}: nur die erste wird verwendet, diese bleibt als zusätzliches Merkmal erhalten.`,
  COLUMN_IGNORED: () =>
    "Diese Spalte wird nicht verwendet: Teilnahme- und Antwortdateien haben keine zusätzlichen Merkmale. Ggf. in die Akteurs- oder Treffen-Datei verschieben.",
  ROW_TOO_MANY_FIELDS: (p) =>
    `Diese Zeile hat ${p.value} Felder, die Kopfzeile ${p.detail}; die Zeile wurde übergangen. Werte mit Trennzeichen in Anführungszeichen setzen.`,
  ROW_TOO_FEW_FIELDS: (p) =>
    `Diese Zeile hat ${p.value} Felder, die Kopfzeile ${p.detail}; fehlende Zellen gelten als leer.`,
  ROW_QUOTES: () =>
    "Ein Anführungszeichen wird nicht geschlossen; alles danach kann falsch gelesen werden. Bitte schließen oder entfernen.",
  ROW_NUL: () =>
    "Diese Zeile enthält ein Nullzeichen (NUL): die Datei ist an dieser Stelle beschädigt. Die Zeile wurde übergangen; bitte in Excel prüfen und neu speichern.",
  ACTORS_NONE: () =>
    "Es gibt keine Akteure: die Akteursdatei hat eine Kopfzeile, aber keine Daten. Bitte eine Zeile je Akteur eintragen.",
  ACTORS_ONLY: (p) =>
    `${q(p.value)} enthält nur Akteure (${p.detail} Zeilen) und keine Beziehungen – eine Akteursliste oder eine für Network Canvas geschriebene Liste (vernetzt export --format network-canvas-roster). Für die Auswertung des Netzwerks eine Beziehungstabelle daneben legen (beziehungen.csv). Um die Akteure erst nach ihren Beziehungen zu fragen, daraus die Fragebögen machen: vernetzt survey make mit derselben Datei oder demselben Ordner und --out fragebogen.`,
  ID_EMPTY: () => "Die ID ist leer; die Zeile wurde übergangen. Jede Zeile braucht eine eindeutige ID.",
  ID_INVISIBLE: (p) =>
    `Die ID „${p.value}“ enthält ein unsichtbares Zeichen (${p.detail}): sie sieht aus wie eine andere, ist aber eine eigene ID, und Verbindungen, die sie ohne das Zeichen schreiben, finden sie nicht. Bitte das Zeichen löschen.`,
  TEXT_BIDI: (p) =>
    `Diese Zelle enthielt ein Zeichen, das die Schreibrichtung umkehrt (${p.detail}, etwa eine Rechts-nach-links-Umkehrung); es hätte den Text in Grafiken und Seiten verdreht gezeigt. Es wurde entfernt: gelesen als „${p.value}“. Bitte das Zeichen in der Datei löschen.`,
  ID_DUPLICATE: (p) =>
    `Die ID ${q(p.value)} steht schon in Zeile ${p.detail}; diese Zeile wurde übergangen. IDs müssen eindeutig sein.`,
  NAME_EMPTY: (p) =>
    `Der Name ist leer; die ID ${q(p.value)} wird als Name verwendet. Bitte einen Namen eintragen.`,
  KIND_UNKNOWN: (p) =>
    `Unbekannte Art ${q(p.value)}: so übernommen${p.detail ? ` (${p.detail} Zeilen)` : ""}. Unterschieden werden nur Organisation, Person und Gruppe; Personen ohne Einwilligung werden pseudonymisiert, also für Menschen „Person“ schreiben.`,
  COORDINATE_INVALID: (p) =>
    `${q(p.value)} ist keine gültige Koordinate (${p.detail}); sie wurde übergangen. Bitte Dezimalgrad wie 48,89 schreiben.`,
  CONSENT_INVALID: (p) =>
    `Einwilligung ${q(p.value)} ist weder ja noch nein; gilt als nein (der Akteur wird pseudonymisiert). Bitte ja oder nein eintragen.`,
  DISTRICT_UNKNOWN: (p) =>
    `Stadtteil ${q(p.value)} steht nicht in der Stadtteil-Datei. Schreibweise prüfen oder Stadtteil ergänzen.`,
  MEMBER_OF_UNKNOWN: (p) =>
    `${q(p.value)} ist keine Akteurs-ID; die Zugehörigkeit wurde übergangen. Bitte die ID aus der Akteursdatei verwenden.`,
  TIE_ENDPOINT_EMPTY: () =>
    "Von oder Zu ist leer; die Beziehung wurde übergangen. Bitte beide Akteure eintragen (Name oder ID).",
  TIE_UNKNOWN_ACTOR: (p) =>
    p.detail
      ? `${q(p.value)} ist ein Name, keine ID; die Beziehung wurde übergangen. Bitte stattdessen die ID ${q(p.detail)} schreiben.`
      : `${q(p.value)} ist keine Akteurs-ID; die Beziehung wurde übergangen. ID aus der Akteursdatei verwenden oder den Akteur ergänzen.`,
  TIE_SELF_LOOP: (p) =>
    `Eine Beziehung von ${q(p.value)} zu sich selbst; sie wurde übergangen. Eine Beziehung braucht zwei verschiedene Akteure.`,
  TIE_SELF_LOOP_KEPT: (p) =>
    `Eine Beziehung von ${q(p.value)} zu sich selbst (eine Schleife, wie Netzwerkprogramme sie schreiben); sie bleibt erhalten: Grad, Stärke und PageRank zählen sie wie networkx, die anderen Maße lassen sie weg.`,
  TIE_DUPLICATE: (p) =>
    `Dieselbe Beziehung steht schon in Zeile ${p.detail}; beide wurden zusammengeführt, Gewichte addiert. Ggf. eine Zeile löschen.`,
  WEIGHT_INVALID: (p) =>
    `Gewicht ${q(p.value)} ist keine Zahl ab 0; die Beziehung wurde übergangen. Bitte z. B. 1, 2 oder 4,5 schreiben.`,
  WEIGHT_ZERO: (p) =>
    `Gewicht ${q(p.value)}: Die Beziehung bleibt erhalten und zählt als Beziehung, trägt aber nichts zur Stärke bei, und gewichtete Wege führen nicht über sie. Wenn 0 „kein Kontakt“ heißt, die Zeile löschen.`,
  TIE_LEVEL_INVALID: (p) =>
    `Stufe ${q(p.value)} ist keine der Stufen; die Beziehung wurde übergangen. Bitte 1, 2, 3 oder „wissen voneinander“, „kennen uns“, „arbeiten zusammen“ schreiben.`,
  TIE_LEVEL_NONE: (p) =>
    `Stufe ${q(p.value)} heißt: keine Beziehung; die Zeile wurde übergangen. Zeile löschen oder eine Stufe 1–3 eintragen.`,
  TIE_REPORTER_UNKNOWN: (p) =>
    `„Gemeldet von“ ${q(p.value)} ist keine Akteurs-ID; die Beziehung wurde übergangen. Bitte die ID aus der Akteursdatei verwenden.`,
  TIE_REPORTER_NOT_END: (p) =>
    `„Gemeldet von“ ${q(p.value)} ist keiner der beiden Akteure der Beziehung; sie zählt als gewöhnliche Beziehung. Bitte Von, Zu oder „Gemeldet von“ prüfen.`,
  DATE_INVALID: (p) =>
    `${q(p.value)} ist kein Datum; es wurde übergangen. Bitte 31.12.2024 oder 2024-12-31 schreiben.`,
  WAVE_EMPTY: () =>
    "Die Welle ist leer, andere Zeilen haben eine; die Zeile wurde übergangen. Bitte die Welle eintragen.",
  WAVE_SAME_DATE: (p) =>
    `Die Welle „${p.value}“ ist dasselbe Datum wie die Welle „${p.detail}“, aber anders geschrieben: Zeilen so geschrieben zählen zur Welle „${p.detail}“. Bitte ein Datum einheitlich schreiben.`,
  WAVE_INVALID: (p) =>
    `Welle ${q(p.value)} ist keine Zahl wie die anderen Wellen (${p.detail}); die Zeile wurde übergangen. Bitte als Zahl schreiben.`,
  BOOLEAN_INVALID: (p) =>
    `${q(p.value)} ist weder ja noch nein; der Standardwert (${p.detail}) gilt. Bitte ja oder nein schreiben.`,
  NUMBER_AMBIGUOUS: (p) =>
    `„${p.value}“ kann ${p.detail} oder ${(p.value ?? "").replace(/[.,]/g, "")} heißen; gelesen wurde ${p.detail}. Bitte ohne Tausenderpunkt schreiben (${(p.value ?? "").replace(/[.,]/g, "")}) oder mit Dezimalkomma (${(p.detail ?? "").replace(".", ",")}).`,
  NUMBER_INVALID: (p) =>
    `${q(p.value)} ist keine Zahl; der Wert wurde übergangen. Bitte z. B. 12500 schreiben.`,
  HOST_UNKNOWN: (p) => `Gastgeber ${q(p.value)} ist keine Akteurs-ID; der Wert wurde übergangen.`,
  EVENT_UNKNOWN: (p) =>
    `${q(p.value)} ist keine Treffen-ID aus der Treffen-Datei; die Teilnahme wurde übergangen.`,
  ATTENDANCE_UNKNOWN_ACTOR: (p) =>
    `${q(p.value)} ist keine Akteurs-ID; die Teilnahme wurde übergangen. Bitte die ID aus der Akteursdatei verwenden.`,
  ATTENDANCE_DUPLICATE: (p) => `Dieselbe Teilnahme steht schon in Zeile ${p.detail}; sie zählt einmal.`,
  RESPONDENT_UNKNOWN_ACTOR: (p) =>
    `${q(p.value)} ist keine Akteurs-ID; die Antwort wurde übergangen. Bitte die ID aus der Akteursdatei verwenden.`,
  RESPONDENT_DUPLICATE: (p) => `Dieselbe Antwort steht schon in Zeile ${p.detail}; sie zählt einmal.`,
  ROWS_ABOVE_HEADER: (p) =>
    `${q(p.value)} über der Kopfzeile (Zeile ${p.detail}) als Überschrift gelesen, nicht als Daten. Falls das die Kopfzeile ist: die Zeilen darüber löschen.`,
  ROWS_BELOW_TABLE: (p) =>
    `${q(p.value)} unter der Tabelle als Anmerkung gelesen, nicht als Daten. Falls es ein Akteur oder eine Beziehung ist: die Zeile vollständig ausfüllen.`,
  NAME_VARIANT: (p) =>
    `${q(p.value)} als ${q(p.detail)} gelesen (anders geschrieben: Groß-/Kleinschreibung, Leerzeichen oder Satzzeichen).`,
  NAME_TYPO: (p) =>
    `${q(p.value)} als ${q(p.detail)} gelesen (vermutlich ein Tippfehler). Falls es ein anderer Akteur ist: in die Akteursliste aufnehmen.`,
  ACTOR_ADDED: (p) =>
    `${q(p.value)} steht nicht in der Akteursliste und wurde als neuer Akteur aufgenommen. Falls er dazugehört: in der Liste ergänzen (mit Stadtteil und Bereich), sonst die Schreibweise korrigieren.`,
  ACTORS_FROM_TIES: (p) =>
    `Es gibt keine Akteursliste: die ${p.detail} Namen in dieser Tabelle sind die Akteure. Für Stadtteile, Bereiche und Akteure ohne Verbindung ein Blatt bzw. eine Datei mit einer Zeile je Akteur ergänzen.`,
  ACTOR_VALUE_CONFLICT: (p) =>
    `Diese Zeile nennt für den Akteur einen anderen Wert (${q(p.value)}) als eine frühere Zeile (${q(p.detail)}); der frühere gilt.`,
  TIE_ONE_ACTOR: (p) =>
    `Nur ein Akteur in dieser Zeile: ${q(p.value)} ist hier als Akteur ohne Verbindung übernommen. Ggf. den Partner eintragen.`,
  TIE_LIST_SPLIT: (p) => `${q(p.value)} nennt mehrere Akteure: als ${p.detail} Beziehungen gelesen.`,
  WAVE_FROM_DATE: (p) =>
    `Es gibt keine Spalte für die Welle: die Wellen sind die Jahre der Daten in dieser Spalte (${p.detail}). Mit einer Spalte „Welle“ lassen sie sich selbst festlegen.`,
  WAVE_FROM_SHEET_NAME: (p) =>
    `Ein Blatt je Jahr: die ${p.detail} Blätter mit denselben Spalten sind eine Liste der Beziehungen; die Jahreszahl im Namen (${p.value}) ist die Welle dieses Blatts.`,
  WEIGHT_SCALE: (p) => `${q(p.value)} als Gewicht ${p.detail} gelesen.`,
  // Transferprojekte (projekte.csv)
  PROJECT_NAME_EMPTY: () =>
    "Der Projektname ist leer; die Zeile wurde übergangen. Bitte den Namen des Projekts eintragen.",
  PROJECT_DISTRICT_EMPTY: (p) =>
    `Für das Projekt ${q(p.value)} fehlt der Stadtteil; die Zeile wurde übergangen. Bitte den Stadtteil eintragen, in dem das Projekt läuft.`,
  PROJECT_DUPLICATE: (p) =>
    `Projekt und Stadtteil ${q(p.value)} stehen schon in Zeile ${p.detail}; diese Zeile wurde übergangen. Bitte die Zeilen zusammenführen.`,
  PROJECT_ROLE_UNKNOWN: (p) =>
    `Rolle ${q(p.value)} ist weder „Ursprung“ noch „Übernahme“; der früheste Stadtteil des Projekts gilt als Ursprung.`,
  PROJECT_ORIGIN_MULTIPLE: (p) =>
    `Das Projekt ${q(p.value)} hat schon einen Ursprung (Zeile ${p.detail}); diese Zeile zählt als Übernahme. Bitte nur einen Ursprung angeben.`,
  PROJECT_WAVE_UNKNOWN: (p) =>
    `Welle ${q(p.value)} kommt in den Daten nicht vor (Wellen: ${p.detail}); der Wert wurde übergangen.`,
  CARRIER_UNKNOWN: (p) =>
    `Träger ${q(p.value)} ist keine Akteurs-ID; er wurde übergangen. Bitte die ID aus der Akteursdatei verwenden.`,
  YEAR_INVALID: (p) => `${q(p.value)} ist kein Jahr; der Wert wurde übergangen. Bitte z. B. 2024 schreiben.`,
  // graph files of other tools
  NODE_UNDECLARED: (p) =>
    `Die Kante nennt den Knoten ${q(p.value)}, den die Datei nicht als <node> aufführt; er wurde als Akteur mit seiner ID als Name aufgenommen (wie networkx und Gephi es tun). Bitte prüfen, ob die ID stimmt.`,
  NODE_TIMES_IGNORED: () =>
    "Die Knoten haben Zeiten (Spells, Zeitstempel); vernetzt übernimmt sie nicht: jeder Akteur gehört zu jeder Welle. Die Beziehungen werden je Welle gelesen.",
  VALUE_OVER_TIME: (p) =>
    `Das Attribut hat ${p.detail} Werte im Lauf der Zeit; vernetzt behält je Akteur einen Wert, den jüngsten (hier ${q(p.value)}).`,
};

/** Wörter des lesbaren Prüfberichts (`formatValidationReport`). */
export const VALIDATION_REPORT_TEXT_DE = {
  error: "Fehler",
  warning: "Warnung",
  dataset: "Datensatz",
  column: "Spalte",
  ok: "Keine Probleme gefunden.",
  loaded: (
    name: string,
    counts: { actors: number; ties: number; waves: readonly string[]; directed: boolean },
  ) =>
    `${name}: ${counts.actors} Akteure, ${counts.ties} Beziehungen (${counts.directed ? "gerichtet" : "ungerichtet"}), ${counts.waves.length === 1 ? "Welle" : "Wellen"} ${counts.waves.join(", ")}.`,
  unknownWave: (wave: string, waves: readonly string[]) =>
    `der Datensatz hat keine Welle „${wave}“; seine Wellen: ${waves.join(", ")}.`,
  warningsHint: (count: number, path: string) =>
    `${count} ${count === 1 ? "Warnung" : "Warnungen"} in den Daten; Details mit: vernetzt validate ${path}`,
  summary: (errors: number, warnings: number) =>
    `${errors} Fehler, ${warnings} ${warnings === 1 ? "Warnung" : "Warnungen"}.`,
  skipHint:
    "die Zeilen oben wurden ausgelassen. Bitte korrigieren oder mit --skip-bad-rows erneut aufrufen, um die übrigen Zeilen ohne sie zu verwenden.",
};

/** Wörter des Berichts, was erkannt wurde (`formatMappingReport`). */
export const MAPPING_TEXT_DE = {
  heading: "Erkannt:",
  table: (file: string, kind: string, rows: number) =>
    `„${file}“ → ${kind} (${rows} ${rows === 1 ? "Zeile" : "Zeilen"})`,
  unused: (file: string) => `„${file}“: nicht verwendet`,
  column: (header: string, field: string) => `„${header}“ → ${field}`,
  endpoint: (field: string, end: "source" | "target") =>
    `${field} des ${end === "source" ? "ersten" : "zweiten"} Akteurs`,
  duplicate: (header: string, field: string) =>
    `„${header}“: eine zweite Spalte für ${field}, als Zusatzspalte behalten`,
  extras: (headers: readonly string[]) =>
    `als Zusatzspalten behalten: ${headers.map((h) => `„${h}“`).join(", ")}`,
  asNamed: (headers: readonly string[]) => `wie benannt: ${headers.map((h) => `„${h}“`).join(", ")}`,
  more: (count: number) => `… und ${count} weitere Spalten`,
  by: {
    alias: "",
    pattern: "an der Überschrift erkannt",
    weak: "Ersatzwort",
    content: "an den Werten erkannt",
    override: "wie angegeben",
  } as Record<string, string>,
  tableBy: { name: "", content: "an den Spalten erkannt", override: "wie angegeben" } as Record<
    string,
    string
  >,
  actorsFromTies: "Es gibt keine Akteursliste: die Akteure sind die Namen in den Beziehungen.",
  waveFromDate: (file: string, column: string) => `Wellen: die Jahre der Spalte „${column}“ in „${file}“.`,
  names: (n: { ids: number; names: number; variants: number; typos: number; added: number }) =>
    `Genannte Akteure (Beziehungen und andere Tabellen): ${n.ids + n.names} wie geschrieben gefunden, ${n.variants} anders geschrieben, ${n.typos} mit Tippfehler, ${n.added} neu aufgenommen.`,
  reproduce: "Diese Zuordnung wiederholen oder korrigieren mit:",
  nothingGuessed: "Alles wurde am Namen erkannt; kein --columns nötig.",
};
