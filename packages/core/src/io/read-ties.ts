/** The ties table → ties, duplicates merged (rules: `dataset-from-tables.ts`). */
import { type Actor, DEFAULT_WAVE, type Tie, type TieLevel } from "../model/types.js";
import { levelOf } from "./aliases.js";
import { type Columns, type RowReader, rowsOf } from "./columns.js";
import { optionalDate, readBoolean } from "./row-values.js";
import type { TableRow } from "./table.js";
import type { IssueCollector } from "./validation-report.js";
import { parseNumber } from "./values.js";
import type { WaveCollector } from "./wave-collector.js";

/** Options of reading ties. */
export interface TieReadOptions {
  /** Default direction of ties without a `directed` value. */
  directed: boolean;
}

/**
 * Reads the ties of a ties table. Consumes the table: its rows are released while they are read (the table is
 * left without rows), so that a file of millions of ties does not need the memory of its rows and its ties at
 * once.
 */
export function readTies(
  columns: Columns<"ties">,
  actors: Map<string, Actor>,
  options: TieReadOptions,
  waveCollector: WaveCollector,
  issues: IssueCollector,
): Tie[] {
  const readers = rowsOf(columns);
  const waves = waveCollector.read(readers, issues, false);
  if (readers.length > 0 && waves.every((wave) => wave === DEFAULT_WAVE)) waveCollector.add(DEFAULT_WAVE);
  const byName = namesToIds(actors);
  const ties: Tie[] = [];
  const duplicates = new DuplicateTies(actors);
  // Each row is released once read: at nine million rows the rows and the ties do not fit in memory together.
  const rows = columns.table.rows as Array<TableRow | undefined>;
  const pending = readers as Array<RowReader<"ties"> | undefined>;
  for (let i = 0; i < pending.length; i++) {
    const reader = pending[i]!;
    pending[i] = undefined;
    rows[i] = undefined;
    const wave = waves[i];
    const tie = readTie(reader, actors, byName, options, issues);
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

  constructor(actors: Map<string, Actor>) {
    for (const id of actors.keys()) this.actorIndex.set(id, this.actorIndex.size);
  }

  /** The tie index and row of the first equal tie, or undefined after recording this one as `index`. */
  firstOf(tie: Tie, index: number, row: number | null): { index: number; row: number | null } | undefined {
    let a = this.actorIndex.get(tie.source)!;
    let b = this.actorIndex.get(tie.target)!;
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
  actors: Map<string, Actor>,
  byName: Map<string, string>,
  options: TieReadOptions,
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
      const named = byName.get(id.toLowerCase());
      issues.error(
        "TIE_UNKNOWN_ACTOR",
        reader.at(field),
        named ? { value: id, detail: named } : { value: id },
      );
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
  const level = readLevel(reader, issues);
  if (level === null) ok = false;
  const reportedBy = reader.text("reportedBy");
  if (reportedBy !== "" && !actors.has(reportedBy)) {
    issues.error("TIE_REPORTER_UNKNOWN", reader.at("reportedBy"), { value: reportedBy });
    ok = false;
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
  if (level) tie.level = level;
  if (reportedBy === source || reportedBy === target) tie.reportedBy = reportedBy;
  else if (reportedBy !== "")
    issues.warning("TIE_REPORTER_NOT_END", reader.at("reportedBy"), { value: reportedBy });
  const date = optionalDate(reader, "date", issues);
  if (date !== undefined) tie.date = date;
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

/** Actor ids by lower-case name, to hint at the id when a tie names an actor by its name. */
function namesToIds(actors: Map<string, Actor>): Map<string, string> {
  const byName = new Map<string, string>();
  for (const actor of actors.values()) {
    const key = actor.name.toLowerCase();
    if (!byName.has(key)) byName.set(key, actor.id);
  }
  return byName;
}
