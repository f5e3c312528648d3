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
  return withFixedZipTimes(new Uint8Array(await blob.arrayBuffer()));
}

/** DOS date of 1980-01-01 00:00, the earliest a zip file can hold. */
const ZIP_EPOCH = { time: 0, date: (0 << 9) | (1 << 5) | 1 };

/**
 * Sets every file time in a zip archive to 1980-01-01 00:00, so the same workbook gives the same bytes on every
 * run (write-excel-file's zip stamps the current time; CRCs do not cover the headers, so this is safe).
 * Walks the central directory from the end-of-central-directory record and patches each entry and its local
 * header; an archive it cannot parse is returned unchanged.
 */
export function withFixedZipTimes(zip: Uint8Array): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return zip;
  const entries = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  for (let n = 0; n < entries; n++) {
    if (offset + 46 > zip.length || view.getUint32(offset, true) !== 0x02014b50) return zip;
    view.setUint16(offset + 12, ZIP_EPOCH.time, true);
    view.setUint16(offset + 14, ZIP_EPOCH.date, true);
    const local = view.getUint32(offset + 42, true);
    if (local + 30 <= zip.length && view.getUint32(local, true) === 0x04034b50) {
      view.setUint16(local + 10, ZIP_EPOCH.time, true);
      view.setUint16(local + 12, ZIP_EPOCH.date, true);
    }
    offset +=
      46 +
      view.getUint16(offset + 28, true) +
      view.getUint16(offset + 30, true) +
      view.getUint16(offset + 32, true);
  }
  return zip;
}
