/**
 * `vernetzt export <path> --format FORMAT --out FILE [--wave W] [--excel-safe]`: writes the dataset in another
 * format (all waves, or one): vernetzt's own `json|gexf|graphml|csv`, or another tool's `nodes-edges-csv|edgelist|
 * kumu|kumu-json|gephi-csv|network-canvas-roster`. For folder formats (`csv`, `nodes-edges-csv`, `gephi-csv`)
 * `--out` is a folder. `--excel-safe` (CSV formats only) prefixes cells that a spreadsheet would run as a
 * formula with `'`; off by default, because an import then reads the `'` back. An existing file is replaced only
 * with `--force`; nothing is written into the dataset's own folder or beside other files a load would read
 * (`util/out-path.ts`).
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import {
  edgeListUnwritableIds,
  exportInterop,
  INTEROP_EXPORT_FORMATS,
  type InteropExportFormat,
  isCsvFormat,
  isFolderFormat,
} from "@vernetzt/core/interop";
import { EXPORT_FORMATS, type ExportFormat, exportDataset } from "@vernetzt/core/io";
import type { Dataset } from "@vernetzt/core/model";
import { needsPseudonym } from "@vernetzt/core/privacy";
import type { Command } from "commander";
import { loadDatasetOrExit, waveOption } from "../util/dataset.js";
import { UsageError } from "../util/errors.js";
import { levelViewFlags, MIN_LEVEL_FLAG, MIN_LEVEL_HELP, RULE_FLAG, RULE_HELP } from "../util/flags.js";
import { type Lang, resolveLang } from "../util/lang.js";
import { checkOutDatasetFolder, checkOutFile } from "../util/out-path.js";
import { asUsage } from "../util/usage.js";

/** Why an edge list cannot be written, and what to do (#17: a pseudonym is such an id, and the user cannot change it). */
const EDGE_LIST_WORDS = {
  en: {
    ids: (count: number, shown: string) =>
      `an edge list (networkx, igraph) separates the two actors of a tie by a space, so it cannot hold ids with spaces, and ${count === 1 ? "1 actor id has" : `${count} actor ids have`} one (${shown}).`,
    pseudonyms: (count: number) =>
      ` ${count === 1 ? "One of them is the pseudonym" : `${count} of them are pseudonyms`} of a person ("Person 1", …), which stay as they are.`,
    todo: "Export with --format nodes-edges-csv instead: networkx (pandas) and igraph read it too. Or give the actors ids without spaces in the id column of the actors table.",
  },
  de: {
    ids: (count: number, shown: string) =>
      `eine Kantenliste (networkx, igraph) trennt die beiden Akteure einer Beziehung durch ein Leerzeichen und kann darum keine IDs mit Leerzeichen aufnehmen; ${count === 1 ? "1 Akteurs-ID hat" : `${count} Akteurs-IDs haben`} eines (${shown}).`,
    pseudonyms: (count: number) =>
      ` ${count === 1 ? "Eine davon ist das Pseudonym" : `${count} davon sind Pseudonyme`} einer Person („Person 1“, …), die so bleiben.`,
    todo: "Exportieren Sie stattdessen mit --format nodes-edges-csv: networkx (pandas) und igraph lesen das auch. Oder geben Sie den Akteuren in der ID-Spalte der Akteurstabelle IDs ohne Leerzeichen.",
  },
} as const;

/** Refuses an edge-list export whose actor ids an edge list cannot hold, naming them and what to do. */
function checkEdgeListIds(dataset: Dataset, pseudonymizeAll: boolean, lang: Lang): void {
  const ids = edgeListUnwritableIds(dataset);
  if (ids.length === 0) return;
  const words = EDGE_LIST_WORDS[lang];
  const quote = (id: string) => (lang === "de" ? `„${id}“` : `"${id}"`);
  const shown = ids.slice(0, 3).map(quote).join(", ") + (ids.length > 3 ? ", …" : "");
  const byId = new Map(dataset.actors.map((actor) => [actor.id, actor]));
  const pseudonyms = ids.filter((id) => {
    const actor = byId.get(id);
    return actor !== undefined && actor.name === id && needsPseudonym(actor, { allPersons: pseudonymizeAll });
  }).length;
  throw new UsageError(
    `${words.ids(ids.length, shown)}${pseudonyms > 0 ? words.pseudonyms(pseudonyms) : ""} ${words.todo}`,
  );
}

interface ExportCommandOptions {
  rule?: string;
  minLevel?: string;
  pseudonymize?: boolean;
  format: string;
  out: string;
  wave?: string;
  lang?: string;
  directed?: boolean;
  excelSafe?: boolean;
  force?: boolean;
}

/** Every `--format`: vernetzt's own formats, then other tools'. */
const FORMATS: readonly string[] = [...EXPORT_FORMATS, ...INTEROP_EXPORT_FORMATS];

/** File content for `writeFile`: text as it is, binary (XLSX) as bytes. */
function contentOf(data: string | Uint8Array | ArrayBuffer): string | Uint8Array {
  return data instanceof ArrayBuffer ? new Uint8Array(data) : data;
}

export function register(program: Command): void {
  program
    .command("export")
    .description(
      "write a dataset as JSON, GEXF (Gephi), GraphML, CSV, or in Kumu's, networkx', igraph's format",
    )
    .argument("<path>", "dataset folder or file")
    .requiredOption("--format <format>", `output format: ${FORMATS.join(", ")}`)
    .requiredOption(
      "--out <file>",
      "output file (a folder for csv, nodes-edges-csv and gephi-csv; - for standard output)",
    )
    .option("--wave <wave>", "only this survey wave (default: every wave)")
    .option(RULE_FLAG, RULE_HELP)
    .option(MIN_LEVEL_FLAG, MIN_LEVEL_HELP)
    .option("--lang <lang>", "language of messages: de or en")
    .option("--directed", "treat ties without a directed value as directed")
    .option(
      "--excel-safe",
      "CSV formats: prefix cells starting with = + - @ (formulas in Excel) with ' (changes the data on re-import)",
    )
    .option("--force", "overwrite existing files of the same names (never in the dataset's own folder)")
    .action(async (path: string, _options: unknown, command: Command) => {
      const options = command.optsWithGlobals<ExportCommandOptions>();
      const lang = resolveLang(options.lang);
      if (!FORMATS.includes(options.format)) {
        throw new UsageError(`--format must be one of ${FORMATS.join(", ")}, got "${options.format}".`);
      }
      const own = (EXPORT_FORMATS as readonly string[]).includes(options.format);
      const csv = own ? options.format === "csv" : isCsvFormat(options.format as InteropExportFormat);
      const excelSafe = options.excelSafe === true;
      if (excelSafe && !csv) {
        throw new UsageError(
          `--excel-safe applies to CSV formats only (csv, nodes-edges-csv, gephi-csv, network-canvas-roster), ` +
            `not to "${options.format}": leave it out, or choose a CSV format.`,
        );
      }
      const { dataset } = await loadDatasetOrExit(path, {
        lang,
        pseudonymize: options.pseudonymize === true,
        levelView: levelViewFlags(options),
        ...(options.directed ? { directed: true } : {}),
      });
      const wave = options.wave === undefined ? undefined : waveOption(dataset, options.wave, lang);
      const selection = { ...(wave === undefined ? {} : { wave }), ...(excelSafe ? { excelSafe } : {}) };
      if (options.format === "edgelist") checkEdgeListIds(dataset, options.pseudonymize === true, lang);
      const files = own
        ? exportDataset(dataset, options.format as ExportFormat, selection)
        : await asUsage(() => exportInterop(dataset, options.format as InteropExportFormat, selection));
      const folder = own ? options.format === "csv" : isFolderFormat(options.format as InteropExportFormat);
      if (options.out === "-" && !folder) {
        process.stdout.write(contentOf(files[0]!.data));
      } else if (folder) {
        const names = files.map((file) => file.name);
        await checkOutDatasetFolder(options.out, names, path, options.force === true, lang);
        await mkdir(options.out, { recursive: true });
        for (const file of files) await writeFile(join(options.out, file.name), contentOf(file.data));
      } else {
        await checkOutFile(options.out, path, options.force === true, lang);
        await writeFile(options.out, contentOf(files[0]!.data));
      }
    });
}
