/**
 * `pnpm bench:table-plan`: how long the table plan of a network meeting takes — 200 participants of the sample
 * city at 10 tables for 4 rounds (the size issue #19 names), and the same for 100 and 50 participants. Prints
 * the seconds for the seating context (core's gaps and recommendations over the whole city), the pair values,
 * the optimiser, and the 1,000 random seatings it is compared with; and the plan's quality. A script, not a
 * test: run it on a quiet machine for figures to quote.
 *
 *   node --conditions=@vernetzt/source --import tsx scripts/bench-table-plan.ts [--seed S] [--repeat R]
 */
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { loadDataset } from "../packages/core/src/node/index.js";
import { pairValues, planTables, seatingContext } from "../packages/core/src/seating/index.js";

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const seed = flag("--seed", 1);
const repeat = flag("--repeat", 3);

const seconds = (start: number) => (performance.now() - start) / 1000;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

const { dataset } = await loadDataset(join(import.meta.dirname, "../data/sample"), { lang: "en" });
if (!dataset) throw new Error("bench-table-plan: data/sample could not be loaded");
let start = performance.now();
const context = seatingContext(dataset);
const contextSeconds = seconds(start);
console.log(
  `machine: ${cpus().length} cores, load ${loadavg()[0]!.toFixed(1)}; Node ${process.version}; seed ${seed}, median of ${repeat}`,
);
console.log(
  `seating context of the sample city (${dataset.actors.length} actors): ${contextSeconds.toFixed(2)} s`,
);
for (const [participants, tables, rounds] of [
  [200, 10, 4],
  [100, 10, 3],
  [50, 5, 2],
] as const) {
  const ids = dataset.actors.slice(0, participants).map((a) => a.id);
  const times = { values: [] as number[], plan: [] as number[], random: [] as number[] };
  let last: ReturnType<typeof planTables> | undefined;
  for (let r = 0; r < repeat; r++) {
    start = performance.now();
    const values = pairValues(context, ids);
    times.values.push(seconds(start));
    start = performance.now();
    planTables(values, { tables, rounds, seed, draws: 0 });
    times.plan.push(seconds(start));
    start = performance.now();
    last = planTables(values, { tables, rounds, seed, draws: 1000 });
    times.random.push(seconds(start) - times.plan[times.plan.length - 1]!);
  }
  const p = last!;
  console.log(
    `${participants} participants, ${tables} tables, ${rounds} rounds: pair values ${median(times.values).toFixed(3)} s, ` +
      `optimiser ${median(times.plan).toFixed(2)} s (${p.iterations} swaps), 1,000 random seatings ${median(times.random).toFixed(2)} s; ` +
      `valuable pairs met ${p.valuablePairsMet} of ${p.valuablePairs}, random mean ${p.random!.randomMean}, ` +
      `95th percentile ${p.random!.randomP95}, beats ${(p.random!.beatenShare * 100).toFixed(1)} % of random plans`,
  );
}
