#!/usr/bin/env node
/**
 * vernetzt CLI entry point. Commands live one per file in `commands/`; each exports `register(program)`.
 * Exit codes (public contract): 0 success, 1 the input has errors, 2 usage error or failure.
 */
import { Command, CommanderError } from "commander";
import { setLoadFlags } from "./util/dataset.js";
import { handleFailure } from "./util/errors.js";

type CommandModule = { register: (program: Command) => void };

/**
 * One entry per command module, keyed by the top-level command name it registers; keep alphabetical. A run
 * loads only the module of the command it names (a module may pull in XLSX writers, the figures package or
 * layouts that other commands never need); `--help`, no command or an unknown one loads them all, so the help
 * lists every command and commander can suggest the nearest name.
 */
export const COMMANDS: Record<string, () => Promise<CommandModule>> = {
  analyze: () => import("./commands/analyze.js"),
  compare: () => import("./commands/compare.js"),
  cut: () => import("./commands/cut.js"),
  export: () => import("./commands/export.js"),
  gaps: () => import("./commands/gaps.js"),
  generate: () => import("./commands/generate.js"),
  handouts: () => import("./commands/handouts.js"),
  indicator: () => import("./commands/indicator.js"),
  meeting: () => import("./commands/meeting.js"),
  meetings: () => import("./commands/meetings.js"),
  metrics: () => import("./commands/metrics.js"),
  projects: () => import("./commands/projects.js"),
  recommend: () => import("./commands/recommend.js"),
  report: () => import("./commands/report.js"),
  survey: () => import("./commands/survey.js"),
  template: () => import("./commands/template.js"),
  ties: () => import("./commands/ties.js"),
  validate: () => import("./commands/validate.js"),
};

/** Global options that take a value: their value is not the command name. */
const GLOBAL_OPTIONS_WITH_VALUE = new Set(["--lang", "--columns", "--mapping"]);

/**
 * The modules a run needs: the named command's alone, or all of them when the first word that is no option is
 * missing, `help` or not a command.
 */
export function commandModulesFor(argv: readonly string[]): Array<() => Promise<CommandModule>> {
  const words = argv.slice(2);
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    if (word === "--") break;
    if (word.startsWith("-")) {
      if (GLOBAL_OPTIONS_WITH_VALUE.has(word)) i++;
      continue;
    }
    const load = Object.hasOwn(COMMANDS, word) ? COMMANDS[word] : undefined;
    return load ? [load] : Object.values(COMMANDS);
  }
  return Object.values(COMMANDS);
}

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
    for (const load of commandModulesFor(argv)) (await load()).register(program);
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
  // A reader that stops early (`vernetzt … | head`) closes the pipe: stop quietly, as Unix tools do, instead of
  // an unhandled EPIPE with a stack trace.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(typeof process.exitCode === "number" ? process.exitCode : 0);
    process.exitCode = handleFailure(error, process.argv.includes("--debug"));
  });
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
