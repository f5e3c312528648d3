/**
 * Where the compiled `vernetzt` command is and whether it is older than its sources. Shared by
 * `scripts/vernetzt.mjs` (`pnpm vernetzt`, which builds a stale command first) and the CLI tests (which run the
 * compiled command when it is current, else the sources).
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
/** The compiled command (the `bin` of `@vernetzt/cli`). */
export const CLI_BIN = join(ROOT, "packages/cli/dist/bin/vernetzt.js");
/** The packages compiled into it. */
export const CLI_PACKAGES = ["core", "figures", "cli"];

/** The newest modification time of the files under `folder` (0 when it does not exist). */
function newest(folder) {
  if (!existsSync(folder)) return 0;
  let latest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) latest = Math.max(latest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return latest;
}

/** True when the compiled command is missing or a source file or package.json changed after it was built. */
export function cliBinIsStale() {
  if (!existsSync(CLI_BIN)) return true;
  const built = statSync(CLI_BIN).mtimeMs;
  return CLI_PACKAGES.some((name) => {
    const folder = join(ROOT, "packages", name);
    return newest(join(folder, "src")) > built || statSync(join(folder, "package.json")).mtimeMs > built;
  });
}
