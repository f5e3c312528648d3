/**
 * `pnpm bench`: vernetzt against networkx and python-igraph on the same generated networks, whole processes.
 *
 *   pnpm bench [--sizes 1000,10000,100000,1000000] [--repeat 3] [--quick] [--samples 1000] [--accuracy 20000]
 *              [--exact-max 20000] [--networkx-max 1000] [--work /tmp/vernetzt-bench] [--out docs/benchmarks.md]
 *
 * Per size: `vernetzt generate --actors N --mean-degree 8 --seed 1` (mean degree 6 from 500,000 actors on, the
 * generator's default), the graph `vernetzt analyze` builds written as an edge list (`bench/export-graph.ts`),
 * then `vernetzt analyze --json` (exact up to `--exact-max` actors, else `--samples K`), and — when
 * `/usr/bin/python3` has them — `bench/igraph_full.py` and `bench/networkx_full.py` (networkx only up to
 * `--networkx-max` actors, once: pure Python takes minutes already at 2,000 actors). From 500,000 actors on, `bench/million.ts` runs the city-region set through
 * core's functions instead (load, validate, degree, components, PageRank, k-core, Louvain, mixing, E-I).
 * Sampled-betweenness accuracy (`--accuracy N`, 0 skips): top-100 overlap and largest error of vernetzt's
 * `--samples K` estimate against igraph's exact betweenness of the same graph (computed once, cached).
 * Prints the medians, ratios and peak memory, and writes the Markdown table to `--out`. A script, not a test.
 * `--quick`: 2,000 actors, one run, accuracy at 2,000.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { betweennessSampleError } from "../packages/core/src/centrality/path-metrics.js";
import { type Measured, measure, median, pythonHas } from "./bench/run.js";

interface Options {
  sizes: number[];
  repeat: number;
  samples: number;
  accuracy: number;
  exactMax: number;
  networkxMax: number;
  work: string;
  out: string;
}

function parseOptions(argv: string[]): Options {
  const quick = argv.includes("--quick");
  const options: Options = {
    sizes: quick ? [2000] : [1000, 10_000, 100_000, 1_000_000],
    repeat: quick ? 1 : 3,
    samples: 1000,
    accuracy: quick ? 2000 : 20_000,
    exactMax: 20_000,
    networkxMax: quick ? 2000 : 1000,
    work: "/tmp/vernetzt-bench",
    out: "docs/benchmarks.md",
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    if (flag === "--quick") continue;
    const value = argv[++i];
    if (value === undefined) throw new Error(`bench: ${flag} needs a value`);
    const count = () => {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 0)
        throw new Error(`bench: ${flag} must be a whole number, got ${value}`);
      return n;
    };
    if (flag === "--sizes") options.sizes = value.split(",").map((v) => Number(v.replace(/_/g, "")));
    else if (flag === "--repeat") options.repeat = Math.max(1, count());
    else if (flag === "--samples") options.samples = count();
    else if (flag === "--accuracy") options.accuracy = count();
    else if (flag === "--exact-max") options.exactMax = count();
    else if (flag === "--networkx-max") options.networkxMax = count();
    else if (flag === "--work") options.work = value;
    else if (flag === "--out") options.out = value;
    else throw new Error(`bench: unknown option ${flag}`);
  }
  if (options.sizes.some((n) => !Number.isInteger(n) || n < 10))
    throw new Error("bench: --sizes: whole numbers ≥ 10");
  return options;
}

const NODE = process.execPath;
const TSX = ["--conditions=source", "--import", "tsx"];
const CLI = [...TSX, "packages/cli/src/main.ts"];
const MILLION = 500_000;

/** One row of the result table. */
interface Row {
  actors: number;
  ties: number | null;
  tool: string;
  what: string;
  runs: Measured[];
  note?: string;
}

function log(text: string): void {
  process.stderr.write(`bench: ${text}\n`);
}

/** The dataset folder of a size, generated once (the generator is seeded: same bytes every time). */
function dataset(options: Options, actors: number): string {
  const dir = join(options.work, `city-${actors}`);
  if (!existsSync(join(dir, "actors.csv"))) {
    log(`generating ${actors} actors → ${dir}`);
    const meanDegree = actors >= MILLION ? "6" : "8";
    run(
      NODE,
      [...CLI, "generate", "--actors", String(actors), "--mean-degree", meanDegree, "--seed", "1"].concat([
        "--out",
        dir,
        "--force",
      ]),
    );
  }
  return dir;
}

/** The edge list of the analysed graph (cached), and its tie count. */
function exported(options: Options, actors: number): { prefix: string; ties: number } {
  const prefix = join(options.work, `graph-${actors}`);
  const summary = `${prefix}.json`;
  if (!existsSync(summary)) {
    const out = run(NODE, [...TSX, "scripts/bench/export-graph.ts", dataset(options, actors), prefix]);
    writeFileSync(summary, out);
  }
  return { prefix, ties: JSON.parse(readFileSync(summary, "utf8")).ties };
}

function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: "utf8", maxBuffer: 1 << 30 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")}: ${result.stderr.slice(-2000)}`);
  return result.stdout;
}

/** Failures by run label: a failed run is reported in the table instead of ending the benchmark. */
const failures = new Map<string, string>();

function repeated(times: number, label: string, once: () => Measured): Measured[] {
  const runs: Measured[] = [];
  for (let i = 0; i < times; i++) {
    try {
      runs.push(once());
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      failures.set(label, message.slice(-300).replace(/\s+/g, " "));
      log(`${label} run ${i + 1}/${times} failed: ${message.slice(-1000)}`);
      break;
    }
    const last = runs.at(-1)!;
    log(`${label} run ${i + 1}/${times}: ${last.wall.toFixed(1)} s wall, ${last.peakMB.toFixed(0)} MB`);
  }
  return runs;
}

function benchSize(options: Options, actors: number, python: { igraph: boolean; networkx: boolean }): Row[] {
  const dir = dataset(options, actors);
  if (actors >= MILLION) {
    const runs = repeated(1, `million ${actors}`, () =>
      measure(NODE, ["--max-old-space-size=7600", ...TSX, "scripts/bench/million.ts", dir]),
    );
    if (runs.length === 0) {
      const what = "load+validate, degree, components, PageRank, k-core, Louvain, mixing, E-I";
      return [
        {
          actors,
          ties: null,
          tool: "vernetzt (core)",
          what,
          runs,
          note: `failed: ${failures.get(`million ${actors}`)}`,
        },
      ];
    }
    const result = JSON.parse(runs[0]!.stdout);
    return [
      {
        actors,
        ties: result.figures.ties,
        tool: "vernetzt (core)",
        what: "load+validate, degree, components, PageRank, k-core, Louvain, mixing, E-I (1000 perm.) × 3",
        runs,
        note: Object.entries(result.seconds as Record<string, number>)
          .map(([step, s]) => `${step} ${s} s`)
          .join(", "),
      },
    ];
  }
  const exact = actors <= options.exactMax;
  const samples = exact ? [] : [String(options.samples)];
  const what = exact ? "full analysis, exact paths" : `full analysis, ${options.samples} sampled sources`;
  const { prefix, ties } = exported(options, actors);
  const out = join(options.work, `analyze-${actors}.json`);
  const rows: Row[] = [
    {
      actors,
      ties,
      tool: "vernetzt",
      what,
      runs: repeated(options.repeat, `vernetzt ${actors}`, () =>
        measure(NODE, [...CLI, "analyze", dir, "--json", ...(exact ? [] : ["--samples", ...samples])], {
          stdoutFile: out,
        }),
      ),
    },
  ];
  if (python.igraph) {
    rows.push({
      actors,
      ties,
      tool: "python-igraph",
      what: exact ? what : "full analysis without betweenness, APL, diameter; closeness for the sample",
      runs: repeated(options.repeat, `igraph ${actors}`, () =>
        measure("/usr/bin/python3", ["scripts/bench/igraph_full.py", prefix, ...samples]),
      ),
    });
  }
  if (python.networkx && actors <= options.networkxMax) {
    rows.push({
      actors,
      ties,
      tool: "networkx",
      what: exact ? what : `full analysis, betweenness k=${options.samples}, no closeness`,
      runs: repeated(1, `networkx ${actors}`, () =>
        measure("/usr/bin/python3", ["scripts/bench/networkx_full.py", prefix, ...samples]),
      ),
    });
  }
  return rows;
}

interface Accuracy {
  actors: number;
  ties: number;
  samples: number;
  overlap: number;
  maxError: number;
  bound: number;
  exactSeconds: number;
}

/** Top-100 overlap and largest error of sampled against exact (igraph) normalised betweenness. */
function accuracy(options: Options, actors: number): Accuracy {
  const { prefix, ties } = exported(options, actors);
  const exactFile = `${prefix}.betweenness.json`;
  if (!existsSync(exactFile)) {
    log(`exact betweenness of ${actors} actors by igraph (once)`);
    run("/usr/bin/python3", ["scripts/bench/igraph_betweenness.py", prefix, exactFile]);
  }
  const exactResult = JSON.parse(readFileSync(exactFile, "utf8"));
  const scale = 2 / ((actors - 1) * (actors - 2));
  const exact = (exactResult.betweenness as number[]).map((b) => b * scale);
  const sampled = JSON.parse(
    run(NODE, [...CLI, "analyze", dataset(options, actors), "--json", "--samples", String(options.samples)]),
  ).actors.map((a: { betweennessNormalized: number }) => a.betweennessNormalized) as number[];
  const top = (values: number[]) =>
    new Set(
      values
        .map((value, i) => ({ value, i }))
        .sort((a, b) => b.value - a.value || a.i - b.i)
        .slice(0, 100)
        .map((e) => e.i),
    );
  const exactTop = top(exact);
  const overlap = [...top(sampled)].filter((i) => exactTop.has(i)).length / 100;
  const maxError = Math.max(...exact.map((value, i) => Math.abs(value - sampled[i]!)));
  const bound = betweennessSampleError(actors, options.samples, 0.05);
  return {
    actors,
    ties,
    samples: options.samples,
    overlap,
    maxError,
    bound,
    exactSeconds: exactResult.seconds,
  };
}

const fmt = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : "–");
const int = (value: number | null) => (value === null ? "–" : value.toLocaleString("en-GB"));

function markdown(
  options: Options,
  rows: Row[],
  acc: Accuracy | null,
  machine: Record<string, string>,
): string {
  const lines = [
    "# Benchmarks",
    "",
    "Written by `pnpm bench` (`scripts/bench.ts`); do not edit by hand, run it again. Every figure is a whole",
    "process (`/usr/bin/time`): start-up, reading the files, every measure, writing the JSON. Medians of",
    `${options.repeat} run(s) (networkx: one run). Peak memory is the largest resident set size of the process.`,
    "",
    "## Machine",
    "",
    ...Object.entries(machine).map(([k, v]) => `- ${k}: ${v}`),
    "",
    "The machine is shared with other jobs: two cores, and other processes ran during the measurement (load",
    "average above). Wall times depend on that load; CPU times (user + system) much less. The ratio column",
    "compares vernetzt's median wall time with python-igraph's on the same graph in the same run.",
    "",
    "## Results",
    "",
    "| actors | ties | tool | what | wall s (median) | CPU s | peak MB | vs igraph |",
    "| ---: | ---: | --- | --- | ---: | ---: | ---: | ---: |",
  ];
  for (const row of rows) {
    const wall = median(row.runs.map((r) => r.wall));
    const igraph = rows.find((r) => r.actors === row.actors && r.tool === "python-igraph");
    const ratio =
      igraph && row.tool !== "python-igraph" ? wall / median(igraph.runs.map((r) => r.wall)) : null;
    lines.push(
      `| ${int(row.actors)} | ${int(row.ties)} | ${row.tool} | ${row.what} | ${fmt(wall)} | ` +
        `${fmt(median(row.runs.map((r) => r.cpu)))} | ${fmt(Math.max(...row.runs.map((r) => r.peakMB)), 0)} | ` +
        `${ratio === null ? "" : `${fmt(ratio, 2)}×`} |`,
    );
  }
  for (const [label, message] of failures) lines.push("", `Failed: ${label}: ${message}`);
  const notes = rows.filter((r) => r.note);
  if (notes.length > 0) {
    lines.push("", "Steps of the million-actor run (seconds inside the process):", "");
    for (const row of notes) lines.push(`- ${int(row.actors)} actors: ${row.note}`);
  }
  if (acc) {
    lines.push(
      "",
      "## Sampled betweenness",
      "",
      `${int(acc.actors)} actors, ${int(acc.ties)} ties, ${acc.samples} sampled sources (\`--samples ${acc.samples}\`) against`,
      `python-igraph's exact betweenness of the same graph (${fmt(acc.exactSeconds)} s in igraph's C core):`,
      "",
      "| figure | value |",
      "| --- | --- |",
      `| top-100 overlap with exact | ${fmt(acc.overlap, 2)} |`,
      `| largest error of normalised betweenness | ${acc.maxError.toExponential(2)} |`,
      `| Hoeffding bound ε (δ = 0.05) | ${acc.bound.toExponential(2)} |`,
    );
  }
  lines.push(
    "",
    "## What each tool computes",
    "",
    "- vernetzt: `vernetzt analyze <folder> --json` — every per-actor measure, network figures, Louvain, and per",
    "  district, sector and kind the mixing matrix, E-I index with 1000 permutations, assortativity, brokerage,",
    "  NMI/ARI. From 500,000 actors: `scripts/bench/million.ts` (the city-region set through core's functions).",
    "- python-igraph (`scripts/bench/igraph_full.py`): the same measures where igraph has them; igraph has no",
    "  effective size, E-I index or brokerage. igraph has no sampled betweenness: in sampled rows it skips",
    "  betweenness, average path length and diameter and computes closeness for the sampled vertices only, so",
    "  its time there is a lower bound.",
    "- networkx (`scripts/bench/networkx_full.py`): the same measures including effective size (no E-I, no",
    "  brokerage); sampled rows use `betweenness_centrality(k=…)` and skip closeness.",
    "",
    "## Reproduce",
    "",
    "    apt-get install -y python3-networkx python3-igraph   # optional: the reference tools",
    `    pnpm bench --sizes ${options.sizes.join(",")} --repeat ${options.repeat} --samples ${options.samples} --accuracy ${options.accuracy}`,
    "",
  );
  return lines.join("\n");
}

function python(module: string): string | null {
  return existsSync("/usr/bin/python3") ? pythonHas(module) : null;
}

const options = parseOptions(process.argv.slice(2));
mkdirSync(options.work, { recursive: true });
const versions = { igraph: python("igraph"), networkx: python("networkx") };
const loadBefore = loadavg().map((l) => l.toFixed(1));
const started = new Date();
const rows: Row[] = [];
for (const actors of options.sizes) {
  rows.push(
    ...benchSize(options, actors, { igraph: versions.igraph !== null, networkx: versions.networkx !== null }),
  );
}
let acc: Accuracy | null = null;
try {
  acc = options.accuracy > 0 && versions.igraph ? accuracy(options, options.accuracy) : null;
} catch (error) {
  failures.set(`accuracy ${options.accuracy}`, String(error).slice(-300));
}
const machine = {
  date: `${started.toISOString().slice(0, 16).replace("T", " ")} UTC (run took ${Math.round((Date.now() - started.getTime()) / 60000)} min)`,
  CPU: `${cpus()[0]?.model ?? "?"}, ${cpus().length} cores`,
  memory: `${Math.round(totalmem() / 2 ** 30)} GiB`,
  "load average (1/5/15 min) at start / end": `${loadBefore.join(" ")} / ${loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")}`,
  software: `Node ${process.version}, python-igraph ${versions.igraph ?? "not installed"}, networkx ${
    versions.networkx ?? "not installed"
  } (Debian packages)`,
};
const text = markdown(options, rows, acc, machine);
writeFileSync(options.out, text);
process.stdout.write(text);
