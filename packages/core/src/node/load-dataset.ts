/**
 * Loading a dataset from disk (Node only; the browser passes files to `parseDataset` itself).
 * A path is a folder of CSV files, an `.xlsx` workbook or `.ods` spreadsheet, a dataset `.json` document, or a `.gexf`/`.graphml` file.
 * A file larger than the loader's `maxFileBytes` is not read at all (its size comes from `stat`), so a wrong
 * 2 GB file costs no memory: `parseDataset` reports it as FILE_TOO_LARGE.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { parseAnyDataset } from "../interop/parse-any.js";
import { fileSizeLimit, type InputFile } from "../io/input-file.js";
import { DEFAULT_LOAD_OPTIONS, type LoadOptions, type LoadResult } from "../io/parse-dataset.js";
import { DatasetPathError } from "./errors.js";

/**
 * Files that are a dataset on their own: vernetzt's formats, a single CSV table (an edge list whose names are
 * the actors), and the edge lists of networkx and igraph.
 */
const SINGLE_FILE_EXTENSIONS = [
  ".xlsx",
  ".ods",
  ".json",
  ".gexf",
  ".graphml",
  ".csv",
  ".tsv",
  ".txt",
  ".edgelist",
  ".edges",
  ".ncol",
  ".el",
];

/**
 * The files of a dataset path; throws `DatasetPathError` when the path is missing, not a dataset, or cannot
 * be read (permissions). Files larger than `maxFileBytes` are returned unread, with their `byteLength`.
 *
 * @example
 * ```ts
 * import { mkdtempSync, writeFileSync } from "node:fs";
 * import { tmpdir } from "node:os";
 * import { join } from "node:path";
 * import { readDatasetFiles } from "@vernetzt/core/node";
 *
 * const folder = mkdtempSync(join(tmpdir(), "netz-"));
 * writeFileSync(join(folder, "akteure.csv"), "ID;Name\nkita;Kita\nschule;Schule\n");
 * writeFileSync(join(folder, "beziehungen.csv"), "Von;Zu\nkita;schule\n");
 * const files = await readDatasetFiles(folder);
 * files.map((file) => file.name).sort() //=> ["akteure.csv", "beziehungen.csv"]
 * // files above the limit are passed on unread, with their size (the loader reports FILE_TOO_LARGE)
 * const unread = await readDatasetFiles(folder, { maxFileBytes: 10 });
 * unread.map((file) => file.byteLength ?? 0).sort((x, y) => x - y) //=> [19, 32]
 * ```
 */
export async function readDatasetFiles(
  path: string,
  options: { maxFileBytes?: number } = {},
): Promise<InputFile[]> {
  const limit = options.maxFileBytes ?? DEFAULT_LOAD_OPTIONS.maxFileBytes;
  const info = await stat(path).catch(() => undefined);
  if (!info) throw new DatasetPathError(path, `The path "${path}" does not exist.`);
  if (info.isDirectory()) {
    const entries = await readdir(path, { withFileTypes: true }).catch((error: unknown) => {
      throw unreadable(path, error);
    });
    const names = entries
      .filter((entry) => entry.isFile() && !entry.name.startsWith(".") && !entry.name.startsWith("~$"))
      .map((entry) => entry.name)
      .sort();
    return Promise.all(names.map((name) => readInputFile(join(path, name), name, limit)));
  }
  if (!SINGLE_FILE_EXTENSIONS.includes(extname(path).toLowerCase())) {
    throw new DatasetPathError(
      path,
      `"${path}" is not a dataset: give a folder of CSV files, an .xlsx or .ods workbook, a .csv edge list, a .json, .gexf, .graphml or edge-list file.`,
    );
  }
  return [await readInputFile(path, basename(path), limit)];
}

async function readInputFile(path: string, name: string, limit: number): Promise<InputFile> {
  try {
    const { size } = await stat(path);
    if (size > fileSizeLimit(name, limit)) return { name, data: new Uint8Array(0), byteLength: size };
    return { name, data: new Uint8Array(await readFile(path)) };
  } catch (error) {
    throw unreadable(path, error);
  }
}

/**
 * A file-system failure (an error with a code such as `EACCES`) as a `DatasetPathError` that says what to do;
 * anything else is a programming error and is thrown as it is.
 */
function unreadable(path: string, error: unknown): DatasetPathError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== "string") throw error;
  const reason =
    code === "EACCES" || code === "EPERM"
      ? "permission denied: ask whoever manages the computer for read access, or copy the data to your own folder"
      : code === "ENOENT"
        ? "it disappeared while it was being read"
        : `${(error as Error).message}`;
  return new DatasetPathError(path, `"${path}" cannot be read: ${reason}.`);
}

/**
 * Loads and validates a dataset from a path (folder name or file name without extension is its name), in
 * vernetzt's format or another tool's (see `interop/parse-any.ts`).
 *
 * @example
 * ```ts
 * import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
 * import { tmpdir } from "node:os";
 * import { join } from "node:path";
 * import { loadDataset } from "@vernetzt/core/node";
 *
 * const parent = mkdtempSync(join(tmpdir(), "netz-"));
 * const folder = join(parent, "Beispielstadt");
 * mkdirSync(folder);
 * writeFileSync(join(folder, "akteure.csv"), "ID;Name\nkita;Kita\nschule;Schule\n");
 * writeFileSync(join(folder, "beziehungen.csv"), "Von;Zu\nkita;schule\n");
 * const { dataset, report } = await loadDataset(folder, { lang: "de" });
 * report.ok //=> true
 * dataset?.name //=> "Beispielstadt"
 * dataset?.ties.length //=> 1
 * // another tool's format works too, e.g. a networkx edge list
 * writeFileSync(join(parent, "netz.edgelist"), "kita schule\nschule sport\n");
 * const edgeList = await loadDataset(join(parent, "netz.edgelist"));
 * edgeList.dataset?.actors.length //=> 3
 * ```
 */
export async function loadDataset(path: string, options: LoadOptions = {}): Promise<LoadResult> {
  const files = await readDatasetFiles(
    path,
    options.maxFileBytes === undefined ? {} : { maxFileBytes: options.maxFileBytes },
  );
  const name = basename(path.replace(/[\\/]+$/, "")).replace(/\.[a-z]+$/i, "");
  return parseAnyDataset(files, { name, ...options });
}
