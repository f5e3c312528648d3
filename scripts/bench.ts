/**
 * `pnpm bench`: vernetzt against networkx and python-igraph on the same generated networks, whole processes.
 *
 *   pnpm bench [--sizes 1000,10000,100000,1000000] [--repeat 3] [--quick] [--samples 4000] [--accuracy 100000]
 *              [--accuracy-samples 1000,2000] [--accuracy-check 20000] [--exact-max 20000]
 *              [--networkx-max 1000] [--work /tmp/vernetzt-bench] [--out docs/benchmarks.md]
 *
 * Per size: `vernetzt generate --actors N --mean-degree 8 --seed 1` (mean degree 6 from 500,000 actors on, the
 * generator's default), the graph `vernetzt analyze` builds written as an edge list (`bench/export-graph.ts`),
 * then `vernetzt analyze --json` (exact up to `--exact-max` actors, else `--samples K`), and — when
 * `/usr/bin/python3` has them — `bench/igraph_full.py` and `bench/networkx_full.py` (networkx only up to
 * `--networkx-max` actors, once: pure Python takes minutes already at 2,000 actors). From 500,000 actors on, `bench/million.ts` runs the city-region set through
 * core's functions instead (load, validate, degree, components, PageRank, k-core, Louvain, mixing, E-I).
 * Sampled-betweenness accuracy (`--accuracy N`, 0 skips): top-100 overlap and largest error of vernetzt's
 * `--samples K` estimate (each K of `--accuracy-samples`) against the exact betweenness of the same graph,
 * computed once by vernetzt's exact sweep and cached; that exact sweep is itself compared with igraph's exact
 * betweenness at `--accuracy-check` actors (igraph takes about 3 minutes at 20,000, hours at 100,000).
 * vernetzt runs as the built command (`packages/cli/dist/bin/vernetzt.js`, the package's bin and what
 * `pnpm vernetzt` runs); the script builds it first. Its start is measured on its own: `validate` on the sample,
 * five runs (`--repeat` when larger). The targets of issue #23 are printed with the figure measured for each. The "Dashboard" section of `--out` (measured by the browser tests and `pnpm bench:dashboard`)
 * is kept as it is.
 * Prints the medians, ratios and peak memory, and writes the Markdown table to `--out`. A script, not a test.
 * `--quick`: 2,000 actors, one run, accuracy at 2,000.
 */
import { spawnSync } from "node:child_process";
import { existsSync, linkSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { betweennessSampleError } from "../packages/core/src/graph/path-metrics.js";
import { type Measured, measure, median, pythonHas } from "./bench/run.js";
import { targetResults, targetTable } from "./bench/targets.js";
import { CLI_BIN } from "./cli-bin.mjs";

interface Options {
  sizes: number[];
  repeat: number;
  samples: number;
  accuracy: number;
  exactMax: number;
  networkxMax: number;
  /** Sample counts whose accuracy is measured at `accuracy` actors. */
  accuracySamples: number[];
  /** Size at which vernetzt's exact betweenness is checked against igraph's (0 skips). */
  accuracyCheck: number;
  work: string;
  out: string;
}

function parseOptions(argv: string[]): Options {
  const quick = argv.includes("--quick");
  const options: Options = {
    sizes: quick ? [2000] : [1000, 10_000, 100_000, 1_000_000],
    repeat: quick ? 1 : 3,
    samples: quick ? 500 : 4000,
    accuracy: quick ? 2000 : 100_000,
    exactMax: 20_000,
    networkxMax: quick ? 2000 : 1000,
    accuracySamples: quick ? [] : [1000, 4000],
    accuracyCheck: quick ? 2000 : 20_000,
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
    else if (flag === "--accuracy-samples")
      options.accuracySamples = value.split(",").map((v) => Number(v.replace(/_/g, "")));
    else if (flag === "--accuracy-check") options.accuracyCheck = count();
    else if (flag === "--work") options.work = value;
    else if (flag === "--out") options.out = value;
    else throw new Error(`bench: unknown option ${flag}`);
  }
  if (options.sizes.some((n) => !Number.isInteger(n) || n < 10))
    throw new Error("bench: --sizes: whole numbers ≥ 10");
  if (options.accuracySamples.length === 0) options.accuracySamples = [options.samples];
  if (options.accuracySamples.some((k) => !Number.isInteger(k) || k < 1))
    throw new Error("bench: --accuracy-samples: whole numbers ≥ 1");
  return options;
}

const NODE = process.execPath;
const TSX = ["--conditions=@vernetzt/source", "--import", "tsx"];
const CLI = [CLI_BIN];
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

/**
 * The core files of a generated dataset (actors, ties, districts) in a folder of their own, linked: the core
 * set is measured on the survey ties (meetings and respondents are read by the normal reader only).
 */
function coreDataset(options: Options, actors: number): string {
  const from = dataset(options, actors);
  const dir = join(options.work, `core-${actors}`);
  mkdirSync(dir, { recursive: true });
  for (const file of ["actors.csv", "ties.csv", "districts.csv"]) {
    if (!existsSync(join(dir, file))) linkSync(join(from, file), join(dir, file));
  }
  return dir;
}

function benchSize(options: Options, actors: number, python: { igraph: boolean; networkx: boolean }): Row[] {
  const dir = dataset(options, actors);
  if (actors >= MILLION) {
    const core = coreDataset(options, actors);
    const runs = repeated(options.repeat, `million ${actors}`, () =>
      measure(NODE, [...TSX, "scripts/bench/million.ts", core]),
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
        what: `${result.route} path: load+validate, degree, components, PageRank, k-core, Louvain, mixing, E-I (≤ 1000 perm., early stop) × 3`,
        runs,
        note: Object.entries(result.seconds as Record<string, number>)
          .map(([step, s]) => `${step} ${s} s (${result.cpuSeconds?.[step] ?? "?"} s CPU)`)
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
  /** How the exact reference was computed, and its wall time. */
  exactSeconds: number;
  rows: { samples: number; overlap: number; maxError: number; bound: number; seconds: number }[];
  /** vernetzt's exact betweenness against igraph's at `check.actors` (null: not checked). */
  check: { actors: number; maxDifference: number; igraphSeconds: number } | null;
}

/** Normalised betweenness per actor (graph order) from an `analyze --json` document. */
function normalised(json: string): number[] {
  return JSON.parse(json).actors.map((a: { betweennessNormalized: number }) => a.betweennessNormalized);
}

/** vernetzt's exact normalised betweenness of a size (cached), and the wall time it took. */
function vernetztExact(options: Options, actors: number): { values: number[]; seconds: number } {
  const { prefix } = exported(options, actors);
  const file = `${prefix}.vernetzt-exact.json`;
  if (!existsSync(file)) {
    log(`exact betweenness of ${actors} actors by vernetzt (once)`);
    const runs = measure(NODE, [
      ...CLI,
      "analyze",
      dataset(options, actors),
      "--json",
      "--permutations",
      "0",
    ]);
    writeFileSync(file, JSON.stringify({ seconds: runs.wall, betweenness: normalised(runs.stdout) }));
  }
  const cached = JSON.parse(readFileSync(file, "utf8"));
  return { values: cached.betweenness, seconds: cached.seconds };
}

/** igraph's exact normalised betweenness of a size (cached), and igraph's own seconds for it. */
function igraphExact(options: Options, actors: number): { values: number[]; seconds: number } {
  const { prefix } = exported(options, actors);
  const file = `${prefix}.betweenness.json`;
  if (!existsSync(file)) {
    log(`exact betweenness of ${actors} actors by igraph (once)`);
    run("/usr/bin/python3", ["scripts/bench/igraph_betweenness.py", prefix, file]);
  }
  const cached = JSON.parse(readFileSync(file, "utf8"));
  const scale = 2 / ((actors - 1) * (actors - 2));
  return { values: (cached.betweenness as number[]).map((b) => b * scale), seconds: cached.seconds };
}

/**
 * Top-100 overlap and largest error of sampled against exact normalised betweenness at `options.accuracy`
 * actors, for each sample count; the exact reference is vernetzt's, checked against igraph's at
 * `options.accuracyCheck` actors when igraph is installed.
 */
function accuracy(options: Options, igraph: boolean): Accuracy {
  const actors = options.accuracy;
  const { ties } = exported(options, actors);
  const exact = vernetztExact(options, actors);
  const top = (values: number[]) =>
    new Set(
      values
        .map((value, i) => ({ value, i }))
        .sort((a, b) => b.value - a.value || a.i - b.i)
        .slice(0, 100)
        .map((e) => e.i),
    );
  const exactTop = top(exact.values);
  const rows = options.accuracySamples.map((samples) => {
    const sampledRun = measure(NODE, [
      ...CLI,
      "analyze",
      dataset(options, actors),
      "--json",
      "--samples",
      String(samples),
    ]);
    const sampled = normalised(sampledRun.stdout);
    log(`accuracy ${actors} actors, ${samples} samples: ${sampledRun.wall.toFixed(1)} s`);
    return {
      samples,
      overlap: [...top(sampled)].filter((i) => exactTop.has(i)).length / 100,
      maxError: Math.max(...exact.values.map((value, i) => Math.abs(value - sampled[i]!))),
      bound: betweennessSampleError(actors, samples, 0.05),
      seconds: sampledRun.wall,
    };
  });
  let check: Accuracy["check"] = null;
  if (igraph && options.accuracyCheck > 0) {
    const ours = vernetztExact(options, options.accuracyCheck).values;
    const theirs = igraphExact(options, options.accuracyCheck);
    check = {
      actors: options.accuracyCheck,
      maxDifference: Math.max(...ours.map((value, i) => Math.abs(value - theirs.values[i]!))),
      igraphSeconds: theirs.seconds,
    };
  }
  return { actors, ties, exactSeconds: exact.seconds, rows, check };
}

/** The top-100 overlap of the sampled betweenness the 100,000-actor row used (`--samples`), if measured. */
function overlapAt100k(options: Options, acc: Accuracy | null): number | null {
  if (acc === null || acc.actors !== 100_000) return null;
  return acc.rows.find((row) => row.samples === options.samples)?.overlap ?? null;
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
    "## Targets",
    "",
    ...targetTable(targetResults(rows, overlapAt100k(options, acc))),
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
    lines.push(
      "",
      "Steps of the million-actor run (first run; seconds inside the process, wall and CPU):",
      "",
    );
    for (const row of notes) lines.push(`- ${int(row.actors)} actors: ${row.note}`);
  }
  if (acc) {
    lines.push(
      "",
      "## Sampled betweenness",
      "",
      `${int(acc.actors)} actors, ${int(acc.ties)} ties: \`vernetzt analyze --samples K\` against the exact`,
      `betweenness of the same graph (vernetzt's exact sweep, ${fmt(acc.exactSeconds)} s wall for the whole exact`,
      "analysis). Top-100 overlap: the share of the 100 actors with the highest exact betweenness that are also",
      "among the 100 highest estimates. ε: Hoeffding's bound on every actor's error with probability 0.95.",
      "",
      "| sampled sources K | top-100 overlap | largest error (normalised) | bound ε (δ = 0.05) | wall s |",
      "| ---: | ---: | ---: | ---: | ---: |",
      ...acc.rows.map(
        (r) =>
          `| ${int(r.samples)} | ${fmt(r.overlap, 2)} | ${r.maxError.toExponential(2)} | ` +
          `${r.bound.toExponential(2)} | ${fmt(r.seconds)} |`,
      ),
    );
    if (acc.check) {
      lines.push(
        "",
        `The exact reference checked: vernetzt's exact normalised betweenness against python-igraph's at`,
        `${int(acc.check.actors)} actors (igraph: ${fmt(acc.check.igraphSeconds)} s) differs by at most ` +
          `${acc.check.maxDifference.toExponential(2)}.`,
      );
    }
  }
  lines.push(
    "",
    "## What each tool computes",
    "",
    "- vernetzt: `vernetzt analyze <folder> --json` — every per-actor measure, network figures, Louvain, and per",
    "  district, sector and kind the mixing matrix, E-I index with 1000 permutations, assortativity, brokerage,",
    "  NMI/ARI. From 500,000 actors: `scripts/bench/million.ts`, the city-region set through core's functions on",
    "  the typed-column path: `loadColumnDataset` reads the CSV files straight into typed columns and checks every",
    "  row in the same pass, `columnGraph` builds the CSR view without a graphology graph, Louvain runs as",
    "  `louvainOfTies` (the same partition as on the graph), and the E-I permutation tests stop early once their",
    "  p-value is decided (Besag & Clifford 1991; `stopEarly`). Its JSON says which path ran (`route`).",
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
    `    pnpm bench --sizes ${options.sizes.join(",")} --repeat ${options.repeat} --samples ${options.samples} \\`,
    `      --accuracy ${options.accuracy} --accuracy-samples ${options.accuracySamples.join(",")} --accuracy-check ${options.accuracyCheck}`,
    "",
  );
  return lines.join("\n");
}

function python(module: string): string | null {
  return existsSync("/usr/bin/python3") ? pythonHas(module) : null;
}

const options = parseOptions(process.argv.slice(2));
mkdirSync(options.work, { recursive: true });
log("building the CLI (packages/cli/dist)");
run("npx", ["-y", "pnpm@10.34.8", "run", "build"]);
const versions = { igraph: python("igraph"), networkx: python("networkx") };
const loadBefore = loadavg().map((l) => l.toFixed(1));
const started = new Date();
const rows: Row[] = [
  {
    actors: 218,
    ties: 1330,
    tool: "vernetzt (command)",
    what: "start: `validate data/sample` (read, check, report)",
    runs: repeated(Math.max(5, options.repeat), "start", () =>
      measure(NODE, [...CLI, "validate", "data/sample"]),
    ),
  },
];
for (const actors of options.sizes) {
  rows.push(
    ...benchSize(options, actors, { igraph: versions.igraph !== null, networkx: versions.networkx !== null }),
  );
}
let acc: Accuracy | null = null;
try {
  acc = options.accuracy > 0 ? accuracy(options, versions.igraph !== null) : null;
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
// Keep the sections measured by hand (profiles) and by the browser tests and `pnpm bench:dashboard`: from
// "## Where the time goes" or "## Dashboard", whichever comes first, to the end.
const previous = existsSync(options.out) ? readFileSync(options.out, "utf8") : "";
const kept = ["\n## Where the time goes", "\n## Dashboard"]
  .map((h) => previous.indexOf(h))
  .filter((i) => i >= 0);
const dashboard = kept.length > 0 ? Math.min(...kept) : -1;
const text = markdown(options, rows, acc, machine) + (dashboard >= 0 ? previous.slice(dashboard) : "");
writeFileSync(options.out, text);
process.stdout.write(text);
process.stderr.write(
  `\nTargets (load average at end ${loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")}):\n`,
);
for (const r of targetResults(rows, overlapAt100k(options, acc)))
  process.stderr.write(`  ${r.met === null ? "–  " : r.met ? "met" : "NOT"}  ${r.target}: ${r.measured}\n`);
