/** The respondents table → who answered each wave (rules: `dataset-from-tables.ts`). */
import { DEFAULT_WAVE } from "../model/types.js";
import type { ActorNames } from "./actor-names.js";
import { type Columns, rowsOf } from "./columns.js";
import { resolveName } from "./name-repairs.js";
import type { IssueCollector } from "./validation-report.js";
import type { WaveCollector } from "./wave-collector.js";

export function readRespondents(
  columns: Columns<"respondents">,
  names: ActorNames,
  waveCollector: WaveCollector,
  issues: IssueCollector,
): Record<string, string[]> {
  const readers = rowsOf(columns);
  const latest = waveCollector.sorted().at(-1) ?? DEFAULT_WAVE;
  const waves = readers[0]?.has("wave")
    ? waveCollector.read(readers, issues, false)
    : readers.map(() => latest);
  if (readers.length > 0 && waves.every((wave) => wave === DEFAULT_WAVE)) waveCollector.add(DEFAULT_WAVE);
  // a Map, not an object: a wave named "__proto__" or "constructor" is a wave like any other
  const respondents = new Map<string, string[]>();
  // per wave, the row where each actor first answered (nested maps: no text key per row)
  const firstRow = new Map<string, Map<string, number | null>>();
  for (let i = 0; i < readers.length; i++) {
    const reader = readers[i]!;
    const written = reader.id("actor");
    const wave = waves[i];
    const actor = written === "" ? undefined : resolveName(names, written, reader.at("actor"), issues);
    if (actor === undefined) {
      issues.error("RESPONDENT_UNKNOWN_ACTOR", reader.at("actor"), { value: written });
      continue;
    }
    if (wave === undefined) continue;
    let rows = firstRow.get(wave);
    if (!rows) {
      rows = new Map();
      firstRow.set(wave, rows);
    }
    if (rows.has(actor)) {
      issues.warning("RESPONDENT_DUPLICATE", reader.at(), { detail: String(rows.get(actor) ?? "?") });
      continue;
    }
    rows.set(actor, reader.row.row);
    const answered = respondents.get(wave);
    if (answered) answered.push(actor);
    else respondents.set(wave, [actor]);
  }
  return Object.fromEntries(respondents);
}
