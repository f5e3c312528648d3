/**
 * The sheets of an XLSX workbook as tables (read-excel-file, in Node and the browser): the header is the first
 * non-blank row below any title rows, notes below the table are set apart (`table-frame.ts`), blank rows are skipped, row numbers are the sheet's (header = row 1 when it is the first row),
 * and number, boolean and date cells keep their type. Shared by the dataset importer and the other tools'
 * workbooks (Kumu). A header cell left empty is named `column N`; empty trailing header cells are dropped
 * unless data stand below them.
 */
import { usedWidth } from "./csv-table.js";
import { formatBytes } from "./input-file.js";
import type { Cell, TableRow } from "./table.js";
import { findTableFrame } from "./table-frame.js";
import type { IssueCollector } from "./validation-report.js";
import { cellText } from "./values.js";
import { checkXlsxLimits, type XlsxLimits } from "./xlsx-limits.js";

/** One sheet: its name, header (empty for a blank sheet) and non-blank rows, cells as read. */
export interface Sheet {
  name: string;
  header: string[];
  rows: TableRow[];
  /** The sheet row of the header (the first non-blank row below the titles); absent for a blank sheet. */
  headerRow?: number;
  /** Title rows above the header (a merged heading, „Stand: 2025“), left out of `rows`. */
  titleRows?: TableRow[];
  /** Note rows below the table („Quelle: …“, „Gesamt: 42“), left out of `rows`. */
  noteRows?: TableRow[];
}

/**
 * The sheets of a workbook; `null` (FILE_FORMAT reported) when `data` is not a readable XLSX workbook.
 *
 * @example
 * ```ts
 * import { datasetToKumu } from "@vernetzt/core/interop";
 * import { arrayBufferOf, IssueCollector, parseDataset, readXlsxSheets } from "@vernetzt/core/io";
 *
 * const { dataset } = await parseDataset([
 *   { name: "actors.csv", data: "id,name\na,Alpha\nb,Beta" },
 *   { name: "ties.csv", data: "source,target\na,b" },
 * ]);
 * const workbook = await datasetToKumu(dataset!);
 * const sheets = await readXlsxSheets(workbook.name, arrayBufferOf(workbook.data), new IssueCollector());
 * sheets?.map((sheet) => sheet.name) //=> ["Elements", "Connections"]
 * sheets?.[1]?.rows.length //=> 1
 * ```
 */
export async function readXlsxSheets(
  file: string,
  data: ArrayBuffer,
  issues: IssueCollector,
  limits: Partial<XlsxLimits> = {},
): Promise<Sheet[] | null> {
  if (!withinLimits(file, data, issues, limits)) return null;
  let sheets: Array<{ sheet: string; data: unknown[][] }>;
  try {
    sheets = (await readXlsxFile(data)) as unknown as Array<{ sheet: string; data: unknown[][] }>;
  } catch (error) {
    issues.error(
      "FILE_FORMAT",
      { file, row: null, column: null },
      { value: readerMessage(error), detail: "XLSX" },
    );
    return null;
  }
  return sheets.map(({ sheet, data: cells }) => sheetOfCells(sheet, cells as Cell[][]));
}

/** Reports (and returns false) when the workbook exceeds a limit of `checkXlsxLimits`; it is then not read. */
function withinLimits(
  file: string,
  data: ArrayBuffer,
  issues: IssueCollector,
  limits: Partial<XlsxLimits>,
): boolean {
  const problem = checkXlsxLimits(new Uint8Array(data), limits);
  if (problem === null) return true;
  const number = (n: number) => n.toLocaleString(issues.lang === "de" ? "de-DE" : "en-GB");
  if (problem.kind === "declared") {
    const value = `${problem.file} unpacks to more than the archive declares (damaged or manipulated)`;
    issues.error("FILE_FORMAT", { file, row: null, column: null }, { value, detail: "XLSX" });
  } else if (problem.kind === "unpacked") {
    issues.error(
      "XLSX_TOO_LARGE_UNPACKED",
      { file, row: null, column: null },
      { value: formatBytes(problem.bytes), detail: formatBytes(problem.limit) },
    );
  } else {
    issues.error(
      "XLSX_RANGE_TOO_LARGE",
      { file: problem.sheet, row: null, column: null },
      { value: problem.cell, detail: number(problem.cells) },
    );
  }
  return false;
}

/**
 * The reader's own explanation (read-excel-file names its errors), or a plain one: a JavaScript error text
 * (`Cannot read properties of undefined`) tells a user nothing.
 */
function readerMessage(error: unknown): string {
  const known = ["InvalidSpreadsheetError", "InvalidInputError", "SheetNotFoundError", "UnzipError"];
  return error instanceof Error && known.includes(error.name) ? error.message : "damaged workbook contents";
}

/** read-excel-file, loaded at the first workbook: a run over CSV files never loads its 58 modules. */
async function readXlsxFile(data: ArrayBuffer): Promise<unknown> {
  return (await import("read-excel-file/universal")).default(data);
}

const filled = (cell: Cell) => cellText(cell) !== "";

/**
 * A sheet from its cells, row by row (also for `.ods` files): header, titles, notes and body.
 *
 * @example
 * ```ts
 * import { sheetOfCells } from "@vernetzt/core/io";
 *
 * const sheet = sheetOfCells("Kooperationen", [
 *   ["Kooperationen im Netzwerk Nordstadt"],
 *   ["Stand: 2025"],
 *   [],
 *   ["Einrichtung A", "Einrichtung B", "Jahr"],
 *   ["Kita Altstadt", "Sportverein Nordstadt", 2024],
 *   ["Jugendhaus", "Kita Altstadt", 2025],
 *   ["Quelle: eigene Erhebung"],
 * ]);
 * sheet.header //=> ["Einrichtung A", "Einrichtung B", "Jahr"]
 * sheet.headerRow //=> 4
 * sheet.rows.map((row) => row.row) //=> [5, 6]
 * sheet.titleRows?.map((row) => row.cells[0]) //=> ["Kooperationen im Netzwerk Nordstadt", "Stand: 2025"]
 * sheet.noteRows?.map((row) => row.cells[0]) //=> ["Quelle: eigene Erhebung"]
 * ```
 */
export function sheetOfCells(name: string, cells: Cell[][]): Sheet {
  const rows = cells.map((row, index) => ({ row: index + 1, cells: row }));
  const { header: headerIndex, titles, notes } = findTableFrame(cells, cellText);
  if (headerIndex < 0) return { name, header: [], rows: [] };
  const headerCells = rows[headerIndex]!.cells;
  const noted = new Set(notes);
  const body = rows
    .slice(headerIndex + 1)
    .filter((row, i) => !noted.has(headerIndex + 1 + i) && row.cells.some(filled));
  const header = headerCells.map((cell, i) => cellText(cell) || `column ${i + 1}`);
  const used = usedWidth(
    body.map((row) => row.cells),
    filled,
  );
  while (header.length > Math.max(1, used) && !filled(headerCells[header.length - 1])) header.pop();
  const sheet: Sheet = { name, header, rows: body, headerRow: headerIndex + 1 };
  if (titles.length > 0) sheet.titleRows = titles.map((i) => rows[i]!);
  if (notes.length > 0) sheet.noteRows = notes.map((i) => rows[i]!);
  return sheet;
}
