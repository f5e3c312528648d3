/**
 * The spreadsheet template a coordinator fills in (`vernetzt template`, the dashboard's „Eigene Daten“ page): a
 * workbook with the sheets `Akteure` and `Beziehungen` under the German headers of the registry, one fictional
 * example row each, drop-down lists where the values are fixed (kind, consent, intensity 1–5), and a sheet
 * `Hinweise` that says what goes into each column (left out when the workbook is read). Written with the one
 * XLSX writer (`interop/workbook.ts`); the filled-in workbook reads without any warning about its layout.
 */
import { type DropDownList, type WorkbookSheet, writeWorkbook } from "../interop/workbook.js";
import { TABLE_NAME_ALIASES } from "./aliases.js";
import type { TableKind } from "./registry.js";

/** Options of `templateWorkbook`. */
export interface TemplateOptions {
  /** Rows the drop-down lists cover (from row 2). Default 1000. */
  rows?: number;
}

export const DEFAULT_TEMPLATE_OPTIONS: Required<TemplateOptions> = { rows: 1000 };

/** One column of the template: its field, the example value, what it means, and its fixed values. */
interface TemplateColumn {
  field: string;
  /** The German header: one of the field's aliases (a test checks that it reads back as the field). */
  header: string;
  example: string;
  help: string;
  values?: readonly string[];
  width: number;
}

const ACTOR_COLUMNS: readonly TemplateColumn[] = [
  {
    field: "name",
    header: "Name",
    example: "Kita Sonnenschein (Beispiel)",
    help: "Name der Einrichtung, Gruppe oder Person. Pflicht.",
    width: 24,
  },
  {
    field: "kind",
    header: "Art",
    example: "Organisation",
    help: "Organisation, Person oder Gruppe (Auswahlliste); andere Werte bleiben so erhalten.",
    values: ["Organisation", "Person", "Gruppe"],
    width: 12,
  },
  {
    field: "sector",
    header: "Bereich",
    example: "Kinder und Familie",
    help: "Bereich oder Handlungsfeld, z. B. Bildung, Sport, Kirche.",
    width: 16,
  },
  {
    field: "district",
    header: "Stadtteil",
    example: "Nordstadt",
    help: "Stadtteil, Quartier oder Sozialraum.",
    width: 11,
  },
  {
    field: "topics",
    header: "Themen",
    example: "Sprache; Familie",
    help: "Themen, mehrere mit ; getrennt.",
    width: 15,
  },
  {
    field: "offers",
    header: "bietet",
    example: "Räume",
    help: "Was die Einrichtung anderen bietet, mehrere mit ; getrennt.",
    width: 11,
  },
  {
    field: "needs",
    header: "sucht",
    example: "Ehrenamtliche",
    help: "Was sie sucht, mehrere mit ; getrennt.",
    width: 13,
  },
  {
    field: "consent",
    header: "Einwilligung",
    example: "ja",
    help: "Nur für Personen: ja, wenn sie mit Namen erscheinen darf; sonst erscheint sie als „Person 1“ usw.",
    values: ["ja", "nein"],
    width: 12,
  },
];

const TIE_COLUMNS: readonly TemplateColumn[] = [
  {
    field: "source",
    header: "Von",
    example: "Kita Sonnenschein (Beispiel)",
    help: "Name eines Akteurs (wie im Blatt Akteure). Pflicht.",
    width: 26,
  },
  {
    field: "target",
    header: "Zu",
    example: "Jugendtreff Am Park (Beispiel)",
    help: "Name des Partners. Fehlt er im Blatt Akteure, wird er neu aufgenommen (mit Hinweis). Pflicht.",
    width: 26,
  },
  {
    field: "weight",
    header: "Intensität",
    example: "3",
    help: "Wie eng die Zusammenarbeit ist: 1 (selten) bis 5 (sehr eng) (Auswahlliste); leer = 1.",
    values: ["1", "2", "3", "4", "5"],
    width: 10,
  },
  {
    field: "type",
    header: "Art der Zusammenarbeit",
    example: "Austausch",
    help: "Art der Zusammenarbeit, z. B. Austausch, gemeinsames Projekt.",
    width: 22,
  },
  {
    field: "wave",
    header: "Jahr",
    example: "2025",
    help: "Jahr oder Welle der Erhebung; jede Welle ist ein eigenes Bild des Netzwerks.",
    width: 7,
  },
];

function sheetOf(kind: TableKind, columns: readonly TemplateColumn[], rows: number): WorkbookSheet {
  const dropDowns: DropDownList[] = columns.flatMap((column, index) =>
    column.values
      ? [
          {
            column: index,
            values: column.values,
            rows: [2, rows + 1] as const,
            prompt: { title: column.header, text: column.help.slice(0, 250) },
            errorStyle: "warning" as const,
          },
        ]
      : [],
  );
  const name = TABLE_NAME_ALIASES[kind][1]!;
  return {
    name: name[0]!.toUpperCase() + name.slice(1),
    header: columns.map((column) => column.header),
    rows: [columns.map((column) => column.example)],
    widths: columns.map((column) => column.width),
    frozenHeader: true,
    dropDowns,
    landscape: true,
  };
}

/**
 * The template workbook as XLSX bytes; the same bytes on every run.
 *
 * @example
 * ```ts
 * import { arrayBufferOf, IssueCollector, readXlsxSheets, templateWorkbook } from "@vernetzt/core/io";
 *
 * const bytes = await templateWorkbook();
 * const sheets = await readXlsxSheets("vorlage.xlsx", arrayBufferOf(bytes), new IssueCollector());
 * sheets?.map((sheet) => sheet.name) //=> ["Akteure", "Beziehungen", "Hinweise"]
 * sheets?.[0]?.header //=> ["Name", "Art", "Bereich", "Stadtteil", "Themen", "bietet", "sucht", "Einwilligung"]
 * sheets?.[1]?.header //=> ["Von", "Zu", "Intensität", "Art der Zusammenarbeit", "Jahr"]
 * ```
 */
export async function templateWorkbook(options: TemplateOptions = {}): Promise<Uint8Array> {
  const rows = options.rows ?? DEFAULT_TEMPLATE_OPTIONS.rows;
  const notes: WorkbookSheet = {
    name: "Hinweise",
    header: ["Blatt", "Spalte", "Was hinein gehört"],
    rows: [
      ...ACTOR_COLUMNS.map((c) => ["Akteure", c.header, c.help]),
      ...TIE_COLUMNS.map((c) => ["Beziehungen", c.header, c.help]),
      ["", "", "Die Beispielzeilen überschreiben oder löschen."],
      ["", "", "Weitere Spalten (z. B. Träger, Telefon) dürfen dazu: sie werden übernommen."],
      ["", "", "Dieses Blatt wird beim Laden übergangen."],
    ],
    widths: [13, 24, 84],
    frozenHeader: true,
    landscape: true,
  };
  return writeWorkbook([sheetOf("actors", ACTOR_COLUMNS, rows), sheetOf("ties", TIE_COLUMNS, rows), notes]);
}
