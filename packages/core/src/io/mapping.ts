/**
 * What the loader understood, and how to say it otherwise: the mapping of a dataset's files and columns to
 * tables and fields (reported by `vernetzt validate` and the dashboard), and the overrides that fix any guess
 * (`--columns`, a mapping file, the dashboard's drop-downs).
 *
 * An override is one line `TABLE=KIND` (what a file or sheet is: `Kooperationen=ties`, `Notizen=ignore`),
 * `TABLE/COLUMN=FIELD` (what a column is: `Kooperationen/Jahr=wave`, `Einrichtungen/Telefon=extra`) or
 * `COLUMN=FIELD` (that column in every table that has it). TABLE is the file name (extension optional) or the
 * sheet name; COLUMN the header as written (any case); FIELD an English field name (`source`, `weight`), its
 * German header (`Von`, `Gewicht`) or `extra` (keep as an extra attribute). In a single edge list, the columns
 * that describe an endpoint are `source.FIELD` / `target.FIELD` (`Stadtteil=source.district`).
 * `mappingSpecs` writes the lines that reproduce a mapping.
 */
import { normalizeKey, TABLE_NAME_ALIASES, tableKindOf } from "./aliases.js";
import { LoadOptionError } from "./errors.js";
import type { MatchTier } from "./header-match.js";
import { type FieldSpec, TABLES, type TableKind } from "./registry.js";

/** How a table's kind was found. */
export type TableSource = "name" | "content" | "override";

/** One column of a table as the loader read it. */
export interface ColumnMapping {
  /** Header as written. */
  header: string;
  /**
   * The field (`source`, `weight`, …), or null: kept as an extra attribute. In a single edge list, a column
   * describing an endpoint's actor is `source.district`, `target.sector`, ….
   */
  field: string | null;
  /** How it was found: `alias` (a listed header), `pattern` (a listed header with a note, scale, number or
   * pair marker), `weak` (a fallback word), `content` (the values), `override`; null for an extra attribute
   * (`override` when an override said `extra`). */
  by: MatchTier | null;
  /** A second column for a field: kept as an extra attribute (COLUMN_DUPLICATE). */
  duplicate?: boolean;
  /** Up to three different values of the column, as written (for a person checking the mapping). */
  examples?: string[];
}

/** One file or sheet as the loader read it. */
export interface TableMapping {
  /** File or sheet name as the user knows it. */
  file: string;
  /** The table it became, or null: not used (FILE_UNKNOWN). */
  kind: TableKind | null;
  /** How the kind was found; null when not used. */
  by: TableSource | null;
  /** Data rows (without the header). */
  rows: number;
  columns: ColumnMapping[];
  /** The file's format fixes its layout (a JSON document, a graph file): overrides do not apply. */
  fixed?: boolean;
}

/** How tie endpoints (and other references to actors) were matched to the actors. */
export interface NameCounts {
  /** Values that were an actor's id. */
  ids: number;
  /** Values that were an actor's name as written (the actors table has its own ids). */
  names: number;
  /** Values that matched a name only ignoring case, spaces, punctuation or Unicode form (NAME_VARIANT). */
  variants: number;
  /** Values one or two typing errors away from exactly one actor's name (NAME_TYPO). */
  typos: number;
  /** Values that matched no actor and became new actors (ACTOR_ADDED). */
  added: number;
}

/** One repair of a value: what was written and what it was read as. */
export interface Repair {
  /** The warning code: NAME_VARIANT, NAME_TYPO, ACTOR_ADDED, WEIGHT_SCALE, WAVE_FROM_DATE, … */
  code: string;
  file: string | null;
  /** The first row with this value. */
  row: number | null;
  column: string | null;
  /** The value as written. */
  original: string;
  /** What it was read as (an actor's name, a number, a wave). */
  resolved: string;
  /** Rows with this value (the first is `row`). */
  rows: number;
}

/** What the loader understood of a dataset's files. */
export interface DatasetMapping {
  tables: TableMapping[];
  /** The actors table was made from the names in the ties table (a single edge list). */
  actorsFromTies: boolean;
  /** The column the waves were read from, when it is a date column (its year); else undefined. */
  waveFromDate?: { file: string; column: string };
  names: NameCounts;
  repairs: Repair[];
}

/** One override of the guessed mapping; see the module comment for the text form. */
export interface MappingOverride {
  /** File or sheet name (extension optional); undefined: every table that has the column. */
  table?: string;
  /** Column header; undefined: the override says what the whole table is. */
  column?: string;
  /** A table kind or `ignore` (no column), else a field, `extra`, or `source.FIELD` / `target.FIELD`. */
  to: string;
}

/** The words a table kind may be given as (`ties`, `Beziehungen`, `ignore`). */
function tableKindWord(word: string): TableKind | "ignore" | undefined {
  const key = normalizeKey(word);
  if (["ignore", "ignorieren", "none", "keine"].includes(key)) return "ignore";
  for (const kind of Object.keys(TABLES) as TableKind[]) {
    const names = TABLE_NAME_ALIASES[kind];
    if (normalizeKey(names[0]!) === key || normalizeKey(names[1]!) === key) return kind;
  }
  return undefined;
}

/**
 * Reads override lines (`--columns` values, the lines of a mapping file; `#` starts a comment). Throws
 * `LoadOptionError` for a line that is not `X=Y`.
 *
 * @example
 * ```ts
 * import { parseMappingSpecs } from "@vernetzt/core/io";
 *
 * const overrides = parseMappingSpecs(["Kooperationen=ties", "Kooperationen/Jahr=wave", "Telefon=extra"]);
 * overrides[0] //=> { table: "Kooperationen", to: "ties" }
 * overrides[1] //=> { table: "Kooperationen", column: "Jahr", to: "wave" }
 * overrides[2] //=> { column: "Telefon", to: "extra" }
 * ```
 */
export function parseMappingSpecs(lines: readonly string[]): MappingOverride[] {
  const overrides: MappingOverride[] = [];
  for (const raw of lines) {
    const line = raw.replace(/^\s*#.*$/, "").trim();
    if (line === "") continue;
    const equals = line.lastIndexOf("=");
    if (equals <= 0 || equals === line.length - 1) {
      throw new LoadOptionError(
        "columns",
        `vernetzt: "${raw}" is not a column mapping; write TABLE=KIND, TABLE/COLUMN=FIELD or COLUMN=FIELD (e.g. "Kooperationen/Jahr=wave").`,
      );
    }
    const left = line.slice(0, equals).trim();
    const to = line.slice(equals + 1).trim();
    const slash = left.indexOf("/");
    if (slash >= 0) {
      overrides.push({ table: left.slice(0, slash).trim(), column: left.slice(slash + 1).trim(), to });
    } else if (tableKindWord(to) !== undefined) {
      overrides.push({ table: left, to });
    } else {
      overrides.push({ column: left, to });
    }
  }
  return overrides;
}

/** Whether `name` (a file or sheet) is the table an override names (case-insensitive, extension optional). */
export function namesTable(override: MappingOverride, name: string): boolean {
  if (override.table === undefined) return true;
  const strip = (text: string) => normalizeKey(text.replace(/^.*[\\/]/, "").replace(/\.(csv|tsv|txt)$/i, ""));
  return strip(override.table) === strip(name);
}

/** The table kind an override gives a table, if any; throws `LoadOptionError` for an unknown kind. */
export function overriddenKind(
  overrides: readonly MappingOverride[],
  name: string,
): TableKind | "ignore" | undefined {
  const found = overrides.find((o) => o.column === undefined && namesTable(o, name));
  if (!found) return undefined;
  const kind = tableKindWord(found.to);
  if (kind === undefined) {
    throw new LoadOptionError(
      "columns",
      `vernetzt: "${found.to}" is not a table; use one of ${Object.keys(TABLES).join(", ")} or ignore.`,
    );
  }
  return kind;
}

/**
 * The field an override gives: an English field of `kind`, its German header, `extra`, or (ties of a single
 * edge list) `source.FIELD` / `target.FIELD` with an actors field; throws `LoadOptionError` otherwise.
 */
export function overriddenField(kind: TableKind, override: MappingOverride): string {
  const to = override.to.trim();
  if (["extra", "zusatz", "zusatzspalte", "attribute"].includes(normalizeKey(to))) return "extra";
  const endpoint = /^(source|target)\.(.+)$/i.exec(to);
  if (endpoint && kind === "ties") {
    const field = fieldWord("actors", endpoint[2]!);
    if (field !== undefined) return `${endpoint[1]!.toLowerCase()}.${field}`;
  }
  const field = fieldWord(kind, to);
  if (field !== undefined) return field;
  const fields = Object.keys(TABLES[kind].fields);
  throw new LoadOptionError(
    "columns",
    `vernetzt: "${to}" is not a field of ${kind} (${override.table ?? ""}${override.table ? "/" : ""}${override.column}); use one of ${fields.join(", ")} or extra.`,
  );
}

function fieldWord(kind: TableKind, word: string): string | undefined {
  const key = normalizeKey(word);
  for (const [field, spec] of Object.entries(TABLES[kind].fields as Record<string, FieldSpec>)) {
    if (normalizeKey(field) === key || normalizeKey(spec.aliases[0]!) === key) return field;
    if (spec.aliases[1] !== undefined && normalizeKey(spec.aliases[1]) === key) return field;
  }
  return undefined;
}

/**
 * The override lines that reproduce a mapping: the kind of every table not recognised by its name, and every
 * column not recognised by a listed header (found by pattern, fallback word, content or override, or an extra
 * attribute whose header could be mistaken later).
 *
 * @example
 * ```ts
 * import { mappingSpecs } from "@vernetzt/core/io";
 *
 * const table = {
 *   file: "Kooperationen",
 *   kind: "ties" as const,
 *   by: "content" as const,
 *   rows: 3,
 *   columns: [
 *     { header: "Einrichtung A", field: "source", by: "pattern" as const },
 *     { header: "Einrichtung B", field: "target", by: "pattern" as const },
 *     { header: "Jahr", field: "wave", by: "alias" as const },
 *   ],
 * };
 * const specs = mappingSpecs([table]);
 * specs //=> ["Kooperationen=ties", "Kooperationen/Einrichtung A=source", "Kooperationen/Einrichtung B=target"]
 * ```
 */
export function mappingSpecs(tables: readonly TableMapping[]): string[] {
  const specs: string[] = [];
  for (const table of tables) {
    if (table.kind === null || table.fixed) continue;
    if (table.by !== "name" || tableKindOf(table.file) !== table.kind)
      specs.push(`${table.file}=${table.kind}`);
    for (const column of table.columns) {
      if (column.field !== null && column.by !== "alias" && !column.duplicate) {
        specs.push(`${table.file}/${column.header}=${column.field}`);
      } else if (column.field === null && column.by === "override") {
        specs.push(`${table.file}/${column.header}=extra`);
      }
    }
  }
  return specs;
}
