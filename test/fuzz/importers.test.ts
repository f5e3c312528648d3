/**
 * Fuzz tests of every importer (CSV, XLSX, JSON, GEXF, GraphML): never an exception, never a hang, a well-formed
 * report, and no data record dropped silently. The properties live in `properties.ts`; they run in a child
 * process under a watchdog (`watchdog.ts`) that fails a target whose case makes no progress for 20 s.
 * CI runs FUZZ_RUNS cases per target (default 200, fixed seed); `scripts/fuzz-long.ts` runs many more.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { FUZZ_TARGETS } from "./properties.js";
import { runFuzz, type TargetResult } from "./watchdog.js";

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const SEED = Number(process.env.FUZZ_SEED ?? 20261121);
let results: TargetResult[] = [];

beforeAll(async () => {
  results = await runFuzz({ runs: RUNS, seed: SEED, stallMs: 20_000 });
  const total = results.reduce((sum, r) => sum + r.runs, 0);
  console.log(`fuzz: ${total} cases in ${results.length} targets (seed ${SEED}, ${RUNS} per target)`);
}, 120_000);

describe("the fuzz watchdog", () => {
  it("runFuzz kills a run whose case hangs and reports where it hung", { timeout: 180_000 }, async () => {
    const [result] = await runFuzz({ runs: 1, seed: 1, stallMs: 3_000, targets: ["__hang__"] });
    expect(result?.failed).toBe(true);
    expect(result?.hung).toEqual({ target: "__hang__", cases: 1 });
  });
});

describe("importers under fuzzing", () => {
  for (const target of FUZZ_TARGETS) {
    it(`${target.name}: no exception, no hang, nothing dropped silently (${RUNS} cases)`, () => {
      const result = results.find((r) => r.result === target.name);
      const runner = results.find((r) => r.result === "(runner)" || r.hung);
      expect(runner, JSON.stringify(runner)).toBeUndefined();
      expect(result, `${target.name} did not run`).toBeDefined();
      const report = `${result!.error}\nreplay: seed ${result!.seed}, path ${result!.path}\n${result!.counterexample}`;
      expect(result!.failed, report).toBe(false);
      expect(result!.runs).toBe(RUNS);
    });
  }
});
