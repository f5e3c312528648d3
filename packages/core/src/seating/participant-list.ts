/**
 * The participants of a network meeting as a coordinator writes them down: a CSV or text file (one per line, or
 * a table with a column `id` / `ID` / `Akteur` / `Teilnehmer` / `Teilnehmende` / `Kennung`, or a column `Name`),
 * or the first sheet of an `.xlsx` workbook. Each entry is matched to an actor by id, else by name (ignoring case
 * and repeated spaces) when exactly one actor has it. Every entry that cannot be matched is returned with its row,
 * never dropped silently; an entry repeated is kept once and reported.
 */
import { normalizeKey } from "../io/aliases.js";
import { readCsvTable } from "../io/csv-table.js";
import { arrayBufferOf, extensionOf, type InputFile } from "../io/input-file.js";
import type { Table } from "../io/table.js";
import { IssueCollector } from "../io/validation-report.js";
import { cellText } from "../io/values.js";
import { readXlsxSheets } from "../io/xlsx-sheets.js";

/** Headers of the participant column, by what they hold. */
export const PARTICIPANT_COLUMNS = {
  id: ["id", "ID", "Kennung", "Nr", "Akteur", "actor", "Teilnehmer", "Teilnehmende", "participant"],
  name: ["name", "Name", "Bezeichnung"],
} as const;

/** An entry of the list that is not a participant. */
export interface ParticipantProblem {
  /** Spreadsheet row (1 = first line). */
  row: number;
  value: string;
  problem: "unknown" | "ambiguous" | "duplicate";
}

export interface ParticipantList {
  /** Actor ids, in list order, each once. */
  participants: string[];
  problems: ParticipantProblem[];
  /** Why the file could not be read at all (empty, not text, not a workbook); null when it was read. */
  unreadable: string | null;
}

/**
 * Reads a participant list and matches it to `actors`.
 *
 * @example
 * ```ts
 * import { readParticipantList } from "@vernetzt/core/seating";
 *
 * const actors = [{ id: "a1", name: "Kita Sonnenschein" }, { id: "a2", name: "Sportverein" }];
 * const list = await readParticipantList({ name: "gaeste.csv", data: "Name\nkita sonnenschein\na2\nNiemand" }, actors);
 * list.participants //=> ["a1", "a2"]
 * list.problems //=> [{ row: 4, value: "Niemand", problem: "unknown" }]
 * ```
 */
export async function readParticipantList(
  file: InputFile,
  actors: ReadonlyArray<{ id: string; name: string }>,
): Promise<ParticipantList> {
  const issues = new IssueCollector("en");
  const table = await tableOf(file, issues);
  if (!table) return { participants: [], problems: [], unreadable: issues.issues[0]?.message ?? "empty" };
  const ids = new Set(actors.map((a) => a.id));
  const byName = new Map<string, string[]>();
  for (const a of actors) {
    const key = normalizeName(a.name);
    byName.set(key, [...(byName.get(key) ?? []), a.id]);
  }
  const column = participantColumn(table.header);
  const entries: Array<{ row: number; value: string }> =
    column === -1 ? [{ row: 1, value: table.header[0] ?? "" }] : [];
  const index = Math.max(0, column);
  for (const row of table.rows) entries.push({ row: row.row ?? 0, value: cellText(row.cells[index]) });
  const participants: string[] = [];
  const problems: ParticipantProblem[] = [];
  for (const { row, value } of entries) {
    if (value === "") continue;
    const named = byName.get(normalizeName(value)) ?? [];
    const id = ids.has(value) ? value : named.length === 1 ? named[0] : undefined;
    if (id === undefined) problems.push({ row, value, problem: named.length > 1 ? "ambiguous" : "unknown" });
    else if (participants.includes(id)) problems.push({ row, value, problem: "duplicate" });
    else participants.push(id);
  }
  return { participants, problems, unreadable: null };
}

async function tableOf(file: InputFile, issues: IssueCollector): Promise<Table | null> {
  if (extensionOf(file.name) === "xlsx") {
    const sheets = await readXlsxSheets(file.name, arrayBufferOf(file.data), issues);
    const sheet = sheets?.find((s) => s.header.length > 0);
    return sheet
      ? {
          kind: "attendance",
          file: file.name,
          header: sheet.header.map((h) => cellText(h)),
          rows: sheet.rows,
        }
      : null;
  }
  return readCsvTable("attendance", file.name, file.data, issues, true);
}

/** The column holding the participants: an id column, else a name column; −1 when the first line is data. */
function participantColumn(header: readonly string[]): number {
  const keys = header.map(normalizeKey);
  for (const aliases of [PARTICIPANT_COLUMNS.id, PARTICIPANT_COLUMNS.name]) {
    const i = keys.findIndex((key) => aliases.some((alias) => normalizeKey(alias) === key));
    if (i >= 0) return i;
  }
  return -1;
}

const normalizeName = (name: string): string => name.trim().replace(/\s+/g, " ").toLocaleLowerCase("de-DE");
