/**
 * One of the build's part processes (`scripts/build.mjs` starts one per core, before Framework's build): reads
 * the dataset once and computes every part of the dashboard data no other process has taken, into
 * `VERNETZT_PART_CACHE` (`loaders/built-parts.ts`). `--quiet`: do not print the dataset's validation
 * report (the first process prints it).
 *
 *   node --conditions=@vernetzt/source --import tsx scripts/compute-parts.ts [--quiet]
 */
import { computeBuiltParts, readDatasetQuietly } from "../loaders/built-parts.js";

if (process.argv.includes("--quiet")) readDatasetQuietly();
computeBuiltParts().catch((error: unknown) => {
  process.stderr.write(`vernetzt dashboard: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
