/**
 * Which file or sheet is which table, whatever it is called. In this order:
 *
 * 1. an override (`Kooperationen=ties`) decides;
 * 2. a name the registry lists (`akteure.csv`, `Beziehungen`, `01_Einrichtungen.csv`) decides — exactly as the
 *    documented format always did (a second table of the same kind is FILE_UNKNOWN);
 * 3. otherwise the headers: a table with both tie endpoints (`Einrichtung A`/`Einrichtung B`, `Von`/`Zu`,
 *    `Name`/`Kooperationspartner`) is the ties table; any other table is the kind whose required columns it has
 *    and whose headers fit best (`recognizeColumns`'s score), each kind once, best fit first;
 * 4. then the values: a table whose header row looks like data is read without one (`headerless.ts`); when
 *    the actors table is known, a table (or a ties table short of an endpoint) with columns whose values are
 *    mostly (`REFERENCE_SHARE`) the names or ids of the actors is the ties table, those columns its endpoints,
 *    left to right; without an actors table, two columns of names that share a value are.
 *
 * A table that is none of them is reported (FILE_UNKNOWN) and left out; a sheet of notes (`NOTE_TABLE_NAMES`:
 * `Hinweise`, `Legende`, …) is left out without a warning. Every decision is recorded in the mapping
 * (`mapping.ts`).
 */
import { normalizeKey, tableNameMatch } from "./aliases.js";
import { type ColumnChoice, type ColumnRecognition, recognizeColumns } from "./column-recognition.js";
import { columnCells, profileColumn, referenceShare } from "./content-profile.js";
import type { DatasetTables } from "./dataset-from-tables.js";
import { LoadOptionError } from "./errors.js";
import { matchHeader } from "./header-match.js";
import { endColumnsByValues, looksHeaderless, withoutHeader } from "./headerless.js";
import {
  type MappingOverride,
  namesTable,
  overriddenField,
  overriddenKind,
  type TableMapping,
  type TableSource,
} from "./mapping.js";
import { NOTE_TABLE_NAMES, TABLES, type TableKind } from "./registry.js";
import type { TableRow } from "./table.js";
import type { IssueCollector } from "./validation-report.js";
import { cellText } from "./values.js";

/** A file or sheet as read, before it is known which table it is. */
export interface SourceTable {
  /** File or sheet name as the user knows it. */
  file: string;
  header: string[];
  rows: TableRow[];
  /** The spreadsheet row of the header (1 unless blank rows come first); null: the table has no header row. */
  headerRow?: number | null;
}

/** The share of a column's values that must be actors' names or ids for it to be a tie endpoint by content. */
export const REFERENCE_SHARE = 0.5;

const NOTE_KEYS = new Set<string>(NOTE_TABLE_NAMES.map(normalizeKey));

/** Kinds tried for a table whose name says nothing, most specific first (ties before actors). */
const GUESS_ORDER: readonly TableKind[] = [
  "ties",
  "attendance",
  "respondents",
  "actors",
  "events",
  "districts",
];

interface Choice {
  source: SourceTable;
  kind: TableKind;
  by: TableSource;
  /** Named as in the documented format. */
  documented: boolean;
  columns: ColumnRecognition;
}

/**
 * Recognises the tables among `sources`; reports FILE_UNKNOWN for those it cannot place. Throws
 * `LoadOptionError` for an override that names no table or column of the files.
 *
 * @example
 * ```ts
 * import { IssueCollector, recognizeTables } from "@vernetzt/core/io";
 *
 * const actors = {
 *   file: "Tabelle1",
 *   header: ["Name der Einrichtung", "Stadtteil"],
 *   rows: [{ row: 2, cells: ["Kita Altstadt", "Altstadt"] }, { row: 3, cells: ["Schule Nord", "Nord"] }],
 * };
 * const ties = {
 *   file: "Tabelle2",
 *   header: ["Einrichtung A", "Einrichtung B", "Jahr"],
 *   rows: [{ row: 2, cells: ["Kita Altstadt", "Schule Nord", 2024] }],
 * };
 * const { tables, mapping } = recognizeTables([actors, ties], [], new IssueCollector("de"));
 * tables.actors?.fields //=> ["name", "district"]
 * tables.ties?.fields //=> ["source", "target", "wave"]
 * mapping.map((table) => `${table.file}: ${table.kind} (${table.by})`) //=> ["Tabelle1: actors (content)", "Tabelle2: ties (content)"]
 * ```
 */
export function recognizeTables(
  sources: readonly SourceTable[],
  overrides: readonly MappingOverride[],
  issues: IssueCollector,
): { tables: DatasetTables; mapping: TableMapping[] } {
  // a table whose "header" is its first data row is read without one (Spalte 1, Spalte 2, …)
  const shown = sources.map((source) =>
    tableNameMatch(source.file) === undefined && looksHeaderless(source) ? withoutHeader(source) : source,
  );
  checkOverrides(shown, overrides);
  const chosen = new Map<TableKind, Choice>();
  const open: SourceTable[] = [];
  const ignored = new Set<SourceTable>();
  for (const source of shown) {
    const forced = overriddenKind(overrides, source.file);
    if (forced === "ignore") {
      ignored.add(source);
      continue;
    }
    const named = tableNameMatch(source.file);
    const kind = forced ?? named?.kind;
    if (kind === undefined) {
      if (NOTE_KEYS.has(normalizeKey(source.file.replace(/\.(csv|tsv|txt)$/i, "")))) ignored.add(source);
      else open.push(source);
      continue;
    }
    if (chosen.has(kind)) continue; // a second table named the same: FILE_UNKNOWN, as always
    const by = forced ? "override" : "name";
    const documented = !forced && named?.documented === true;
    chosen.set(kind, { source, kind, by, documented, columns: columnsOf(kind, source, overrides)! });
  }
  const guessed = guessByHeaders(open, chosen, overrides);
  for (const choice of guessed) chosen.set(choice.kind, choice);
  const rest = open.filter((source) => !guessed.some((choice) => choice.source === source));
  placeByReferences(rest, chosen, overrides);
  placeEdgeListByValues(rest, chosen, overrides);
  const joined = joinYearSheets(shown, chosen, ignored, overrides, issues);
  const tables: DatasetTables = {};
  for (const { source, kind, columns, documented } of chosen.values()) {
    const { file, header, rows } = source;
    tables[kind] = { kind, file, header, fields: columns.fields, rows, documented };
  }
  const placed = new Set([...chosen.values()].map((choice) => choice.source));
  for (const source of joined.keys()) placed.add(source);
  for (const choice of chosen.values()) columnsOf(choice.kind, choice.source, overrides); // a wrong field throws
  for (const override of overrides) {
    if (override.column === undefined || override.table === undefined) continue;
    const table = shown.find((source) => namesTable(override, source.file));
    if (table && !placed.has(table) && !ignored.has(table)) {
      throw new LoadOptionError(
        "columns",
        `vernetzt: "${override.table}" is none of the tables, so "${override.column}" cannot be ${override.to}; say which table it is first (e.g. "${override.table}=ties").`,
      );
    }
  }
  for (const source of shown) {
    if (placed.has(source) || ignored.has(source)) continue;
    if (source.header.length > 0 || source.rows.length > 0) unknownTable(source.file, issues);
  }
  const mapping = shown.map((source): TableMapping => {
    const choice = [...chosen.values()].find((c) => c.source === source) ?? joined.get(source);
    return {
      file: source.file,
      kind: choice?.kind ?? null,
      by: choice?.by ?? null,
      rows: source.rows.length,
      columns: (
        choice?.columns.columns ??
        source.header.map((header): ColumnChoice => ({ header, field: null, tier: null }))
      )
        .slice(0, source.header.length) // a column added when sheets were joined is not one of the sheet's
        .map((c, i) => ({
          header: c.header,
          field: c.field,
          by: c.tier,
          ...(c.duplicate ? { duplicate: true } : {}),
          examples: examplesOf(source.rows, i),
        })),
    };
  });
  return { tables, mapping };
}

/** A year in a file or sheet name (`Kooperationen 2025`, `2024`), and the name without it. */
function yearInName(file: string): { year: string; rest: string } | undefined {
  const base = file.replace(/\.(csv|tsv|txt)$/i, "");
  const years = base.match(/(?<!\d)(?:19|20)\d\d(?!\d)/g);
  if (!years || years.length !== 1) return undefined;
  return { year: years[0]!, rest: normalizeKey(base.replace(years[0]!, " ")) };
}

/** The header of the wave column a join of year sheets adds. */
export const SHEET_YEAR_HEADER = "Jahr (aus dem Blattnamen)";

/**
 * One sheet (or file) of ties per year — `Kooperationen 2024`, `Kooperationen 2025`, with the same columns —
 * is one ties table: the rows of every such sheet, each sheet's year its wave (WAVE_FROM_SHEET_NAME) unless the
 * sheets have a wave column. Each row keeps its sheet for the report. Returns the joined sheets and the choice
 * they became.
 */
function joinYearSheets(
  shown: readonly SourceTable[],
  chosen: Map<TableKind, Choice>,
  ignored: ReadonlySet<SourceTable>,
  overrides: readonly MappingOverride[],
  issues: IssueCollector,
): Map<SourceTable, Choice> {
  const joined = new Map<SourceTable, Choice>();
  const ties = chosen.get("ties");
  const first = ties && ties.columns.missing.length === 0 ? yearInName(ties.source.file) : undefined;
  if (!ties || !first) return joined;
  const headerKey = (source: SourceTable) => source.header.map(normalizeKey).join("|");
  const placed = new Set([...chosen.values()].map((choice) => choice.source));
  const siblings = shown.filter((source) => {
    if (source === ties.source || placed.has(source) || ignored.has(source)) return false;
    const forced = overriddenKind(overrides, source.file);
    if (forced !== undefined && forced !== "ties") return false;
    const name = yearInName(source.file);
    return name !== undefined && name.rest === first.rest && headerKey(source) === headerKey(ties.source);
  });
  if (siblings.length === 0) return joined;
  const sheets = [ties.source, ...siblings];
  const hasWave = ties.columns.fields.includes("wave");
  const width = ties.source.header.length;
  const source: SourceTable = {
    file: ties.source.file,
    header: hasWave ? ties.source.header : [...ties.source.header, SHEET_YEAR_HEADER],
    ...(ties.source.headerRow !== undefined ? { headerRow: ties.source.headerRow } : {}),
    rows: sheets.flatMap((sheet) =>
      sheet.rows.map((row) => ({
        row: row.row,
        cells: hasWave
          ? row.cells
          : [...Array.from({ length: width }, (_, i) => row.cells[i]), yearInName(sheet.file)!.year],
        file: sheet.file,
      })),
    ),
  };
  const choice: Choice = { ...ties, source, columns: columnsOf("ties", source, overrides)! };
  chosen.set("ties", choice);
  for (const sheet of sheets) {
    joined.set(sheet, choice);
    if (!hasWave) {
      issues.warning(
        "WAVE_FROM_SHEET_NAME",
        { file: sheet.file, row: null, column: null },
        { value: yearInName(sheet.file)!.year, detail: String(sheets.length) },
      );
    }
  }
  return joined;
}

/** Up to three different non-empty values of a column (from its first rows). */
function examplesOf(rows: readonly TableRow[], index: number): string[] {
  const seen = new Set<string>();
  for (const row of rows.slice(0, 200)) {
    const text = cellText(row.cells[index]);
    if (text !== "") seen.add(text);
    if (seen.size === 3) break;
  }
  return [...seen];
}

/** Warns that a table was recognised neither by its name nor by its content. */
export function unknownTable(file: string, issues: IssueCollector): void {
  issues.warning("FILE_UNKNOWN", { file, row: null, column: null }, { detail: knownTableNames() });
}

/**
 * The German and English names of every table, for messages.
 *
 * @example
 * ```ts
 * import { knownTableNames } from "@vernetzt/core/io";
 *
 * knownTableNames().split(", ").slice(0, 2) //=> ["akteure/actors", "beziehungen/ties"]
 * ```
 */
export function knownTableNames(): string {
  return (Object.keys(TABLES) as TableKind[])
    .map((kind) => `${TABLES[kind].names[1]}/${TABLES[kind].names[0]}`)
    .join(", ");
}

/**
 * The columns of a table read as `kind`, with the overrides that name it. An override naming a field `kind`
 * does not have throws `LoadOptionError` when `strict` (the kind is decided), else makes the kind unfit (null).
 */
function columnsOf(
  kind: TableKind,
  source: SourceTable,
  overrides: readonly MappingOverride[],
  strict = true,
): ColumnRecognition | null {
  const forced = new Map<string, string>();
  for (const override of overrides) {
    if (override.column === undefined || !namesTable(override, source.file)) continue;
    if (!source.header.some((h) => normalizeKey(h) === normalizeKey(override.column!))) continue;
    try {
      forced.set(normalizeKey(override.column), overriddenField(kind, override));
    } catch (error) {
      if (strict || !(error instanceof LoadOptionError)) throw error;
      return null;
    }
  }
  return recognizeColumns(kind, source.header, source.rows, forced);
}

/** Tables whose names say nothing, placed by their headers: ties first, then the best fit per kind. */
function guessByHeaders(
  open: readonly SourceTable[],
  chosen: ReadonlyMap<TableKind, Choice>,
  overrides: readonly MappingOverride[],
): Choice[] {
  const candidates: Choice[] = [];
  for (const source of open) {
    for (const kind of GUESS_ORDER) {
      if (chosen.has(kind)) continue;
      const columns = columnsOf(kind, source, overrides, false);
      if (
        !columns ||
        columns.missing.length > 0 ||
        !columns.columns.some((c) => c.tier !== null && c.tier !== "content")
      ) {
        continue; // a table is never placed on its values alone: a header must say something
      }
      if (!saysItsKind(kind, columns)) continue;
      candidates.push({ source, kind, by: "content", documented: false, columns });
      if (kind === "ties") break; // both endpoints: an edge list, whatever else it could be
    }
  }
  const rank = (choice: Choice) => (choice.kind === "ties" ? 1000 : 0) + choice.columns.score;
  candidates.sort((a, b) => rank(b) - rank(a));
  const placed: Choice[] = [];
  for (const candidate of candidates) {
    if (placed.some((p) => p.kind === candidate.kind || p.source === candidate.source)) continue;
    placed.push(candidate);
  }
  return placed;
}

/**
 * Whether some header says the table is a meeting list rather than any list with a number column: a date, a
 * host or a working group, or an id headed by a meeting word (`Treffen`, `Sitzung`), not just `Nr`. Other kinds
 * need nothing more than their required columns.
 */
function saysItsKind(kind: TableKind, columns: ColumnRecognition): boolean {
  if (kind !== "events") return true;
  return columns.columns.some(
    (c) =>
      c.tier !== null &&
      c.tier !== "content" &&
      (["date", "host", "group"].includes(c.field ?? "") ||
        (c.field === "id" && matchHeader("actors", c.header)?.field !== "id")),
  );
}

/**
 * With an actors table and no complete ties table: the table (the ties table first) with columns whose values
 * are the actors' names or ids becomes the ties table, those columns its missing endpoints.
 */
function placeByReferences(
  rest: SourceTable[],
  chosen: Map<TableKind, Choice>,
  overrides: readonly MappingOverride[],
): void {
  const actors = chosen.get("actors");
  const ties = chosen.get("ties");
  if (!actors || (ties && ties.columns.missing.length === 0)) return;
  const known = actorKeys(actors);
  const candidates = ties ? [ties.source] : rest;
  for (const source of candidates) {
    const columns = ties?.source === source ? ties.columns : columnsOf("ties", source, overrides, false);
    if (!columns) continue;
    const free = columns.columns
      .map((c, i) => ({ c, i }))
      .filter(({ c }) => c.field === null || c.tier === "content" || c.tier === "weak")
      .filter(({ i }) => !profileColumn(columnCells(source.rows, i)).sequence)
      .filter(
        ({ i }) =>
          referenceShare(columnCells(source.rows, i), (v) => known.has(normalizeKey(v))) >= REFERENCE_SHARE,
      )
      .map(({ i }) => i);
    const needed = (["source", "target"] as const).filter((field) => columns.missing.includes(field));
    const taken = new Set(
      columns.columns.flatMap((c, i) => (c.field === "source" || c.field === "target" ? [i] : [])),
    );
    const usable = free.filter((i) => !taken.has(i));
    if (usable.length < needed.length) continue;
    needed.forEach((field, n) => {
      const i = usable[n]!;
      columns.columns[i] = { header: source.header[i]!, field, tier: "content" };
      columns.fields[i] = field;
    });
    chooseAsTies(chosen, source, columns);
    return;
  }
}

/**
 * `source` becomes the ties table with `columns`, its two ends now found (by references or by values); it keeps
 * how an earlier choice of the same table was made (`by`, `documented`), else it was found by its content.
 */
function chooseAsTies(chosen: Map<TableKind, Choice>, source: SourceTable, columns: Choice["columns"]): void {
  const ties = chosen.get("ties");
  columns.missing = columns.missing.filter((field) => field !== "source" && field !== "target");
  chosen.set("ties", {
    source,
    kind: "ties",
    by: ties?.source === source ? ties.by : "content",
    documented: ties?.source === source && ties.documented,
    columns,
  });
}

/**
 * Without an actors table, and without a complete ties table: the table (the ties table first) with two columns of
 * names or codes that share a value becomes the ties table, those columns its missing ends (`endColumnsByValues`).
 */
function placeEdgeListByValues(
  rest: SourceTable[],
  chosen: Map<TableKind, Choice>,
  overrides: readonly MappingOverride[],
): void {
  const ties = chosen.get("ties");
  if (chosen.has("actors") || (ties && ties.columns.missing.length === 0)) return;
  for (const source of ties ? [ties.source] : rest) {
    const columns = ties?.source === source ? ties.columns : columnsOf("ties", source, overrides, false);
    if (!columns) continue;
    const ends = columns.columns.flatMap((c, i) => (c.field === "source" || c.field === "target" ? [i] : []));
    const free = columns.columns.flatMap((c, i) =>
      c.field === null || c.tier === "content" || c.tier === "weak" ? [i] : [],
    );
    const pair = endColumnsByValues(
      source,
      [...new Set([...ends, ...free])].sort((a, b) => a - b),
    );
    if (!pair || ends.some((i) => !pair.includes(i))) continue;
    pair.forEach((i, n) => {
      const field = n === 0 ? "source" : "target";
      if (columns.columns[i]?.field === field) return;
      columns.columns[i] = { header: source.header[i]!, field, tier: "content" };
      columns.fields[i] = field;
    });
    chooseAsTies(chosen, source, columns);
    return;
  }
}

/** Normalised ids and names of the actors table, for telling which columns refer to actors. */
function actorKeys(actors: Choice): Set<string> {
  const keys = new Set<string>();
  const indexes = ["id", "name"].map((field) => actors.columns.fields.indexOf(field)).filter((i) => i >= 0);
  for (const row of actors.source.rows) {
    for (const i of indexes) {
      const text = cellText(row.cells[i]);
      if (text !== "") keys.add(normalizeKey(text));
    }
  }
  return keys;
}

/** Every override must name a file or sheet (and a column of it) that exists. */
function checkOverrides(sources: readonly SourceTable[], overrides: readonly MappingOverride[]): void {
  const names = sources.map((s) => s.file);
  for (const override of overrides) {
    const tables = sources.filter((source) => namesTable(override, source.file));
    if (override.table !== undefined && tables.length === 0) {
      throw new LoadOptionError(
        "columns",
        `vernetzt: no file or sheet "${override.table}" in the data; there are: ${names.join(", ")}.`,
      );
    }
    if (override.column === undefined) continue;
    const column = normalizeKey(override.column);
    if (!tables.some((t) => t.header.some((h) => normalizeKey(h) === column))) {
      const headers = [...new Set(tables.flatMap((t) => t.header))];
      throw new LoadOptionError(
        "columns",
        `vernetzt: no column "${override.column}"${override.table ? ` in "${override.table}"` : ""}; the columns are: ${headers.join(", ")}.`,
      );
    }
  }
}
