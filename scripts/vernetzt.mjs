#!/usr/bin/env node
/**
 * `pnpm vernetzt …` from the repository: runs the compiled command (`packages/cli/dist/bin/vernetzt.js`, the
 * package's `bin`), and first builds it when it is missing or older than a source file of core, figures or the
 * CLI — so the documented command is always the compiled one and never a stale one. (`pnpm vernetzt:dev`
 * runs the TypeScript sources directly through tsx, at about four times the start-up cost.)
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { CLI_BIN, CLI_PACKAGES, cliBinIsStale, ROOT } from "./cli-bin.mjs";

if (cliBinIsStale()) {
  process.stderr.write("vernetzt: building the command from the sources first (once after each change) …\n");
  const tsc = join(ROOT, "node_modules/typescript/bin/tsc");
  const steps = [
    ...CLI_PACKAGES.map((name) => [tsc, "-p", join(ROOT, "packages", name, "tsconfig.build.json")]),
    [join(ROOT, "packages/cli/scripts/bundle.mjs")],
  ];
  for (const step of steps) {
    if (spawnSync(process.execPath, step, { stdio: "inherit", cwd: ROOT }).status !== 0) {
      process.stderr.write(
        "vernetzt: the build failed (see above). Run `npx -y pnpm@10.34.8 install` and try again.\n",
      );
      process.exit(2);
    }
  }
}

// The bin starts itself when it is the script node runs; from here on, it is.
process.argv[1] = CLI_BIN;
await import(pathToFileURL(CLI_BIN).href);
