/** Reading typed values of one row, reporting what cannot be read (shared by the table readers). */
import type { District } from "../model/types.js";
import { booleanOf, type TableKind } from "./aliases.js";
import type { RowReader } from "./columns.js";
import type { IssueCollector } from "./validation-report.js";
import { parseDate, parseNumber } from "./values.js";

/** Rows of a table whose id is present and unique; reports ID_EMPTY and ID_DUPLICATE. */
export function uniqueRows<K extends "actors" | "districts" | "events">(
  rows: RowReader<K>[],
  idOf: (reader: RowReader<K>) => string,
  issues: IssueCollector,
): Array<{ reader: RowReader<K>; id: string }> {
  const firstRow = new Map<string, number | null>();
  const result: Array<{ reader: RowReader<K>; id: string }> = [];
  for (const reader of rows) {
    const id = idOf(reader);
    const at = reader.at("id" as never);
    if (id === "") {
      issues.error("ID_EMPTY", at);
    } else if (firstRow.has(id)) {
      issues.error("ID_DUPLICATE", at, { value: id, detail: String(firstRow.get(id) ?? "?") });
    } else {
      firstRow.set(id, reader.row.row);
      result.push({ reader, id });
    }
  }
  return result;
}

/**
 * A district by id, else by name (case- and space-insensitive); unknown ones are kept and reported at `field`
 * (default: the row's `district` column).
 */
export function matchDistrict<K extends "actors" | "events" | "projects">(
  value: string,
  districts: Map<string, District>,
  reader: RowReader<K>,
  issues: IssueCollector,
  field = "district",
): string {
  if (districts.has(value)) return value;
  const key = value.toLowerCase().replace(/\s+/g, " ");
  for (const district of districts.values()) {
    if (district.name.toLowerCase().replace(/\s+/g, " ") === key || district.id.toLowerCase() === key) {
      return district.id;
    }
  }
  issues.warning("DISTRICT_UNKNOWN", reader.at(field as never), { value });
  return value;
}

export function coordinates<K extends "actors" | "districts">(
  reader: RowReader<K>,
  issues: IssueCollector,
): { lat?: number; lon?: number } {
  const result: { lat?: number; lon?: number } = {};
  for (const [field, limit] of [
    ["lat", 90],
    ["lon", 180],
  ] as const) {
    const text = reader.text(field as never);
    if (text === "") continue;
    const value = parseNumber(reader.cell(field as never));
    if (value === undefined || Math.abs(value) > limit) {
      issues.warning("COORDINATE_INVALID", reader.at(field as never), {
        value: text,
        detail: `−${limit} … ${limit}`,
      });
    } else {
      result[field] = value;
    }
  }
  return result;
}

export function optionalNumber<K extends TableKind>(
  reader: RowReader<K>,
  field: Parameters<RowReader<K>["text"]>[0],
  issues: IssueCollector,
): number | undefined {
  const text = reader.text(field);
  if (text === "") return undefined;
  const value = parseNumber(reader.cell(field));
  if (value === undefined) issues.warning("NUMBER_INVALID", reader.at(field), { value: text });
  return value;
}

export function optionalDate<K extends TableKind>(
  reader: RowReader<K>,
  field: Parameters<RowReader<K>["text"]>[0],
  issues: IssueCollector,
): string | undefined {
  const text = reader.text(field);
  if (text === "") return undefined;
  const value = parseDate(reader.cell(field));
  if (value === undefined) issues.warning("DATE_INVALID", reader.at(field), { value: text });
  return value;
}

export function readBoolean(
  reader: RowReader<"ties">,
  field: "directed",
  fallback: boolean,
  issues: IssueCollector,
): boolean {
  const text = reader.text(field);
  if (text === "") return fallback;
  const value = booleanOf(text);
  if (value === undefined) {
    issues.warning("BOOLEAN_INVALID", reader.at(field), { value: text, detail: fallback ? "ja" : "nein" });
  }
  return value ?? fallback;
}
