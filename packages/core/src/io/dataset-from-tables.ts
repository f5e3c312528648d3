/**
 * Tables → a validated `Dataset`, reporting every problem at once.
 *
 * Rules (documented for users in `docs/dataset-format.md` and `docs/validation-codes.md`):
 * - a row with an error is left out of the dataset and reported; a warning keeps the row (the bad value is
 *   dropped or replaced by its documented default);
 * - a tie from an actor to itself is left out (TIE_SELF_LOOP), or kept for a graph tool's file (`selfLoops`);
 * - duplicate ties (same source, target, wave, type and direction; an undirected tie A–B equals B–A) are merged
 *   into the first: weights summed, the first row's other values kept, missing ones filled from later rows;
 * - waves: numeric waves are normalised (`01` → `1`) and sorted numerically, other waves keep the order of
 *   first appearance; without any wave the dataset has the one wave `DEFAULT_WAVE`;
 * - attendance without an events file creates the meetings it names;
 * - respondents without a wave column answered the latest wave;
 * - transfer projects: one origin per project (`read-projects.ts`).
 */
import { type Actor, type Dataset, DEFAULT_WAVE } from "../model/types.js";
import { ActorNames } from "./actor-names.js";
import { REQUIRED_TABLES, type TableKind } from "./aliases.js";
import { type Columns, resolveColumns } from "./columns.js";
import { actorsOfEdgeList } from "./edge-list-actors.js";
import { edgeListNames, splitEndpointLists } from "./endpoint-lists.js";
import { readActors, readDistricts } from "./read-actors.js";
import { implicitEvents, readAttendance, readEvents } from "./read-meetings.js";
import { readProjects } from "./read-projects.js";
import { readRespondents } from "./read-respondents.js";
import { readTies } from "./read-ties.js";
import type { Table } from "./table.js";
import type { IssueCollector } from "./validation-report.js";
import { cellText } from "./values.js";
import { WaveCollector } from "./wave-collector.js";

/** The tables of one dataset, by kind (each optional here; missing required ones are reported). */
export type DatasetTables = Partial<Record<TableKind, Table>>;

export interface DatasetFromTablesOptions {
  /** Default direction of ties without a `directed` value. */
  directed: boolean;
  /** A dataset without a ties table has no ties and the one wave `DEFAULT_WAVE` (else it is unusable). */
  tiesOptional?: boolean;
  /** Ties from an actor to itself: kept (a graph tool's file) or left out (default; see `TieReadOptions`). */
  selfLoops?: "keep" | "drop";
}

/**
 * Builds the dataset; null when errors make it unusable (a required file or column missing, no actor).
 * The tables are read once: the rows of the ties table are released while they are read (see `readTies`).
 */
export function datasetFromTables(
  name: string,
  tables: DatasetTables,
  options: DatasetFromTablesOptions,
  issues: IssueCollector,
): Dataset | null {
  let tieTable = tables.ties;
  let listed: Map<string, Actor> | undefined;
  if (!tables.actors && tieTable) {
    const edgeList = actorsOfEdgeList(splitEndpointLists(tieTable, edgeListNames(tieTable), issues), issues);
    listed = new Map(edgeList.actors.map((actor) => [actor.id, actor]));
    tieTable = edgeList.ties;
  }
  const columns = {
    actors: listed ? null : resolve("actors", tables, issues),
    ties: tieTable ? resolve("ties", { ties: tieTable }, issues) : null,
    districts: resolve("districts", tables, issues),
    events: resolve("events", tables, issues),
    attendance: resolve("attendance", tables, issues),
    respondents: resolve("respondents", tables, issues),
    projects: resolve("projects", tables, issues),
  };
  const withoutTies = !tieTable && options.tiesOptional === true;
  if ((!columns.actors && !listed) || (!columns.ties && !withoutTies)) return null;
  const districts = columns.districts ? readDistricts(columns.districts, issues) : undefined;
  const knownDistricts = districts && districts.size > 0 ? districts : undefined;
  const actors = listed ?? readActors(columns.actors!, knownDistricts, issues);
  if (actors.size === 0) {
    if (columns.actors?.table.rows.length === 0)
      issues.error("ACTORS_NONE", { file: columns.actors.table.file, row: null, column: null });
    return null;
  }
  const names = new ActorNames(actors);
  if (!listed && columns.ties) {
    const split = splitEndpointLists(columns.ties.table, (text) => names.resolve(text) !== undefined, issues);
    if (split !== columns.ties.table) columns.ties = { ...columns.ties, table: split };
  }
  const waves = new WaveCollector();
  const tieColumns = columns.ties;
  const ties = tieColumns
    ? readTies(
        tieColumns,
        names,
        {
          directed: options.directed,
          unknownActors:
            listed || columns.actors!.index.id === undefined || namesActors(tieColumns, names)
              ? "add"
              : "error",
          oneActorRows: listed !== undefined,
          selfLoops: options.selfLoops ?? "drop",
        },
        waves,
        issues,
      )
    : [];
  const events = columns.events
    ? readEvents(columns.events, names, knownDistricts, waves, issues)
    : undefined;
  const attendance = columns.attendance ? readAttendance(columns.attendance, names, events, issues) : [];
  const respondents = columns.respondents
    ? readRespondents(columns.respondents, names, waves, issues)
    : undefined;
  const dataset: Dataset = {
    name,
    actors: [...actors.values()],
    ties,
    districts: districts ? [...districts.values()] : [],
    events: events ? [...events.values()] : implicitEvents(attendance),
    attendance,
    waves: tieColumns || waves.sorted().length > 0 ? waves.sorted() : [DEFAULT_WAVE],
    directed: options.directed || ties.some((tie) => tie.directed),
  };
  if (respondents) dataset.respondents = respondents;
  if (columns.projects) {
    const projects = readProjects(columns.projects, actors, knownDistricts, dataset.waves, issues);
    if (projects.length > 0) dataset.projects = projects;
  }
  return dataset;
}

/**
 * Whether the ties name the actors rather than use their ids: more endpoints (of the first rows) match an
 * actor's name than an actor's id.
 */
function namesActors(ties: Columns<"ties">, names: ActorNames): boolean {
  let ids = 0;
  let named = 0;
  for (const row of ties.table.rows.slice(0, 2000)) {
    for (const field of ["source", "target"] as const) {
      const index = ties.index[field];
      const text = index === undefined ? "" : cellText(row.cells[index]);
      if (text === "") continue;
      const found = names.resolve(text);
      if (found?.by === "id") ids++;
      else if (found) named++;
    }
  }
  return named > ids;
}

function resolve<K extends TableKind>(
  kind: K,
  tables: DatasetTables,
  issues: IssueCollector,
): Columns<K> | null {
  const table = tables[kind];
  if (!table) return null;
  const columns = resolveColumns(kind, table, issues, REQUIRED_TABLES.includes(kind) ? "error" : "warning");
  if (columns && !KEEPS_EXTRA_COLUMNS.includes(kind)) {
    for (const { index } of columns.extras) {
      issues.warning("COLUMN_IGNORED", { file: table.file, row: 1, column: table.header[index] ?? null });
    }
  }
  return columns;
}

/** Tables whose extra columns are kept as attributes; the others (attendance, respondents) have none. */
const KEEPS_EXTRA_COLUMNS: readonly TableKind[] = ["actors", "ties", "districts", "events", "projects"];
