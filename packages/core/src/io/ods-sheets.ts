/**
 * The sheets of an OpenDocument spreadsheet (`.ods`, LibreOffice Calc's own format, the default in
 * administrations that moved to LibreOffice) as tables, read like a workbook (`xlsx-sheets.ts`): the same header,
 * title and note rules, typed cells (numbers, booleans, dates as UTC dates), the same limits against damaged or
 * manipulated files (`xlsx-limits.ts`). `content.xml` is unpacked by the XLSX limits' careful unpacker and read
 * with xmldom (which reads GEXF here too). Repeated rows and columns (`table:number-rows-repeated`,
 * LibreOffice writes 16 384 empty columns per row) are expanded only up to the last filled cell; a merged cell's
 * covered cells are empty, as in Excel.
 *
 * Format: OASIS OpenDocument 1.3, part 3, §9.1 (tables), §19.385 `office:value-type`.
 */
import { DOMParser } from "@xmldom/xmldom";
import { formatBytes } from "./input-file.js";
import type { Cell } from "./table.js";
import type { IssueCollector } from "./validation-report.js";
import { DEFAULT_XLSX_LIMITS, unpackEntry, type XlsxLimits } from "./xlsx-limits.js";
import { type Sheet, sheetOfCells } from "./xlsx-sheets.js";
import { readZipDirectory } from "./zip-directory.js";

const TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
const OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
const TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
/** A spreadsheet's size in LibreOffice and Excel: repeats beyond it are not expanded. */
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

/**
 * The sheets of an `.ods` file; `null` (reported) when it is not one, or when it exceeds a limit of
 * `xlsx-limits.ts`: `content.xml` unpacks to more than `maxUnpackedBytes` (XLSX_TOO_LARGE_UNPACKED) or to more
 * than the archive declares (FILE_FORMAT), or a sheet's repeats expand to more than `maxCells` cells
 * (XLSX_RANGE_TOO_LARGE).
 */
export function readOdsSheets(
  file: string,
  data: ArrayBuffer,
  issues: IssueCollector,
  limits: Partial<XlsxLimits> = {},
): Sheet[] | null {
  const { maxUnpackedBytes, maxCells } = { ...DEFAULT_XLSX_LIMITS, ...limits };
  const at = { file, row: null, column: null };
  const damaged = (value: string) => {
    issues.error("FILE_FORMAT", at, { value, detail: "ODS" });
    return null;
  };
  const bytes = new Uint8Array(data);
  const entry = readZipDirectory(bytes)?.find((candidate) => candidate.name === "content.xml");
  if (!entry) return damaged("not an OpenDocument spreadsheet (content.xml is missing)");
  if (entry.size > maxUnpackedBytes) {
    const value = formatBytes(entry.size);
    issues.error("XLSX_TOO_LARGE_UNPACKED", at, { value, detail: formatBytes(maxUnpackedBytes) });
    return null;
  }
  const xml = unpackEntry(bytes, entry);
  if (xml === "larger")
    return damaged("content.xml unpacks to more than the archive declares (damaged or manipulated)");
  if (xml === null) return damaged("damaged spreadsheet contents");
  const document = new DOMParser({ errorHandler: () => {} }).parseFromString(xml, "application/xml");
  const sheets: Sheet[] = [];
  for (const table of Array.from(document.getElementsByTagNameNS(TABLE, "table"))) {
    const name = table.getAttributeNS(TABLE, "name") ?? "";
    const rows = rowsOf(table, maxCells);
    if (!Array.isArray(rows)) {
      const detail = rows.cells.toLocaleString(issues.lang === "de" ? "de-DE" : "en-GB");
      issues.error("XLSX_RANGE_TOO_LARGE", { ...at, file: name }, { value: rows.farthest, detail });
      return null;
    }
    sheets.push(sheetOfCells(name, rows));
  }
  return sheets;
}

/**
 * The rows of a table as cells, up to the last filled row (blank rows between filled ones stay, empty);
 * the farthest cell and the cells so far when they would hold more than `maxCells` cells.
 */
function rowsOf(table: Element, maxCells: number): Cell[][] | { farthest: string; cells: number } {
  const rows: Cell[][] = [];
  let cellCount = 0;
  let next = 0; // index of the next row: blank repeats only move it
  for (const row of Array.from(table.getElementsByTagNameNS(TABLE, "table-row"))) {
    const repeat = Math.min(count(row, "number-rows-repeated"), MAX_ROWS - next);
    if (repeat <= 0) break;
    const cells = cellsOf(row);
    if (cells.length > 0) {
      cellCount += cells.length * repeat;
      if (cellCount > maxCells)
        return { farthest: `${columnName(cells.length)}${next + repeat}`, cells: cellCount };
      while (rows.length < next) rows.push([]);
      for (let i = 0; i < repeat; i++) rows.push(i === 0 ? cells : [...cells]);
    }
    next += repeat;
  }
  return rows;
}

/** The cells of a row up to its last filled one. */
function cellsOf(row: Element): Cell[] {
  const cells: Cell[] = [];
  let empty = 0;
  for (let node = row.firstChild; node !== null; node = node.nextSibling) {
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    if (element.namespaceURI !== TABLE) continue;
    if (element.localName !== "table-cell" && element.localName !== "covered-table-cell") continue;
    const repeat = count(element, "number-columns-repeated");
    const value = element.localName === "table-cell" ? cellValue(element) : null;
    if (value === null) {
      empty += repeat;
      continue;
    }
    if (cells.length + empty >= MAX_COLUMNS) break;
    for (let i = 0; i < empty; i++) cells.push(null);
    empty = 0;
    for (let i = 0; i < repeat && cells.length < MAX_COLUMNS; i++) cells.push(value);
  }
  return cells;
}

function count(element: Element, attribute: string): number {
  const value = Number(element.getAttributeNS(TABLE, attribute) || "1");
  return Number.isInteger(value) && value > 0 ? value : 1;
}

/** A cell's value by its type: number, boolean, date (UTC), else its text; null when empty. */
function cellValue(cell: Element): Cell {
  const type = cell.getAttributeNS(OFFICE, "value-type");
  if (type === "float" || type === "percentage" || type === "currency") {
    const number = Number(cell.getAttributeNS(OFFICE, "value"));
    if (Number.isFinite(number)) return number;
  }
  if (type === "boolean") return cell.getAttributeNS(OFFICE, "boolean-value") === "true";
  if (type === "date") {
    const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2}))?/.exec(
      cell.getAttributeNS(OFFICE, "date-value") ?? "",
    );
    if (match) {
      const [, y, m, d, hh, mm, ss] = match.map(Number) as number[];
      return new Date(Date.UTC(y!, m! - 1, d!, hh || 0, mm || 0, ss || 0));
    }
  }
  const paragraphs = Array.from(cell.getElementsByTagNameNS(TEXT, "p")).map(textOf);
  const text = paragraphs.join("\n");
  return text.trim() === "" ? null : text;
}

/** The text of a paragraph: `text:s` is spaces, `text:tab` a tab, `text:line-break` a line break. */
function textOf(node: Node): string {
  let text = "";
  for (let child = node.firstChild; child !== null; child = child.nextSibling) {
    if (child.nodeType === 3 || child.nodeType === 4) {
      text += child.nodeValue ?? "";
      continue;
    }
    if (child.nodeType !== 1) continue;
    const element = child as Element;
    const name = element.namespaceURI === TEXT ? element.localName : "";
    if (name === "s") text += " ".repeat(Math.max(1, Number(element.getAttributeNS(TEXT, "c") || "1")));
    else if (name === "tab") text += "\t";
    else if (name === "line-break") text += "\n";
    else text += textOf(element);
  }
  return text;
}

/** A column's letters: 1 → A, 27 → AA. */
function columnName(column: number): string {
  let name = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}
