/**
 * Child process of the fuzz watchdog: runs fuzz targets and writes one JSON line per case started (progress)
 * and one per target finished (result) to stdout. Not a test file: `watchdog.ts` spawns it.
 *
 *   node --conditions=@vernetzt/source --import tsx test/fuzz/run.ts <runs> <seed> [target…]
 */
import fc from "fast-check";
import { FUZZ_TARGETS, prepareTargets } from "./properties.js";

const [runsText = "100", seedText = "1", ...names] = process.argv.slice(2);
const numRuns = Number(runsText);
const seed = Number(seedText);
const write = (line: object) => process.stdout.write(`${JSON.stringify(line)}\n`);

// "__hang__" is the watchdog's own test: a case that never ends
if (names.includes("__hang__")) {
  write({ progress: "__hang__", cases: 1 });
  for (;;);
}
await prepareTargets();
for (const target of FUZZ_TARGETS.filter((t) => names.length === 0 || names.includes(t.name))) {
  let cases = 0;
  const started = Date.now();
  const property = target.property();
  const counted = property.beforeEach(async (previous) => {
    cases++;
    if (cases % 10 === 0) write({ progress: target.name, cases });
    await previous();
  });
  const details = await fc.check(counted, { numRuns, seed, endOnFailure: false });
  write({
    result: target.name,
    runs: details.numRuns,
    cases,
    failed: details.failed,
    seed,
    path: details.counterexamplePath,
    error: details.failed ? String(details.errorInstance) : null,
    counterexample: details.failed ? fc.stringify(details.counterexample).slice(0, 2000) : null,
    ms: Date.now() - started,
  });
}
