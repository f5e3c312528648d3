/**
 * A dataset → plain text tables (one per file), the shared form of every export: CSV files, and the node and
 * edge attributes of GEXF and GraphML. Reading these tables back gives the same dataset.
 *
 * Encoding: canonical English headers; lists joined with `; ` (see `encodeList`); booleans `yes`/`no`; numbers
 * with a decimal point; dates ISO. Optional columns are written only when some row has a value; extra
 * attributes follow under their original header, in order of first appearance.
 */
import type { Dataset } from "../model/types.js";
import type { TableKind } from "./aliases.js";
import { encodeList } from "./values.js";

/** A table of text cells. */
export interface TextTable {
  header: string[];
  rows: string[][];
}

type Value = string | number | boolean | readonly string[] | undefined;

/**
 * The tables of a dataset; `actors` and `ties` always, the others only when the dataset has such rows.
 *
 * @example
 * ```ts
 * import { datasetToTables, parseDataset } from "@vernetzt/core/io";
 *
 * const { dataset } = await parseDataset([
 *   { name: "actors.csv", data: "id,name,topics\na,Alpha,Sprache; Familie\nb,Beta," },
 *   { name: "ties.csv", data: "source,target\na,b" },
 * ]);
 * const tables = datasetToTables(dataset!);
 * tables.actors!.header //=> ["id", "name", "topics"]
 * tables.actors!.rows[0] //=> ["a", "Alpha", "Sprache; Familie"]
 * ```
 */
export function datasetToTables(dataset: Dataset): Partial<Record<TableKind, TextTable>> {
  const tables: Partial<Record<TableKind, TextTable>> = {
    actors: table(
      dataset.actors.map((a) => ({
        fields: {
          id: a.id,
          name: a.name,
          kind: a.kind,
          sector: a.sector,
          district: a.district,
          topics: a.topics,
          offers: a.offers,
          needs: a.needs,
          member_of: a.memberOf,
          lat: a.lat,
          lon: a.lon,
          consent: a.consent,
        },
        attributes: a.attributes,
      })),
      ["id", "name"],
    ),
    ties: table(
      dataset.ties.map((t) => ({
        fields: {
          source: t.source,
          target: t.target,
          weight: t.weight,
          type: t.type,
          wave: t.wave,
          date: t.date,
          directed: t.directed,
          level: t.level,
          reported_by: t.reportedBy,
        },
        attributes: t.attributes,
      })),
      ["source", "target", "weight", "wave", "directed"],
    ),
  };
  if (dataset.districts.length > 0) {
    tables.districts = table(
      dataset.districts.map((d) => ({
        fields: { id: d.id, name: d.name, lat: d.lat, lon: d.lon, population: d.population },
        attributes: d.attributes,
      })),
      ["id", "name"],
    );
  }
  if (dataset.events.length > 0) {
    tables.events = table(
      dataset.events.map((e) => ({
        fields: { id: e.id, date: e.date, district: e.district, host: e.host, wave: e.wave, group: e.group },
        attributes: e.attributes,
      })),
      ["id"],
    );
  }
  if (dataset.attendance.length > 0) {
    tables.attendance = table(
      dataset.attendance.map((a) => ({ fields: { event: a.event, actor: a.actor }, attributes: {} })),
      ["event", "actor"],
    );
  }
  if (dataset.respondents) {
    const rows = Object.entries(dataset.respondents).flatMap(([wave, actors]) =>
      actors.map((actor) => ({ fields: { actor, wave }, attributes: {} })),
    );
    if (rows.length > 0) tables.respondents = table(rows, ["actor", "wave"]);
  }
  if (dataset.projects && dataset.projects.length > 0) {
    tables.projects = table(
      dataset.projects.map((p) => ({
        fields: {
          project: p.project,
          topic: p.topic,
          district: p.district,
          year: p.year,
          wave: p.wave,
          role: p.role,
          from: p.from,
          carriers: p.carriers,
        },
        attributes: p.attributes,
      })),
      ["project", "district", "role"],
    );
  }
  return tables;
}

function table(
  records: Array<{ fields: Record<string, Value>; attributes: Record<string, string> }>,
  always: string[],
): TextTable {
  const fieldNames = Object.keys(records[0]?.fields ?? Object.fromEntries(always.map((f) => [f, undefined])));
  const used = fieldNames.filter(
    (field) => always.includes(field) || records.some((r) => present(r.fields[field])),
  );
  const keys = new Set<string>(); // insertion order = order of first appearance
  for (const record of records) for (const key of Object.keys(record.attributes)) keys.add(key);
  const extras = [...keys];
  return {
    header: [...used, ...extras],
    rows: records.map((r) => [
      ...used.map((f) => text(r.fields[f])),
      // own keys only: an actor without a "toString" column must not export Object.prototype.toString
      ...extras.map((k) => (Object.hasOwn(r.attributes, k) ? r.attributes[k]! : "")),
    ]),
  };
}

function present(value: Value): boolean {
  return value !== undefined && !(Array.isArray(value) && value.length === 0);
}

/** One value as text, the way the loader reads it back. */
function text(value: Value): string {
  if (value === undefined) return "";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return value;
  return encodeList(value);
}
