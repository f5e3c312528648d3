/**
 * The sheets of an OpenDocument spreadsheet (`.ods`, LibreOffice Calc's own format, the default in
 * administrations that moved to LibreOffice) as tables, read like a workbook (`xlsx-sheets.ts`): the same header,
 * title and note rules, typed cells (numbers, booleans, dates as UTC dates). `content.xml` is read with fflate
 * and xmldom (both already read XLSX and GEXF here). Repeated rows and columns (`table:number-rows-repeated`,
 * LibreOffice writes 16 384 empty columns per row) are expanded only up to the last filled cell; a merged cell's
 * covered cells are empty, as in Excel.
 *
 * Format: OASIS OpenDocument 1.3, part 3, §9.1 (tables), §19.385 `office:value-type`.
 */
import { DOMParser } from "@xmldom/xmldom";
import { strFromU8, unzipSync } from "fflate";
import type { Cell } from "./table.js";
import type { IssueCollector } from "./validation-report.js";
import { type Sheet, sheetOfCells } from "./xlsx-sheets.js";

const TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
const OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
const TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
/** A spreadsheet's size in LibreOffice and Excel: repeats beyond it are not expanded. */
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

/** The sheets of an `.ods` file; `null` (FILE_FORMAT reported) when it is not one. */
export function readOdsSheets(file: string, data: ArrayBuffer, issues: IssueCollector): Sheet[] | null {
  let xml: string;
  try {
    const content = unzipSync(new Uint8Array(data), { filter: (entry) => entry.name === "content.xml" })[
      "content.xml"
    ];
    if (!content) throw new Error("content.xml is missing");
    xml = strFromU8(content);
  } catch (error) {
    issues.error(
      "FILE_FORMAT",
      { file, row: null, column: null },
      { value: error instanceof Error ? error.message : String(error), detail: "ODS" },
    );
    return null;
  }
  const document = new DOMParser({ errorHandler: () => {} }).parseFromString(xml, "application/xml");
  const tables = Array.from(document.getElementsByTagNameNS(TABLE, "table"));
  return tables.map((table) => sheetOfCells(table.getAttributeNS(TABLE, "name") ?? "", rowsOf(table)));
}

/** The rows of a table as cells, up to the last filled row (blank rows between filled ones stay, empty). */
function rowsOf(table: Element): Cell[][] {
  const rows: Cell[][] = [];
  let next = 0; // index of the next row: blank repeats only move it
  for (const row of Array.from(table.getElementsByTagNameNS(TABLE, "table-row"))) {
    const repeat = Math.min(count(row, "number-rows-repeated"), MAX_ROWS - next);
    if (repeat <= 0) break;
    const cells = cellsOf(row);
    if (cells.length > 0) {
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
    const value = element.localName === "table-cell" ? valueOf(element) : null;
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
function valueOf(cell: Element): Cell {
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
