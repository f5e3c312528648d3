/**
 * Whitespace-separated edge lists, one edge per line, as networkx and igraph read and write them:
 * - networkx `write_edgelist(G, path)` (data=True): `a b {'weight': 2, 'type': 'Kooperation'}` (a Python dict
 *   literal), `data=False`: `a b`, `data=["weight"]` and `write_weighted_edgelist`: `a b 2`;
 *   `read_edgelist`/`read_weighted_edgelist` read them back (comments from `#`, nodes as strings by default);
 * - igraph NCOL (`Graph.Read_Ncol`/`write_ncol`, also the LGL program's format): `a b [weight]`, symbolic names.
 *
 * Node names cannot contain whitespace; the actors are the endpoints in order of first appearance (isolates
 * cannot be represented, as the networkx docs say). Numbers in the dict (`weight`) and a third numeric column
 * are the weight; every other dict key goes through vernetzt's alias table (`type`, `wave`, `date`, `directed`, …)
 * or becomes an attribute. Undirected unless `directed` is set (networkx `create_using=nx.DiGraph`).
 * Problems are reported with the line number as the row (no header, so line 1 = row 1) and column `source`,
 * `target`, `weight` or `data`.
 */
import { fieldOf } from "../io/aliases.js";
import { datasetToTables } from "../io/dataset-tables.js";
import { decodeText } from "../io/decode-text.js";
import type { InputFile } from "../io/input-file.js";
import type { LoadResult } from "../io/parse-dataset.js";
import type { Cell } from "../io/table.js";
import { setOwn } from "../model/member-names.js";
import type { Dataset } from "../model/types.js";
import { InteropExportError } from "./errors.js";
import {
  actorsFromTies,
  baseName,
  checkInteropOptions,
  finishLoad,
  type InteropLoadOptions,
  tableOf,
} from "./interop-tables.js";
import { parsePythonDict, pythonDictLiteral } from "./python-literal.js";

/**
 * Reads one edge list file (`.edgelist`, `.txt`, `.ncol`).
 *
 * @example
 * ```ts
 * import { parseEdgeList } from "@vernetzt/core/interop";
 *
 * const text =
 *   "# written by networkx write_edgelist\nkita jugend {'weight': 2, 'type': 'Kooperation'}\njugend sport\n";
 * const { dataset } = parseEdgeList({ name: "netz.edgelist", data: text });
 * dataset?.actors.map((actor) => actor.id) //=> ["kita", "jugend", "sport"]
 * dataset?.ties.map((tie) => [tie.weight, tie.type ?? null]) //=> [[2, "Kooperation"], [1, null]]
 * ```
 */
export function parseEdgeList(file: InputFile, options: InteropLoadOptions = {}): LoadResult {
  const issues = checkInteropOptions("parseEdgeList", options);
  const decoded = decodeText(file.data);
  if (!decoded.ok) {
    issues.error("FILE_ENCODING", { file: file.name, row: null, column: null });
    return { dataset: null, report: issues.report() };
  }
  const header = ["source", "target", "weight"];
  const records: Array<{ row: number; values: Record<string, Cell> }> = [];
  decoded.text.split(/\r\n|\n|\r/).forEach((raw, index) => {
    const row = index + 1;
    const line = raw.replace(/#.*$/, "").trim();
    if (line === "") return;
    const match = /^(\S+)\s+(\S+)\s*(.*)$/.exec(line);
    if (!match) {
      issues.error("TIE_ENDPOINT_EMPTY", { file: file.name, row, column: "target" });
      return;
    }
    const values: Record<string, Cell> = { source: match[1]!, target: match[2]! };
    const rest = match[3]!.trim();
    if (rest.startsWith("{")) {
      const data = parsePythonDict(rest);
      if (!data) {
        issues.error(
          "FILE_FORMAT",
          { file: file.name, row, column: "data" },
          { value: rest, detail: "{'key': value}" },
        );
        return;
      }
      // A dict key `source`/`target` must not replace the endpoints: it is kept as `data source`/`data target`.
      for (const [key, value] of Object.entries(data))
        setOwn(values, key === "source" || key === "target" ? `data ${key}` : key, value);
    } else if (rest !== "") {
      const fields = rest.split(/\s+/);
      if (fields.length > 1) {
        issues.error(
          "ROW_TOO_MANY_FIELDS",
          { file: file.name, row, column: null },
          { value: String(fields.length + 2), detail: "3" },
        );
        return;
      }
      values.weight = fields[0]!;
    }
    for (const key of Object.keys(values)) if (!header.includes(key)) header.push(key);
    records.push({ row, values });
  });
  const fields = header.map((h, i) => (i < 3 ? h : (fieldOf("ties", h) ?? null)));
  const ties = tableOf(
    "ties",
    file.name,
    header,
    fields,
    records.map(({ row, values }) => ({ row, cells: header.map((h) => values[h]) })),
  );
  return finishLoad(
    baseName(file.name),
    { actors: actorsFromTies(ties), ties },
    options,
    false,
    issues,
    "keep",
  );
}

/** What `datasetToEdgeList` writes after the two endpoints. */
export type EdgeListData = "dict" | "weight" | "none";

/** Options of `datasetToEdgeList`. */
export interface EdgeListExportOptions {
  /**
   * `"dict"` (default): networkx `write_edgelist(G, data=True)` — `a b {'weight': 2, …}` with weight, type, wave,
   * date, directed and attributes; `"weight"`: `a b 2` (networkx `write_weighted_edgelist`, igraph NCOL);
   * `"none"`: `a b`.
   */
  data?: EdgeListData;
}

export const DEFAULT_EDGE_LIST_EXPORT_OPTIONS: Required<EdgeListExportOptions> = { data: "dict" };

/**
 * The actor ids an edge list cannot hold: empty, or with whitespace (the format separates by whitespace), in
 * input order. A pseudonym (`Person 1`) is one of them. Callers check this first to say what to do
 * (`vernetzt export` does) instead of catching the error of `datasetToEdgeList`.
 *
 * @example
 * ```ts
 * import { edgeListUnwritableIds } from "@vernetzt/core/interop";
 * import { parseDataset } from "@vernetzt/core/io";
 *
 * const { dataset } = await parseDataset([
 *   { name: "actors.csv", data: "id,name\nKita Nord,Kita Nord\njugend,Jugendtreff" },
 *   { name: "ties.csv", data: "source,target\nKita Nord,jugend" },
 * ]);
 * edgeListUnwritableIds(dataset!) //=> ["Kita Nord"]
 * ```
 */
export function edgeListUnwritableIds(dataset: Dataset): string[] {
  return dataset.actors.filter((actor) => actor.id === "" || /\s/.test(actor.id)).map((actor) => actor.id);
}

/**
 * The ties of the dataset as an edge list (LF line ends). Throws `InteropExportError` when an actor id contains
 * whitespace (the format cannot hold it; `edgeListUnwritableIds` lists them). Actors without ties and actor attributes are not written.
 *
 * @example
 * ```ts
 * import { datasetToEdgeList } from "@vernetzt/core/interop";
 * import { parseDataset } from "@vernetzt/core/io";
 *
 * const { dataset } = await parseDataset([
 *   { name: "actors.csv", data: "id,name\nkita,Kita Sonnenschein\njugend,Jugendtreff" },
 *   { name: "ties.csv", data: "source,target,weight,type\nkita,jugend,2,Kooperation" },
 * ]);
 * datasetToEdgeList(dataset!, { data: "weight" }) //=> "kita jugend 2\n"
 * const dict = datasetToEdgeList(dataset!);
 * dict //=> "kita jugend {'weight': 2, 'type': 'Kooperation', 'wave': '1', 'directed': 'no'}\n"
 * ```
 */
export function datasetToEdgeList(dataset: Dataset, options: EdgeListExportOptions = {}): string {
  const { data } = { ...DEFAULT_EDGE_LIST_EXPORT_OPTIONS, ...options };
  if (!["dict", "weight", "none"].includes(data)) {
    throw new InteropExportError(
      "data",
      `vernetzt/interop: datasetToEdgeList option data must be "dict", "weight" or "none", got "${data}".`,
    );
  }
  const [unwritable] = edgeListUnwritableIds(dataset);
  if (unwritable !== undefined) {
    throw new InteropExportError(
      "id",
      `vernetzt/interop: actor id "${unwritable}" is empty or contains a space, which an edge list cannot hold; give the actor an id without spaces, or export to node/edge CSV instead.`,
    );
  }
  const ties = datasetToTables(dataset).ties!;
  const lines = ties.rows.map((row) => {
    const [source, target] = row;
    if (data === "none") return `${source} ${target}`;
    if (data === "weight") return `${source} ${target} ${row[ties.header.indexOf("weight")]}`;
    const entries: Array<[string, string | number]> = [];
    ties.header.forEach((header, i) => {
      if (i < 2 || row[i] === "") return;
      entries.push([header, header === "weight" ? Number(row[i]) : row[i]!]);
    });
    return `${source} ${target} ${pythonDictLiteral(entries)}`;
  });
  return lines.length === 0 ? "" : `${lines.join("\n")}\n`;
}
