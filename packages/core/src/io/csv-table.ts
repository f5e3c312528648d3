/**
 * A CSV file → a table, tolerant of what spreadsheet programs write: delimiter `,`, `;` or tab (detected from
 * the header line, outside quotes), CRLF, LF or CR, also mixed in one file, quoted fields with delimiters, quotes and line breaks inside
 * (parsed by papaparse). Row numbers are spreadsheet rows: the header is row 1 and each record one row, so a
 * quoted line break does not start a new row. Blank rows are skipped, and so are title rows above the header
 * and note rows below the table
 * (`table-frame.ts`).
 */
import Papa from "papaparse";
import type { TableKind } from "./aliases.js";
import { decodeText } from "./decode-text.js";
import type { Table, TableRow } from "./table.js";
import { findTableFrame, reportTableFrame, rowText } from "./table-frame.js";
import type { SourceTable } from "./table-recognition.js";
import type { IssueCollector } from "./validation-report.js";

const DELIMITERS = [";", "\t", ","] as const;

/**
 * The delimiter used most often outside quotes in the first non-blank line (`;` wins ties, then tab). When that
 * line has none — a title typed above the table — the first of the next {@link TITLE_LINES} lines with at least
 * two delimiters decides (one would split a single column of names such as `Müller, Hans`).
 */
export function detectDelimiter(text: string): string {
  const lines = firstLines(text, TITLE_LINES + 1);
  const [first, ...rest] = lines.map(mostUsedDelimiter);
  if (first === undefined || first.count > 0) return first?.delimiter ?? ",";
  return rest.find((line) => line.count >= 2)?.delimiter ?? ",";
}

/** Lines looked at below a first line without delimiters. */
const TITLE_LINES = 10;

function mostUsedDelimiter(line: string): { delimiter: string; count: number } {
  let best: string = ",";
  let bestCount = 0;
  for (const delimiter of DELIMITERS) {
    const count = countOutsideQuotes(line, delimiter);
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return { delimiter: best, count: bestCount };
}

/** The first `limit` non-blank lines (line breaks inside quotes are part of a line). */
function firstLines(text: string, limit: number): string[] {
  const lines: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length && lines.length < limit; i++) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) {
      if (text.slice(start, i).trim() !== "") lines.push(text.slice(start, i));
      start = i + 1;
    }
  }
  if (lines.length < limit && text.slice(start).trim() !== "") lines.push(text.slice(start));
  return lines;
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let quoted = false;
  let count = 0;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === delimiter) count++;
  }
  return count;
}

/** Reads one CSV file into a table; null (with the issue reported) when it is empty or not text. */
export function readCsvTable(
  kind: TableKind,
  file: string,
  data: Uint8Array | ArrayBuffer | string,
  issues: IssueCollector,
  required: boolean,
): Table | null {
  const source = readCsvSource(file, data, issues, required);
  return source && { kind, ...source };
}

/**
 * Reads one CSV file into a table whose kind is not known yet; null (with FILE_ENCODING or FILE_EMPTY reported,
 * as an error when `required`) when it is empty or not text.
 */
export function readCsvSource(
  file: string,
  data: Uint8Array | ArrayBuffer | string,
  issues: IssueCollector,
  required: boolean,
): SourceTable | null {
  const at = { file, row: null, column: null };
  const severity = required ? "error" : "warning";
  // A few NULs (one damaged place in a long file) are reported per row below; many mean binary data.
  const decoded = decodeText(data, { allowRareNul: true });
  if (!decoded.ok) {
    issues.add(severity, "FILE_ENCODING", at);
    return null;
  }
  if (decoded.text.trim() === "") {
    issues.add(severity, "FILE_EMPTY", at);
    return null;
  }
  const { text, delimiter } = excelSeparatorLine(normaliseLineBreaks(decoded.text));
  const records: string[][] = [];
  // Row by row, each cell interned: a column such as `source` repeats a few thousand ids over millions of
  // rows, and one shared string per value instead of one per cell is most of a large file's memory.
  const pool = new Map<string, string>();
  Papa.parse<string[]>(text, {
    delimiter: delimiter ?? detectDelimiter(text),
    newline: "\n",
    skipEmptyLines: false,
    step: (results) => {
      for (const error of results.errors) {
        if (error.type === "Quotes")
          issues.error("ROW_QUOTES", { file, row: records.length + 1, column: null });
      }
      const record = results.data;
      for (let i = 0; i < record.length; i++) {
        const cell = record[i]!;
        const shared = pool.get(cell);
        if (shared === undefined) pool.set(cell, cell);
        else record[i] = shared;
      }
      records.push(record);
    },
  });
  const trimmed = (cell: string) => cell.trim();
  const frame = findTableFrame(records, trimmed);
  const headerIndex = frame.header;
  if (headerIndex < 0) {
    issues.add(severity, "FILE_EMPTY", at);
    return null;
  }
  const framed = (i: number) => ({ row: i + 1, text: rowText(records[i]!, trimmed) });
  reportTableFrame(
    file,
    { titles: frame.titles.map(framed), notes: frame.notes.map(framed) },
    headerIndex + 1,
    issues,
  );
  const end = frame.notes[0] ?? records.length;
  const header = records[headerIndex]!.map((cell) => cell.trim());
  // Excel writes empty trailing columns (`a;b;;`): drop unnamed trailing columns that hold no data anywhere
  const used = usedWidth(records.slice(headerIndex + 1, end), (cell) => cell.trim() !== "");
  while (header.length > Math.max(1, used) && header[header.length - 1] === "") header.pop();
  const rows: TableRow[] = [];
  for (let index = headerIndex + 1; index < end; index++) {
    const record = records[index]!;
    if (isBlank(record)) continue;
    const row = index + 1;
    const cells = record; // papaparse's array is ours: no copy per row
    if (cells.some((cell) => cell.includes("\u0000"))) {
      issues.error("ROW_NUL", { file, row, column: null });
      continue;
    }
    if (cells.length > header.length) {
      const extra = cells.slice(header.length);
      if (extra.some((cell) => cell.trim() !== "")) {
        issues.error(
          "ROW_TOO_MANY_FIELDS",
          { file, row, column: null },
          { value: String(cells.length), detail: String(header.length) },
        );
        continue;
      }
      cells.length = header.length;
    } else if (cells.length < header.length) {
      issues.warning(
        "ROW_TOO_FEW_FIELDS",
        { file, row, column: null },
        { value: String(cells.length), detail: String(header.length) },
      );
      while (cells.length < header.length) cells.push("");
    }
    rows.push({ row, cells });
  }
  return {
    file,
    header: header.map((name, i) => name || `column ${i + 1}`),
    rows,
    headerRow: headerIndex + 1,
  };
}

/**
 * Excel's `sep=;` first line (also quoted, after a BOM): the delimiter it names, and the text without that line.
 * Excel honours it and hides the line, so the header stays row 1 as the user sees it in Excel.
 */
export function excelSeparatorLine(text: string): { text: string; delimiter: string | undefined } {
  const match = /^"?sep=([^\n"])"?(?:\1|[ \t])*(?:\n|$)/i.exec(text);
  if (!match) return { text, delimiter: undefined };
  return { text: text.slice(match[0].length), delimiter: match[1]! };
}

/**
 * Every line break outside quotes as `\n`. Papaparse takes the first line break it sees as the only one, so a
 * file with mixed endings (lines appended by another program, `\r\n` and `\n`) would otherwise glue rows
 * together. Line breaks inside quoted fields are data and stay as they are.
 */
export function normaliseLineBreaks(text: string): string {
  if (!text.includes("\r")) return text;
  return text
    .split('"')
    .map((part, i) => (i % 2 === 0 ? part.replace(/\r\n?/g, "\n") : part))
    .join('"');
}

/** One past the last column index that holds a value in any row. */
export function usedWidth<T>(rows: readonly (readonly T[])[], filled: (cell: T) => boolean): number {
  let width = 0;
  for (const row of rows) {
    for (let i = row.length - 1; i >= width; i--) {
      if (filled(row[i]!)) {
        width = i + 1;
        break;
      }
    }
  }
  return width;
}

function isBlank(record: readonly string[]): boolean {
  return record.every((cell) => cell.trim() === "");
}
