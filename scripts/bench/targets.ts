/**
 * The speed targets of issue #23 and the figure measured for each: `pnpm bench` prints them and writes them
 * into docs/benchmarks.md ("Targets"). A target whose size was not run says so instead of a figure.
 */
import type { Measured } from "./run.js";
import { median } from "./run.js";

/** One measured row of the benchmark, as far as the targets need it. */
export interface TargetRow {
  actors: number;
  tool: string;
  what: string;
  runs: Measured[];
}

/** One target: what is promised, what was measured, whether it holds (null: not measured). */
export interface TargetResult {
  target: string;
  measured: string;
  met: boolean | null;
}

const s = (value: number) => `${value.toFixed(2)} s`;
const mb = (value: number) => `${Math.round(value).toLocaleString("en-GB")} MB`;
const med = (runs: Measured[], key: "wall" | "cpu") => median(runs.map((run) => run[key]));
const peak = (runs: Measured[]) => Math.max(...runs.map((run) => run.peakMB));
/** "median of 3, load 2.1–3.4": how many runs, and the load average the machine had when they started. */
const runsOf = (runs: Measured[]) => {
  const loads = runs.map((run) => run.load);
  const low = Math.min(...loads).toFixed(1);
  const high = Math.max(...loads).toFixed(1);
  return `median of ${runs.length}, load ${low === high ? low : `${low}–${high}`}`;
};
const notRun = (target: string, how: string): TargetResult => ({
  target,
  measured: `not run (${how})`,
  met: null,
});

/** The targets against the rows of one benchmark run. */
export function targetResults(
  rows: readonly TargetRow[],
  /** Top-100 overlap of the sampled betweenness at 100,000 actors with the samples of the 100k row (null: not measured). */
  overlap100k: number | null = null,
): TargetResult[] {
  const find = (actors: number, tool: string) =>
    rows.find((row) => row.actors === actors && row.tool === tool && row.runs.length > 0);
  const results: TargetResult[] = [];

  const start = rows.find((row) => row.tool === "vernetzt (command)" && row.runs.length > 0);
  const startTarget = "`vernetzt validate` on the sample (218 actors): ≤ 0.3 s CPU";
  results.push(
    start
      ? {
          target: startTarget,
          measured: `${s(med(start.runs, "cpu"))} CPU, ${s(med(start.runs, "wall"))} wall (${runsOf(start.runs)})`,
          met: med(start.runs, "cpu") <= 0.3,
        }
      : notRun(startTarget, "start not measured"),
  );

  const ours = find(10_000, "vernetzt");
  const igraph = find(10_000, "python-igraph");
  const tenK = "10,000 actors, full analysis: ≤ 0.1 × python-igraph in CPU and in wall time";
  if (ours && igraph) {
    const cpu = med(ours.runs, "cpu") / med(igraph.runs, "cpu");
    const wall = med(ours.runs, "wall") / med(igraph.runs, "wall");
    results.push({
      target: tenK,
      measured: `${cpu.toFixed(2)}× CPU, ${wall.toFixed(2)}× wall (${s(med(ours.runs, "cpu"))} vs ${s(med(igraph.runs, "cpu"))} CPU; ${runsOf(ours.runs)})`,
      met: cpu <= 0.1 && wall <= 0.1,
    });
  } else results.push(notRun(tenK, "--sizes without 10000, or igraph missing"));

  const hundredK = find(100_000, "vernetzt");
  const hundredTarget =
    "100,000 actors, full analysis with sampled betweenness: ≤ 30 s wall, ≤ 1 GB, top-100 overlap ≥ 0.95";
  const overlapText =
    overlap100k === null ? "overlap not measured" : `top-100 overlap ${overlap100k.toFixed(2)}`;
  results.push(
    hundredK
      ? {
          target: hundredTarget,
          measured: `${s(med(hundredK.runs, "wall"))} wall, ${mb(peak(hundredK.runs))} peak, ${overlapText} (${runsOf(hundredK.runs)})`,
          met:
            med(hundredK.runs, "wall") <= 30 &&
            peak(hundredK.runs) <= 1000 &&
            (overlap100k === null ? null : overlap100k >= 0.95),
        }
      : notRun(hundredTarget, "--sizes without 100000"),
  );

  const million = find(1_000_000, "vernetzt (core)");
  const millionTarget = "1,000,000 actors, the core set: ≤ 60 s wall, ≤ 4 GB peak";
  results.push(
    million
      ? {
          target: millionTarget,
          measured: `${s(med(million.runs, "wall"))} wall, ${mb(peak(million.runs))} peak (${runsOf(million.runs)})`,
          met: med(million.runs, "wall") <= 60 && peak(million.runs) <= 4000,
        }
      : notRun(millionTarget, "--sizes without 1000000"),
  );
  return results;
}

/** The targets as Markdown table lines. */
export function targetTable(results: readonly TargetResult[]): string[] {
  return [
    "| target | measured | met |",
    "| --- | --- | --- |",
    ...results.map(
      (r) => `| ${r.target} | ${r.measured} | ${r.met === null ? "–" : r.met ? "yes" : "**no**"} |`,
    ),
  ];
}
