/**
 * The loader: files → a validated dataset, a report of every problem, and what was understood (the mapping).
 *
 * Accepts a set of CSV files, one `.xlsx` workbook, one dataset `.json` document, or one `.gexf`/`.graphml`
 * graph file as written by `datasetToGexf`/`datasetToGraphml`. CSV files and sheets may have any names and
 * columns: `recognizeTables` finds which holds the actors and which the ties (and meetings, attendance,
 * respondents) by name, headers and values; a single edge list is a dataset of its own (its names are the
 * actors). Overrides (`columns`) fix any guess. Never throws for bad input: every problem is an issue in the
 * report, and a bad row never keeps the good ones out.
 */
import type { Dataset } from "../model/types.js";
import { REQUIRED_TABLES, TABLE_NAME_ALIASES, tableKindOf } from "./aliases.js";
import { readCsvSource } from "./csv-table.js";
import { type DatasetTables, datasetFromTables } from "./dataset-from-tables.js";
import { readJsonTables } from "./dataset-json.js";
import { decodeText } from "./decode-text.js";
import { endpointColumns, endpointsAreCodes } from "./edge-list-actors.js";
import { LoadOptionError } from "./errors.js";
import { readGraphTables } from "./graph-tables.js";
import {
  arrayBufferOf,
  DEFAULT_MAX_FILE_BYTES,
  extensionOf,
  fileSizeLimit,
  formatBytes,
  type InputFile,
  sizeOf,
} from "./input-file.js";
import { type DatasetMapping, parseMappingSpecs, type TableMapping } from "./mapping.js";
import type { Table } from "./table.js";
import { recognizeTables, type SourceTable, unknownTable } from "./table-recognition.js";
import { IssueCollector, type MessageLang, type ValidationReport } from "./validation-report.js";
import { DEFAULT_XLSX_LIMITS } from "./xlsx-limits.js";
import { readXlsxSources } from "./xlsx-tables.js";

export interface LoadOptions {
  /** Treat ties without a `directed` value as directed ("A names B"). Default `false`. */
  directed?: boolean;
  /** Language of the report's messages. Default `"en"`. */
  lang?: MessageLang;
  /** Name of the dataset. Default: the workbook/JSON file name without extension, else `"dataset"`. */
  name?: string;
  /**
   * Largest file size in bytes that is read; a larger file is reported as FILE_TOO_LARGE (error) and left out.
   * Default `DEFAULT_MAX_FILE_BYTES` (100 MiB); `Infinity` reads everything. For a string, its length counts.
   * `.xlsx`, `.gexf` and `.graphml` files may be a tenth of it (`fileSizeLimit`): they need more memory.
   */
  maxFileBytes?: number;
  /**
   * Overrides of the guessed mapping, one per line: `TABLE=KIND`, `TABLE/COLUMN=FIELD` or `COLUMN=FIELD`
   * (see `mapping.ts`; `mappingSpecs` writes the lines of a mapping). Default none. A line that names no
   * table, column or field of the files throws `LoadOptionError`.
   */
  columns?: readonly string[];
  /**
   * Whether a dataset needs a ties table. Default `true`; `false` accepts an actor list alone (before the first
   * survey there are no ties: `vernetzt survey make`), whose one wave is `DEFAULT_WAVE`.
   */
  requireTies?: boolean;
}

export const DEFAULT_LOAD_OPTIONS: Required<Omit<LoadOptions, "name">> = {
  directed: false,
  lang: "en",
  maxFileBytes: DEFAULT_MAX_FILE_BYTES,
  columns: [],
  requireTies: true,
};

export interface LoadResult {
  /** The dataset; null only when errors make it unusable (rows with errors are left out and reported). */
  dataset: Dataset | null;
  report: ValidationReport;
  /** What was understood: which file is which table, which column which field, names resolved, repairs. */
  mapping?: DatasetMapping;
}

const CSV_EXTENSIONS = ["csv", "tsv", "txt"];

/**
 * Loads a dataset from files; see the module comment for what is accepted.
 *
 * @example
 * ```ts
 * import { parseDataset } from "@vernetzt/core/io";
 *
 * const { dataset, report } = await parseDataset(
 *   [
 *     {
 *       name: "akteure.csv",
 *       data: "ID;Name;Art\nkita;Kita Sonnenschein;Einrichtung\nbuero;Quartiersbüro;Einrichtung",
 *     },
 *     { name: "beziehungen.csv", data: "Von;Zu;Gewicht\nkita;buero;2\nkita;schule;1" },
 *   ],
 *   { lang: "de" },
 * );
 * report.ok //=> false
 * const where = report.issues.map((issue) => `${issue.file}:${issue.row} ${issue.code}`);
 * where //=> ["beziehungen.csv:3 TIE_UNKNOWN_ACTOR"]
 * dataset?.actors[0]?.kind //=> "organisation"
 * dataset?.ties.length //=> 1
 * ```
 */
export async function parseDataset(allFiles: InputFile[], options: LoadOptions = {}): Promise<LoadResult> {
  const lang = options.lang ?? DEFAULT_LOAD_OPTIONS.lang;
  if (lang !== "de" && lang !== "en") {
    throw new LoadOptionError(
      "lang",
      `vernetzt parseDataset: option lang must be "de" or "en", got "${lang}".`,
    );
  }
  if (options.directed !== undefined && typeof options.directed !== "boolean") {
    throw new LoadOptionError("directed", "vernetzt parseDataset: option directed must be true or false.");
  }
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_LOAD_OPTIONS.maxFileBytes;
  if (typeof maxFileBytes !== "number" || Number.isNaN(maxFileBytes) || maxFileBytes <= 0) {
    throw new LoadOptionError(
      "maxFileBytes",
      `vernetzt parseDataset: option maxFileBytes must be a number of bytes greater than 0, got ${maxFileBytes}.`,
    );
  }
  const overrides = parseMappingSpecs(options.columns ?? DEFAULT_LOAD_OPTIONS.columns);
  const issues = new IssueCollector(lang);
  const files = withinSizeLimit(allFiles, maxFileBytes, issues);
  const single = singleDocument(files);
  const extension = single ? extensionOf(single.name) : "";
  let tables: DatasetTables | null = null;
  let tableMapping: TableMapping[] = [];
  let name = single && !CSV_EXTENSIONS.includes(extension) ? baseName(single.name) : "dataset";
  let directed = options.directed ?? DEFAULT_LOAD_OPTIONS.directed;
  let sources: SourceTable[] | null = null;
  // the loops of a GEXF or GraphML file are the graph's (degree, strength, PageRank count them); a table's are slips
  let selfLoops: "keep" | "drop" = "drop";
  if (files.length === 0 && allFiles.length > 0) {
    tables = null; // every file was too large: reported already
  } else if (single && (extension === "xlsx" || extension === "ods")) {
    // The unpacked-size limit (xlsx-limits.ts) grows with maxFileBytes: raising one limit raises all.
    const scale = maxFileBytes / DEFAULT_MAX_FILE_BYTES;
    const limits = { maxUnpackedBytes: DEFAULT_XLSX_LIMITS.maxUnpackedBytes * scale };
    sources = await readXlsxSources(single.name, arrayBufferOf(single.data), issues, limits, extension);
  } else if (single && DOCUMENT_EXTENSIONS.includes(extension)) {
    const decoded = decodeText(single.data);
    if (!decoded.ok) {
      issues.error("FILE_ENCODING", { file: single.name, row: null, column: null });
    } else if (extension === "json") {
      const read = readJsonTables(single.name, decoded.text, issues);
      tables = read?.tables ?? null;
      if (read?.name) name = read.name;
      if (read?.directed && options.directed === undefined) directed = true;
    } else {
      tables = readGraphTables(single.name, decoded.text, extension as "gexf" | "graphml", issues);
      selfLoops = "keep";
    }
    if (tables) tableMapping = mappingOfGiven(tables);
  } else {
    sources = readCsvSources(files, issues);
  }
  if (sources) {
    const recognized = recognizeTables(sources, overrides, issues);
    tables = recognized.tables;
    tableMapping = recognized.mapping;
  }
  let actorsFromTies = false;
  if (tables) {
    const requireTies = options.requireTies ?? DEFAULT_LOAD_OPTIONS.requireTies;
    for (const kind of REQUIRED_TABLES.filter((kind) => requireTies || kind !== "ties")) {
      const unreadable = issues.issues.some(
        (i) =>
          (i.code === "FILE_EMPTY" || i.code === "FILE_ENCODING" || i.code === "FILE_TOO_LARGE") &&
          i.file &&
          tableKindOf(i.file) === kind,
      );
      if (
        kind === "actors" &&
        !tables.actors &&
        !unreadable &&
        tables.ties &&
        !endpointsAreCodes(tables.ties)
      ) {
        actorsFromTies = true; // a single edge list: its names are the actors
        continue;
      }
      if (!tables[kind] && !unreadable) {
        issues.error(
          "FILE_MISSING",
          { file: null, row: null, column: null },
          {
            value: `${TABLE_NAME_ALIASES[kind][0]}.csv`,
            detail: `${TABLE_NAME_ALIASES[kind][1]}.csv`,
          },
        );
        // an actor list alone (a roster written for Network Canvas, a list before the first survey): say so (#17)
        if (kind === "ties" && tables.actors) {
          const { file, rows } = tables.actors;
          issues.warning(
            "ACTORS_ONLY",
            { file, row: null, column: null },
            { value: file, detail: String(rows.length) },
          );
        }
      }
    }
  }
  if (actorsFromTies && tables?.ties) markEndpointColumns(tableMapping, tables.ties);
  const tiesOptional = options.requireTies === false;
  const dataset =
    tables && (tables.actors || actorsFromTies) && (tables.ties || tiesOptional)
      ? datasetFromTables(options.name ?? name, tables, { directed, tiesOptional, selfLoops }, issues)
      : null;
  const report = issues.report();
  const waveColumn = report.issues.find((issue) => issue.code === "WAVE_FROM_DATE");
  const mapping: DatasetMapping = {
    tables: tableMapping,
    actorsFromTies: actorsFromTies && dataset !== null,
    names: { ...issues.names },
    repairs: issues.repairs.map((repair) => ({ ...repair })),
  };
  if (waveColumn?.file && waveColumn.column)
    mapping.waveFromDate = { file: waveColumn.file, column: waveColumn.column };
  return { dataset, report, mapping };
}

/** In a single edge list, the columns that describe an end's actor are `source.FIELD` / `target.FIELD`. */
function markEndpointColumns(mapping: TableMapping[], ties: Table): void {
  const table = mapping.find((t) => t.file === ties.file && t.kind === "ties");
  if (!table) return;
  for (const { index, of, field } of endpointColumns(ties.header, ties.fields ?? [])) {
    const column = table.columns[index];
    if (column && column.field === null)
      table.columns[index] = { ...column, field: `${of}.${field}`, by: "pattern" };
  }
}

/** The mapping of tables whose fields the format gives (JSON documents, graph files). */
function mappingOfGiven(tables: DatasetTables): TableMapping[] {
  return Object.values(tables).map((table) => ({
    file: table.file,
    kind: table.kind,
    by: "name" as const,
    fixed: true,
    rows: table.rows.length,
    columns: table.header.map((header, i) => {
      const field = table.fields?.[i] ?? null;
      return { header, field, by: field === null ? null : ("alias" as const) };
    }),
  }));
}

/**
 * The files within the size limit; each larger one is reported (FILE_TOO_LARGE) and left out unread. A file a
 * reader left unread (`byteLength` given) is reported whatever this limit is: it is never taken as empty.
 */
function withinSizeLimit(files: InputFile[], maxFileBytes: number, issues: IssueCollector): InputFile[] {
  return files.filter((file) => {
    const size = sizeOf(file);
    const limit = fileSizeLimit(file.name, maxFileBytes);
    if (size <= limit && file.byteLength === undefined) return true;
    issues.error(
      "FILE_TOO_LARGE",
      { file: file.name, row: null, column: null },
      { value: formatBytes(size), detail: formatBytes(limit) },
    );
    return false;
  });
}

/** Every CSV file as a table (a file that cannot be read is reported: an error when its name says it is required). */
function readCsvSources(files: InputFile[], issues: IssueCollector): SourceTable[] {
  const sources: SourceTable[] = [];
  for (const file of files) {
    const extension = extensionOf(file.name);
    if (!CSV_EXTENSIONS.includes(extension)) {
      if (extension === "xlsx" || extension === "ods") unknownTable(file.name, issues);
      continue;
    }
    const kind = tableKindOf(file.name);
    const source = readCsvSource(
      file.name,
      file.data,
      issues,
      kind !== undefined && REQUIRED_TABLES.includes(kind),
    );
    if (source) sources.push(source);
  }
  return sources;
}

const DOCUMENT_EXTENSIONS = ["xlsx", "ods", "json", "gexf", "graphml"];

/**
 * The one file that holds the whole dataset: the only file given, or — in a folder without any CSV table — its
 * only workbook, JSON or graph file (so a folder holding just `netz.xlsx` loads like the workbook itself).
 */
function singleDocument(files: InputFile[]): InputFile | undefined {
  if (files.length === 1) return files[0];
  if (files.some((file) => CSV_EXTENSIONS.includes(extensionOf(file.name)) && tableKindOf(file.name)))
    return undefined;
  const documents = files.filter((file) => DOCUMENT_EXTENSIONS.includes(extensionOf(file.name)));
  return documents.length === 1 ? documents[0] : undefined;
}

function baseName(path: string): string {
  return path.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "");
}
