/**
 * Spreadsheet formula injection ("CSV injection", OWASP: https://owasp.org/www-community/attacks/CSV_Injection).
 * Excel, LibreOffice Calc and Google Sheets treat a cell that starts with `=`, `+`, `-` or `@` (or with a tab
 * or carriage return before one) as a formula when a CSV file is opened; a name such as
 * `=HYPERLINK("http://…","Klick")` in exported data would then run in the coordinator's spreadsheet.
 *
 * OWASP's remedy: prefix such a cell with a single quote `'`, which spreadsheets show as text. It changes the
 * data (an import reads the `'` back), so CSV exports do it only when asked (`excelSafe`, CLI `--excel-safe`);
 * the default keeps round trips lossless. A plain number (`-12.5`, `-3,2`, `+7`) cannot be a formula and stays
 * as it is, so negative coordinates remain numbers.
 */

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+([.,]\d+)?$/;

/**
 * Whether a spreadsheet could read `value` as a formula.
 *
 * @example
 * ```ts
 * import { startsLikeFormula } from "@vernetzt/core/io";
 *
 * startsLikeFormula('=HYPERLINK("http://example.org")') //=> true
 * startsLikeFormula("-12.5") //=> false
 * startsLikeFormula("Kita Sonnenschein") //=> false
 * ```
 */
export function startsLikeFormula(value: string): boolean {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value);
}

/**
 * `value`, prefixed with `'` when a spreadsheet could read it as a formula.
 *
 * @example
 * ```ts
 * import { excelSafeCell } from "@vernetzt/core/io";
 *
 * excelSafeCell("=1+1") //=> "'=1+1"
 * excelSafeCell("@SUMME(A1)") //=> "'@SUMME(A1)"
 * excelSafeCell("-3,2") //=> "-3,2"
 * ```
 */
export function excelSafeCell(value: string): string {
  return startsLikeFormula(value) ? `'${value}` : value;
}
