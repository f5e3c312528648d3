/**
 * The rows of a generated network as CSV text, table by table, as lazy line streams: the CLI writes them
 * to files with back-pressure, so a million actors never sit in memory. English file and column names
 * of the dataset format (`docs/dataset-format.md`); multi-valued cells joined with `;`.
 */
import { csvField } from "../io/csv-field.js";
import type { GeneratedNetwork } from "./network.js";

/** One CSV file of a dataset folder: its name and a fresh stream of its lines (header first, no line ends). */
export interface GeneratedCsvTable {
  file: string;
  lines(): Generator<string>;
}

/** Options of `generatedCsvTables`. */
export interface GeneratedCsvTableOptions {
  /** Field delimiter. Default `,`. */
  delimiter?: string;
}

/** One CSV line (without line end); `undefined` becomes an empty field. */
export function csvLine(
  fields: ReadonlyArray<string | number | boolean | undefined>,
  delimiter = ",",
): string {
  return fields
    .map((f) => {
      if (f === undefined) return "";
      if (typeof f === "boolean") return f ? "yes" : "no";
      return csvField(String(f), delimiter);
    })
    .join(delimiter);
}

function table<T>(
  file: string,
  header: readonly string[],
  rows: () => Iterable<T>,
  fields: (row: T) => ReadonlyArray<string | number | boolean | undefined>,
  delimiter: string,
): GeneratedCsvTable {
  return {
    file,
    *lines() {
      yield csvLine(header, delimiter);
      for (const row of rows()) yield csvLine(fields(row), delimiter);
    },
  };
}

/** The files `generatedCsvTables` writes, in that order. */
export const GENERATED_CSV_FILES = [
  "districts.csv",
  "actors.csv",
  "ties.csv",
  "events.csv",
  "attendance.csv",
  "respondents.csv",
] as const;

/**
 * The six CSV tables of a generated network (`actors.csv`, `ties.csv`, `districts.csv`, …).
 *
 * @example
 * ```ts
 * import { generateNetwork, generatedCsvTables } from "@vernetzt/core/generate";
 * import { parseDataset } from "@vernetzt/core/io";
 *
 * const tables = generatedCsvTables(generateNetwork({ actors: 50, waves: 2, seed: 3 }), { delimiter: ";" });
 * const names = tables.map((table) => table.file);
 * names //=> ["districts.csv", "actors.csv", "ties.csv", "events.csv", "attendance.csv", "respondents.csv"]
 * const files = tables.map((table) => ({ name: table.file, data: [...table.lines()].join("\n") }));
 * const { dataset, report } = await parseDataset(files);
 * report.ok //=> true
 * dataset?.actors.length //=> 50
 * dataset?.waves //=> ["1", "2"]
 * ```
 */
export function generatedCsvTables(
  network: GeneratedNetwork,
  options: GeneratedCsvTableOptions = {},
): GeneratedCsvTable[] {
  const d = options.delimiter ?? ",";
  const list = (values: readonly string[]): string => values.join(";");
  return [
    table(
      "districts.csv",
      ["id", "name", "lat", "lon", "population"],
      network.districts,
      (r) => [r.id, r.name, r.lat, r.lon, r.population],
      d,
    ),
    table(
      "actors.csv",
      [
        "id",
        "name",
        "kind",
        "sector",
        "district",
        "topics",
        "offers",
        "needs",
        "member_of",
        "lat",
        "lon",
        "consent",
      ],
      network.actors,
      (r) => [
        r.id,
        r.name,
        r.kind,
        r.sector,
        r.district,
        list(r.topics),
        list(r.offers),
        list(r.needs),
        r.memberOf,
        r.lat,
        r.lon,
        r.consent,
      ],
      d,
    ),
    table(
      "ties.csv",
      ["source", "target", "weight", "type", "wave"],
      network.ties,
      (r) => [r.source, r.target, r.weight, r.type, r.wave],
      d,
    ),
    table(
      "events.csv",
      ["id", "date", "district", "host", "wave"],
      network.events,
      (r) => [r.id, r.date, r.district, r.host, r.wave],
      d,
    ),
    table("attendance.csv", ["event", "actor"], network.attendance, (r) => [r.event, r.actor], d),
    table("respondents.csv", ["actor", "wave"], network.respondents, (r) => [r.actor, r.wave], d),
  ];
}
