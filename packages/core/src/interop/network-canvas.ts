/**
 * Network Canvas (Complex Data Collective) interview exports → one dataset of all interviews.
 *
 * CSV export (Interviewer/Fresco, one set of files per interview session, `<caseId>_<sessionId>_…`):
 * - `…_ego.csv`: `networkCanvasEgoUUID`, `networkCanvasCaseID`, `networkCanvasSessionID`,
 *   `networkCanvasProtocolName`, `sessionStart`, `sessionFinish`, `sessionExported`, `APP_VERSION`, `COMMIT_HASH`,
 *   then ego variables;
 * - `…_attributeList_<NodeType>.csv`: `nodeID`, `networkCanvasEgoUUID`, `networkCanvasUUID`, then node variables
 *   (Network Canvas stores ego–alter tie data such as closeness on the alter);
 * - `…_edgeList_<EdgeType>.csv`: `edgeID`, `from`, `to` (nodeIDs, restarting per session), `networkCanvasEgoUUID`,
 *   `networkCanvasUUID`, `networkCanvasSourceUUID`, `networkCanvasTargetUUID`, then edge variables.
 * Column names from the exporter source (complexdatacollective `network-exporters`, reservedAttributes), as
 * documented in `docs/interop.md`. Cells that start with `'` before `= + - @` (the exporter's guard against
 * formula injection) are restored.
 *
 * GraphML export: one `<graph>` per session, ego variables as graph-level `<data>`, nodes and edges with
 * `networkCanvasUUID`, `networkCanvasType` and `label` data; variable keys have the variable name as `attr.name`.
 * `for="all"` keys (which graphology-graphml cannot read) are expanded to node, edge and graph keys first.
 *
 * Mapping: each interview's ego is an actor (id = `networkCanvasEgoUUID`, name = case id) and a respondent of
 * the dataset; each alter is an actor (id = `networkCanvasUUID` — so alters from a shared roster, which keep their
 * UUID, are one actor across interviews, while free-recall alters stay apart). A node or ego variable named like
 * vernetzt's id column (`id`, `Kennung`, …) overrides the UUID: a roster written by `datasetToNetworkCanvasRoster`
 * brings the interviews back onto the dataset's own actor ids. Every alter gives a directed tie ego → alter of the
 * node type; the alter's variables that vernetzt knows as actor fields (`name`, `sector`, `district`, `kind`, …)
 * describe the actor, the others (closeness, …) are attributes of that ego → alter tie, a `weight`/`Stärke`
 * variable its weight. Each edge row is an undirected alter–alter tie of the edge type as the ego perceived it,
 * with the attribute `networkCanvasEgoUUID`; the same pair named by two egos merges (weights add).
 */
import { fieldOf, normalizeKey } from "../io/aliases.js";
import type { CsvFieldOptions } from "../io/csv-field.js";
import { datasetToTables } from "../io/dataset-tables.js";
import { decodeText } from "../io/decode-text.js";
import { extensionOf, type InputFile } from "../io/input-file.js";
import type { LoadResult } from "../io/parse-dataset.js";
import type { Cell, Table } from "../io/table.js";
import type { IssueCollector, IssueLocation } from "../io/validation-report.js";
import { cellText } from "../io/values.js";
import { setOwn } from "../model/member-names.js";
import type { Dataset } from "../model/types.js";
import { csvText } from "./csv-text.js";
import {
  baseName,
  checkInteropOptions,
  finishLoad,
  hasColumns,
  type InteropLoadOptions,
  missingTable,
  readInteropCsv,
  tableOf,
  unexpectedTable,
} from "./interop-tables.js";
import { parseNetworkCanvasGraphml } from "./network-canvas-graphml.js";

/** Reserved column names of the Network Canvas CSV export. */
export const NETWORK_CANVAS_COLUMNS = {
  ego: "networkCanvasEgoUUID",
  caseId: "networkCanvasCaseID",
  uuid: "networkCanvasUUID",
  nodeId: "nodeID",
  edgeId: "edgeID",
  source: "networkCanvasSourceUUID",
  target: "networkCanvasTargetUUID",
} as const;

const C = NETWORK_CANVAS_COLUMNS;
const DROPPED = new Set([
  C.nodeId,
  C.edgeId,
  "from",
  "to",
  C.uuid,
  C.source,
  C.target,
  "APP_VERSION",
  "COMMIT_HASH",
]);

/** One interview, whatever file it came from. */
export interface NetworkCanvasSession {
  egoId: string;
  /** Ego variables and session metadata. */
  ego: Record<string, Cell>;
  alters: Array<{ id: string; type: string; values: Record<string, Cell>; at: IssueLocation }>;
  edges: Array<{
    source: string;
    target: string;
    type: string;
    values: Record<string, Cell>;
    at: IssueLocation;
  }>;
}

/**
 * Whether a CSV header is one of Network Canvas' export files.
 *
 * @example
 * ```ts
 * import { isNetworkCanvasHeader } from "@vernetzt/core/interop";
 *
 * isNetworkCanvasHeader(["nodeID", "networkCanvasEgoUUID", "networkCanvasUUID", "name"]) //=> true
 * isNetworkCanvasHeader(["source", "target"]) //=> false
 * ```
 */
export function isNetworkCanvasHeader(header: readonly string[]): boolean {
  return hasColumns(header, [C.ego]);
}

/**
 * Reads Network Canvas CSV files (any number of sessions) and/or GraphML session files.
 *
 * @example
 * ```ts
 * import { parseNetworkCanvas } from "@vernetzt/core/interop";
 *
 * const ego = "networkCanvasEgoUUID,networkCanvasCaseID\nego-1,Interview 1";
 * const alters =
 *   "nodeID,networkCanvasEgoUUID,networkCanvasUUID,name\n1,ego-1,alter-a,Kita\n2,ego-1,alter-b,Jugendtreff";
 * const edges =
 *   "edgeID,from,to,networkCanvasEgoUUID,networkCanvasUUID,networkCanvasSourceUUID,networkCanvasTargetUUID\n" +
 *   "1,1,2,ego-1,edge-1,alter-a,alter-b";
 * const { dataset } = parseNetworkCanvas([
 *   { name: "c1_s1_ego.csv", data: ego },
 *   { name: "c1_s1_attributeList_Organisation.csv", data: alters },
 *   { name: "c1_s1_edgeList_kennen.csv", data: edges },
 * ]);
 * dataset?.actors.map((actor) => actor.name) //=> ["Interview 1", "Kita", "Jugendtreff"]
 * dataset?.ties.length //=> 3
 * ```
 */
export function parseNetworkCanvas(files: InputFile[], options: InteropLoadOptions = {}): LoadResult {
  const issues = checkInteropOptions("parseNetworkCanvas", options);
  const sessions = new Map<string, NetworkCanvasSession>();
  const session = (egoId: string): NetworkCanvasSession => {
    let found = sessions.get(egoId);
    if (!found) {
      found = { egoId, ego: {}, alters: [], edges: [] };
      sessions.set(egoId, found);
    }
    return found;
  };
  // Adjacency matrices repeat the edge lists (symmetrised, without edge data): not read.
  const csv = files.filter((f) => extensionOf(f.name) !== "graphml" && !/_adjacencyMatrix_/.test(f.name));
  // Ego files first, so egos come before alters in the actor order.
  const tables = csv
    .map((file) => ({ file, table: readInteropCsv("actors", file, issues) }))
    .filter((x): x is { file: InputFile; table: Table } => x.table !== null)
    .sort((a, b) => rank(a.table) - rank(b.table));
  for (const { table } of tables) readCsvSessionTable(table, session, issues);
  // Network Canvas zips a session's CSV files and its GraphML file together when both formats are chosen:
  // a session already read from CSV is not read again from GraphML.
  const fromCsv = new Set(sessions.keys());
  const graphmlSession = (egoId: string): NetworkCanvasSession =>
    fromCsv.has(egoId) ? { egoId, ego: {}, alters: [], edges: [] } : session(egoId);
  for (const file of files.filter((f) => extensionOf(f.name) === "graphml")) {
    const decoded = decodeText(file.data);
    if (!decoded.ok) issues.error("FILE_ENCODING", { file: file.name, row: null, column: null });
    else parseNetworkCanvasGraphml(file.name, decoded.text, graphmlSession, issues);
  }
  if (sessions.size === 0) {
    return missingTable(
      issues,
      "*_attributeList_*.csv or *.graphml (Network Canvas export)",
      "*_attributeList_*.csv oder *.graphml (Network-Canvas-Export)",
    );
  }
  const name = files.length === 1 ? baseName(files[0]!.name) : "network-canvas";
  return finishLoad(name, sessionTables([...sessions.values()], files), options, false, issues);
}

/** Columns of a roster: vernetzt's actor fields that Network Canvas variable names can hold. */
const ROSTER_COLUMNS = ["id", "name", "kind", "sector", "district", "topics", "offers", "needs", "member_of"];

/**
 * The actors as a roster CSV for Network Canvas (Architect: external data of a roster name generator), `,`, LF:
 * `id`, `name` and those of `kind`, `sector`, `district`, `topics`, `offers`, `needs`, `member_of` that some actor
 * has (lists joined with `; `). Keep `id` as a node variable of the protocol: `parseNetworkCanvas` then maps the
 * interviews' alters back onto these actor ids. Extra attributes are left out (their headers need not be valid
 * Network Canvas variable names).
 *
 * @example
 * ```ts
 * import { datasetToNetworkCanvasRoster } from "@vernetzt/core/interop";
 * import { parseDataset } from "@vernetzt/core/io";
 *
 * const { dataset } = await parseDataset(
 *   [
 *     { name: "actors.csv", data: "id,name,district\nkita,Kita Sonnenschein,Nord\njugend,Jugendtreff,Süd" },
 *     { name: "ties.csv", data: "source,target\nkita,jugend" },
 *   ],
 *   { name: "netz" },
 * );
 * const roster = datasetToNetworkCanvasRoster(dataset!);
 * roster.name //=> "netz-roster.csv"
 * String(roster.data).split(/\r?\n/)[0] //=> "id,name,district"
 * ```
 */
export function datasetToNetworkCanvasRoster(dataset: Dataset, options: CsvFieldOptions = {}): InputFile {
  const actors = datasetToTables(dataset).actors!;
  const keep = actors.header
    .map((header, i) => (ROSTER_COLUMNS.includes(header) ? i : -1))
    .filter((i) => i >= 0);
  return {
    name: `${dataset.name}-roster.csv`,
    data: csvText(
      keep.map((i) => actors.header[i]!),
      actors.rows.map((row) => keep.map((i) => row[i]!)),
      ",",
      options,
    ),
  };
}

function rank(table: Table): number {
  if (hasColumns(table.header, [C.source])) return 2;
  if (hasColumns(table.header, [C.uuid])) return 1;
  return 0;
}

function readCsvSessionTable(
  table: Table,
  session: (egoId: string) => NetworkCanvasSession,
  issues: IssueCollector,
): void {
  if (!isNetworkCanvasHeader(table.header)) {
    unexpectedTable(issues, table.file, "*_ego.csv, *_attributeList_*.csv, *_edgeList_*.csv");
    return;
  }
  const column = (name: string): number =>
    table.header.findIndex((h) => normalizeKey(h) === normalizeKey(name));
  const kind = rank(table);
  const type = typeFromFileName(table.file, kind === 2 ? "edgeList" : "attributeList");
  if (kind === 1 && column(C.uuid) < 0) return;
  for (const row of table.rows) {
    const values: Record<string, Cell> = {};
    table.header.forEach((header, i) => {
      const value = unguard(row.cells[i]);
      if (cellText(value) !== "") setOwn(values, header, value);
    });
    const egoId = cellText(row.cells[column(C.ego)]);
    const where = (name: string): IssueLocation => ({ file: table.file, row: row.row, column: name });
    if (egoId === "") {
      issues.error("ID_EMPTY", where(C.ego));
      continue;
    }
    const target = session(egoId);
    if (kind === 0) {
      target.ego = values;
    } else if (kind === 1) {
      const id = cellText(row.cells[column(C.uuid)]);
      if (id === "") issues.error("ID_EMPTY", where(C.uuid));
      else target.alters.push({ id, type, values, at: where(C.uuid) });
    } else {
      const source = cellText(row.cells[column(C.source)]);
      const end = cellText(row.cells[column(C.target)]);
      if (source === "" || end === "") {
        issues.error("TIE_ENDPOINT_EMPTY", where(source === "" ? C.source : C.target));
        continue;
      }
      target.edges.push({ source, target: end, type, values, at: where(C.source) });
    }
  }
}

/** `P014_9b2e_attributeList_Person.csv` → `Person`. */
function typeFromFileName(file: string, list: "attributeList" | "edgeList"): string {
  const match = new RegExp(`_${list}_([^./\\\\]+)\\.[^.]+$`).exec(file);
  return match ? match[1]! : list === "edgeList" ? "edge" : "node";
}

/** Undoes the exporter's formula-injection guard: `'=x` → `=x` (also `+ - @` and tab). */
function unguard(cell: Cell): Cell {
  return typeof cell === "string" && /^'[=+\-@\t]/.test(cell) ? cell.slice(1) : cell;
}

/**
 * The vernetzt actor id that a node's own variables give: a variable named like vernetzt's id column (`id`, `ID`,
 * `Kennung`, `Nr`), as a roster exported by `datasetToNetworkCanvasRoster` carries it.
 */
function ownId(values: Record<string, Cell>): string | undefined {
  for (const [key, value] of Object.entries(values)) {
    if (fieldOf("actors", key) === "id" && cellText(value) !== "") return cellText(value);
  }
  return undefined;
}

type Records = Array<{ at: IssueLocation | null; values: Record<string, Cell> }>;

/** The actors, ties and respondents tables of all sessions (alters merged by id; first row wins). */
function sessionTables(
  sessions: NetworkCanvasSession[],
  files: InputFile[],
): { actors: Table; ties: Table; respondents: Table } {
  const single = files.length === 1 ? files[0]!.name : null;
  const actorRecords: Records = [];
  const tieRecords: Records = [];
  const respondentRecords: Records = [];
  const idOf = new Map<string, string>();
  for (const s of sessions) idOf.set(s.egoId, ownId(s.ego) ?? s.egoId);
  for (const s of sessions) {
    for (const alter of s.alters)
      if (!idOf.has(alter.id)) idOf.set(alter.id, ownId(alter.values) ?? alter.id);
  }
  const actorId = (uuid: string): string => idOf.get(uuid) ?? uuid;
  const seen = new Set<string>();
  for (const s of sessions) {
    const id = actorId(s.egoId);
    respondentRecords.push({ at: null, values: { actor: id } });
    if (seen.has(id)) continue;
    seen.add(id);
    const values: Record<string, Cell> = { id, name: cellText(s.ego[C.caseId]) || id };
    for (const [key, value] of Object.entries(withoutDropped(s.ego))) {
      if (key !== C.ego && fieldOf("actors", key) !== "id") setOwn(values, key, value);
    }
    actorRecords.push({ at: null, values });
  }
  for (const s of sessions) {
    for (const alter of s.alters) {
      const id = actorId(alter.id);
      const actorValues: Record<string, Cell> = { id };
      const tieValues: Record<string, Cell> = {
        source: actorId(s.egoId),
        target: id,
        type: alter.type,
        directed: "yes",
      };
      for (const [key, value] of Object.entries(withoutDropped(alter.values))) {
        const actorField = fieldOf("actors", key);
        if (key === C.ego || actorField === "id") continue;
        if (fieldOf("ties", key) === "weight") tieValues.weight = value;
        else if (actorField) setOwn(actorValues, key, value);
        else setOwn(tieValues, key, value);
      }
      if (cellText(actorValues.name) === "") actorValues.name = id;
      if (!seen.has(id)) {
        seen.add(id);
        actorRecords.push({ at: alter.at, values: actorValues });
      }
      tieRecords.push({ at: alter.at, values: tieValues });
    }
  }
  for (const s of sessions) {
    for (const edge of s.edges) {
      const values: Record<string, Cell> = {
        source: actorId(edge.source),
        target: actorId(edge.target),
        type: edge.type,
        directed: "no",
      };
      for (const [key, value] of Object.entries(withoutDropped(edge.values))) setOwn(values, key, value);
      tieRecords.push({ at: edge.at, values });
    }
  }
  return {
    actors: recordsTable("actors", actorRecords, single, ["id", "name"]),
    ties: recordsTable("ties", tieRecords, single, ["source", "target", "type", "directed", "weight"]),
    respondents: recordsTable("respondents", respondentRecords, single, ["actor"]),
  };
}

function withoutDropped(values: Record<string, Cell>): Record<string, Cell> {
  return Object.fromEntries(Object.entries(values).filter(([key]) => !DROPPED.has(key)));
}

/**
 * A table of records; the first columns are fields, the others go through the alias table (an ego-alter tie's
 * `closeness` stays an attribute). Rows keep their file row only when all come from one file.
 */
function recordsTable(
  kind: "actors" | "ties" | "respondents",
  records: Array<{ at: IssueLocation | null; values: Record<string, Cell> }>,
  single: string | null,
  first: string[],
): Table {
  const header = [...first];
  for (const record of records)
    for (const key of Object.keys(record.values)) if (!header.includes(key)) header.push(key);
  const fields = header.map((h, i) =>
    i < first.length ? h : kind === "actors" ? (fieldOf("actors", h) ?? null) : null,
  );
  const files = [...new Set(records.map((r) => r.at?.file).filter((f): f is string => !!f))];
  const file =
    single ??
    (files.length === 1
      ? files[0]!
      : kind === "ties"
        ? "edgeList"
        : kind === "actors"
          ? "attributeList"
          : "ego");
  return tableOf(
    kind,
    file,
    header,
    fields,
    records.map((r) => ({
      row: single !== null || files.length === 1 ? (r.at?.row ?? null) : null,
      cells: header.map((h) => r.values[h]),
    })),
  );
}
