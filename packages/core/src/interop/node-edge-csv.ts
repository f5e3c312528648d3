/**
 * Node-list + edge-list CSV files as networkx, igraph and pandas users write them:
 * - networkx via pandas: `nx.to_pandas_edgelist(G).to_csv("edges.csv")` → `,source,target,weight` (the unnamed
 *   first column is pandas' row index; `Unnamed: 0` once read back by pandas), and a node table from
 *   `pd.DataFrame.from_dict(dict(G.nodes(data=True)), orient="index").to_csv("nodes.csv")` → `,name,…` whose
 *   unnamed index column holds the node ids;
 * - python-igraph: `g.get_vertex_dataframe().to_csv()` → `vertex ID,name,…` and `g.get_edge_dataframe().to_csv()`
 *   → `edge ID,source,target,weight` (source/target are vertex ids); R igraph `as_data_frame(g, "both")` → `name,…`
 *   and `from,to,…`;
 * - hand-written `nodes.csv` with `id`/`name` and `edges.csv` with `source,target[,weight]`.
 *
 * Nodes: the id is the `id`/`node`/`key` column, else the unnamed index column, else `name`; the name is `label`,
 * else `name`, else the id. An igraph vertex table (`vertex ID` and `name`) takes `name` as the id and `label` as the
 * name, and the edges' vertex ids are translated to names. Edges: `source`/`from` and `target`/`to`; a pandas index or igraph `edge ID` column
 * is dropped. Other columns go through vernetzt's alias table or stay attributes. The node file is optional
 * (actors are then the endpoints, as `nx.from_pandas_edgelist`). Ties are undirected unless `directed` is given
 * (networkx `Graph`, igraph `Graph.DataFrame(directed=False)`) or a `directed` column says otherwise.
 */
import { normalizeKey } from "../io/aliases.js";
import type { CsvFieldOptions } from "../io/csv-field.js";
import type { DatasetTables } from "../io/dataset-from-tables.js";
import { datasetToTables } from "../io/dataset-tables.js";
import type { InputFile } from "../io/input-file.js";
import type { LoadResult } from "../io/parse-dataset.js";
import type { Table } from "../io/table.js";
import { cellText } from "../io/values.js";
import type { Dataset } from "../model/types.js";
import { csvText } from "./csv-text.js";
import { expandGephiTimes } from "./gephi-times.js";
import {
  actorsFromTies,
  assignFields,
  checkInteropOptions,
  finishLoad,
  hasColumns,
  type InteropLoadOptions,
  mapColumn,
  missingTable,
  readInteropCsv,
  unexpectedTable,
  withNameColumn,
} from "./interop-tables.js";

/** Headers of an unnamed index column: pandas' `Unnamed: 0` and the empty header (read as `column 1`). */
const INDEX_HEADERS = ["Unnamed: 0", "column 1"].map(normalizeKey);
const ID_HEADERS = ["id", "node", "vertex ID", "key"].map(normalizeKey);

/**
 * Whether a header row is an edge table (`source`/`target` or `from`/`to`).
 *
 * @example
 * ```ts
 * import { isEdgeTableHeader } from "@vernetzt/core/interop";
 *
 * isEdgeTableHeader(["", "source", "target", "weight"]) //=> true
 * isEdgeTableHeader(["from", "to"]) //=> true
 * isEdgeTableHeader(["id", "name"]) //=> false
 * ```
 */
export function isEdgeTableHeader(header: readonly string[]): boolean {
  return hasColumns(header, ["source", "target"]) || hasColumns(header, ["from", "to"]);
}

/**
 * Reads a node file (optional) and an edge file; the edge file is the one with `source`/`target` or
 * `from`/`to` columns.
 *
 * @example
 * ```ts
 * import { parseNodeEdgeCsv } from "@vernetzt/core/interop";
 *
 * // networkx: nx.to_pandas_edgelist(G).to_csv("edges.csv"), nodes via pandas with the ids as index
 * const { dataset } = parseNodeEdgeCsv([
 *   { name: "nodes.csv", data: ",name,district\nkita,Kita Sonnenschein,Nord\njugend,Jugendtreff,Süd" },
 *   { name: "edges.csv", data: ",source,target,weight\n0,kita,jugend,2.0" },
 * ]);
 * dataset?.actors.map((actor) => actor.id) //=> ["kita", "jugend"]
 * dataset?.actors.map((actor) => actor.name) //=> ["Kita Sonnenschein", "Jugendtreff"]
 * dataset?.ties[0]?.weight //=> 2
 * dataset?.directed //=> false
 * ```
 */
export function parseNodeEdgeCsv(files: InputFile[], options: InteropLoadOptions = {}): LoadResult {
  const issues = checkInteropOptions("parseNodeEdgeCsv", options);
  let nodes: Table | null = null;
  let edges: Table | null = null;
  let vertexNames: Map<string, string> | null = null;
  for (const file of files) {
    const table = readInteropCsv("actors", file, issues);
    if (!table) continue;
    if (isEdgeTableHeader(table.header) && !edges) edges = edgeTable(table);
    else if (!nodes) ({ nodes, vertexNames } = nodeTable(table));
    else unexpectedTable(issues, file.name, "nodes, edges");
  }
  if (!edges) return missingTable(issues, "edge file (source, target)", "Kantendatei (source, target)");
  if (vertexNames) {
    const names = vertexNames;
    edges = mapColumn(edges, "source", (cell) => names.get(cellText(cell)) ?? cell);
    edges = mapColumn(edges, "target", (cell) => names.get(cellText(cell)) ?? cell);
  }
  const tables: DatasetTables = { actors: nodes ?? actorsFromTies(edges), ties: edges };
  return finishLoad("dataset", tables, options, false, issues, "keep");
}

function nodeTable(table: Table): { nodes: Table; vertexNames: Map<string, string> | null } {
  const keys = table.header.map(normalizeKey);
  const column = (name: string): number => keys.indexOf(normalizeKey(name));
  // python-igraph's vertex data frame: `vertex ID` is the position the edges refer to, `name` the identifier.
  const vertex = column("vertex ID");
  if (vertex >= 0 && column("name") >= 0) {
    const vertexNames = new Map(
      table.rows.map((row) => [cellText(row.cells[vertex]), cellText(row.cells[column("name")])]),
    );
    const special = { "vertex ID": "ignore", name: "id", label: "name" } as const;
    return { nodes: withNameColumn(assignFields(table, "actors", special)), vertexNames };
  }
  const idColumn = keys.findIndex((key) => ID_HEADERS.includes(key));
  const indexColumn = keys.findIndex((key, i) => i === 0 && INDEX_HEADERS.includes(key));
  const special: Record<string, "id" | "name" | "ignore" | "attribute"> = { name: "name" };
  if (column("name") < 0 || column("label") >= 0) special.label = "name";
  if (column("label") >= 0 && column("name") >= 0) special.name = "attribute";
  if (idColumn >= 0) {
    special[table.header[idColumn]!] = "id";
    if (indexColumn >= 0) special[table.header[indexColumn]!] = "ignore";
  } else if (indexColumn >= 0) {
    special[table.header[indexColumn]!] = "id";
  } else if (column("name") >= 0) {
    special.name = "id";
  }
  return { nodes: withNameColumn(assignFields(table, "actors", special)), vertexNames: null };
}

function edgeTable(table: Table): Table {
  const special: Record<string, "source" | "target" | "ignore"> = {
    source: "source",
    target: "target",
    from: "source",
    to: "target",
    "edge ID": "ignore",
  };
  if (INDEX_HEADERS.includes(normalizeKey(table.header[0] ?? ""))) special[table.header[0]!] = "ignore";
  // Gephi writes this layout too (lower-case headers), with its time notation in the cells
  return expandGephiTimes(assignFields({ ...table, kind: "ties" }, "ties", special));
}

/**
 * The dataset as `nodes.csv` (`id,name,…`) and `edges.csv` (`source,target,weight,wave,directed,…`), `,`, LF,
 * no index column: `pd.read_csv` reads them, `nx.from_pandas_edgelist(edges, edge_attr=True)` and
 * `igraph.Graph.DataFrame(edges, vertices=nodes, use_vids=False)` build the graph.
 *
 * @example
 * ```ts
 * import { datasetToNodeEdgeCsv } from "@vernetzt/core/interop";
 * import { parseDataset } from "@vernetzt/core/io";
 *
 * const { dataset } = await parseDataset([
 *   { name: "actors.csv", data: "id,name\nkita,Kita Sonnenschein\njugend,Jugendtreff" },
 *   { name: "ties.csv", data: "source,target,weight\nkita,jugend,2" },
 * ]);
 * const files = datasetToNodeEdgeCsv(dataset!);
 * files.map((file) => file.name) //=> ["nodes.csv", "edges.csv"]
 * String(files[1]!.data).split(/\r?\n/)[0] //=> "source,target,weight,wave,directed"
 * ```
 */
export function datasetToNodeEdgeCsv(dataset: Dataset, options: CsvFieldOptions = {}): InputFile[] {
  const tables = datasetToTables(dataset);
  return [
    { name: "nodes.csv", data: csvText(tables.actors!.header, tables.actors!.rows, ",", options) },
    { name: "edges.csv", data: csvText(tables.ties!.header, tables.ties!.rows, ",", options) },
  ];
}
