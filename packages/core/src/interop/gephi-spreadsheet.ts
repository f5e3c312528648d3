/**
 * Gephi's spreadsheet layout ("Import spreadsheet" in the Data Laboratory, File > Import spreadsheet since
 * Gephi 0.9.2): a nodes table with the columns `Id` (required) and `Label`, and an edges table with `Source`,
 * `Target` (required), `Type` (`Directed`, `Undirected` or `Mixed`), `Weight`, `Id`, `Label`, `Kind` (edge kind,
 * 0.9.2+); every other column is an attribute. Delimiter `,` or `;` (Gephi's examples use `;`).
 * Layout: https://gephi.org/users/supported-graph-formats/spreadsheet/ (see `docs/interop.md`).
 *
 * Mapping: `Id` → actor id, `Label` → name (the id when empty), `Type` → tie direction, `Weight` → weight,
 * `Kind` → tie type; other columns go through vernetzt's alias table (so `district`, `sector`, `wave`, … are
 * understood) or are kept as attributes. The edge `Id` is dropped. Edges whose `Type` is missing, empty or `Mixed`
 * are directed — Gephi's format page says "by default graphs imported from CSV are directed" (the user can
 * choose otherwise in Gephi's import report); `directed: false` is that choice here.
 * GEXF, Gephi's own file format, is read and written by the io area (`parseDataset`, `datasetToGexf`).
 */

import type { CsvFieldOptions } from "../io/csv-field.js";
import type { DatasetTables } from "../io/dataset-from-tables.js";
import { datasetToTables } from "../io/dataset-tables.js";
import type { InputFile } from "../io/input-file.js";
import type { LoadResult } from "../io/parse-dataset.js";
import type { Table } from "../io/table.js";
import { cellText } from "../io/values.js";
import type { Dataset } from "../model/types.js";
import { csvText, renameColumns } from "./csv-text.js";
import { expandGephiTimes } from "./gephi-times.js";
import {
  actorsFromTies,
  assignFields,
  checkInteropOptions,
  directedUnlessStated,
  finishLoad,
  hasColumns,
  type InteropLoadOptions,
  mapColumn,
  missingTable,
  readInteropCsv,
  unexpectedTable,
  withNameColumn,
} from "./interop-tables.js";

const NODE_COLUMNS = { Id: "id", Label: "name" } as const;
const EDGE_COLUMNS = {
  Source: "source",
  Target: "target",
  Type: "directed",
  Weight: "weight",
  Kind: "type",
  Id: "ignore",
} as const;

/** Gephi's direction values → vernetzt's yes/no (`Mixed` and empty: the default direction). */
function directionOf(cell: unknown): string {
  const text = cellText(cell as never).toLowerCase();
  if (text === "directed") return "yes";
  if (text === "undirected") return "no";
  return text === "mixed" ? "" : cellText(cell as never);
}

/**
 * Whether a CSV header row is Gephi's edges table (has `Source` and `Target`).
 *
 * @example
 * ```ts
 * import { isGephiEdgeHeader } from "@vernetzt/core/interop";
 *
 * isGephiEdgeHeader(["Source", "Target", "Type", "Weight"]) //=> true
 * isGephiEdgeHeader(["Id", "Label"]) //=> false
 * ```
 */
export function isGephiEdgeHeader(header: readonly string[]): boolean {
  return hasColumns(header, ["Source", "Target"]);
}

/**
 * Reads Gephi's nodes and edges tables (one or two CSV files; the edges table is recognised by its `Source` and
 * `Target` columns, the nodes table by `Id`). Without a nodes table the actors are the edges' endpoints.
 *
 * @example
 * ```ts
 * import { parseGephiSpreadsheet } from "@vernetzt/core/interop";
 *
 * const { dataset } = parseGephiSpreadsheet([
 *   { name: "nodes.csv", data: "Id;Label\nkita;Kita Sonnenschein\njugend;Jugendtreff" },
 *   { name: "edges.csv", data: "Source;Target;Weight\nkita;jugend;3" },
 * ]);
 * dataset?.actors.map((actor) => actor.name) //=> ["Kita Sonnenschein", "Jugendtreff"]
 * dataset?.directed //=> true
 * ```
 */
export function parseGephiSpreadsheet(files: InputFile[], options: InteropLoadOptions = {}): LoadResult {
  const issues = checkInteropOptions("parseGephiSpreadsheet", options);
  let nodes: Table | null = null;
  let edges: Table | null = null;
  for (const file of files) {
    const table = readInteropCsv("actors", file, issues);
    if (!table) continue;
    if (isGephiEdgeHeader(table.header) && !edges) {
      edges = mapColumn(
        assignFields({ ...table, kind: "ties" }, "ties", EDGE_COLUMNS),
        "directed",
        directionOf,
      );
    } else if (!nodes) {
      nodes = withNameColumn(assignFields(table, "actors", NODE_COLUMNS));
    } else {
      unexpectedTable(issues, file.name, "Nodes, Edges");
    }
  }
  if (!edges) return missingTable(issues, "edges table (Source, Target)", "Kantentabelle (Source, Target)");
  edges = expandGephiTimes(edges);
  const tables: DatasetTables = { actors: nodes ?? actorsFromTies(edges), ties: edges };
  return finishLoad("gephi", tables, options, directedUnlessStated(tables.ties!), issues, "keep");
}

/**
 * The dataset as Gephi's two spreadsheet files `<name>-nodes.csv` and `<name>-edges.csv` (`,`, LF): `Id`,
 * `Label`, then vernetzt's actor columns; `Source`, `Target`, `Type` (`Directed`/`Undirected`), `Kind` (tie type),
 * `Weight`, then `wave`, `date` and tie attributes. `parseGephiSpreadsheet` reads them back to the same dataset.
 *
 * @example
 * ```ts
 * import { datasetToGephiSpreadsheet } from "@vernetzt/core/interop";
 * import { parseDataset } from "@vernetzt/core/io";
 *
 * const { dataset } = await parseDataset([
 *   { name: "actors.csv", data: "id,name\nkita,Kita Sonnenschein\njugend,Jugendtreff" },
 *   { name: "ties.csv", data: "source,target,weight\nkita,jugend,2" },
 * ]);
 * const files = datasetToGephiSpreadsheet(dataset!);
 * files.map((file) => file.name) //=> ["dataset-nodes.csv", "dataset-edges.csv"]
 * String(files[1]!.data).split(/\r?\n/)[0] //=> "Source,Target,Weight,wave,Type"
 * ```
 */
export function datasetToGephiSpreadsheet(dataset: Dataset, options: CsvFieldOptions = {}): InputFile[] {
  const tables = datasetToTables(dataset);
  const nodes = renameColumns(tables.actors!, { id: "Id", name: "Label" });
  const edges = renameColumns(
    tables.ties!,
    { source: "Source", target: "Target", directed: "Type", type: "Kind", weight: "Weight" },
    { directed: (cell) => (cell === "yes" ? "Directed" : "Undirected") },
  );
  return [
    { name: `${dataset.name}-nodes.csv`, data: csvText(nodes.header, nodes.rows, ",", options) },
    { name: `${dataset.name}-edges.csv`, data: csvText(edges.header, edges.rows, ",", options) },
  ];
}
