/**
 * Loading the dataset a command works on: every command that takes a dataset path uses `loadDatasetOrExit`.
 * Errors in the data are printed (localised, grouped by file) to stderr and end the process with exit code 1;
 * warnings are only counted (run `vernetzt validate` to list them). A missing path is a usage error (exit 2).
 * Files larger than `VERNETZT_MAX_FILE_MB` megabytes (environment variable, default 100) are not read: they are
 * reported as FILE_TOO_LARGE errors (exit 1).
 */

import { readFile } from "node:fs/promises";
import {
  type DatasetNote,
  DEFAULT_MAX_FILE_BYTES,
  formatValidationReport,
  LoadOptionError,
  type LoadResult,
  type ValidationReport,
  validationReportText,
} from "@vernetzt/core/io";
import {
  buildGraph,
  type Dataset,
  ownValue,
  resolveWave,
  type TieLevelView,
  tieLevelView,
  UnknownWaveError,
  type VernetztGraph,
  waveLabels,
  waveNamed,
} from "@vernetzt/core/model";
import { DatasetPathError, loadDataset, readDatasetNote } from "@vernetzt/core/node";
import { pseudonymize } from "@vernetzt/core/privacy";
import { InputDataError, UsageError } from "./errors.js";
import type { Lang } from "./lang.js";
import { printText } from "./terminal.js";

export interface LoadedDataset {
  dataset: Dataset;
  report: ValidationReport;
  /** The folder's dataset.json note (title, wave names); empty when there is none or it cannot be read. */
  note: DatasetNote;
}

export interface LoadDatasetOptions {
  lang: Lang;
  /** Treat ties without a `directed` value as directed. */
  directed?: boolean;
  /**
   * Pseudonymise every person (`--pseudonymize`). Persons without consent are pseudonymised in any case:
   * every command's output starts from the dataset returned here.
   */
  pseudonymize?: boolean;
  /**
   * The tie-level view of `--rule`/`--min-level` (`levelViewFlags`): survey reports symmetrised and ties below
   * the level left out before the command sees the dataset. Default: none (the graph symmetrises by `max`).
   */
  levelView?: Partial<TieLevelView> | undefined;
  /** Accept an actor list without ties (`survey`: before the first survey there are none). Default `true`. */
  requireTies?: boolean;
  /**
   * The dataset exactly as loaded, no pseudonyms: only for commands that write the coordinator's own dataset
   * back (`survey collect`) and show nobody else a name that did not consent (`survey make` lists no such
   * person). Default `false`.
   */
  keepNames?: boolean;
}

/** The global flags of every command that loads a dataset (`--columns`, `--mapping`, `--skip-bad-rows`). */
export interface LoadFlags {
  columns: readonly string[];
  /** A file of `--columns` lines. */
  mappingFile: string | undefined;
  /** Go on with the good rows when some have errors. */
  skipBadRows: boolean;
}

let loadFlags: LoadFlags = { columns: [], mappingFile: undefined, skipBadRows: false };

/** Sets the global load flags (main.ts, before each command runs). */
export function setLoadFlags(flags: LoadFlags): void {
  loadFlags = flags;
}

/** The override lines of `--mapping FILE` then `--columns`; an unreadable file is a usage error. */
export async function mappingLines(flags: LoadFlags = loadFlags): Promise<string[]> {
  const lines: string[] = [];
  if (flags.mappingFile !== undefined) {
    const text = await readFile(flags.mappingFile, "utf8").catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(`--mapping: cannot read "${flags.mappingFile}" (${error.code ?? error.message}).`);
    });
    lines.push(...text.split(/\r?\n/));
  }
  return [...lines, ...flags.columns];
}

/**
 * Loads and validates the dataset at `path`, or reports why it cannot be used and exits. Rows with errors stop
 * the command (exit 1, the errors on stderr) unless `--skip-bad-rows`: then the good rows are used and the bad
 * ones listed on stderr.
 */
export async function loadDatasetOrExit(path: string, options: LoadDatasetOptions): Promise<LoadedDataset> {
  const { report, dataset } = await loadReport(path, options);
  if (!dataset || (!report.ok && !loadFlags.skipBadRows)) {
    printText(formatValidationReport(report, { lang: options.lang, severities: ["error"] }), process.stderr);
    if (dataset) printText(`vernetzt: ${validationReportText(options.lang).skipHint}\n`, process.stderr);
    throw new InputDataError(`the data at ${path} have errors`);
  }
  if (!report.ok) {
    printText(formatValidationReport(report, { lang: options.lang, severities: ["error"] }), process.stderr);
  }
  if (report.issues.length > 0) {
    const hint = validationReportText(options.lang).warningsHint(report.issues.length, path);
    printText(`vernetzt: ${hint}\n`, process.stderr);
  }
  const shown = options.keepNames
    ? dataset
    : pseudonymize(dataset, { allPersons: options.pseudonymize === true });
  const result = options.levelView ? tieLevelView(shown, options.levelView) : shown;
  const { note, problem, file } = await readDatasetNote(path, options.lang);
  if (problem && file) {
    const where = { file, line: problem.line, column: problem.column };
    printText(`vernetzt: ${NOTE_WORDS[options.lang](where)}\n`, process.stderr);
  }
  waveNames.set(result, waveLabels(result, note.waves));
  return { dataset: result, report, note };
}

/** The warning when a folder's dataset.json note cannot be read (the data themselves are read as usual). */
const NOTE_WORDS = {
  de: (p: { file: string; line: number; column: number }) =>
    `${p.file}, Zeile ${p.line}, Spalte ${p.column}: kein gültiges JSON – Titel und Wellennamen daraus werden nicht verwendet (die Wellen heißen wie in den Daten). Bitte die Datei prüfen, z. B. ein Komma zu viel.`,
  en: (p: { file: string; line: number; column: number }) =>
    `${p.file}, line ${p.line}, column ${p.column}: not valid JSON — its title and wave names are not used (waves are named as in the data). Please check the file, e.g. for a trailing comma.`,
};

/** Wave names of each dataset `loadDatasetOrExit` returned (its folder's dataset.json, else the years). */
const waveNames = new WeakMap<Dataset, Record<string, string>>();

/**
 * How a wave of `dataset` is named in text people read: "2025" where the dataset's `dataset.json` or the
 * dates of its ties say so, else the wave as written (core's `waveLabels`). JSON output keeps the wave ids.
 */
export function waveName(dataset: Dataset, wave: string): string {
  return ownValue(namesOf(dataset), wave) ?? wave;
}

function namesOf(dataset: Dataset): Record<string, string> {
  let names = waveNames.get(dataset);
  if (!names) {
    names = waveLabels(dataset);
    waveNames.set(dataset, names);
  }
  return names;
}

/**
 * Loads the dataset (as `loadDatasetOrExit`) and builds the graph of one wave (`wave`; the latest when
 * undefined); an unknown wave is a usage error that lists the waves (`waveOption`).
 */
export async function loadWaveGraphOrExit(
  path: string,
  options: LoadDatasetOptions & { wave: string | undefined },
): Promise<{ dataset: Dataset; graph: VernetztGraph }> {
  const { dataset } = await loadDatasetOrExit(path, options);
  const wave = waveOption(dataset, options.wave, options.lang);
  return { dataset, graph: buildGraph(dataset, { wave }) };
}

/** Loads the dataset and its report; a missing or unsuitable path becomes a `UsageError`. */
export async function loadReport(path: string, options: LoadDatasetOptions): Promise<LoadResult> {
  const columns = await mappingLines();
  try {
    const loadOptions = {
      lang: options.lang,
      maxFileBytes: maxFileBytes(),
      ...(columns.length > 0 ? { columns } : {}),
      ...(options.directed === undefined ? {} : { directed: options.directed }),
      ...(options.requireTies === undefined ? {} : { requireTies: options.requireTies }),
    };
    return await loadDataset(path, loadOptions);
  } catch (error) {
    if (error instanceof DatasetPathError || error instanceof LoadOptionError)
      throw new UsageError(error.message);
    throw error;
  }
}

/** The file size limit from `VERNETZT_MAX_FILE_MB` (megabytes, MiB), else the loader's default. */
export function maxFileBytes(env: NodeJS.ProcessEnv = process.env): number {
  const text = env.VERNETZT_MAX_FILE_MB;
  if (text === undefined || text.trim() === "") return DEFAULT_MAX_FILE_BYTES;
  const megabytes = Number(text);
  if (!(megabytes > 0)) {
    throw new UsageError(`VERNETZT_MAX_FILE_MB must be a number of megabytes greater than 0, got "${text}".`);
  }
  return megabytes * 1024 * 1024;
}

/**
 * The wave id a flag names: the id itself, or the name people read ("--wave 2025" for wave 3 of the sample,
 * see {@link waveName}); anything else is returned as given (the caller reports an unknown wave).
 */
export function waveIdOf(dataset: Dataset, wave: string): string {
  return waveNamed(dataset.waves, wave, namesOf(dataset));
}

/**
 * The wave a `--wave` option names (the latest when not given); an unknown wave is a usage error (exit 2)
 * that lists the dataset's waves.
 */
export function waveOption(dataset: Dataset, wave: string | undefined, lang: Lang): string {
  const named = wave === undefined ? wave : waveIdOf(dataset, wave);
  try {
    return resolveWave(dataset, named);
  } catch (error) {
    if (!(error instanceof UnknownWaveError)) throw error;
    const named = dataset.waves.map((id) => {
      const name = waveName(dataset, id);
      return name === id ? id : `${id} (${name})`;
    });
    throw new UsageError(`--wave: ${validationReportText(lang).unknownWave(String(wave), named)}`);
  }
}
