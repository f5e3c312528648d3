/**
 * One entry for every format vernetzt reads: its own dataset (CSV folder, XLSX, JSON, GEXF, GraphML) and the
 * formats of other tools (networkx/igraph node and edge CSV, edge lists, Kumu, Gephi spreadsheets, Network
 * Canvas exports), told apart by `detectInteropFormat`. The Node loader and the dashboard's upload use it.
 */
import type { InputFile } from "../io/input-file.js";
import { type LoadOptions, type LoadResult, parseDataset } from "../io/parse-dataset.js";
import { detectInteropFormat, parseInterop } from "./detect.js";

/**
 * Parses and validates `files` in whichever supported format they are. A file left unread for its size goes to
 * `parseDataset`, which reports it as FILE_TOO_LARGE.
 *
 * @example
 * ```ts
 * import { parseAnyDataset } from "@vernetzt/core/interop";
 *
 * const vernetzt = await parseAnyDataset([
 *   { name: "akteure.csv", data: "ID;Name\nkita;Kita Sonnenschein\njugend;Jugendtreff" },
 *   { name: "beziehungen.csv", data: "Von;Zu\nkita;jugend" },
 * ]);
 * const networkx = await parseAnyDataset([{ name: "netz.edgelist", data: "kita jugend\n" }]);
 * vernetzt.dataset?.ties.length //=> 1
 * networkx.dataset?.ties.length //=> 1
 * ```
 */
export async function parseAnyDataset(files: InputFile[], options: LoadOptions = {}): Promise<LoadResult> {
  const unread = files.some((file) => file.byteLength !== undefined);
  const format = unread ? undefined : await detectInteropFormat(files);
  if (format === undefined) return parseDataset(files, options);
  const { maxFileBytes: _limit, ...rest } = options;
  return parseInterop(files, { ...rest, format });
}
