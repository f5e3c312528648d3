/**
 * The long fuzz run: the same properties as the CI suite (`test/fuzz/`), with many more cases.
 *
 *   node --conditions=@vernetzt/source --import tsx scripts/fuzz-long.ts [--runs N] [--seed S] [--round-trip-runs M] [target…]
 *
 * Defaults: 5,000 cases per importer target (`test/fuzz/properties.ts`), seed = the current date (printed, so a
 * failure can be replayed with `--seed`), and 2,000 cases per round-trip property (`test/fuzz/round-trip.test.ts`,
 * run through vitest with FUZZ_RUNS). Each importer target runs under the watchdog (a case that makes no
 * progress for 60 s fails the target). Prints one line per target and a summary; exit code 1 when anything failed.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { runFuzz } from "../test/fuzz/watchdog.js";

const args = process.argv.slice(2);
function flag(name: string, fallback: number): number {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const [value] = args.splice(i, 2).slice(1);
  return Number(value);
}
const runs = flag("--runs", 5_000);
const seed = flag("--seed", Number(new Date().toISOString().slice(0, 10).replace(/-/g, "")));
const roundTripRuns = flag("--round-trip-runs", 2_000);
const targets = args;

const started = Date.now();
console.log(`fuzz-long: ${runs} cases per importer target, seed ${seed}`);
const results = await runFuzz({
  runs,
  seed,
  stallMs: 60_000,
  ...(targets.length > 0 ? { targets } : {}),
  onLine: (line) => {
    if (typeof line.result === "string") {
      const status = line.failed ? "FAILED" : "ok";
      console.log(
        `  ${String(line.result).padEnd(18)} ${String(line.runs).padStart(7)} cases ${String(line.ms).padStart(7)} ms  ${status}`,
      );
    }
  },
});
let failed = false;
for (const result of results.filter((r) => r.failed)) {
  failed = true;
  console.log(`\n${result.result}: ${result.error}`);
  if (result.hung) console.log(`  hung in ${result.hung.target} after ${result.hung.cases} cases`);
  console.log(`  replay: --seed ${result.seed} ${result.result}  (fast-check path ${result.path})`);
  if (result.counterexample) console.log(`  counterexample: ${result.counterexample.slice(0, 1000)}`);
}
const importerCases = results.reduce((sum, r) => sum + r.runs, 0);

let roundTripCases = 0;
if (roundTripRuns > 0 && targets.length === 0) {
  const root = fileURLToPath(new URL("..", import.meta.url));
  console.log(`round trips: ${roundTripRuns} cases per property (5 properties)`);
  const vitest = spawnSync("node_modules/.bin/vitest", ["run", "test/fuzz/round-trip.test.ts"], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, FUZZ_RUNS: String(roundTripRuns) },
  });
  const passed = vitest.status === 0;
  roundTripCases = roundTripRuns * 5;
  console.log(`  round-trip        ${String(roundTripCases).padStart(7)} cases  ${passed ? "ok" : "FAILED"}`);
  if (!passed) {
    failed = true;
    console.log(vitest.stdout.slice(-4000));
  }
}
const minutes = ((Date.now() - started) / 60_000).toFixed(1);
console.log(
  `\nfuzz-long: ${importerCases + roundTripCases} cases (${importerCases} importer, ${roundTripCases} round trip) in ${minutes} min, ${failed ? "FAILURES" : "no failure"}`,
);
process.exitCode = failed ? 1 : 0;
