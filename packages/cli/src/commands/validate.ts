/**
 * `vernetzt validate <path> [--json] [--lang de|en] [--directed] [--columns LINE]… [--mapping FILE]`: checks a
 * dataset, says what it understood (which file is which table, which column which field, names matched and
 * added, the `--columns` lines that reproduce it) and prints every problem. Exit 0 without errors (warnings
 * allowed), 1 with errors, 2 for a usage error (e.g. the path does not exist, a `--columns` line names nothing).
 * `--json` prints `{"ok", "issues": [{"severity", "code", "file", "row", "column", "message"}], "mapping",
 * "repairs", "columns"}` (docs/cli.md).
 */

import {
  formatDatasetSummary,
  formatMappingReport,
  formatValidationReport,
  mappingSpecs,
} from "@vernetzt/core/io";
import type { Command } from "commander";
import { loadReport } from "../util/dataset.js";
import { writeJson } from "../util/json-out.js";
import { resolveLang } from "../util/lang.js";
import { printText } from "../util/terminal.js";

export function register(program: Command): void {
  program
    .command("validate")
    .description(
      "check a dataset (folder of CSV files, .xlsx, .ods, .json, .gexf, .graphml) and list every problem",
    )
    .argument("<path>", "dataset folder or file")
    .option("--json", "print the report as JSON")
    .option("--lang <lang>", "language of messages: de or en")
    .option("--directed", "treat ties without a directed value as directed")
    .action(async (path: string, _options: unknown, command: Command) => {
      const options = command.optsWithGlobals<{ json?: boolean; lang?: string; directed?: boolean }>();
      const lang = resolveLang(options.lang);
      const { dataset, report, mapping } = await loadReport(
        path,
        options.directed ? { lang, directed: true } : { lang },
      );
      if (options.json) {
        const extension = mapping
          ? {
              mapping: {
                tables: mapping.tables,
                actorsFromTies: mapping.actorsFromTies,
                ...(mapping.waveFromDate ? { waveFromDate: mapping.waveFromDate } : {}),
                names: mapping.names,
              },
              repairs: mapping.repairs,
              columns: mappingSpecs(mapping.tables),
            }
          : {};
        await writeJson({ ok: report.ok, issues: report.issues, ...extension });
      } else {
        if (dataset) printText(formatDatasetSummary(dataset, lang));
        if (mapping) printText(formatMappingReport(mapping, lang, path));
        printText(formatValidationReport(report, { lang }));
      }
      process.exitCode = report.ok ? 0 : 1;
    });
}
