/**
 * Reading cell values the way German spreadsheets write them: decimal comma numbers (`4,5`, `1.234,5`),
 * dates `31.12.2024` or ISO `2024-12-31`, lists separated by `;` or `,`.
 */
import type { Cell } from "./table.js";

/**
 * A cell as trimmed text; XLSX numbers, booleans and dates become their canonical text, lists join with `; `.
 *
 * @example
 * ```ts
 * import { cellText } from "@vernetzt/core/io";
 *
 * cellText("  Kita  ") //=> "Kita"
 * cellText(2.5) //=> "2.5"
 * cellText(true) //=> "true"
 * cellText(null) //=> ""
 * ```
 */
export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") return cell.trim();
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  if (typeof cell === "boolean") return cell ? "true" : "false";
  if (cell instanceof Date) return isoDate(cell) ?? "";
  return encodeList(cell);
}

/**
 * A number from a cell; undefined when it is not one. Accepts `4.5`, `4,5`, `1.234,5`, `1,234.5`, `12 500`.
 * A single comma without a dot is a decimal comma (German).
 *
 * @example
 * ```ts
 * import { parseNumber } from "@vernetzt/core/io";
 *
 * parseNumber("4,5") //=> 4.5
 * parseNumber("1.234,5") //=> 1234.5
 * parseNumber("12 500") //=> 12500
 * parseNumber("viel") //=> undefined
 * ```
 */
export function parseNumber(cell: Cell): number | undefined {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell + 0 : undefined;
  let text = cellText(cell).replace(/[\s\u00a0\u202f]/g, "");
  if (text === "") return undefined;
  if (text.includes(",") && text.includes(".")) {
    text =
      text.lastIndexOf(",") > text.lastIndexOf(".")
        ? text.replace(/\./g, "").replace(",", ".")
        : text.replace(/,/g, "");
  } else if (/^[+-]?\d*,\d+$/.test(text)) {
    text = text.replace(",", ".");
  }
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text)) return undefined;
  const value = Number(text) + 0; // -0 → 0
  return Number.isFinite(value) ? value : undefined;
}

/**
 * The other reading of a number written with one separator followed by exactly three digits (`1.000`,
 * `2,500`, `1.000.000`): `parseNumber` reads `1.000` as 1 (decimal point) and `1,000` as 1 (decimal comma), but
 * a German `1.000` or an English `1,000` means a thousand. Undefined for a number with one reading (`1.5`,
 * `1.234,5`, `1000`) and for a number cell of a workbook.
 *
 * @example
 * ```ts
 * import { otherNumberReading } from "@vernetzt/core/io";
 *
 * otherNumberReading("1.000") //=> 1000
 * otherNumberReading("2,500") //=> 2500
 * otherNumberReading("1.234,5") //=> undefined
 * otherNumberReading("1.5") //=> undefined
 * ```
 */
export function otherNumberReading(cell: Cell): number | undefined {
  if (typeof cell !== "string") return undefined;
  const text = cell.trim();
  if (!/^[+-]?\d{1,3}(?:\.\d{3})+$/.test(text) && !/^[+-]?\d{1,3}(?:,\d{3})+$/.test(text)) return undefined;
  // one separator kind, every group of three digits: as thousands, it is the digits without separators
  const value = Number(text.replace(/[.,]/g, ""));
  return value === parseNumber(text) ? undefined : value;
}

/**
 * An ISO date `YYYY-MM-DD` from a cell; undefined when it is not a valid calendar date.
 * Accepts `2024-12-31` (optionally with a time), `31.12.2024`, `31.12.24` (→ 2024) and XLSX date cells.
 *
 * @example
 * ```ts
 * import { parseDate } from "@vernetzt/core/io";
 *
 * parseDate("31.12.2024") //=> "2024-12-31"
 * parseDate("1.3.24") //=> "2024-03-01"
 * parseDate("30.02.2024") //=> undefined
 * ```
 */
export function parseDate(cell: Cell): string | undefined {
  if (cell instanceof Date) return isoDate(cell);
  const text = cellText(cell);
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(text);
  if (match) return calendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(text);
  if (match) {
    const year = match[3]!.length === 2 ? 2000 + Number(match[3]) : Number(match[3]);
    return calendarDate(year, Number(match[2]), Number(match[1]));
  }
  return undefined;
}

function calendarDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return undefined;
  }
  return isoDate(date);
}

function isoDate(date: Date): string | undefined {
  if (Number.isNaN(date.getTime())) return undefined;
  return date.toISOString().slice(0, 10);
}

/**
 * A multi-valued cell as a list: if the text contains `;` it is split only on `;`, else on `,`; items are
 * trimmed and empty items dropped. JSON list items are split on `;` too (trimmed, empty items dropped): `;` is
 * the list separator of every other format, so an item holding one could not be exported without becoming two.
 *
 * @example
 * ```ts
 * import { parseList } from "@vernetzt/core/io";
 *
 * parseList("Sprache, Familie") //=> ["Sprache", "Familie"]
 * parseList("Kinder, Jugend; Sport") //=> ["Kinder, Jugend", "Sport"]
 * ```
 */
export function parseList(cell: Cell): string[] {
  if (Array.isArray(cell)) {
    return cell
      .flatMap((item) => String(item).split(";"))
      .map((item) => item.trim())
      .filter((item) => item !== "");
  }
  const text = cellText(cell);
  const separator = text.includes(";") ? ";" : ",";
  return text
    .split(separator)
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

/**
 * A list as one cell, so that `parseList` reads it back unchanged: items joined with `; `; a single item that
 * contains a comma gets a trailing `;` (else it would be split on the comma). Items must not contain `;`.
 *
 * @example
 * ```ts
 * import { encodeList, parseList } from "@vernetzt/core/io";
 *
 * encodeList(["Sprache", "Familie"]) //=> "Sprache; Familie"
 * encodeList(["Kinder, Jugend"]) //=> "Kinder, Jugend;"
 * parseList(encodeList(["Kinder, Jugend"])) //=> ["Kinder, Jugend"]
 * ```
 */
export function encodeList(items: readonly string[]): string {
  const text = items.join("; ");
  return items.length === 1 && text.includes(",") ? `${text};` : text;
}
