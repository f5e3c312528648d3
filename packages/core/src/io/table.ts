/**
 * A table as read from a file, before validation: one per CSV file, workbook sheet or JSON array.
 * Cells keep the type they had in the file (text from CSV; numbers, booleans and dates from XLSX; any JSON value).
 */
import type { TableKind } from "./aliases.js";

/** One cell value as read. Lists come from JSON documents. */
export type Cell = string | number | boolean | Date | readonly string[] | null | undefined;

/** One record of a table; `row` is its spreadsheet row (header = 1), null when the source has no rows. */
export interface TableRow {
  row: number | null;
  cells: Cell[];
  /** The sheet or file of this row when a table joins several (one sheet per year); else the table's. */
  file?: string;
}

export interface Table {
  kind: TableKind;
  /** File or sheet name as the user knows it (used in issues). */
  file: string;
  /** Column headers as written. */
  header: string[];
  /**
   * Fields already known per column (JSON documents, graph files); null marks an extra attribute.
   * When absent, fields are found from the headers through the alias table.
   */
  fields?: (string | null)[];
  rows: TableRow[];
  /**
   * False for a table recognised by anything but a name of the documented format (another name, its headers or
   * values, an override): only such a table gets the guessing rules that would change how a documented table
   * reads (waves from the years of a date column). Absent: a documented table.
   */
  documented?: boolean;
}
