/**
 * The dataset as one JSON document — an export format and an input format.
 *
 * `{"format": "vernetzt-dataset", "version": 1, "name", "directed", "waves", "actors", "ties", "districts",
 * "events", "attendance", "respondents"?, "projects"?}` with the objects of `model/types.ts` as they are. Reading it runs the
 * same validation as CSV: each array becomes a table whose columns are the model's fields plus one column per
 * extra attribute; issues name the file as `<file>/<array>` and the row as the 1-based position in the array.
 */
import type { Dataset } from "../model/types.js";
import type { TableKind } from "./aliases.js";
import type { DatasetTables } from "./dataset-from-tables.js";
import { readJsonText, reportDuplicateKey } from "./json-text.js";
import type { Cell, Table } from "./table.js";
import type { IssueCollector } from "./validation-report.js";

export const DATASET_JSON_FORMAT = "vernetzt-dataset";

/**
 * The dataset as a JSON document (2-space indented, keys in model order, ends with a newline).
 *
 * @example
 * ```ts
 * import { datasetToJson, parseDataset } from "@vernetzt/core/io";
 *
 * const { dataset } = await parseDataset([
 *   { name: "actors.csv", data: "id,name\na,Alpha\nb,Beta" },
 *   { name: "ties.csv", data: "source,target\na,b" },
 * ]);
 * const json = JSON.parse(datasetToJson(dataset!));
 * json.format //=> "vernetzt-dataset"
 * json.ties.length //=> 1
 * ```
 */
export function datasetToJson(dataset: Dataset): string {
  const document: Record<string, unknown> = {
    format: DATASET_JSON_FORMAT,
    version: 1,
    name: dataset.name,
    directed: dataset.directed,
    waves: dataset.waves,
    actors: dataset.actors.map((actor) => ordered(actor, "actors")),
    ties: dataset.ties.map((tie) => ordered(tie, "ties")),
    districts: dataset.districts.map((district) => ordered(district, "districts")),
    events: dataset.events.map((event) => ordered(event, "events")),
    attendance: dataset.attendance.map((attendance) => ordered(attendance, "attendance")),
  };
  if (dataset.respondents) document.respondents = dataset.respondents;
  if (dataset.projects) document.projects = dataset.projects.map((site) => ordered(site, "projects"));
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** An object with its keys in model order (the table's fields, then `attributes`), so files diff well. */
function ordered(value: object, kind: TableKind): Record<string, unknown> {
  const record = value as Record<string, unknown>;
  const result: Record<string, unknown> = {};
  for (const key of [...FIELDS[kind], "attributes"]) if (record[key] !== undefined) result[key] = record[key];
  for (const key of Object.keys(record))
    if (!(key in result) && record[key] !== undefined) result[key] = record[key];
  return result;
}

/** Model fields per table, in column order. */
const FIELDS: Record<TableKind, readonly string[]> = {
  actors: [
    "id",
    "name",
    "kind",
    "sector",
    "district",
    "topics",
    "offers",
    "needs",
    "memberOf",
    "lat",
    "lon",
    "consent",
  ],
  ties: ["source", "target", "weight", "type", "wave", "date", "directed", "level", "reportedBy"],
  districts: ["id", "name", "lat", "lon", "population"],
  events: ["id", "date", "district", "host", "wave", "group"],
  attendance: ["event", "actor"],
  respondents: ["actor", "wave"],
  projects: ["project", "topic", "district", "year", "wave", "role", "from", "carriers"],
};

export interface JsonTables {
  tables: DatasetTables;
  name?: string;
  directed?: boolean;
}

/**
 * Reads a dataset JSON document into tables; null (FILE_FORMAT reported) when it is not one.
 *
 * @example
 * ```ts
 * import { IssueCollector, readJsonTables } from "@vernetzt/core/io";
 *
 * const issues = new IssueCollector();
 * readJsonTables("broken.json", "{ not json", issues) //=> null
 * issues.issues[0]!.code //=> "FILE_FORMAT"
 * const document = { format: "vernetzt-dataset", version: 1, actors: [{ id: "a", name: "Alpha" }], ties: [] };
 * const text = JSON.stringify(document);
 * readJsonTables("net.json", text, issues)?.tables.actors?.rows.length //=> 1
 * ```
 */
export function readJsonTables(file: string, text: string, issues: IssueCollector): JsonTables | null {
  const at = { file, row: null, column: null };
  const fail = (reason: string) => {
    issues.error("FILE_FORMAT", at, { value: reason, detail: "JSON" });
    return null;
  };
  const read = readJsonText(text, at, "JSON", issues);
  if (read === null) return null;
  const document = read.value;
  if (!isRecord(document)) return fail("not a JSON object");
  // A key twice in a record: the record is left out (which value is meant?); anywhere else: the file.
  const skipped = new Set<string>();
  let refused = false;
  for (const duplicate of read.duplicates) {
    const [kind, index] = duplicate.path;
    if (typeof kind === "string" && Object.hasOwn(FIELDS, kind) && typeof index === "number") {
      reportDuplicateKey(duplicate, { file: `${file}/${kind}`, row: index + 1, column: null }, issues);
      skipped.add(`${kind}/${index}`);
    } else {
      reportDuplicateKey(duplicate, at, issues);
      refused = true;
    }
  }
  if (refused) return null;
  const tables: DatasetTables = {};
  for (const kind of Object.keys(FIELDS) as TableKind[]) {
    const records = kind === "respondents" ? respondentRecords(document.respondents) : document[kind];
    if (
      records === undefined ||
      (kind !== "actors" && kind !== "ties" && Array.isArray(records) && records.length === 0)
    ) {
      continue;
    }
    if (!Array.isArray(records) || !records.every(isRecord))
      return fail(`"${kind}" is not a list of objects`);
    tables[kind] = recordsToTable(kind, `${file}/${kind}`, records, (i) => skipped.has(`${kind}/${i}`));
  }
  const result: JsonTables = { tables };
  if (typeof document.name === "string") result.name = document.name;
  if (typeof document.directed === "boolean") result.directed = document.directed;
  return result;
}

/** The records as a table; rows keep their position in the array, the `skipped` ones are left out. */
function recordsToTable(
  kind: TableKind,
  file: string,
  allRecords: Record<string, unknown>[],
  skipped: (index: number) => boolean,
): Table {
  const fields = FIELDS[kind];
  const records = allRecords.flatMap((record, index) => (skipped(index) ? [] : [{ record, row: index + 1 }]));
  const keys = new Set<string>(); // insertion order = order of first appearance
  for (const { record } of records) {
    if (!isRecord(record.attributes)) continue;
    for (const key of Object.keys(record.attributes)) keys.add(key);
  }
  const extras = [...keys];
  const rows = records.map(({ record, row }) => {
    const attributes = isRecord(record.attributes) ? record.attributes : {};
    const cells = [
      ...fields.map((field) => toCell(record[field])),
      ...extras.map((key) => toCell(Object.hasOwn(attributes, key) ? attributes[key] : undefined)),
    ];
    return { row, cells };
  });
  return {
    kind,
    file,
    header: [...fields, ...extras],
    fields: [...fields, ...extras.map(() => null)],
    rows,
  };
}

function respondentRecords(value: unknown): unknown {
  if (value === undefined || !isRecord(value)) return value;
  return Object.entries(value).flatMap(([wave, actors]) =>
    Array.isArray(actors) ? actors.map((actor) => ({ actor, wave })) : [{ actor: undefined, wave }],
  );
}

function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (Array.isArray(value)) return value.map((item) => String(item));
  return JSON.stringify(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
