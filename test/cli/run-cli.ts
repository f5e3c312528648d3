/** Runs the vernetzt CLI from source in a child process, as `pnpm vernetzt …` does, for end-to-end tests. */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/** The repository root: the working directory of every CLI run. */
export const ROOT = fileURLToPath(new URL("../../", import.meta.url));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `vernetzt <args>` with an English locale unless `env` says otherwise. */
export function runCli(args: string[], env: NodeJS.ProcessEnv = {}): CliResult {
  const result = spawnSync(
    process.execPath,
    ["--conditions=@vernetzt/source", "--import", "tsx", "packages/cli/src/main.ts", ...args],
    { cwd: ROOT, encoding: "utf8", env: { ...process.env, LANG: "C", LC_ALL: "", ...env } },
  );
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** `vernetzt(...args)`: `runCli(args)` with the arguments spread. */
export const vernetzt = (...args: string[]): CliResult => runCli(args);
