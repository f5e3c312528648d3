/**
 * An XLSX workbook, or a LibreOffice `.ods` spreadsheet → its sheets as tables, whatever they are called (`table-recognition.ts` decides which is
 * which). Row numbers are the sheet's rows (header = row 1). Number, boolean and date cells keep their type.
 * A blank sheet is left out silently, unless its name says it is a required table (FILE_EMPTY).
 */
import { REQUIRED_TABLES, tableKindOf } from "./aliases.js";
import { readOdsSheets } from "./ods-sheets.js";
import type { TableRow } from "./table.js";
import { reportTableFrame, rowText } from "./table-frame.js";
import type { SourceTable } from "./table-recognition.js";
import type { IssueCollector } from "./validation-report.js";
import { cellText } from "./values.js";
import type { XlsxLimits } from "./xlsx-limits.js";
import { readXlsxSheets } from "./xlsx-sheets.js";

/** Reads the sheets of a workbook (`format`: `xlsx` or `ods`); null (FILE_FORMAT reported) when it is not one. */
export async function readXlsxSources(
  file: string,
  data: ArrayBuffer,
  issues: IssueCollector,
  limits: Partial<XlsxLimits> = {},
  format: "xlsx" | "ods" = "xlsx",
): Promise<SourceTable[] | null> {
  const sheets =
    format === "ods"
      ? readOdsSheets(file, data, issues, limits)
      : await readXlsxSheets(file, data, issues, limits);
  if (sheets === null) return null;
  const sources: SourceTable[] = [];
  for (const sheet of sheets) {
    const kind = tableKindOf(sheet.name);
    if (sheet.header.length === 0) {
      if (kind !== undefined) {
        issues.add(REQUIRED_TABLES.includes(kind) ? "error" : "warning", "FILE_EMPTY", {
          file: sheet.name,
          row: null,
          column: null,
        });
      }
      continue;
    }
    const framed = (row: TableRow) => ({ row: row.row, text: rowText(row.cells, cellText) });
    reportTableFrame(
      sheet.name,
      { titles: (sheet.titleRows ?? []).map(framed), notes: (sheet.noteRows ?? []).map(framed) },
      sheet.headerRow ?? 1,
      issues,
    );
    const body: TableRow[] = [];
    for (const row of sheet.rows) {
      const width = row.cells.reduce<number>((last, cell, i) => (cellText(cell) !== "" ? i + 1 : last), 0);
      if (width > sheet.header.length) {
        issues.error(
          "ROW_TOO_MANY_FIELDS",
          { file: sheet.name, row: row.row, column: null },
          { value: String(width), detail: String(sheet.header.length) },
        );
        continue;
      }
      body.push(row);
    }
    sources.push({ file: sheet.name, header: sheet.header, rows: body, headerRow: sheet.headerRow ?? null });
  }
  return sources;
}
