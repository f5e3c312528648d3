/**
 * Loading a dataset from disk (Node only; the browser passes files to `parseDataset` itself).
 * A path is a folder of CSV files, an `.xlsx` workbook, a dataset `.json` document, or a `.gexf`/`.graphml` file.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import type { InputFile } from "../io/input-file.js";
import { type LoadOptions, type LoadResult, parseDataset } from "../io/parse-dataset.js";
import { DatasetPathError } from "./errors.js";

const SINGLE_FILE_EXTENSIONS = [".xlsx", ".json", ".gexf", ".graphml"];

/** The files of a dataset path; throws `DatasetPathError` when the path is missing or not a dataset. */
export async function readDatasetFiles(path: string): Promise<InputFile[]> {
  const info = await stat(path).catch(() => undefined);
  if (!info) throw new DatasetPathError(path, `The path "${path}" does not exist.`);
  if (info.isDirectory()) {
    const names = (await readdir(path, { withFileTypes: true }))
      .filter((entry) => entry.isFile() && !entry.name.startsWith(".") && !entry.name.startsWith("~$"))
      .map((entry) => entry.name)
      .sort();
    return Promise.all(
      names.map(async (name) => ({ name, data: new Uint8Array(await readFile(join(path, name))) })),
    );
  }
  if (!SINGLE_FILE_EXTENSIONS.includes(extname(path).toLowerCase())) {
    throw new DatasetPathError(
      path,
      `"${path}" is not a dataset: give a folder of CSV files, an .xlsx workbook, a .json, .gexf or .graphml file.`,
    );
  }
  return [{ name: basename(path), data: new Uint8Array(await readFile(path)) }];
}

/** Loads and validates a dataset from a path (folder name or file name without extension is its name). */
export async function loadDataset(path: string, options: LoadOptions = {}): Promise<LoadResult> {
  const files = await readDatasetFiles(path);
  const name = basename(path.replace(/[\\/]+$/, "")).replace(/\.(xlsx|json|gexf|graphml)$/i, "");
  return parseDataset(files, { name, ...options });
}
