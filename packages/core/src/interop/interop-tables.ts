/**
 * Shared plumbing of the importers of other tools' formats: each one turns the tool's files into the io area's
 * tables (actors, ties) with their columns already assigned to fields, and the io area validates them into a
 * dataset with the same rules and the same report as every other vernetzt input (`io/dataset-from-tables.ts`).
 * So an interop file gets the same row/column-exact issues as a vernetzt CSV.
 */
import { type FieldOf, fieldOf, normalizeKey, type TableKind } from "../io/aliases.js";
import { readCsvTable } from "../io/csv-table.js";
import { type DatasetTables, datasetFromTables } from "../io/dataset-from-tables.js";
import { LoadOptionError } from "../io/errors.js";
import type { InputFile } from "../io/input-file.js";
import type { LoadResult } from "../io/parse-dataset.js";
import type { Cell, Table } from "../io/table.js";
import { IssueCollector, type MessageLang } from "../io/validation-report.js";

/** Options every interop importer takes (the same as `parseDataset`'s). */
export interface InteropLoadOptions {
  /** Treat ties without a direction as directed. Default: the format's own default (see each importer). */
  directed?: boolean;
  /** Language of the report's messages. Default `"en"`. */
  lang?: MessageLang;
  /** Name of the dataset. Default: derived from the file names. */
  name?: string;
}

/** Checks the shared options; throws `LoadOptionError` (a programming error, not bad data). */
export function checkInteropOptions(importer: string, options: InteropLoadOptions): IssueCollector {
  const lang = options.lang ?? "en";
  if (lang !== "de" && lang !== "en") {
    throw new LoadOptionError(
      "lang",
      `vernetzt ${importer}: option lang must be "de" or "en", got "${lang}".`,
    );
  }
  if (options.directed !== undefined && typeof options.directed !== "boolean") {
    throw new LoadOptionError("directed", `vernetzt ${importer}: option directed must be true or false.`);
  }
  return new IssueCollector(lang);
}

/** Reads a CSV file of an interop format (the io area's tolerant reader: delimiter, encoding, quotes). */
export function readInteropCsv(
  kind: TableKind,
  file: InputFile,
  issues: IssueCollector,
  required = true,
): Table | null {
  return readCsvTable(kind, file.name, file.data, issues, required);
}

/**
 * Assigns fields to the columns of a table: first the format's own names (`special`, matched like every
 * vernetzt header, case- and punctuation-insensitively; `"ignore"` drops the column, `"attribute"` keeps it as an
 * extra attribute), then vernetzt's alias table, else an extra attribute.
 */
export function assignFields<K extends TableKind>(
  table: Table,
  kind: K,
  special: Record<string, FieldOf<K> | "ignore" | "attribute">,
): Table {
  const lookup = new Map(Object.entries(special).map(([header, field]) => [normalizeKey(header), field]));
  const fields: (string | null)[] = [];
  const ignored: number[] = [];
  table.header.forEach((header, i) => {
    const own = lookup.get(normalizeKey(header));
    if (own === "ignore") {
      ignored.push(i);
      fields.push(null);
      return;
    }
    fields.push(own === "attribute" ? null : (own ?? fieldOf(kind, header) ?? null));
  });
  if (ignored.length === 0) return { ...table, fields };
  const keep = table.header.map((_, i) => !ignored.includes(i));
  return {
    ...table,
    header: table.header.filter((_, i) => keep[i]),
    fields: fields.filter((_, i) => keep[i]),
    rows: table.rows.map((row) => ({ row: row.row, cells: row.cells.filter((_, i) => keep[i]) })),
  };
}

/** A table of given cells (tools whose files are not CSV tables: edge lists, graph files). */
export function tableOf(
  kind: TableKind,
  file: string,
  header: string[],
  fields: (string | null)[],
  rows: Array<{ row: number | null; cells: Cell[] }>,
): Table {
  return { kind, file, header, fields, rows };
}

/** Maps the cells of one column (e.g. a tool's direction values to vernetzt's yes/no). */
export function mapColumn(table: Table, field: string, map: (cell: Cell) => Cell): Table {
  const index = table.fields?.indexOf(field) ?? -1;
  if (index < 0) return table;
  return {
    ...table,
    rows: table.rows.map((row) => ({
      row: row.row,
      cells: row.cells.map((cell, i) => (i === index ? map(cell) : cell)),
    })),
  };
}

/**
 * Validates the tables into a dataset with the io area's rules, and returns it with the report. `selfLoops`:
 * `"keep"` for the files of graph tools (networkx, igraph, Gephi, graphology), whose loops the measures count as
 * networkx does; `"drop"` (default) for tools people fill in by hand (Kumu, Network Canvas), as for spreadsheets.
 */
export function finishLoad(
  name: string,
  tables: DatasetTables,
  options: InteropLoadOptions,
  defaultDirected: boolean,
  issues: IssueCollector,
  selfLoops: "keep" | "drop" = "drop",
): LoadResult {
  const dataset =
    tables.actors && tables.ties
      ? datasetFromTables(
          options.name ?? name,
          tables,
          { directed: options.directed ?? defaultDirected, selfLoops },
          issues,
        )
      : null;
  return { dataset, report: issues.report() };
}

/**
 * Reports that a layout's required table is missing (FILE_MISSING; `value` in English, `detail` in German)
 * and returns the failed load.
 */
export function missingTable(issues: IssueCollector, value: string, detail: string): LoadResult {
  issues.error("FILE_MISSING", { file: null, row: null, column: null }, { value, detail });
  return { dataset: null, report: issues.report() };
}

/** Warns that `file` is none of the layout's tables (FILE_UNKNOWN), naming the tables it expects. */
export function unexpectedTable(issues: IssueCollector, file: string, expected: string): void {
  issues.warning("FILE_UNKNOWN", { file, row: null, column: null }, { detail: expected });
}

/** A file's base name without folder and extension. */
export function baseName(path: string): string {
  return path.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "");
}

/**
 * An actors table made of the tie endpoints, in order of first appearance (for formats without a node list,
 * as networkx `read_edgelist` and igraph `Read_Ncol` create nodes from the edges).
 */
export function actorsFromTies(ties: Table): Table {
  const source = ties.fields?.indexOf("source") ?? -1;
  const target = ties.fields?.indexOf("target") ?? -1;
  const ids: string[] = [];
  const seen = new Set<string>();
  for (const row of ties.rows) {
    for (const index of [source, target]) {
      const id = index < 0 ? "" : cellString(row.cells[index]);
      if (id !== "" && !seen.has(id)) {
        seen.add(id);
        ids.push(id);
      }
    }
  }
  return tableOf(
    "actors",
    ties.file,
    ["id", "name"],
    ["id", "name"],
    ids.map((id) => ({ row: null, cells: [id, id] })),
  );
}

/** The actors table with a `name` column: a copy of the id where the format has no label column. */
export function withNameColumn(actors: Table): Table {
  const fields = actors.fields ?? [];
  const id = fields.indexOf("id");
  if (fields.includes("name") || id < 0) return actors;
  return {
    ...actors,
    header: [...actors.header, "name"],
    fields: [...fields, "name"],
    rows: actors.rows.map((row) => ({ row: row.row, cells: [...row.cells, row.cells[id]] })),
  };
}

function cellString(cell: Cell): string {
  return cell === null || cell === undefined ? "" : String(cell).trim();
}

/** Whether a header row has every one of these columns (matched case- and punctuation-insensitively). */
export function hasColumns(header: readonly string[], names: readonly string[]): boolean {
  const keys = new Set(header.map(normalizeKey));
  return names.every((name) => keys.has(normalizeKey(name)));
}

/**
 * The default direction for a tool whose ties are directed unless a row says otherwise (Gephi, Kumu): when every
 * row states its direction the default is irrelevant, so `false` keeps an all-undirected dataset undirected.
 */
export function directedUnlessStated(ties: Table): boolean {
  const index = ties.fields?.indexOf("directed") ?? -1;
  return index < 0 || ties.rows.some((row) => cellString(row.cells[index]) === "");
}
