/**
 * A dataset → a folder of CSV files (`actors.csv`, `ties.csv`, and `districts.csv`, `events.csv`,
 * `attendance.csv`, `respondents.csv` when the dataset has such rows), readable again by `parseDataset`.
 * Encoding of values: see `dataset-tables.ts`. Fields are quoted when they contain the delimiter, a quote or a
 * line break (RFC 4180).
 */
import type { Dataset } from "../model/types.js";
import type { TableKind } from "./aliases.js";
import { csvField } from "./csv-field.js";
import { datasetToTables } from "./dataset-tables.js";
import type { InputFile } from "./input-file.js";

export interface CsvExportOptions {
  /** Field delimiter. Default `","`; `";"` opens directly in German Excel. */
  delimiter?: "," | ";" | "\t";
  /** Start each file with a UTF-8 byte order mark, so Excel detects UTF-8. Default `false`. */
  bom?: boolean;
  /**
   * Prefix cells that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR) with `'`
   * (`excel-safe.ts`). Default `false`, because the prefix is read back on import.
   */
  excelSafe?: boolean;
}

export const DEFAULT_CSV_EXPORT_OPTIONS: Required<CsvExportOptions> = {
  delimiter: ",",
  bom: false,
  excelSafe: false,
};

/**
 * The CSV files of a dataset (text, CRLF line ends).
 *
 * @example
 * ```ts
 * import { datasetToCsvFiles, parseDataset } from "@vernetzt/core/io";
 *
 * const { dataset } = await parseDataset([
 *   { name: "akteure.csv", data: "ID;Name;Stadtteil\nkita;Kita Sonnenschein;Nord\njugend;Jugendtreff;Süd" },
 *   { name: "beziehungen.csv", data: "Von;Zu;Gewicht\nkita;jugend;2,5" },
 * ]);
 * const files = datasetToCsvFiles(dataset!, { delimiter: ";" });
 * files.map((f) => f.name) //=> ["actors.csv", "ties.csv"]
 * String(files[1]!.data).split("\r\n")[1] //=> "kita;jugend;2.5;1;no"
 * ```
 */
export function datasetToCsvFiles(dataset: Dataset, options: CsvExportOptions = {}): InputFile[] {
  const { delimiter, bom, excelSafe } = { ...DEFAULT_CSV_EXPORT_OPTIONS, ...options };
  const tables = datasetToTables(dataset);
  return (Object.keys(tables) as TableKind[]).map((kind) => {
    const table = tables[kind]!;
    const lines = [table.header, ...table.rows].map((cells) =>
      cells.map((cell) => csvField(cell, delimiter, { excelSafe })).join(delimiter),
    );
    return { name: `${kind}.csv`, data: `${bom ? "\uFEFF" : ""}${lines.join("\r\n")}\r\n` };
  });
}
