/**
 * Tables → a validated `Dataset`, reporting every problem at once.
 *
 * Rules (documented for users in `docs/dataset-format.md` and `docs/validation-codes.md`):
 * - a row with an error is left out of the dataset and reported; a warning keeps the row (the bad value is
 *   dropped or replaced by its documented default);
 * - duplicate ties (same source, target, wave, type and direction; an undirected tie A–B equals B–A) are merged
 *   into the first: weights summed, the first row's other values kept, missing ones filled from later rows;
 * - waves: numeric waves are normalised (`01` → `1`) and sorted numerically, other waves keep the order of
 *   first appearance; without any wave the dataset has the one wave `DEFAULT_WAVE`;
 * - attendance without an events file creates the meetings it names;
 * - respondents without a wave column answered the latest wave.
 */
import {
  type Actor,
  type Attendance,
  type Dataset,
  DEFAULT_WAVE,
  type District,
  type MeetingEvent,
  type Tie,
} from "../model/types.js";
import { sortWaves } from "../model/waves.js";
import { booleanOf, kindOf, REQUIRED_TABLES, type TableKind } from "./aliases.js";
import { type Columns, type RowReader, resolveColumns, rowsOf } from "./columns.js";
import type { Table } from "./table.js";
import type { IssueCollector } from "./validation-report.js";
import { parseDate, parseList, parseNumber } from "./values.js";

/** The tables of one dataset, by kind (each optional here; missing required ones are reported). */
export type DatasetTables = Partial<Record<TableKind, Table>>;

export interface DatasetFromTablesOptions {
  /** Default direction of ties without a `directed` value. */
  directed: boolean;
}

/** Builds the dataset; null when errors make it unusable (a required file or column missing, no actor). */
export function datasetFromTables(
  name: string,
  tables: DatasetTables,
  options: DatasetFromTablesOptions,
  issues: IssueCollector,
): Dataset | null {
  const columns = {
    actors: resolve("actors", tables, issues),
    ties: resolve("ties", tables, issues),
    districts: resolve("districts", tables, issues),
    events: resolve("events", tables, issues),
    attendance: resolve("attendance", tables, issues),
    respondents: resolve("respondents", tables, issues),
  };
  if (!columns.actors || !columns.ties) return null;
  const districts = columns.districts ? readDistricts(columns.districts, issues) : undefined;
  const knownDistricts = districts && districts.size > 0 ? districts : undefined;
  const actors = readActors(columns.actors, knownDistricts, issues);
  if (actors.size === 0) {
    if (columns.actors.table.rows.length === 0)
      issues.error("ACTORS_NONE", { file: columns.actors.table.file, row: null, column: null });
    return null;
  }
  const waves = new WaveCollector();
  const ties = readTies(columns.ties, actors, options, waves, issues);
  const events = columns.events
    ? readEvents(columns.events, actors, knownDistricts, waves, issues)
    : undefined;
  const attendance = columns.attendance ? readAttendance(columns.attendance, actors, events, issues) : [];
  const respondents = columns.respondents
    ? readRespondents(columns.respondents, actors, waves, issues)
    : undefined;
  const dataset: Dataset = {
    name,
    actors: [...actors.values()],
    ties,
    districts: districts ? [...districts.values()] : [],
    events: events ? [...events.values()] : implicitEvents(attendance),
    attendance,
    waves: waves.sorted(),
    directed: options.directed || ties.some((tie) => tie.directed),
  };
  if (respondents) dataset.respondents = respondents;
  return dataset;
}

function resolve<K extends TableKind>(
  kind: K,
  tables: DatasetTables,
  issues: IssueCollector,
): Columns<K> | null {
  const table = tables[kind];
  if (!table) return null;
  return resolveColumns(kind, table, issues, REQUIRED_TABLES.includes(kind) ? "error" : "warning");
}

/** Rows of a table whose id is present and unique; reports ID_EMPTY and ID_DUPLICATE. */
function uniqueRows<K extends "actors" | "districts" | "events">(
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

function readDistricts(columns: Columns<"districts">, issues: IssueCollector): Map<string, District> {
  const districts = new Map<string, District>();
  const rows = uniqueRows(rowsOf(columns), (r) => r.text("id") || r.text("name"), issues);
  for (const { reader, id } of rows) {
    const district: District = { id, name: reader.text("name") || id, attributes: reader.attributes() };
    Object.assign(district, coordinates(reader, issues));
    const population = optionalNumber(reader, "population", issues);
    if (population !== undefined) district.population = population;
    districts.set(id, district);
  }
  return districts;
}

function readActors(
  columns: Columns<"actors">,
  districts: Map<string, District> | undefined,
  issues: IssueCollector,
): Map<string, Actor> {
  const actors = new Map<string, Actor>();
  const memberOf: Array<{ actor: Actor; reader: RowReader<"actors"> }> = [];
  for (const { reader, id } of uniqueRows(rowsOf(columns), (r) => r.text("id"), issues)) {
    let name = reader.text("name");
    if (name === "") {
      issues.warning("NAME_EMPTY", reader.at("name"), { value: id });
      name = id;
    }
    const actor: Actor = {
      id,
      name,
      topics: parseList(reader.cell("topics")),
      offers: parseList(reader.cell("offers")),
      needs: parseList(reader.cell("needs")),
      attributes: reader.attributes(),
    };
    const kind = reader.text("kind");
    if (kind !== "") {
      const value = kindOf(kind);
      if (value) actor.kind = value;
      else issues.warning("KIND_UNKNOWN", reader.at("kind"), { value: kind });
    }
    const sector = reader.text("sector");
    if (sector !== "") actor.sector = sector;
    const district = reader.text("district");
    if (district !== "")
      actor.district = districts ? matchDistrict(district, districts, reader, issues) : district;
    if (reader.text("memberOf") !== "") memberOf.push({ actor, reader });
    Object.assign(actor, coordinates(reader, issues));
    const consent = reader.text("consent");
    if (consent !== "") {
      const value = booleanOf(consent);
      if (value === undefined) issues.warning("CONSENT_INVALID", reader.at("consent"), { value: consent });
      actor.consent = value ?? false;
    }
    actors.set(id, actor);
  }
  for (const { actor, reader } of memberOf) {
    const target = reader.text("memberOf");
    if (actors.has(target) && target !== actor.id) actor.memberOf = target;
    else issues.warning("MEMBER_OF_UNKNOWN", reader.at("memberOf"), { value: target });
  }
  return actors;
}

/** A district by id, else by name (case- and space-insensitive); unknown ones are kept and reported. */
function matchDistrict<K extends "actors" | "events">(
  value: string,
  districts: Map<string, District>,
  reader: RowReader<K>,
  issues: IssueCollector,
): string {
  if (districts.has(value)) return value;
  const key = value.toLowerCase().replace(/\s+/g, " ");
  for (const district of districts.values()) {
    if (district.name.toLowerCase().replace(/\s+/g, " ") === key || district.id.toLowerCase() === key) {
      return district.id;
    }
  }
  issues.warning("DISTRICT_UNKNOWN", reader.at("district" as never), { value });
  return value;
}

function coordinates<K extends "actors" | "districts">(
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

function optionalNumber<K extends TableKind>(
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

function optionalDate<K extends TableKind>(
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

/** Collects waves in order of first appearance and checks that a wave column is consistently numeric. */
class WaveCollector {
  private readonly seen: string[] = [];

  /** The waves of a table's rows (normalised), or an issue per bad row (undefined = row left out). */
  read<K extends "ties" | "events" | "respondents">(
    readers: RowReader<K>[],
    issues: IssueCollector,
    emptyAllowed: boolean,
  ): Array<string | undefined> {
    const texts = readers.map((reader) => reader.text("wave" as never));
    const given = texts.filter((text) => text !== "");
    if (given.length === 0) return texts.map(() => (emptyAllowed ? undefined : DEFAULT_WAVE));
    const numeric = given.filter((text) => parseNumber(text) !== undefined);
    const expectNumbers = numeric.length * 2 > given.length;
    const example = numeric.slice(0, 3).join(", ");
    return texts.map((text, i) => {
      const at = readers[i]!.at("wave" as never);
      if (text === "") {
        if (!emptyAllowed) issues.error("WAVE_EMPTY", at);
        return undefined;
      }
      const number = parseNumber(text);
      if (expectNumbers && number === undefined) {
        issues.error("WAVE_INVALID", at, { value: text, detail: example });
        return undefined;
      }
      const wave = number === undefined ? text : String(number);
      this.add(wave);
      return wave;
    });
  }
  add(wave: string): void {
    if (!this.seen.includes(wave)) this.seen.push(wave);
  }
  sorted(): string[] {
    return this.seen.length === 0 ? [DEFAULT_WAVE] : sortWaves(this.seen);
  }
}

function readTies(
  columns: Columns<"ties">,
  actors: Map<string, Actor>,
  options: DatasetFromTablesOptions,
  waveCollector: WaveCollector,
  issues: IssueCollector,
): Tie[] {
  const readers = rowsOf(columns);
  const waves = waveCollector.read(readers, issues, false);
  if (readers.length > 0 && waves.every((wave) => wave === DEFAULT_WAVE)) waveCollector.add(DEFAULT_WAVE);
  const ties: Tie[] = [];
  const merged = new Map<string, { tie: Tie; row: number | null }>();
  readers.forEach((reader, i) => {
    const wave = waves[i];
    const tie = readTie(reader, actors, options, issues);
    if (!tie || wave === undefined) return;
    tie.wave = wave;
    const key = tieKey(tie);
    const first = merged.get(key);
    if (first) {
      issues.warning("TIE_DUPLICATE", reader.at(), { detail: String(first.row ?? "?") });
      first.tie.weight += tie.weight;
      if (first.tie.date === undefined && tie.date !== undefined) first.tie.date = tie.date;
      first.tie.attributes = { ...tie.attributes, ...first.tie.attributes };
    } else {
      merged.set(key, { tie, row: reader.row.row });
      ties.push(tie);
    }
  });
  return ties;
}

/** Identity of a tie for merging duplicates. */
function tieKey(tie: Tie): string {
  const ends = tie.directed || tie.source < tie.target ? [tie.source, tie.target] : [tie.target, tie.source];
  return JSON.stringify([tie.wave, tie.type ?? null, tie.directed, ...ends]);
}

function readTie(
  reader: RowReader<"ties">,
  actors: Map<string, Actor>,
  options: DatasetFromTablesOptions,
  issues: IssueCollector,
): Tie | undefined {
  const source = reader.text("source");
  const target = reader.text("target");
  let ok = true;
  if (source === "" || target === "") {
    issues.error("TIE_ENDPOINT_EMPTY", reader.at(source === "" ? "source" : "target"));
    return undefined;
  }
  for (const field of ["source", "target"] as const) {
    const id = field === "source" ? source : target;
    if (!actors.has(id)) {
      issues.error("TIE_UNKNOWN_ACTOR", reader.at(field), { value: id });
      ok = false;
    }
  }
  const weightText = reader.text("weight");
  let weight = 1;
  if (weightText !== "") {
    const value = parseNumber(reader.cell("weight"));
    if (value === undefined || value <= 0) {
      issues.error("WEIGHT_INVALID", reader.at("weight"), { value: weightText });
      ok = false;
    } else {
      weight = value;
    }
  }
  if (ok && source === target) {
    issues.warning("TIE_SELF_LOOP", reader.at("source"), { value: source });
    ok = false;
  }
  if (!ok) return undefined;
  const tie: Tie = {
    source,
    target,
    weight,
    wave: DEFAULT_WAVE,
    directed: readBoolean(reader, "directed", options.directed, issues),
    attributes: reader.attributes(),
  };
  const type = reader.text("type");
  if (type !== "") tie.type = type;
  const date = optionalDate(reader, "date", issues);
  if (date !== undefined) tie.date = date;
  return tie;
}

function readBoolean(
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

function readEvents(
  columns: Columns<"events">,
  actors: Map<string, Actor>,
  districts: Map<string, District> | undefined,
  waveCollector: WaveCollector,
  issues: IssueCollector,
): Map<string, MeetingEvent> {
  const events = new Map<string, MeetingEvent>();
  const rows = uniqueRows(rowsOf(columns), (r) => r.text("id"), issues);
  const waves = waveCollector.read(
    rows.map((r) => r.reader),
    issues,
    true,
  );
  rows.forEach(({ reader, id }, i) => {
    const event: MeetingEvent = { id, attributes: reader.attributes() };
    const date = optionalDate(reader, "date", issues);
    if (date !== undefined) event.date = date;
    const district = reader.text("district");
    if (district !== "")
      event.district = districts ? matchDistrict(district, districts, reader, issues) : district;
    const host = reader.text("host");
    if (host !== "") {
      if (actors.has(host)) event.host = host;
      else issues.warning("HOST_UNKNOWN", reader.at("host"), { value: host });
    }
    const wave = waves[i];
    if (wave !== undefined) event.wave = wave;
    events.set(id, event);
  });
  return events;
}

function readAttendance(
  columns: Columns<"attendance">,
  actors: Map<string, Actor>,
  events: Map<string, MeetingEvent> | undefined,
  issues: IssueCollector,
): Attendance[] {
  const attendance: Attendance[] = [];
  const firstRow = new Map<string, number | null>();
  for (const reader of rowsOf(columns)) {
    const event = reader.text("event");
    const actor = reader.text("actor");
    let ok = true;
    if (event === "" || (events && !events.has(event))) {
      issues.error("EVENT_UNKNOWN", reader.at("event"), { value: event });
      ok = false;
    }
    if (!actors.has(actor)) {
      issues.error("ATTENDANCE_UNKNOWN_ACTOR", reader.at("actor"), { value: actor });
      ok = false;
    }
    if (!ok) continue;
    const key = JSON.stringify([event, actor]);
    if (firstRow.has(key)) {
      issues.warning("ATTENDANCE_DUPLICATE", reader.at(), { detail: String(firstRow.get(key) ?? "?") });
      continue;
    }
    firstRow.set(key, reader.row.row);
    attendance.push({ event, actor });
  }
  return attendance;
}

function implicitEvents(attendance: Attendance[]): MeetingEvent[] {
  const ids = [...new Set(attendance.map((a) => a.event))];
  return ids.map((id) => ({ id, attributes: {} }));
}

function readRespondents(
  columns: Columns<"respondents">,
  actors: Map<string, Actor>,
  waveCollector: WaveCollector,
  issues: IssueCollector,
): Record<string, string[]> {
  const readers = rowsOf(columns);
  const latest = waveCollector.sorted().at(-1) ?? DEFAULT_WAVE;
  const waves = readers[0]?.has("wave")
    ? waveCollector.read(readers, issues, false)
    : readers.map(() => latest);
  if (readers.length > 0 && waves.every((wave) => wave === DEFAULT_WAVE)) waveCollector.add(DEFAULT_WAVE);
  const respondents: Record<string, string[]> = {};
  const firstRow = new Map<string, number | null>();
  readers.forEach((reader, i) => {
    const actor = reader.text("actor");
    const wave = waves[i];
    if (!actors.has(actor)) {
      issues.error("RESPONDENT_UNKNOWN_ACTOR", reader.at("actor"), { value: actor });
      return;
    }
    if (wave === undefined) return;
    const key = JSON.stringify([wave, actor]);
    if (firstRow.has(key)) {
      issues.warning("RESPONDENT_DUPLICATE", reader.at(), { detail: String(firstRow.get(key) ?? "?") });
      return;
    }
    firstRow.set(key, reader.row.row);
    respondents[wave] = [...(respondents[wave] ?? []), actor];
  });
  return respondents;
}
