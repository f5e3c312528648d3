/** Writing CSV text the way pandas, R and Gephi write it: `,`, LF line ends, RFC 4180 quoting. */
import { type CsvFieldOptions, csvField } from "../io/csv-field.js";
import { ownValue } from "../model/member-names.js";

/**
 * A CSV document of a header and rows (fields quoted when they hold the delimiter, a quote or a line break;
 * with `excelSafe`, formula-like cells prefixed with `'`).
 */
export function csvText(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  delimiter = ",",
  options: CsvFieldOptions = {},
): string {
  const line = (cells: readonly string[]) =>
    cells.map((cell) => csvField(cell, delimiter, options)).join(delimiter);
  return `${[header, ...rows].map(line).join("\n")}\n`;
}

/** A text table with some headers renamed (`{ id: "Id" }`) and cells of some columns mapped. */
export function renameColumns(
  table: { header: string[]; rows: string[][] },
  names: Record<string, string>,
  values: Record<string, (cell: string) => string> = {},
): { header: string[]; rows: string[][] } {
  return {
    header: table.header.map((h) => ownValue(names, h) ?? h),
    rows: table.rows.map((row) => row.map((cell, i) => ownValue(values, table.header[i]!)?.(cell) ?? cell)),
  };
}
