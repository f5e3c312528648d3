/** One CSV field as RFC 4180 writes it (see `csvField`). */
import { excelSafeCell } from "./excel-safe.js";

export interface CsvFieldOptions {
  /**
   * Prefix a value that a spreadsheet would run as a formula with `'` (see `excel-safe.ts`). Default `false`:
   * the value is written unchanged, so an import reads back exactly what was exported.
   */
  excelSafe?: boolean;
}
/**
 * One CSV field as RFC 4180 writes it: quoted, with quotes doubled, when it contains the delimiter, a quote, a
 * line break, or leading or trailing spaces (which spreadsheet programs would otherwise trim). Every CSV
 * writer of vernetzt (dataset export, generator, other tools' layouts) uses it.
 *
 * @example
 * ```ts
 * import { csvField } from "@vernetzt/core/io";
 *
 * csvField("Kita Sonnenschein") //=> "Kita Sonnenschein"
 * csvField('Verein "Miteinander", e.V.') //=> '"Verein ""Miteinander"", e.V."'
 * csvField("Nord;Süd", ";") //=> '"Nord;Süd"'
 * ```
 */
export function csvField(value: string, delimiter = ",", options: CsvFieldOptions = {}): string {
  if (options.excelSafe) value = excelSafeCell(value);
  const needsQuotes = value.includes(delimiter) || /["\r\n]/.test(value) || value !== value.trim();
  return needsQuotes ? `"${value.replace(/"/g, '""')}"` : value;
}
