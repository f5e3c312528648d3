/** Reading and writing the sheets of an XLSX workbook as plain tables (read-excel-file / write-excel-file). */
import readXlsxFile from "read-excel-file/universal";
import writeXlsxFile from "write-excel-file/universal";
import type { Cell, TableRow } from "../io/table.js";
import type { IssueCollector } from "../io/validation-report.js";
import { cellText } from "../io/values.js";

/** One sheet as read: name, header (first non-blank row) and the non-blank rows below it. */
export interface Sheet {
  name: string;
  header: string[];
  rows: TableRow[];
}

/** The sheets of a workbook; null (FILE_FORMAT reported) when the file is not a readable XLSX workbook. */
export async function readWorkbook(
  file: string,
  data: ArrayBuffer,
  issues: IssueCollector,
): Promise<Sheet[] | null> {
  let sheets: Array<{ sheet: string; data: unknown[][] }>;
  try {
    sheets = (await readXlsxFile(data)) as unknown as Array<{ sheet: string; data: unknown[][] }>;
  } catch (error) {
    issues.error(
      "FILE_FORMAT",
      { file, row: null, column: null },
      { value: error instanceof Error ? error.message : String(error), detail: "XLSX" },
    );
    return null;
  }
  return sheets.map(({ sheet, data: rows }) => {
    const all = rows.map((cells, index) => ({ row: index + 1, cells: cells as Cell[] }));
    const headerIndex = all.findIndex((row) => row.cells.some((cell) => cellText(cell) !== ""));
    if (headerIndex < 0) return { name: sheet, header: [], rows: [] };
    const header = all[headerIndex]!.cells.map((cell, i) => cellText(cell) || `column ${i + 1}`);
    while (header.length > 1 && /^column \d+$/.test(header[header.length - 1]!)) header.pop();
    const body = all
      .slice(headerIndex + 1)
      .filter((row) => row.cells.some((cell) => cellText(cell) !== ""))
      .map((row) => ({ row: row.row, cells: header.map((_, i) => row.cells[i]) }));
    return { name: sheet, header, rows: body };
  });
}

/** A workbook of text sheets as XLSX bytes (works in Node and the browser). */
export async function writeWorkbook(
  sheets: ReadonlyArray<{ name: string; header: string[]; rows: string[][] }>,
): Promise<Uint8Array> {
  const data = sheets.map((sheet) => ({
    sheet: sheet.name,
    data: [sheet.header, ...sheet.rows].map((row) => row.map((value) => ({ value }))),
  }));
  const blob = await writeXlsxFile(data as never).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
