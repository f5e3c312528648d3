#!/usr/bin/env node
/**
 * vernetzt CLI entry point. Commands live one per file in `commands/`; each exports `register(program)`.
 * Exit codes (public contract): 0 success, 1 the input has errors, 2 usage error or failure.
 */
import { Command, CommanderError } from "commander";
import { setLoadFlags } from "./util/dataset.js";
import { handleFailure } from "./util/errors.js";

const COMMANDS: Array<() => Promise<{ register: (program: Command) => void }>> = [
  // one line per command module; keep alphabetical
  () => import("./commands/analyze.js"),
  () => import("./commands/compare.js"),
  () => import("./commands/cut.js"),
  () => import("./commands/export.js"),
  () => import("./commands/gaps.js"),
  () => import("./commands/generate.js"),
  () => import("./commands/handouts.js"),
  () => import("./commands/indicator.js"),
  () => import("./commands/meetings.js"),
  () => import("./commands/recommend.js"),
  () => import("./commands/report.js"),
  () => import("./commands/template.js"),
  () => import("./commands/ties.js"),
  () => import("./commands/validate.js"),
];

export async function main(argv: string[] = process.argv): Promise<number> {
  const program = new Command("vernetzt")
    .description("Make the networks of a city's social actors visible and measurable.")
    .option("--lang <lang>", "language of messages: de or en (default: from the locale)")
    .option("--debug", "show stack traces of internal errors")
    .option("--pseudonymize", "show every person as a pseudonym (persons without consent always are)")
    .option(
      "--columns <line>",
      'say what a file or column is, overriding the guess: "TABLE=KIND", "TABLE/COLUMN=FIELD" or "COLUMN=FIELD" (repeatable)',
      (line: string, lines: string[] = []) => [...lines, line],
    )
    .option("--mapping <file>", "a file of --columns lines, one per line (# starts a comment)")
    .option("--skip-bad-rows", "analyse the good rows when some rows have errors (they are listed on stderr)")
    .hook("preAction", (_program, action) => {
      const { columns, mapping, skipBadRows } = action.optsWithGlobals<{
        columns?: string[];
        mapping?: string;
        skipBadRows?: boolean;
      }>();
      setLoadFlags({ columns: columns ?? [], mappingFile: mapping, skipBadRows: skipBadRows === true });
    })
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  try {
    for (const load of COMMANDS) (await load()).register(program);
    await program.parseAsync(argv);
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : 2;
    }
    return handleFailure(error, argv.includes("--debug"));
  }
}

const invokedDirectly = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, "/"));
if (invokedDirectly || process.argv[1]?.endsWith("vernetzt.js")) {
  // exitCode, not exit(): process.exit() would cut off output still buffered for a pipe.
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.exitCode = handleFailure(error, process.argv.includes("--debug"));
    },
  );
}
