/** Which dataset the dashboard shows: `VERNETZT_DATA`, else `data/sample`, else the mini fixture. */
import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const dashboard = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const repository = resolve(dashboard, "..");

/**
 * The absolute dataset folder. A relative `VERNETZT_DATA` is resolved against the directory the command was
 * started in (`INIT_CWD`, set by npm and pnpm, which run the dashboard's scripts inside `dashboard/`).
 */
export function resolveDataFolder(env = process.env) {
  if (env.VERNETZT_DATA) return resolve(env.INIT_CWD ?? process.cwd(), env.VERNETZT_DATA);
  const sample = resolve(repository, "data/sample");
  return existsSync(sample) ? sample : resolve(dashboard, "fixtures/mini");
}
