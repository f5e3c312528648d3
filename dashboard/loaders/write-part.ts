/**
 * A data loader's whole work (`src/data/<part>.json.ts`): copies its part of this build, computed before
 * Framework's build (`loaders/built-parts.ts`), to stdout. Imports nothing heavy, so a loader costs only
 * Node's start; only when the part is missing (no `VERNETZT_PART_CACHE`, e.g. `observable preview`) does it
 * load core and compute it. A failure ends the loader with exit code 1 and the message on stderr.
 */
import { createReadStream, existsSync } from "node:fs";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import type { DashboardData } from "./dashboard-data.js";

export async function writeBuiltPart(part: keyof DashboardData): Promise<void> {
  try {
    const folder = process.env.VERNETZT_PART_CACHE;
    const file = folder ? join(folder, `${part}.json`) : undefined;
    if (file && existsSync(file)) {
      await pipeline(createReadStream(file), process.stdout, { end: false });
      return;
    }
    const { builtPart } = await import("./built-parts.js");
    process.stdout.write(JSON.stringify(await builtPart(part)));
  } catch (error) {
    process.stderr.write(`${part}.json: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
