/**
 * Kumu's spreadsheet layout (kumu.io, "Structure your data for Kumu"): a workbook (or two CSV files) with a sheet
 * `Elements` — `Label` (required, column A), optional `ID`, `Type`, `Description`, `Tags` (several values
 * separated by `|`) and any other field — and a sheet `Connections` — `From`, `To` (required, columns A and B;
 * an element's label, or its ID when elements have IDs; several targets in `To` separated by `|`), `Type`,
 * `Direction` (`directed`, `undirected`, `mutual`), `Strength` and any other field. Sheets whose name contains
 * `(ignore)` are skipped, as Kumu does.
 *
 * Mapping: `ID` → actor id (else the label), `Label` → name, `Type` → kind when every value is one of vernetzt's
 * kinds (`Organization`, `Person`, `Gruppe`, …) else an attribute, `Tags` → topics, `Strength` (or `Weight`)
 * → weight, `Direction` → directed (`mutual` and `undirected` are undirected ties), connection `Type` → tie
 * type; `|`-lists in `Tags`, offers and needs become lists. Connections are directed by default (Kumu's default).
 * Other columns go through vernetzt's alias table (`District`, `Sector`, `Wave`, …) or stay attributes.
 */
import { kindOf, normalizeKey } from "../io/aliases.js";
import type { DatasetTables } from "../io/dataset-from-tables.js";
import { datasetToTables } from "../io/dataset-tables.js";
import { arrayBufferOf, extensionOf, type InputFile } from "../io/input-file.js";
import type { LoadResult } from "../io/parse-dataset.js";
import type { Cell, Table } from "../io/table.js";
import type { IssueCollector } from "../io/validation-report.js";
import { cellText } from "../io/values.js";
import { readXlsxSheets } from "../io/xlsx-sheets.js";
import { ownValue } from "../model/member-names.js";
import type { Dataset } from "../model/types.js";
import { renameColumns } from "./csv-text.js";
import {
  assignFields,
  baseName,
  checkInteropOptions,
  directedUnlessStated,
  finishLoad,
  hasColumns,
  type InteropLoadOptions,
  mapColumn,
  missingTable,
  readInteropCsv,
  unexpectedTable,
  withNameColumn,
} from "./interop-tables.js";
import { readJsonObject } from "./json-document.js";
import { writeWorkbook } from "./workbook.js";

/**
 * Whether a header row is Kumu's connections sheet (`From`, `To`).
 *
 * @example
 * ```ts
 * import { isKumuConnectionsHeader } from "@vernetzt/core/interop";
 *
 * isKumuConnectionsHeader(["From", "To", "Type", "Strength"]) //=> true
 * isKumuConnectionsHeader(["Label", "Type"]) //=> false
 * ```
 */
export function isKumuConnectionsHeader(header: readonly string[]): boolean {
  return hasColumns(header, ["From", "To"]);
}

/**
 * Reads a Kumu workbook (`.xlsx` with `Elements` and `Connections` sheets), its two sheets as CSV files, or a
 * Kumu JSON blueprint (`{"elements": [...], "connections": [...]}`, keys as the columns: `label`, `id`, `type`,
 * `tags` (a list), `from`, `to`, `direction`, …; issues name `<file>/elements` and the 1-based position).
 *
 * @example
 * ```ts
 * import { parseKumu } from "@vernetzt/core/interop";
 *
 * const blueprint = {
 *   elements: [
 *     { label: "Kita Sonnenschein", type: "Organization", tags: ["Familie", "Sprache"] },
 *     { label: "Jugendtreff", type: "Organization" },
 *   ],
 *   connections: [{ from: "Kita Sonnenschein", to: "Jugendtreff", direction: "mutual", strength: 2 }],
 * };
 * const { dataset } = await parseKumu([{ name: "netz.json", data: JSON.stringify(blueprint) }]);
 * dataset?.actors[0]?.topics //=> ["Familie", "Sprache"]
 * dataset?.actors[0]?.kind //=> "organisation"
 * dataset?.ties[0]?.directed //=> false
 * ```
 */
export async function parseKumu(files: InputFile[], options: InteropLoadOptions = {}): Promise<LoadResult> {
  const issues = checkInteropOptions("parseKumu", options);
  let elements: Table | null = null;
  let connections: Table | null = null;
  const take = (table: Table): void => {
    if (isKumuConnectionsHeader(table.header) && !connections) connections = table;
    else if (hasColumns(table.header, ["Label"]) && !elements) elements = table;
    else unexpectedTable(issues, table.file, "Elements, Connections");
  };
  for (const file of files) {
    if (extensionOf(file.name) === "json") {
      for (const table of readBlueprint(file, issues)) take(table);
    } else if (extensionOf(file.name) === "xlsx") {
      const sheets = await readXlsxSheets(file.name, arrayBufferOf(file.data), issues);
      for (const sheet of sheets ?? []) {
        if (/\(ignore\)/i.test(sheet.name) || sheet.header.length === 0) continue;
        take({ kind: "actors", file: sheet.name, header: sheet.header, rows: sheet.rows });
      }
    } else {
      const table = readInteropCsv("actors", file, issues);
      if (table) take(table);
    }
  }
  const name = files.length === 1 ? baseName(files[0]!.name) : "kumu";
  if (!elements) return missingTable(issues, "sheet Elements (Label)", "Blatt Elements (Label)");
  if (!connections) {
    return missingTable(issues, "sheet Connections (From, To)", "Blatt Connections (From, To)");
  }
  const actors = elementsTable(elements);
  const tables: DatasetTables = { actors, ties: connectionsTable(connections, actors, issues) };
  return finishLoad(name, tables, options, directedUnlessStated(tables.ties!), issues);
}

/** The elements and connections of a JSON blueprint as tables (none, with FILE_FORMAT, when unreadable). */
function readBlueprint(file: InputFile, issues: IssueCollector): Table[] {
  const document = readJsonObject(file, "Kumu JSON", issues);
  if (!document) return [];
  const blueprint = document as { elements?: unknown; connections?: unknown };
  if (!Array.isArray(blueprint.elements)) {
    const value = issues.lang === "de" ? 'keine Liste "elements"' : 'no "elements" list';
    issues.error("FILE_FORMAT", { file: file.name, row: null, column: null }, { value, detail: "Kumu JSON" });
    return [];
  }
  const names = attributeNames(document);
  const lists = {
    elements: blueprint.elements,
    connections: Array.isArray(blueprint.connections) ? blueprint.connections : [],
  };
  return Object.entries(lists).map(([part, records]) => {
    const objects = (records as unknown[]).map((r) =>
      r && typeof r === "object" ? flattenProjectRecord(r as Record<string, unknown>, names) : {},
    );
    const header = part === "connections" ? ["from", "to"] : ["label"];
    for (const object of objects)
      for (const key of Object.keys(object)) if (!header.includes(key)) header.push(key);
    return {
      kind: "actors" as const,
      file: `${file.name}/${part}`,
      header,
      rows: objects.map((object, i) => ({ row: i + 1, cells: header.map((key) => jsonCell(object[key])) })),
    };
  });
}

/**
 * A record of a Kumu project file (what Kumu's "Export → JSON" and project backups write: `{"_id":
 * "elem-…", "attributes": {"label", "element type", "tags", …}}`, connections with `from`/`to` = element
 * `_id`s, `direction`, `reversed`, `delayed` and their own `attributes`) as a flat blueprint record: `_id` →
 * `ID`, `element type`/`connection type` → `type`, `label`, `description` and `tags` as they are, other
 * fields under their display names from the
 * project's field list (`attributes: [{name: "Power Score"}]`), a reversed connection (Kumu's "reverse
 * direction") with `from` and `to` swapped, `delayed: true` kept. Blueprint records are returned as they are.
 */
function flattenProjectRecord(
  record: Record<string, unknown>,
  names: ReadonlyMap<string, string>,
): Record<string, unknown> {
  const { _id: id, attributes, ...system } = record;
  if (typeof id !== "string" || !attributes || typeof attributes !== "object" || Array.isArray(attributes))
    return record;
  const flat: Record<string, unknown> = {};
  const set = (key: string, value: unknown) => {
    if (value !== undefined && value !== null) Object.defineProperty(flat, key, { value, enumerable: true });
  };
  if (system.from === undefined) set("ID", id);
  else {
    const reversed = system.reversed === true;
    set("from", reversed ? system.to : system.from);
    set("to", reversed ? system.from : system.to);
    set("direction", system.direction);
    if (system.delayed === true) set("delayed", true);
  }
  for (const [key, value] of Object.entries(attributes)) {
    const lower = key.toLowerCase();
    set(KUMU_SYSTEM_FIELDS[lower] ?? names.get(lower) ?? key, value);
  }
  return flat;
}

/** Kumu's own fields, under the names a blueprint gives them (the rest keep their display names). */
const KUMU_SYSTEM_FIELDS: Record<string, string> = {
  label: "label",
  description: "description",
  tags: "tags",
  "element type": "type",
  "connection type": "type",
};

/** A Kumu project's field display names by lower-case key (`"power score"` → `"Power Score"`). */
function attributeNames(project: Record<string, unknown>): Map<string, string> {
  const names = new Map<string, string>();
  if (!Array.isArray(project.attributes)) return names;
  for (const field of project.attributes as unknown[]) {
    const name = (field as { name?: unknown } | null)?.name;
    if (typeof name === "string" && name.trim() !== "") names.set(name.toLowerCase(), name);
  }
  return names;
}

function jsonCell(value: unknown): Cell {
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === "object") return JSON.stringify(value);
  return value as string | number | boolean;
}

function elementsTable(table: Table): Table {
  const typeIndex = table.header.findIndex((h) => normalizeKey(h) === "type");
  const typesAreKinds =
    typeIndex >= 0 &&
    table.rows.every(
      (row) => cellText(row.cells[typeIndex]) === "" || kindOf(cellText(row.cells[typeIndex])),
    );
  let result = assignFields(table, "actors", {
    ID: "id",
    Label: "name",
    Tags: "topics",
    Type: typesAreKinds ? "kind" : "attribute",
  });
  if (!result.fields!.includes("id")) {
    const name = result.fields!.indexOf("name");
    result = {
      ...result,
      header: [...result.header, "ID"],
      fields: [...result.fields!, "id"],
      rows: result.rows.map((row) => ({ row: row.row, cells: [...row.cells, row.cells[name]] })),
    };
  }
  for (const field of ["topics", "offers", "needs"]) result = mapColumn(result, field, pipeList);
  return withNameColumn(result);
}

/** `a|b|c` → `a; b; c` (vernetzt's list separator). */
function pipeList(cell: Cell): Cell {
  const text = cellText(cell);
  return text.includes("|")
    ? text
        .split("|")
        .map((item) => item.trim())
        .join("; ")
    : cell;
}

function connectionsTable(table: Table, actors: Table, issues: IssueCollector): Table {
  const assigned = assignFields({ ...table, kind: "ties" }, "ties", {
    From: "source",
    To: "target",
    Direction: "directed",
    "Connection Direction": "directed",
    Strength: "weight",
    Type: "type",
    ID: "ignore",
  });
  const ids = elementIds(actors);
  const from = assigned.fields!.indexOf("source");
  const to = assigned.fields!.indexOf("target");
  const directed = assigned.fields!.indexOf("directed");
  const rows = assigned.rows.flatMap((row) => {
    const targets = cellText(row.cells[to])
      .split("|")
      .map((t) => t.trim());
    return targets.map((target) => ({
      row: row.row,
      cells: row.cells.map((cell, i) => {
        if (i === from) return ids.get(cellText(cell)) ?? cell;
        if (i === to) return ids.get(target) ?? target;
        if (i === directed) return directionOf(cell, row.row, table.header[i]!, table.file, issues);
        return cell;
      }),
    }));
  });
  return { ...assigned, rows };
}

/** Element ids by ID and by label (a connection may name either; the ID wins). */
function elementIds(actors: Table): Map<string, string> {
  const id = actors.fields!.indexOf("id");
  const name = actors.fields!.indexOf("name");
  const ids = new Map<string, string>();
  for (const row of actors.rows) {
    const label = cellText(row.cells[name]);
    if (label !== "" && !ids.has(label)) ids.set(label, cellText(row.cells[id]));
  }
  for (const row of actors.rows) ids.set(cellText(row.cells[id]), cellText(row.cells[id]));
  return ids;
}

function directionOf(
  cell: Cell,
  row: number | null,
  column: string,
  file: string,
  issues: IssueCollector,
): Cell {
  const text = cellText(cell).toLowerCase();
  if (text === "directed") return "yes";
  if (text === "undirected" || text === "mutual") return "no";
  if (text !== "" && text !== "yes" && text !== "no") {
    issues.warning("BOOLEAN_INVALID", { file, row, column }, { value: cellText(cell), detail: "directed" });
    return "";
  }
  return cell;
}

/**
 * The dataset as a Kumu workbook `<name>.xlsx`: sheet `Elements` (`Label`, `ID`, `Type` = kind, `Tags` = topics,
 * then vernetzt's actor columns, lists joined with `|`) and sheet `Connections` (`From`, `To` = element IDs,
 * `Type`, `Direction`, `Strength`, then wave, date and attributes). `parseKumu` reads it back to the same dataset.
 *
 * @example
 * ```ts
 * import { datasetToKumu, parseKumu } from "@vernetzt/core/interop";
 * import { parseDataset } from "@vernetzt/core/io";
 *
 * const { dataset } = await parseDataset(
 *   [
 *     { name: "actors.csv", data: "id,name\nkita,Kita Sonnenschein\njugend,Jugendtreff" },
 *     { name: "ties.csv", data: "source,target\nkita,jugend" },
 *   ],
 *   { name: "netz" },
 * );
 * const workbook = await datasetToKumu(dataset!);
 * workbook.name //=> "netz.xlsx"
 * const back = await parseKumu([workbook]);
 * back.dataset?.ties.length //=> 1
 * ```
 */
export async function datasetToKumu(dataset: Dataset): Promise<InputFile> {
  const tables = datasetToTables(dataset);
  const pipes = (cell: string): string =>
    cell
      .replace(/;\s*$/, "")
      .split(/;\s*/)
      .filter((x) => x)
      .join("|");
  const actors = tables.actors!;
  const elements = renameColumns(
    { header: actors.header, rows: actors.rows },
    { id: "ID", name: "Label", kind: "Type", topics: "Tags" },
    { topics: pipes, offers: pipes, needs: pipes },
  );
  const order = ["Label", "ID"];
  const permutation = [
    ...order.map((h) => elements.header.indexOf(h)),
    ...elements.header.map((_, i) => i).filter((i) => !order.includes(elements.header[i]!)),
  ];
  const connections = renameColumns(
    tables.ties!,
    { source: "From", target: "To", type: "Type", directed: "Direction", weight: "Strength" },
    { directed: (cell) => (cell === "yes" ? "directed" : "undirected") },
  );
  const data = await writeWorkbook([
    {
      name: "Elements",
      header: permutation.map((i) => elements.header[i]!),
      rows: elements.rows.map((row) => permutation.map((i) => row[i]!)),
    },
    { name: "Connections", header: connections.header, rows: connections.rows },
  ]);
  return { name: `${dataset.name}.xlsx`, data };
}

/**
 * The dataset as a Kumu JSON blueprint `<name>.json`: `elements` (`label`, `id`, `type` = kind, `tags` = topics,
 * then vernetzt's actor fields, lists as JSON lists) and `connections` (`from`, `to` = element ids, `type`,
 * `direction`, `strength`, then wave, date and attributes), 2-space indented. `parseKumu` reads it back.
 *
 * @example
 * ```ts
 * import { datasetToKumuBlueprint } from "@vernetzt/core/interop";
 * import { parseDataset } from "@vernetzt/core/io";
 *
 * const { dataset } = await parseDataset(
 *   [
 *     { name: "actors.csv", data: "id,name\nkita,Kita Sonnenschein\njugend,Jugendtreff" },
 *     { name: "ties.csv", data: "source,target\nkita,jugend" },
 *   ],
 *   { name: "netz" },
 * );
 * const file = datasetToKumuBlueprint(dataset!);
 * file.name //=> "netz.json"
 * JSON.parse(String(file.data)).connections.length //=> 1
 * ```
 */
export function datasetToKumuBlueprint(dataset: Dataset): InputFile {
  const tables = datasetToTables(dataset);
  const lists = new Set(["topics", "offers", "needs"]);
  const objects = (
    table: { header: string[]; rows: string[][] },
    names: Record<string, string>,
    value: (header: string, cell: string) => unknown,
  ) =>
    table.rows.map((row) =>
      Object.fromEntries(
        table.header.flatMap((header, i) =>
          row[i] === "" ? [] : [[ownValue(names, header) ?? header, value(header, row[i]!)]],
        ),
      ),
    );
  const listOf = (cell: string) =>
    cell
      .replace(/;\s*$/, "")
      .split(/;\s*/)
      .filter((x) => x);
  const actors = tables.actors!;
  const order = ["name", "id", ...actors.header.filter((h) => h !== "name" && h !== "id")];
  const elements = objects(
    { header: order, rows: actors.rows.map((row) => order.map((h) => row[actors.header.indexOf(h)]!)) },
    { id: "id", name: "label", kind: "type", topics: "tags" },
    (header, cell) => (lists.has(header) ? listOf(cell) : cell),
  );
  const connections = objects(
    tables.ties!,
    { source: "from", target: "to", directed: "direction", weight: "strength" },
    (header, cell) =>
      header === "directed"
        ? cell === "yes"
          ? "directed"
          : "undirected"
        : header === "weight"
          ? Number(cell)
          : cell,
  );
  return { name: `${dataset.name}.json`, data: `${JSON.stringify({ elements, connections }, null, 2)}\n` };
}
