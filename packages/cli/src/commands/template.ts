/**
 * `vernetzt template --out FILE`: writes the spreadsheet template to fill in (`templateWorkbook`): sheets
 * `Akteure` and `Beziehungen` with German headers, one example row each, drop-down lists where the values are
 * fixed, and a sheet `Hinweise`. An existing file is not overwritten unless `--force`.
 */
import { access, writeFile } from "node:fs/promises";
import { templateWorkbook } from "@vernetzt/core/io";
import type { Command } from "commander";
import { UsageError } from "../util/errors.js";

export function register(program: Command): void {
  program
    .command("template")
    .description("write an Excel template (German headers, one example row, drop-down lists) to fill in")
    .requiredOption("--out <file>", "the .xlsx file to write, e.g. vorlage.xlsx")
    .option("--force", "overwrite the file if it exists")
    .action(async (_options: unknown, command: Command) => {
      const options = command.optsWithGlobals<{ out: string; force?: boolean }>();
      if (!options.out.toLowerCase().endsWith(".xlsx")) {
        throw new UsageError(`--out must be an .xlsx file (e.g. vorlage.xlsx), got "${options.out}".`);
      }
      const exists = await access(options.out).then(
        () => true,
        () => false,
      );
      if (exists && !options.force) {
        throw new UsageError(
          `"${options.out}" exists already: choose another name, or add --force to overwrite it.`,
        );
      }
      await writeFile(options.out, await templateWorkbook());
    });
}
