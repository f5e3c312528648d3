/** The ties table → ties, duplicates merged (rules: `dataset-from-tables.ts`). */
import { type Actor, DEFAULT_WAVE, type Tie } from "../model/types.js";
import { type Columns, type RowReader, rowsOf } from "./columns.js";
import { optionalDate, readBoolean } from "./row-values.js";
import type { IssueCollector } from "./validation-report.js";
import { parseNumber } from "./values.js";
import type { WaveCollector } from "./wave-collector.js";

/** Options of reading ties. */
export interface TieReadOptions {
  /** Default direction of ties without a `directed` value. */
  directed: boolean;
}

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
  const merged = new Map<string, { tie: Tie; row: number | null }>();
  readers.forEach((reader, i) => {
    const wave = waves[i];
    const tie = readTie(reader, actors, byName, options, issues);
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

/** Actor ids by lower-case name, to hint at the id when a tie names an actor by its name. */
function namesToIds(actors: Map<string, Actor>): Map<string, string> {
  const byName = new Map<string, string>();
  for (const actor of actors.values()) {
    const key = actor.name.toLowerCase();
    if (!byName.has(key)) byName.set(key, actor.id);
  }
  return byName;
}
