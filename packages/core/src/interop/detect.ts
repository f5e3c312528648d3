/**
 * Which tool's format a set of files is in, and one entry point that reads any of them.
 *
 * Detection looks at file names, the header row (however long), XLSX sheet names, the keys of a JSON document
 * and the declarations of a GraphML file — the whole file, never only its first kilobytes — and leaves
 * vernetzt's own datasets alone: files named like a vernetzt table (`actors.csv`, `akteure.csv`, …), a vernetzt
 * dataset `.json` and a `.gexf` or plain `.graphml` file are not claimed (`parseDataset` reads those).
 */
import { tableKindOf } from "../io/aliases.js";
import { detectDelimiter } from "../io/csv-table.js";
import { DATASET_JSON_FORMAT } from "../io/dataset-json.js";
import { decodeText } from "../io/decode-text.js";
import { LoadOptionError } from "../io/errors.js";
import { arrayBufferOf, extensionOf, type InputFile } from "../io/input-file.js";
import { parseJsonText } from "../io/json-text.js";
import type { LoadResult } from "../io/parse-dataset.js";
import { IssueCollector } from "../io/validation-report.js";
import { readXlsxSheets } from "../io/xlsx-sheets.js";
import { parseEdgeList } from "./edge-list.js";
import { isGephiEdgeHeader, parseGephiSpreadsheet } from "./gephi-spreadsheet.js";
import { isGraphologySerialization, parseGraphologyJson } from "./graphology-json.js";
import { hasColumns, type InteropLoadOptions } from "./interop-tables.js";
import { isKumuConnectionsHeader, parseKumu } from "./kumu.js";
import { isNetworkCanvasHeader, parseNetworkCanvas } from "./network-canvas.js";
import { isEdgeTableHeader, parseNodeEdgeCsv } from "./node-edge-csv.js";

/** The formats of other tools that vernetzt reads (and, except Network Canvas, writes). */
export const INTEROP_FORMATS = [
  "node-edge-csv",
  "edge-list",
  "kumu",
  "network-canvas",
  "gephi-spreadsheet",
  "graphology",
] as const;
export type InteropFormat = (typeof INTEROP_FORMATS)[number];

/** Extensions of whitespace edge lists (networkx `.edgelist`, igraph/LGL `.ncol`). */
const EDGE_LIST_EXTENSIONS = ["edgelist", "edges", "ncol", "el"];

/**
 * The format of the files, or undefined when they are a vernetzt dataset or no known tool's format.
 *
 * @example
 * ```ts
 * import { detectInteropFormat } from "@vernetzt/core/interop";
 *
 * await detectInteropFormat([{ name: "karate.edgelist", data: "1 2\n1 3\n" }]) //=> "edge-list"
 * const pandas = { name: "edges.csv", data: ",source,target,weight\n0,a,b,1\n" };
 * await detectInteropFormat([pandas]) //=> "node-edge-csv"
 * await detectInteropFormat([{ name: "akteure.csv", data: "ID,Name\na,Alpha\n" }]) //=> undefined
 * ```
 */
export async function detectInteropFormat(files: InputFile[]): Promise<InteropFormat | undefined> {
  if (files.length === 0 || files.some((f) => isVernetztTable(f.name))) return undefined;
  const graphml = files.filter((f) => extensionOf(f.name) === "graphml");
  if (graphml.length > 0 && graphml.every((f) => isNetworkCanvasGraphml(textOf(f)))) return "network-canvas";
  if (files.length === 1 && EDGE_LIST_EXTENSIONS.includes(extensionOf(files[0]!.name))) return "edge-list";
  const json = files.find((f) => extensionOf(f.name) === "json");
  if (json) return jsonFormatOf(json);
  const xlsx = files.find((f) => extensionOf(f.name) === "xlsx");
  if (xlsx) {
    const sheets = await readXlsxSheets(xlsx.name, arrayBufferOf(xlsx.data), new IssueCollector());
    const names = (sheets ?? []).map((s) => s.name.toLowerCase());
    return names.includes("elements") && names.includes("connections") ? "kumu" : undefined;
  }
  const headers = files.map(headerOf);
  if (headers.some((h) => h && isNetworkCanvasHeader(h))) return "network-canvas";
  if (headers.some((h) => h && isKumuConnectionsHeader(h) && /^from$/i.test(h[0] ?? ""))) return "kumu";
  if (files.some((f, i) => headers[i] && isGephiEdgeHeader(headers[i]!) && isGephiTable(headers[i]!, f)))
    return "gephi-spreadsheet";
  if (headers.some((h) => h && (isEdgeTableHeader(h) || hasColumns(h, ["source", "target"]))))
    return "node-edge-csv";
  if (files.length === 1 && looksLikeEdgeList(files[0]!)) return "edge-list";
  return undefined;
}

/** Options of `parseInterop`. */
export interface InteropOptions extends InteropLoadOptions {
  /** The format; default: detected by `detectInteropFormat`. */
  format?: InteropFormat;
}

/**
 * Reads files in any supported tool's format into a dataset and its validation report (the same
 * `LoadResult` as `parseDataset`). Reports FILE_FORMAT when no format is given and none is recognised.
 *
 * @example
 * ```ts
 * import { parseInterop } from "@vernetzt/core/interop";
 *
 * const { dataset, report } = await parseInterop([
 *   { name: "nodes.csv", data: "Id;Label;district\nkita;Kita Sonnenschein;Nord\njugend;Jugendtreff;Süd" },
 *   { name: "edges.csv", data: "Source;Target;Type;Weight\nkita;jugend;Undirected;2" },
 * ]);
 * report.ok //=> true
 * dataset?.actors.map((actor) => actor.district) //=> ["Nord", "Süd"]
 * dataset?.ties[0]?.weight //=> 2
 * ```
 */
export async function parseInterop(files: InputFile[], options: InteropOptions = {}): Promise<LoadResult> {
  const { format: given, ...load } = options;
  if (given !== undefined && !INTEROP_FORMATS.includes(given)) {
    throw new LoadOptionError(
      "format",
      `vernetzt parseInterop: option format must be one of ${INTEROP_FORMATS.join(", ")}, got "${given}".`,
    );
  }
  const format = given ?? (await detectInteropFormat(files));
  switch (format) {
    case "node-edge-csv":
      return parseNodeEdgeCsv(files, load);
    case "edge-list":
      return parseEdgeList(files[0] ?? { name: "", data: "" }, load);
    case "kumu":
      return parseKumu(files, load);
    case "network-canvas":
      return parseNetworkCanvas(files, load);
    case "gephi-spreadsheet":
      return parseGephiSpreadsheet(files, load);
    case "graphology":
      return parseGraphologyJson(files[0] ?? { name: "", data: "" }, load);
    case undefined: {
      const issues = new IssueCollector(load.lang ?? "en");
      issues.error(
        "FILE_FORMAT",
        { file: files[0]?.name ?? null, row: null, column: null },
        {
          value: issues.lang === "de" ? "Format nicht erkannt" : "format not recognised",
          detail: INTEROP_FORMATS.join(", "),
        },
      );
      return { dataset: null, report: issues.report() };
    }
  }
}

function isVernetztTable(name: string): boolean {
  const kind = tableKindOf(name);
  return kind !== undefined && kind !== "ties";
}

/** Decoded text per file object, so that detection and the reader decode a file once. */
const TEXTS = new WeakMap<InputFile, string>();

/** The whole text of a file ("" when it is not text). */
function textOf(file: InputFile): string {
  let text = TEXTS.get(file);
  if (text === undefined) {
    const decoded = decodeText(file.data);
    text = decoded.ok ? decoded.text : "";
    TEXTS.set(file, text);
  }
  return text;
}

/** Network Canvas declares its own keys (`networkCanvasUUID`, …) and namespace, wherever they are in the file. */
function isNetworkCanvasGraphml(text: string): boolean {
  return (
    /\battr\.name\s*=\s*["']networkCanvas(UUID|Type)["']/.test(text) ||
    text.includes("schema.networkcanvas.com")
  );
}

/**
 * Kumu (a blueprint or a project: `elements`, optionally `connections`) or graphology's serialisation
 * (`nodes` with a `key` each, optionally `edges`, `options`, `attributes`: `graph.export()`, sigma's examples);
 * undefined for vernetzt's dataset JSON and anything else (`parseDataset` reports what is wrong).
 */
function jsonFormatOf(file: InputFile): InteropFormat | undefined {
  const parsed = parseJsonText(textOf(file));
  if (!parsed.ok) return undefined;
  const document = parsed.value;
  if (!document || typeof document !== "object" || Array.isArray(document)) return undefined;
  const keys = document as Record<string, unknown>;
  if (keys.format === DATASET_JSON_FORMAT) return undefined;
  if (Array.isArray(keys.elements)) return "kumu";
  if (isGraphologySerialization(keys)) return "graphology";
  return undefined;
}

/** The first line of a CSV, TSV or text file, split into trimmed cells (null for other files). */
function headerOf(file: InputFile): string[] | null {
  if (!["csv", "tsv", "txt"].includes(extensionOf(file.name))) return null;
  const text = textOf(file);
  const line = /^[ \t]*\S[^\r\n]*/m.exec(text)?.[0];
  if (!line) return null;
  return line.split(detectDelimiter(line)).map((cell) => cell.trim().replace(/^"(.*)"$/, "$1"));
}

/**
 * Gephi's edge table rather than networkx's: Gephi capitalises `Source` and `Target` when it writes, and its
 * importer also reads them in lower case, where an edge `Kind` column or a value in Gephi's time notation
 * (`<[1, 2, 0.5]>`) tells it apart.
 */
function isGephiTable(header: readonly string[], file: InputFile): boolean {
  return header.includes("Source") || hasColumns(header, ["Kind"]) || textOf(file).includes("<[");
}

/** How many lines `looksLikeEdgeList` reads: enough to tell, however long the lines are. */
const SNIFF_LINES = 100;

function looksLikeEdgeList(file: InputFile): boolean {
  const lines: string[] = [];
  for (const raw of textOf(file).split(/\r?\n/, 10 * SNIFF_LINES)) {
    const line = raw.replace(/#.*$/, "").trim();
    if (line !== "") lines.push(line);
    if (lines.length === SNIFF_LINES) break;
  }
  return lines.length > 0 && lines.every((l) => /^[^\s,;]+\s+[^\s,;]+(\s+(-?[\d.eE+-]+|\{.*\}))?$/.test(l));
}
