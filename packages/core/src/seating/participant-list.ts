/**
 * The participants of a network meeting as a coordinator writes them down: a CSV or text file (one per line, or
 * a table with a column `id` / `ID` / `Akteur` / `Teilnehmer` / `Teilnehmende` / `Kennung`, or a column `Name`),
 * or the first sheet of an `.xlsx` workbook. Each entry is matched to an actor as the dataset's own references
 * are (`io/actor-names.ts`): by id, by name, by the name written differently (case, spaces, punctuation,
 * accents) or with one or two typing errors — the last two reported, so the coordinator sees what was read
 * as whom. A name that several actors share, or one that matches no actor, is returned as a guest (seated
 * without known offers and needs, `guests.ts`) and reported with its row: never dropped silently. An entry
 * repeated is kept once and reported.
 */
import { ActorNames } from "../io/actor-names.js";
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
  name: [
    "name",
    "Name",
    "Bezeichnung",
    "Organisation",
    "Einrichtung",
    "Verein",
    "Institution",
    "organization",
  ],
} as const;

/** An entry of the list that is not a participant. */
export interface ParticipantProblem {
  /** Spreadsheet row (1 = first line). */
  row: number;
  value: string;
  /**
   * `unknown` / `ambiguous`: no actor, or several actors of that name — seated as a guest; `duplicate`: seated
   * once; `variant` / `typo`: read as the actor `actor` (the name written differently, or misspelt).
   */
  problem: "unknown" | "ambiguous" | "duplicate" | "variant" | "typo";
  /** The actor's name a `variant` or `typo` was read as. */
  actor?: string;
}

export interface ParticipantList {
  /** Actor ids, in list order, each once. */
  participants: string[];
  /** Entries that are no actor (`unknown`, `ambiguous`), as written, each once: to be seated as guests. */
  guests: string[];
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
 * const list = await readParticipantList({ name: "gaeste.csv", data: "Name\nKita Sonnenschein\na2\nNiemand" }, actors);
 * list.participants //=> ["a1", "a2"]
 * list.guests //=> ["Niemand"]
 * list.problems //=> [{ row: 4, value: "Niemand", problem: "unknown" }]
 * ```
 */
export async function readParticipantList(
  file: InputFile,
  actors: ReadonlyArray<{ id: string; name: string }>,
): Promise<ParticipantList> {
  const issues = new IssueCollector("en");
  const table = await tableOf(file, issues);
  if (!table)
    return { participants: [], guests: [], problems: [], unreadable: issues.issues[0]?.message ?? "empty" };
  const names = new ActorNames(
    new Map(actors.map((a) => [a.id, { ...a, topics: [], offers: [], needs: [], attributes: {} }])),
  );
  const sharedNames = new Map<string, number>();
  for (const a of actors)
    sharedNames.set(normalizeKey(a.name), (sharedNames.get(normalizeKey(a.name)) ?? 0) + 1);
  const resolve = (value: string) =>
    (sharedNames.get(normalizeKey(value)) ?? 0) > 1 && !names.has(value) ? "ambiguous" : names.resolve(value);
  const { column, headerIsData } = participantColumn(table, (value) => typeof resolve(value) === "object");
  const entries: Array<{ row: number; value: string }> = headerIsData
    ? [{ row: 1, value: table.header[column] ?? "" }]
    : [];
  for (const row of table.rows) entries.push({ row: row.row ?? 0, value: cellText(row.cells[column]) });
  const participants = new Set<string>();
  const guests = new Set<string>();
  const problems: ParticipantProblem[] = [];
  for (const { row, value: raw } of entries) {
    const value = raw.trim();
    if (value === "") continue;
    const found = resolve(value);
    if (typeof found !== "object") {
      if (guests.has(value)) problems.push({ row, value, problem: "duplicate" });
      else {
        guests.add(value);
        problems.push({ row, value, problem: found ?? "unknown" });
      }
    } else if (participants.has(found.id)) problems.push({ row, value, problem: "duplicate" });
    else {
      participants.add(found.id);
      if (found.by === "variant" || found.by === "typo")
        problems.push({ row, value, problem: found.by, actor: names.nameOf(found.id) });
    }
  }
  return { participants: [...participants], guests: [...guests], problems, unreadable: null };
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

/**
 * The column holding the participants: the one whose cells name the most actors (a registration list may have
 * a person's name, the organisation and an e-mail address; the organisation is what the dataset knows), else
 * the first id column, name column or column. The first line is data when no cell of it is a known header and
 * it names an actor, or when the file has a single column without a known header.
 */
function participantColumn(
  table: Table,
  isActor: (value: string) => boolean,
): { column: number; headerIsData: boolean } {
  const keys = table.header.map(normalizeKey);
  const known = (aliases: readonly string[]) => {
    const wanted = new Set(aliases.map(normalizeKey));
    return keys.findIndex((key) => wanted.has(key));
  };
  const named = [known(PARTICIPANT_COLUMNS.id), known(PARTICIPANT_COLUMNS.name)].find((i) => i >= 0);
  const width = Math.max(table.header.length, ...table.rows.map((r) => r.cells.length));
  let column = named ?? 0;
  let best = 0;
  for (let c = 0; c < width; c++) {
    let count = 0;
    for (const row of table.rows) if (isActor(cellText(row.cells[c]).trim())) count++;
    if (count > best) [column, best] = [c, count];
  }
  const first = (table.header[column] ?? "").trim();
  const headerIsData = named === undefined && first !== "" && (isActor(first) || table.header.length === 1);
  return { column, headerIsData };
}
