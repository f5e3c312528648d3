/**
 * An XLSX workbook → tables, one per sheet named like a dataset file (`akteure`, `Beziehungen`, `actors`, …).
 * Row numbers are the sheet's rows (header = row 1). Number, boolean and date cells keep their type.
 */
import readXlsxFile from "read-excel-file/universal";
import { TABLE_NAME_ALIASES, type TableKind, tableKindOf } from "./aliases.js";
import { usedWidth } from "./csv-table.js";
import type { DatasetTables } from "./dataset-from-tables.js";
import type { Cell, TableRow } from "./table.js";
import type { IssueCollector } from "./validation-report.js";
import { cellText } from "./values.js";

/** Reads the sheets of a workbook; sheets with other names are reported (FILE_UNKNOWN) and ignored. */
export async function readXlsxTables(
  file: string,
  data: ArrayBuffer,
  issues: IssueCollector,
): Promise<DatasetTables | null> {
  let sheets: Array<{ sheet: string; data: unknown[][] }>;
  try {
    sheets = (await readXlsxFile(data)) as unknown as Array<{ sheet: string; data: unknown[][] }>;
  } catch (error) {
    issues.error(
      "FILE_FORMAT",
      { file, row: null, column: null },
      { value: errorText(error), detail: "XLSX" },
    );
    return null;
  }
  const tables: DatasetTables = {};
  for (const sheet of sheets) {
    const kind = tableKindOf(sheet.sheet);
    if (!kind || tables[kind]) {
      if (sheet.data.some((row) => row.some((cell) => cellText(cell as Cell) !== ""))) {
        issues.warning(
          "FILE_UNKNOWN",
          { file: sheet.sheet, row: null, column: null },
          { detail: knownNames() },
        );
      }
      continue;
    }
    const rows = sheet.data.map((cells, index) => ({ row: index + 1, cells: cells as Cell[] }));
    const headerIndex = rows.findIndex((row) => row.cells.some((cell) => cellText(cell) !== ""));
    if (headerIndex < 0) {
      issues.add(kind === "actors" || kind === "ties" ? "error" : "warning", "FILE_EMPTY", {
        file: sheet.sheet,
        row: null,
        column: null,
      });
      continue;
    }
    const header = rows[headerIndex]!.cells.map((cell, i) => cellText(cell) || `column ${i + 1}`);
    const used = usedWidth(
      rows.slice(headerIndex + 1).map((row) => row.cells),
      (cell) => cellText(cell) !== "",
    );
    while (
      header.length > Math.max(1, used) &&
      cellText(rows[headerIndex]!.cells[header.length - 1]) === ""
    ) {
      header.pop();
    }
    const body: TableRow[] = [];
    for (const row of rows.slice(headerIndex + 1)) {
      if (!row.cells.some((cell) => cellText(cell) !== "")) continue;
      const filled = row.cells.reduce<number>((last, cell, i) => (cellText(cell) !== "" ? i + 1 : last), 0);
      if (filled > header.length) {
        issues.error(
          "ROW_TOO_MANY_FIELDS",
          { file: sheet.sheet, row: row.row, column: null },
          { value: String(filled), detail: String(header.length) },
        );
        continue;
      }
      body.push(row);
    }
    tables[kind] = { kind, file: sheet.sheet, header, rows: body };
  }
  return tables;
}

/** The German and English file names of every table, for messages. */
export function knownNames(): string {
  return (Object.keys(TABLE_NAME_ALIASES) as TableKind[])
    .map((kind) => `${TABLE_NAME_ALIASES[kind][1]}/${TABLE_NAME_ALIASES[kind][0]}`)
    .join(", ");
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
