/**
 * An XLSX workbook → tables, one per sheet named like a dataset file (`akteure`, `Beziehungen`, `actors`, …).
 * Row numbers are the sheet's rows (header = row 1). Number, boolean and date cells keep their type.
 */
import { TABLE_NAME_ALIASES, type TableKind, tableKindOf } from "./aliases.js";
import type { DatasetTables } from "./dataset-from-tables.js";
import type { TableRow } from "./table.js";
import type { IssueCollector } from "./validation-report.js";
import { cellText } from "./values.js";
import type { XlsxLimits } from "./xlsx-limits.js";
import { readXlsxSheets } from "./xlsx-sheets.js";

/** Reads the sheets of a workbook; sheets with other names are reported (FILE_UNKNOWN) and ignored. */
export async function readXlsxTables(
  file: string,
  data: ArrayBuffer,
  issues: IssueCollector,
  limits: Partial<XlsxLimits> = {},
): Promise<DatasetTables | null> {
  const sheets = await readXlsxSheets(file, data, issues, limits);
  if (sheets === null) return null;
  const tables: DatasetTables = {};
  for (const sheet of sheets) {
    const kind = tableKindOf(sheet.name);
    if (!kind || tables[kind]) {
      if (sheet.rows.length > 0 || sheet.header.length > 0) {
        issues.warning(
          "FILE_UNKNOWN",
          { file: sheet.name, row: null, column: null },
          { detail: knownNames() },
        );
      }
      continue;
    }
    if (sheet.header.length === 0) {
      issues.add(kind === "actors" || kind === "ties" ? "error" : "warning", "FILE_EMPTY", {
        file: sheet.name,
        row: null,
        column: null,
      });
      continue;
    }
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
    tables[kind] = { kind, file: sheet.name, header: sheet.header, rows: body };
  }
  return tables;
}

/** The German and English file names of every table, for messages. */
export function knownNames(): string {
  return (Object.keys(TABLE_NAME_ALIASES) as TableKind[])
    .map((kind) => `${TABLE_NAME_ALIASES[kind][1]}/${TABLE_NAME_ALIASES[kind][0]}`)
    .join(", ");
}
