/**
 * `vernetzt export <path> --format json|gexf|graphml|csv --out FILE [--wave W]`: writes the dataset in another
 * format (all waves, or one). For `csv`, `--out` is a folder that receives `actors.csv`, `ties.csv`, ….
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { EXPORT_FORMATS, type ExportFormat, exportDataset } from "@vernetzt/core/io";
import type { Command } from "commander";
import { loadDatasetOrExit, waveOption } from "../util/dataset.js";
import { UsageError } from "../util/errors.js";
import { resolveLang } from "../util/lang.js";

interface ExportCommandOptions {
  pseudonymize?: boolean;
  format: string;
  out: string;
  wave?: string;
  lang?: string;
  directed?: boolean;
}

export function register(program: Command): void {
  program
    .command("export")
    .description("write a dataset as JSON, GEXF (Gephi), GraphML or a folder of CSV files")
    .argument("<path>", "dataset folder or file")
    .requiredOption("--format <format>", `output format: ${EXPORT_FORMATS.join(", ")}`)
    .requiredOption("--out <file>", "output file (for csv: output folder)")
    .option("--wave <wave>", "only this survey wave (default: every wave)")
    .option("--lang <lang>", "language of messages: de or en")
    .option("--directed", "treat ties without a directed value as directed")
    .action(async (path: string, _options: unknown, command: Command) => {
      const options = command.optsWithGlobals<ExportCommandOptions>();
      const lang = resolveLang(options.lang);
      if (!(EXPORT_FORMATS as readonly string[]).includes(options.format)) {
        throw new UsageError(
          `--format must be one of ${EXPORT_FORMATS.join(", ")}, got "${options.format}".`,
        );
      }
      const { dataset } = await loadDatasetOrExit(path, {
        lang,
        pseudonymize: options.pseudonymize === true,
        ...(options.directed ? { directed: true } : {}),
      });
      const wave = options.wave === undefined ? undefined : waveOption(dataset, options.wave, lang);
      const files = exportDataset(
        dataset,
        options.format as ExportFormat,
        wave === undefined ? {} : { wave },
      );
      if (options.format === "csv") {
        await mkdir(options.out, { recursive: true });
        for (const file of files) await writeFile(join(options.out, file.name), file.data as string);
      } else {
        await writeFile(options.out, files[0]!.data as string);
      }
    });
}
