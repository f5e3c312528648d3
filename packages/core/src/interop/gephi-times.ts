/**
 * Gephi's time notation in spreadsheet cells (Data Laboratory's export and import, gephi.org "Spreadsheet"):
 * a `timeset` column with when an edge exists — intervals `[start, end]` (several: `<[1, 2]; [4, 6]>`; open
 * ends `Infinity`) or time points (`2016-02-03`) — and dynamic values, such as a weight that changes, as
 * interval maps `<[start, end, value]; …>` or timestamp maps `<[time, value]; …>`.
 *
 * As for a dynamic GEXF (`io/gexf-timeline.ts`, the same time rules from `io/timeline.ts`): the waves are the
 * times at which an edge or a value begins; each row gives one tie per wave in which it exists (no `timeset`:
 * every wave in which its weight has a value; neither: every wave), with the weight it has then. Gephi's
 * `edges_table_dynamic_weights.csv` (`a,b,"<[1.0, 2, 1]; [2, 3, 2]>"`) gives the ties a–b of waves 1 and 2
 * with weights 1 and 2. Issues keep pointing at the spreadsheet row the ties came from.
 */
import { normalizeKey } from "../io/aliases.js";
import type { Cell, Table } from "../io/table.js";
import { holdsAt, type TimedValue, type Times, valuesAt, wavesOf } from "../io/timeline.js";
import { cellText } from "../io/values.js";

/** Headers of Gephi's time-set column (matched case- and punctuation-insensitively). */
const TIME_SET_HEADERS = ["timeset", "time set", "timestamp", "timestamps", "interval", "time interval"].map(
  normalizeKey,
);

/**
 * The ties table with one row per edge and wave when it has Gephi times (see the module comment); the table
 * itself when it has none, or already a `wave` column.
 */
export function expandGephiTimes(ties: Table): Table {
  const fields = ties.fields ?? [];
  if (fields.includes("wave")) return ties;
  const weight = fields.indexOf("weight");
  const timeSet = ties.header.findIndex(
    (header, i) => fields[i] == null && TIME_SET_HEADERS.includes(normalizeKey(header)),
  );
  const rows = ties.rows.map((row) => ({
    row,
    times: timeSet < 0 ? EMPTY : timesOf(cellText(row.cells[timeSet])),
    weights: weight < 0 ? [] : mapOf(cellText(row.cells[weight])),
  }));
  const waves = wavesOf(
    rows.flatMap(({ times, weights }) => [times, ...weights.map((value) => value.times)]),
  );
  if (waves.length === 0) return ties;
  const keep = ties.header.map((_, i) => i !== timeSet);
  const expanded = rows.flatMap(({ row, times, weights }) =>
    waves.flatMap((wave) => {
      if (!holdsAt(times, wave)) return [];
      const value = weights.length > 0 ? valuesAt(weights, wave).weight : undefined;
      if (weights.length > 0 && value === undefined) return [];
      const cells: Cell[] = row.cells.map((cell, i) => (i === weight && value !== undefined ? value : cell));
      return [{ row: row.row, cells: [...cells.filter((_, i) => keep[i]), wave] }];
    }),
  );
  return {
    ...ties,
    header: [...ties.header.filter((_, i) => keep[i]), "wave"],
    fields: [...fields.filter((_, i) => keep[i]), "wave"],
    rows: expanded,
  };
}

const EMPTY: Times = { points: [], intervals: [] };

/** The items of a Gephi time cell: `<[a, b]; [c, d]>`, `[a, b]` or `a` → [["a", "b"], ["c", "d"]] / [["a"]]. */
function itemsOf(text: string): string[][] {
  const inner = text
    .trim()
    .replace(/^<(.*)>$/s, "$1")
    .trim();
  if (inner === "") return [];
  return inner.split(";").flatMap((item) => {
    const tokens = item
      .trim()
      .replace(/^[[(](.*)[\])]$/s, "$1")
      .split(",")
      .map((token) => token.trim().replace(/^"(.*)"$/s, "$1"))
      .filter((token) => token !== "");
    return tokens.length > 0 ? [tokens] : [];
  });
}

/** A time-set cell: bracketed pairs are intervals, bare values time points. */
function timesOf(text: string): Times {
  const times: Times = { points: [], intervals: [] };
  const bracketed = /^\s*[<[(]/.test(text);
  for (const tokens of itemsOf(text)) {
    if (bracketed && tokens.length === 2) {
      times.intervals.push({
        ...bound("start", tokens[0]!),
        ...bound("end", tokens[1]!),
        startOpen: false,
        endOpen: false,
      });
    } else times.points.push(...tokens);
  }
  return times;
}

function bound(name: "start" | "end", token: string): { start?: string } | { end?: string } {
  return /^[-+]?infinity$/i.test(token) ? {} : { [name]: token };
}

/** An interval map `<[start, end, value]; …>` or a timestamp map `<[time, value]; …>`; [] for a plain value. */
function mapOf(text: string): TimedValue[] {
  if (!/^\s*<\s*\[/.test(text)) return [];
  return itemsOf(text).flatMap((tokens): TimedValue[] => {
    if (tokens.length === 3) {
      const interval = {
        ...bound("start", tokens[0]!),
        ...bound("end", tokens[1]!),
        startOpen: false,
        endOpen: false,
      };
      return [{ key: "weight", value: tokens[2]!, times: { points: [], intervals: [interval] } }];
    }
    if (tokens.length === 2)
      return [{ key: "weight", value: tokens[1]!, times: { points: [tokens[0]!], intervals: [] } }];
    return [];
  });
}
