/**
 * Where a command may write (issue #17, "nothing overwritten without consent"):
 * - an existing file is replaced only with `--force` (as `generate` and `template` do);
 * - nothing is written into the folder of the dataset being read: a folder is loaded whole, so an exported
 *   `actors.csv` beside `akteure.csv` (or a `dataset.json`) would be read by the next load — silently, and
 *   perhaps pseudonymised. That holds even with `--force`;
 * - a folder of generated files (handouts, report) that is written again loses the files of the earlier run
 *   that the new run does not write (a person who withdrew consent must not stay in an old page), but only
 *   files this command wrote (recognised by their name pattern or marker), never a file of the user.
 */
import { readdir, readFile, realpath, rm, stat } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { UsageError } from "./errors.js";
import type { Lang } from "./lang.js";

const WORDS = {
  en: {
    exists: (path: string) =>
      `"${path}" exists already: choose another name, or add --force to overwrite it.`,
    existsIn: (dir: string, files: string[]) =>
      `"${dir}" holds ${list(files)} already: choose another folder, or add --force to overwrite ${files.length === 1 ? "it" : "them"}.`,
    inputFolder: (dir: string, input: string) =>
      `"${dir}" is the folder of the dataset "${input}": a later load of that folder would read the written files too. Write into another folder.`,
    earlierRun: (dir: string, files: string[]) =>
      `"${dir}" holds the files of an earlier run (${list(files)}): add --force to replace them (earlier files this run does not write again are deleted), or choose another folder.`,
    otherFiles: (dir: string, files: string[]) =>
      `"${dir}" holds other files (${list(files)}): a load of this folder would read them together with the export. Write into a new or empty folder.`,
  },
  de: {
    exists: (path: string) =>
      `„${path}“ gibt es schon: wählen Sie einen anderen Namen, oder geben Sie --force an, um die Datei zu überschreiben.`,
    existsIn: (dir: string, files: string[]) =>
      `In „${dir}“ liegt schon ${list(files)}: wählen Sie einen anderen Ordner, oder geben Sie --force an, um ${files.length === 1 ? "die Datei" : "die Dateien"} zu überschreiben.`,
    inputFolder: (dir: string, input: string) =>
      `„${dir}“ ist der Ordner des Datensatzes „${input}“: ein späteres Laden dieses Ordners würde die geschriebenen Dateien mitlesen. Schreiben Sie in einen anderen Ordner.`,
    earlierRun: (dir: string, files: string[]) =>
      `In „${dir}“ liegen die Dateien eines früheren Laufs (${list(files)}): geben Sie --force an, um sie zu ersetzen (frühere Dateien, die dieser Lauf nicht wieder schreibt, werden gelöscht), oder wählen Sie einen anderen Ordner.`,
    otherFiles: (dir: string, files: string[]) =>
      `In „${dir}“ liegen andere Dateien (${list(files)}): ein Laden dieses Ordners würde sie zusammen mit dem Export lesen. Schreiben Sie in einen neuen oder leeren Ordner.`,
  },
} as const;

function list(files: readonly string[]): string {
  const shown = files.slice(0, 3).map((file) => `"${file}"`);
  return files.length > 3 ? `${shown.join(", ")}, … (${files.length})` : shown.join(", ");
}

/** The real path of an existing path, else its absolute path. */
async function canonical(path: string): Promise<string> {
  return realpath(path).catch(() => resolve(path));
}

/** The folder a dataset path is read from: the path itself when it is a folder, else undefined. */
async function inputFolder(input: string): Promise<string | undefined> {
  const info = await stat(input).catch(() => undefined);
  return info?.isDirectory() ? canonical(input) : undefined;
}

/** Visible regular files of a folder (hidden files and Office lock files are not read by a load either). */
async function filesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile() && !entry.name.startsWith(".") && !entry.name.startsWith("~$"))
    .map((entry) => entry.name)
    .sort();
}

/** Throws a `UsageError` when `dir` is (the real path of) the dataset folder `input`. */
async function refuseInputFolder(dir: string, input: string, lang: Lang): Promise<void> {
  const folder = await inputFolder(input);
  if (folder !== undefined && (await canonical(dir)) === folder)
    throw new UsageError(WORDS[lang].inputFolder(dir, input));
}

/**
 * Refuses the input folder; else the files already in `dir`: those the run writes (`clash`) and the others.
 */
async function filesAlreadyIn(
  dir: string,
  names: readonly string[],
  input: string,
  lang: Lang,
): Promise<{ clash: string[]; others: string[] }> {
  await refuseInputFolder(dir, input, lang);
  const mine = new Set(names);
  const present = await filesIn(dir);
  return {
    clash: present.filter((file) => mine.has(file)),
    others: present.filter((file) => !mine.has(file)),
  };
}

/** Checks a single output file: not in the input folder, not existing unless `force`. */
export async function checkOutFile(out: string, input: string, force: boolean, lang: Lang): Promise<void> {
  await refuseInputFolder(dirname(resolve(out)), input, lang);
  const info = await stat(out).catch(() => undefined);
  if (info?.isFile() && !force) throw new UsageError(WORDS[lang].exists(out));
}

/**
 * Checks an output folder for a set of dataset files (`export` to a folder format): not the input folder, no
 * other files a load would read with them (even with `force`), no file of the set existing unless `force`.
 */
export async function checkOutDatasetFolder(
  dir: string,
  names: readonly string[],
  input: string,
  force: boolean,
  lang: Lang,
): Promise<void> {
  const { clash, others } = await filesAlreadyIn(dir, names, input, lang);
  if (others.length > 0) throw new UsageError(WORDS[lang].otherFiles(dir, others));
  if (clash.length > 0 && !force) throw new UsageError(WORDS[lang].existsIn(dir, clash));
}

/**
 * Prepares a folder of generated files (`handouts`, `report`) for a new run: refuses the input folder; refuses
 * when files the run would write, or files an earlier run wrote (`isOurs`), exist and `force` is not given;
 * with `force`, deletes the earlier run's files that the new run does not write. Files of the user (not
 * `isOurs`) are never deleted.
 */
export async function prepareGeneratedFolder(
  dir: string,
  names: readonly string[],
  input: string,
  isOurs: (name: string, path: string) => Promise<boolean>,
  force: boolean,
  lang: Lang,
): Promise<void> {
  const { clash, others } = await filesAlreadyIn(dir, names, input, lang);
  const earlier: string[] = [];
  for (const file of others) if (await isOurs(file, join(dir, file))) earlier.push(file);
  const touched = [...clash, ...earlier];
  if (touched.length > 0 && !force) throw new UsageError(WORDS[lang].earlierRun(dir, touched));
  for (const file of earlier) await rm(join(dir, file));
}

/** Whether an HTML file carries the `<meta name="generator" content="…">` marker `generator`. */
export async function hasGeneratorMarker(path: string, generator: string): Promise<boolean> {
  if (!path.toLowerCase().endsWith(".html")) return false;
  const head = await readFile(path, "utf8").then(
    (text) => text.slice(0, 2000),
    () => "",
  );
  return head.includes(`<meta name="generator" content="${generator}">`);
}
