/** The ties table → ties, duplicates merged (rules: `dataset-from-tables.ts`). */
import { DEFAULT_WAVE, type Tie, type TieLevel } from "../model/types.js";
import type { ActorNames } from "./actor-names.js";
import { levelOf, normalizeKey } from "./aliases.js";
import { type Columns, type RowReader, rowsOf } from "./columns.js";
import { resolveName } from "./name-repairs.js";
import { optionalDate, readBoolean } from "./row-values.js";
import type { TableRow } from "./table.js";
import type { IssueCollector, IssueLocation } from "./validation-report.js";
import { otherNumberReading, parseDate, parseNumber } from "./values.js";
import type { WaveCollector } from "./wave-collector.js";
import { weightScaleOf } from "./weight-scales.js";

/** Options of reading ties. */
export interface TieReadOptions {
  /** Default direction of ties without a `directed` value. */
  directed: boolean;
  /**
   * What an endpoint that matches no actor (see `ActorNames`) becomes: a new actor (`"add"`, ties that name
   * actors) or an error that leaves the tie out (`"error"`, ties that use the actors' ids).
   */
  unknownActors: "add" | "error";
  /** A row with one endpoint only keeps that actor (TIE_ONE_ACTOR) instead of being an error (a single edge list). */
  oneActorRows: boolean;
  /**
   * A tie from an actor to itself: `"drop"` leaves it out (TIE_SELF_LOOP: in a coordinator's table it is a slip),
   * `"keep"` keeps it (TIE_SELF_LOOP_KEPT: a graph tool's file whose loops degree, strength and PageRank count).
   * Default `"drop"`.
   */
  selfLoops?: "keep" | "drop";
}

/**
 * Reads the ties of a ties table. Consumes the table: its rows are released while they are read (the table is
 * left without rows), so that a file of millions of ties does not need the memory of its rows and its ties at
 * once.
 */
export function readTies(
  columns: Columns<"ties">,
  names: ActorNames,
  options: TieReadOptions,
  waveCollector: WaveCollector,
  issues: IssueCollector,
): Tie[] {
  const readers = rowsOf(columns);
  const waves =
    columns.index.wave === undefined && columns.index.date !== undefined && columns.table.documented === false
      ? (wavesFromDates(readers, waveCollector, issues) ?? waveCollector.read(readers, issues, false))
      : waveCollector.read(readers, issues, false);
  if (readers.length > 0 && waves.every((wave) => wave === DEFAULT_WAVE)) waveCollector.add(DEFAULT_WAVE);
  const scale =
    columns.index.weight === undefined
      ? undefined
      : weightScaleOf(
          readers.map((r) => r.cell("weight")),
          columns.table.header[columns.index.weight],
        );
  const tieOptions = { ...options, scale };
  const ties: Tie[] = [];
  const duplicates = new DuplicateTies();
  // Each row is released once read: at nine million rows the rows and the ties do not fit in memory together.
  const rows = columns.table.rows as Array<TableRow | undefined>;
  const pending = readers as Array<RowReader<"ties"> | undefined>;
  for (let i = 0; i < pending.length; i++) {
    const reader = pending[i]!;
    pending[i] = undefined;
    rows[i] = undefined;
    const wave = waves[i];
    const tie = readTie(reader, names, tieOptions, issues);
    if (!tie || wave === undefined) continue;
    tie.wave = wave;
    const first = duplicates.firstOf(tie, ties.length, reader.row.row);
    if (first === undefined) {
      ties.push(tie);
      continue;
    }
    const kept = ties[first.index]!;
    issues.warning("TIE_DUPLICATE", reader.at(), { detail: String(first.row ?? "?") });
    kept.weight += tie.weight;
    if (tie.level !== undefined && (kept.level === undefined || tie.level > kept.level))
      kept.level = tie.level;
    if (kept.date === undefined && tie.date !== undefined) kept.date = tie.date;
    kept.attributes = { ...tie.attributes, ...kept.attributes };
  }
  rows.length = 0;
  return ties;
}

/**
 * Finds the first tie with the same identity (wave, type, reporter, direction and ends; an undirected tie A–B
 * equals B–A): an open-addressing hash table over typed arrays keyed by (group of wave, type and direction, actor
 * index, actor index). A text key per tie took more time and memory than reading the file at a million actors
 * and nine million tie rows; this allocates nothing per tie.
 */
class DuplicateTies {
  /** Actor ids as small integers, in order of first appearance in a tie. */
  private readonly actorIndex = new Map<string, number>();
  private readonly groups = new Map<string, Map<string, number>>();
  private groupCount = 0;
  private mask = 1023;
  /** Per slot: tie index + 1 (0 = empty). */
  private slots = new Int32Array(1024);
  private count = 0;
  /** Per tie index: its ends, group and first row. */
  private ends = new Int32Array(2048);
  private groupOf = new Int32Array(1024);
  private readonly firstRows: Array<number | null> = [];

  private indexOf(id: string): number {
    let index = this.actorIndex.get(id);
    if (index === undefined) {
      index = this.actorIndex.size;
      this.actorIndex.set(id, index);
    }
    return index;
  }

  /** The tie index and row of the first equal tie, or undefined after recording this one as `index`. */
  firstOf(tie: Tie, index: number, row: number | null): { index: number; row: number | null } | undefined {
    let a = this.indexOf(tie.source);
    let b = this.indexOf(tie.target);
    if (!tie.directed && b < a) [a, b] = [b, a];
    const group = this.group(tie) * 2 + (tie.directed ? 1 : 0);
    for (let slot = hash(a, b, group) & this.mask; ; slot = (slot + 1) & this.mask) {
      const stored = this.slots[slot]! - 1;
      if (stored < 0) break;
      if (this.ends[2 * stored] === a && this.ends[2 * stored + 1] === b && this.groupOf[stored] === group) {
        return { index: stored, row: this.firstRows[stored]! };
      }
    }
    this.record(index, a, b, group);
    this.firstRows[index] = row;
    return undefined;
  }

  private record(index: number, a: number, b: number, group: number): void {
    if (index >= this.groupOf.length) {
      const grownEnds = new Int32Array(this.ends.length * 2);
      grownEnds.set(this.ends);
      this.ends = grownEnds;
      const grownGroups = new Int32Array(this.groupOf.length * 2);
      grownGroups.set(this.groupOf);
      this.groupOf = grownGroups;
    }
    this.ends[2 * index] = a;
    this.ends[2 * index + 1] = b;
    this.groupOf[index] = group;
    this.insert(index);
    if (++this.count * 2 > this.slots.length) this.rehash();
  }

  private insert(index: number): void {
    const key = hash(this.ends[2 * index]!, this.ends[2 * index + 1]!, this.groupOf[index]!);
    let slot = key & this.mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
    this.slots[slot] = index + 1;
  }

  private rehash(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.mask = this.slots.length - 1;
    for (const stored of old) if (stored !== 0) this.insert(stored - 1);
  }

  private group(tie: Tie): number {
    let types = this.groups.get(tie.wave);
    if (!types) {
      types = new Map();
      this.groups.set(tie.wave, types);
    }
    // "" is no type: a tie's type is never empty (an empty cell leaves it undefined); ids never hold U+0000
    const type = tie.reportedBy === undefined ? (tie.type ?? "") : `${tie.type ?? ""}\u0000${tie.reportedBy}`;
    let group = types.get(type);
    if (group === undefined) {
      group = this.groupCount++;
      types.set(type, group);
    }
    return group;
  }
}

/** A 32-bit mix of three integers (murmur3's finaliser over a multiplicative combination). */
function hash(a: number, b: number, c: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77) ^ Math.imul(c + 1, 0xc2b2ae3d);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function readTie(
  reader: RowReader<"ties">,
  names: ActorNames,
  options: TieReadOptions & { scale: Map<string, number> | undefined },
  issues: IssueCollector,
): Tie | undefined {
  const sourceText = reader.id("source");
  const targetText = reader.id("target");
  if (sourceText === "" || targetText === "") {
    const only = sourceText || targetText;
    if (options.oneActorRows && only !== "") {
      const field = sourceText === "" ? "target" : "source";
      const id = endpoint(reader, field, only, names, options, issues);
      if (id !== undefined) issues.warning("TIE_ONE_ACTOR", reader.at(field), { value: names.nameOf(id) });
    } else {
      issues.error("TIE_ENDPOINT_EMPTY", reader.at(sourceText === "" ? "source" : "target"));
    }
    return undefined;
  }
  const source = endpoint(reader, "source", sourceText, names, options, issues);
  const target = endpoint(reader, "target", targetText, names, options, issues);
  let ok = source !== undefined && target !== undefined;
  const weightText = reader.text("weight");
  let weight = 1;
  if (weightText !== "") {
    let value = parseNumber(reader.cell("weight"));
    const step = value === undefined ? options.scale?.get(normalizeKey(weightText)) : undefined;
    if (step !== undefined) {
      issues.repair("WEIGHT_SCALE", reader.at("weight"), weightText, String(step));
      value = step;
    }
    if (value === undefined || value < 0) {
      issues.error("WEIGHT_INVALID", reader.at("weight"), { value: weightText });
      ok = false;
    } else {
      // Gephi and networkx files carry ties of weight 0: the tie exists, without intensity (see WEIGHT_ZERO)
      if (value === 0) issues.warning("WEIGHT_ZERO", reader.at("weight"), { value: weightText });
      weight = value;
      const other = step === undefined ? otherNumberReading(reader.cell("weight")) : undefined;
      if (other !== undefined)
        issues.warning("NUMBER_AMBIGUOUS", reader.at("weight"), {
          value: weightText,
          detail: String(value),
        });
    }
  }
  const level = readLevel(reader, issues);
  if (level === null) ok = false;
  const reporterText = reader.id("reportedBy");
  const reportedBy = reporterText === "" ? undefined : reporter(reader, reporterText, names, issues);
  if (reportedBy === null) ok = false;
  if (ok && source === target) {
    const keep = options.selfLoops === "keep";
    issues.warning(keep ? "TIE_SELF_LOOP_KEPT" : "TIE_SELF_LOOP", reader.at("source"), { value: sourceText });
    ok = keep;
  }
  if (!ok) return undefined;
  const tie: Tie = {
    source: source!,
    target: target!,
    weight,
    wave: DEFAULT_WAVE,
    directed: readBoolean(reader, "directed", options.directed, issues),
    attributes: reader.attributes(),
  };
  const type = reader.text("type");
  if (type !== "") tie.type = type;
  const date = optionalDate(reader, "date", issues);
  if (date !== undefined) tie.date = date;
  if (level) tie.level = level;
  if (reportedBy === source || reportedBy === target) tie.reportedBy = reportedBy!;
  else if (reportedBy)
    issues.warning("TIE_REPORTER_NOT_END", reader.at("reportedBy"), { value: reporterText });
  return tie;
}

/**
 * The level of a row: undefined when the cell is empty, null (reported) when it is not a level or is 0
 * ("kennen wir nicht": an answer, but no tie).
 */
function readLevel(reader: RowReader<"ties">, issues: IssueCollector): TieLevel | undefined | null {
  const text = reader.text("level");
  if (text === "") return undefined;
  const level = levelOf(text);
  if (level === undefined) {
    issues.error("TIE_LEVEL_INVALID", reader.at("level"), { value: text });
    return null;
  }
  if (level === 0) {
    issues.warning("TIE_LEVEL_NONE", reader.at("level"), { value: text });
    return null;
  }
  return level;
}

/** The actor who reported a tie (`reported_by`), by id or name; null (TIE_REPORTER_UNKNOWN) when none. */
function reporter(
  reader: RowReader<"ties">,
  value: string,
  names: ActorNames,
  issues: IssueCollector,
): string | null {
  const id = resolveName(names, value, reader.at("reportedBy"), issues);
  if (id !== undefined) return id;
  issues.error("TIE_REPORTER_UNKNOWN", reader.at("reportedBy"), { value });
  return null;
}

/** The actor an endpoint means; a new one (ACTOR_ADDED) or an error (TIE_UNKNOWN_ACTOR) when none. */
function endpoint(
  reader: RowReader<"ties">,
  field: "source" | "target",
  value: string,
  names: ActorNames,
  options: TieReadOptions,
  issues: IssueCollector,
): string | undefined {
  const id = resolveName(names, value, reader.at(field), issues);
  if (id !== undefined) return id;
  if (options.unknownActors === "add") return addActor(names, value, reader.at(field), issues);
  issues.error("TIE_UNKNOWN_ACTOR", reader.at(field), { value });
  return undefined;
}

/** Adds an actor for a name that matches none (id: the name; ` (2)`, … if an actor already has that id). */
export function addActor(names: ActorNames, name: string, at: IssueLocation, issues: IssueCollector): string {
  let id = name;
  for (let n = 2; names.has(id); n++) id = `${name} (${n})`;
  names.add({ id, name, topics: [], offers: [], needs: [], attributes: {} });
  issues.names.added++;
  issues.repair("ACTOR_ADDED", at, name, name);
  return id;
}

/**
 * Waves from the years of a date column, when the ties have no wave column and the dates span two years or
 * more (WAVE_FROM_DATE); a row without a date is then WAVE_EMPTY. Undefined when the dates are of one year.
 * Only for a table not named as in the documented format (`Table.documented`), which reads as it always did.
 */
function wavesFromDates(
  readers: RowReader<"ties">[],
  waveCollector: WaveCollector,
  issues: IssueCollector,
): Array<string | undefined> | undefined {
  const years = readers.map((reader) => parseDate(reader.cell("date"))?.slice(0, 4));
  const distinct = [...new Set(years.filter((year): year is string => year !== undefined))].sort();
  if (distinct.length < 2) return undefined;
  const first = readers[0]!.at("date");
  issues.warning(
    "WAVE_FROM_DATE",
    { ...first, row: 1 },
    { value: first.column ?? "", detail: distinct.join(", ") },
  );
  return years.map((year, i) => {
    if (year === undefined) {
      issues.error("WAVE_EMPTY", readers[i]!.at("date"));
      return undefined;
    }
    waveCollector.add(year);
    return year;
  });
}
