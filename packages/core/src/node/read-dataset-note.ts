/** Reading a dataset folder's optional `dataset.json` note from disk (Node only; see `io/dataset-note.ts`). */
import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { type DatasetNoteResult, NO_DATASET_NOTE, parseDatasetNote } from "../io/dataset-note.js";

/** The note's file name inside a dataset folder. */
export const DATASET_NOTE_FILE = "dataset.json";

/**
 * The `dataset.json` note of the dataset at `path`, in `lang`. A file path (a workbook, an edge list) or a
 * folder without the note gives the empty note; `file` says which file was read (`null`: none).
 *
 * @example
 * ```ts
 * import { mkdtempSync, writeFileSync } from "node:fs";
 * import { tmpdir } from "node:os";
 * import { join } from "node:path";
 * import { readDatasetNote } from "@vernetzt/core/node";
 *
 * const folder = mkdtempSync(join(tmpdir(), "vernetzt-note-"));
 * writeFileSync(join(folder, "dataset.json"), '{"waves": {"1": "2023", "2": "2024"}}');
 * const { note, file } = await readDatasetNote(folder);
 * note.waves //=> {"1": "2023", "2": "2024"}
 * file === join(folder, "dataset.json") //=> true
 * // a file path is a dataset on its own: no note
 * const ofFile = await readDatasetNote(join(folder, "dataset.json"));
 * ofFile.file //=> null
 * ```
 */
export async function readDatasetNote(
  path: string,
  lang: "de" | "en" = "de",
): Promise<DatasetNoteResult & { file: string | null }> {
  const file = join(path, DATASET_NOTE_FILE);
  const isFolder = await stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );
  const text = isFolder ? await readFile(file, "utf8").catch(() => null) : null;
  if (text === null)
    return { note: { ...NO_DATASET_NOTE, waves: {} }, problem: null, ignored: [], file: null };
  return { ...parseDatasetNote(text, lang), file };
}
