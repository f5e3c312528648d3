/**
 * Runs the vernetzt CLI in a child process, as `pnpm vernetzt …` does, for end-to-end tests: the compiled command
 * (`packages/cli/dist/bin/vernetzt.js`) when it is current — `pnpm run check` builds it before the tests, so CI
 * tests what users run — else the TypeScript sources through tsx (a test run right after editing a source).
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { CLI_BIN, cliBinIsStale } from "../../scripts/cli-bin.mjs";

/** The repository root: the working directory of every CLI run. */
export const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** Node's arguments that start the command: decided once per test file. */
export const CLI_COMMAND: readonly string[] = cliBinIsStale()
  ? ["--conditions=@vernetzt/source", "--import", "tsx", "packages/cli/src/main.ts"]
  : [CLI_BIN];

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `vernetzt <args>` with an English locale unless `env` says otherwise. */
export function runCli(args: string[], env: NodeJS.ProcessEnv = {}): CliResult {
  const result = spawnSync(process.execPath, [...CLI_COMMAND, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, LANG: "C", LC_ALL: "", ...env },
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** `vernetzt(...args)`: `runCli(args)` with the arguments spread. */
export const vernetzt = (...args: string[]): CliResult => runCli(args);
