/**
 * `pnpm bench:dashboard`: the dashboard's build times for whole cities, against the targets of issue #23,
 * and the page load times of the sample site in headless Chromium. A script, not a test (the machine is
 * shared, so figures are printed and written down, never asserted).
 *
 *   pnpm bench:dashboard [--sizes 20000,100000] [--repeat 3] [--no-pages]
 *                        [--data data/sample] [--runs 5] [--out docs/dashboard.md] [--no-write]
 *
 * **Build** (`--sizes`, default 20000; `--sizes 0` skips it): per size, a generated fictional city
 * (`vernetzt generate --actors N --seed 1`, kept in `$TMPDIR/vernetzt-bench-dashboard/cityN` and reused) is
 * built `--repeat` times (default 3) by `dashboard/scripts/build.mjs` into a temporary folder. Printed: each
 * target (#23: 20,000 actors ≤ 60 s, 100,000 ≤ 300 s on 2 cores) beside the median wall time, the CPU time of
 * the build and all its processes (`/proc/self/stat` cutime + cstime), the wall and CPU seconds of each part
 * of the dashboard data (`VERNETZT_BUILD_TIMES`, `loaders/built-parts.ts`) and the load average before and
 * after; written between `<!-- bench:dashboard-build -->` and `<!-- /bench:dashboard-build -->` in
 * docs/benchmarks.md.
 *
 * **Pages** (unless `--no-pages`): builds the site of `--data` (reused when newer than every source;
 * `test/browser/harness.ts`), serves it
 * with `dashboard/scripts/serve.mjs` on a free loopback port, and opens each page `--runs` times in a fresh
 * browser context (cold: empty cache) and right after once more in the same context (warm). Per page, the
 * medians of: DOMContentLoaded and load (Navigation Timing, ms after navigation start); "content shown", the
 * first animation frame in which the page's `main h1` and dataset banner exist (Framework renders a page's
 * content after `load`: its modules fetch the data JSON and run); "network drawn" on Netzwerk, the first
 * frame after sigma's first WebGL render (`window.vernetztSigma` is set right after it); and the bytes
 * transferred (Resource Timing `transferSize` of the page and everything it loaded, once the page is idle).
 *
 * Writes the table between `<!-- bench:dashboard -->` and `<!-- /bench:dashboard -->` in `--out`.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import {
  buildDashboardIfStale,
  chromiumPath,
  DASHBOARD_PAGES,
  launchChromium,
  repository,
  startServer,
  testSite,
} from "../test/browser/harness.js";

const PAGES = DASHBOARD_PAGES;

interface Options {
  data: string;
  runs: number;
  out: string;
  write: boolean;
  sizes: number[];
  repeat: number;
  pages: boolean;
}

function parseOptions(argv: string[]): Options {
  const options: Options = {
    data: "data/sample",
    runs: 5,
    out: "docs/dashboard.md",
    write: true,
    sizes: [20_000],
    repeat: 3,
    pages: true,
  };
  const whole = (flag: string, value: string, min: number) => {
    const number = Number(value);
    if (!Number.isInteger(number) || number < min)
      throw new Error(`bench:dashboard: ${flag} must be a whole number ≥ ${min}, got ${value}`);
    return number;
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    if (flag === "--no-write" || flag === "--no-pages") {
      if (flag === "--no-write") options.write = false;
      else options.pages = false;
      continue;
    }
    const value = argv[++i];
    if (value === undefined) throw new Error(`bench:dashboard: ${flag} needs a value`);
    if (flag === "--data") options.data = value;
    else if (flag === "--out") options.out = value;
    else if (flag === "--repeat") options.repeat = whole(flag, value, 1);
    else if (flag === "--sizes")
      options.sizes = value
        .split(",")
        .map((size) => whole(flag, size.trim(), 0))
        .filter((size) => size > 0);
    else if (flag === "--runs") {
      options.runs = Number(value);
      if (!Number.isInteger(options.runs) || options.runs < 1)
        throw new Error(`bench:dashboard: --runs must be a whole number ≥ 1, got ${value}`);
    } else throw new Error(`bench:dashboard: unknown option ${flag}`);
  }
  return options;
}

/** What one visit measured (ms after navigation start; bytes). */
interface Visit {
  domContentLoaded: number;
  load: number;
  content: number;
  drawn: number | null;
  bytes: number;
}

/**
 * Records, from the first script on, the first animation frame in which the page's content exists
 * (`__vzContent`: heading and dataset banner) and in which the network view has drawn (`__vzDrawn`).
 */
const PROBE = `(() => {
  const poll = () => {
    if (!("__vzContent" in window) && document.querySelector("main h1") && document.querySelector(".vz-dataset"))
      window.__vzContent = performance.now();
    if (!("__vzDrawn" in window) && "vernetztSigma" in window) window.__vzDrawn = performance.now();
    requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
})();`;

async function visit(page: Page, url: string, network: boolean): Promise<Visit> {
  await page.goto(url, { waitUntil: "load" });
  await page.waitForFunction(() => "__vzContent" in window, null, { timeout: 60_000 });
  if (network) await page.waitForFunction(() => "__vzDrawn" in window, null, { timeout: 120_000 });
  await page.waitForLoadState("networkidle");
  return page.evaluate((network) => {
    const w = window as unknown as { __vzContent: number; __vzDrawn: number };
    const navigation = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
    const resources = performance.getEntriesByType("resource") as PerformanceResourceTiming[];
    return {
      domContentLoaded: navigation.domContentLoadedEventEnd,
      load: navigation.loadEventEnd,
      content: w.__vzContent,
      drawn: network ? w.__vzDrawn : null,
      bytes: navigation.transferSize + resources.reduce((sum, r) => sum + r.transferSize, 0),
    };
  }, network);
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

interface PageFigures {
  title: string;
  cold: Visit;
  warm: Visit;
}

function medians(visits: Visit[]): Visit {
  const drawn = visits.map((v) => v.drawn).filter((d): d is number => d !== null);
  return {
    domContentLoaded: median(visits.map((v) => v.domContentLoaded)),
    load: median(visits.map((v) => v.load)),
    content: median(visits.map((v) => v.content)),
    drawn: drawn.length > 0 ? median(drawn) : null,
    bytes: median(visits.map((v) => v.bytes)),
  };
}

async function measurePage(browser: Browser, url: string, network: boolean, runs: number) {
  const cold: Visit[] = [];
  const warm: Visit[] = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "de-DE" });
    await context.addInitScript(PROBE);
    const page = await context.newPage();
    cold.push(await visit(page, url, network));
    warm.push(await visit(page, url, network));
    await context.close();
  }
  return { cold: medians(cold), warm: medians(warm) };
}

const ms = (value: number | null) => (value === null ? "–" : Math.round(value).toLocaleString("en-GB"));
const kb = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString("en-GB")} kB`;

function table(figures: PageFigures[]): string[] {
  return [
    "| Page | DOMContentLoaded cold / warm | load cold / warm | content shown cold / warm | network drawn cold / warm | transferred cold / warm |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
    ...figures.map(
      ({ title, cold, warm }) =>
        `| ${title} | ${ms(cold.domContentLoaded)} / ${ms(warm.domContentLoaded)} ms | ${ms(cold.load)} / ${ms(warm.load)} ms | ` +
        `${ms(cold.content)} / ${ms(warm.content)} ms | ${cold.drawn === null ? "–" : `${ms(cold.drawn)} / ${ms(warm.drawn)} ms`} | ` +
        `${kb(cold.bytes)} / ${kb(warm.bytes)} |`,
    ),
  ];
}

/** Writes `text` between `<!-- name -->` and `<!-- /name -->` in the repository file `out`. */
function writeSection(out: string, name: string, text: string): void {
  const START = `<!-- ${name} -->`;
  const END = `<!-- /${name} -->`;
  const doc = readFileSync(join(repository, out), "utf8");
  const from = doc.indexOf(START);
  const to = doc.indexOf(END);
  if (from < 0 || to < from) throw new Error(`bench:dashboard: ${out} has no ${START} … ${END} section`);
  writeFileSync(join(repository, out), `${doc.slice(0, from + START.length)}\n${text}\n${doc.slice(to)}`);
  process.stderr.write(`written to ${out}\n`);
}

/** Issue #23's build targets, seconds of wall time on 2 cores, by number of actors. */
const BUILD_TARGETS = new Map([
  [20_000, 60],
  [100_000, 300],
]);

/** CPU seconds of this process's waited-for children and theirs (Linux `/proc/self/stat` cutime + cstime). */
function childrenCpuSeconds(): number {
  const stat = readFileSync("/proc/self/stat", "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[13]) + Number(fields[14])) / 100; // fields 16 and 17 of proc(5), 100 ticks a second
}

/** One part's figures in one build (`VERNETZT_BUILD_TIMES` lines). */
interface PartTime {
  part: string;
  wall: number;
  cpu: number;
}

interface BuildRun {
  wall: number;
  cpu: number;
  parts: PartTime[];
}

/** The generated city of `actors` actors (made once, then reused). */
function city(actors: number): string {
  const folder = join(tmpdir(), "vernetzt-bench-dashboard", `city${actors}`);
  if (existsSync(join(folder, "ties.csv"))) return folder;
  const made = spawnSync(
    process.execPath,
    [
      join(repository, "scripts/vernetzt.mjs"),
      "generate",
      "--actors",
      String(actors),
      "--seed",
      "1",
      "--out",
      folder,
    ],
    { stdio: ["ignore", "ignore", "inherit"] },
  );
  if (made.status !== 0) throw new Error(`bench:dashboard: generating ${actors} actors failed`);
  return folder;
}

function buildOnce(data: string, out: string): BuildRun {
  const times = `${out}.times.jsonl`;
  rmSync(times, { force: true });
  const cpuBefore = childrenCpuSeconds();
  const started = performance.now();
  const result = spawnSync(process.execPath, [join(repository, "dashboard/scripts/build.mjs")], {
    cwd: join(repository, "dashboard"),
    stdio: ["ignore", "ignore", "pipe"],
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, VERNETZT_DATA: data, VERNETZT_DASHBOARD_OUT: out, VERNETZT_BUILD_TIMES: times },
  });
  const wall = (performance.now() - started) / 1000;
  if (result.status !== 0)
    throw new Error(`bench:dashboard: the build of ${data} failed:\n${result.stderr.slice(-4000)}`);
  const parts = readFileSync(times, "utf8")
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as PartTime);
  return { wall, cpu: childrenCpuSeconds() - cpuBefore, parts };
}

const seconds = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} s`;

async function benchBuilds(options: Options): Promise<string> {
  const lines: string[] = [
    `Measured ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC by \`pnpm bench:dashboard --sizes ${options.sizes.join(",")} --repeat ${options.repeat}\``,
    `(\`scripts/bench-dashboard.ts\`; do not edit by hand, run it again): generated cities (\`vernetzt generate`,
    `--actors N --seed 1\`) built by \`dashboard/scripts/build.mjs\`, median of ${options.repeat}; CPU = the build and all its`,
    `processes. Machine: ${cpus()[0]?.model ?? "?"}, ${cpus().length} cores, shared with other jobs.`,
    "",
    "| Actors | Target | Build wall (median) | met | CPU | load average before → after | runs (wall) |",
    "| ---: | ---: | ---: | :---: | ---: | --- | --- |",
  ];
  const partLines: string[] = [];
  for (const actors of options.sizes) {
    const data = city(actors);
    const out = join(tmpdir(), "vernetzt-bench-dashboard", `dist${actors}`);
    mkdirSync(out, { recursive: true });
    const before = loadavg()[0]!.toFixed(1);
    const runs: BuildRun[] = [];
    for (let run = 0; run < options.repeat; run++) {
      runs.push(buildOnce(data, out));
      process.stderr.write(`${actors} actors, build ${run + 1}: ${seconds(runs.at(-1)!.wall)}\n`);
    }
    const after = loadavg()[0]!.toFixed(1);
    const wall = median(runs.map((r) => r.wall));
    const target = BUILD_TARGETS.get(actors);
    const met = target === undefined ? "–" : wall <= target ? "yes" : "no";
    const line =
      `| ${actors.toLocaleString("en-GB")} | ${target === undefined ? "–" : `≤ ${target} s`} | ${seconds(wall)} | ${met} | ` +
      `${seconds(median(runs.map((r) => r.cpu)))} | ${before} → ${after} | ${runs.map((r) => seconds(r.wall)).join(", ")} |`;
    lines.push(line);
    process.stdout.write(
      `target: dashboard build of ${actors.toLocaleString("en-GB")} actors ${target === undefined ? "(no target)" : `≤ ${target} s`}: ` +
        `measured ${seconds(wall)} wall (median of ${runs.length}), ${seconds(median(runs.map((r) => r.cpu)))} CPU, ` +
        `load average ${before} → ${after}: ${met === "yes" ? "met" : met === "no" ? "NOT met" : "–"}\n`,
    );
    const names = [...new Set(runs.flatMap((r) => r.parts.map((p) => p.part)))];
    for (const name of names) {
      const of = runs.map((r) => r.parts.find((p) => p.part === name)).filter((p): p is PartTime => !!p);
      partLines.push(
        `| ${actors.toLocaleString("en-GB")} | ${name} | ${seconds(median(of.map((p) => p.wall)))} | ${seconds(median(of.map((p) => p.cpu)))} |`,
      );
    }
    rmSync(out, { recursive: true, force: true });
  }
  lines.push(
    "",
    "Where the time goes: each part of the dashboard data (computed once per build, in one process per core;",
    "medians; wall times overlap, since two processes run at once):",
    "",
    "| Actors | Part | wall | CPU |",
    "| ---: | --- | ---: | ---: |",
    ...partLines,
  );
  const text = lines.join("\n");
  process.stdout.write(`${text}\n`);
  if (options.write) writeSection("docs/benchmarks.md", "bench:dashboard-build", text);
  return text;
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (options.sizes.length > 0) await benchBuilds(options);
  if (options.pages) await benchPages(options);
}

async function benchPages(options: Options): Promise<void> {
  if (!chromiumPath)
    throw new Error("bench:dashboard: Chromium not found (/usr/bin/chromium or CHROMIUM_PATH)");
  const data = resolve(repository, options.data);
  const site = testSite(`bench-${options.data.replace(/[^A-Za-z0-9]+/g, "-")}`, data);
  const loadBefore = loadavg().map((l) => l.toFixed(1));
  const builtAt = performance.now();
  buildDashboardIfStale(site);
  const buildSeconds = (performance.now() - builtAt) / 1000;
  const server = await startServer(site);
  const browser = await launchChromium();
  const version = browser.version();
  const figures: PageFigures[] = [];
  try {
    for (const { path, title } of PAGES) {
      const result = await measurePage(browser, server.url + path, path === "netzwerk", options.runs);
      figures.push({ title, ...result });
      process.stderr.write(`${title}: done\n`);
    }
  } finally {
    await browser.close();
    server.process.kill();
  }
  const lines = [
    [
      `Measured ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC by \`pnpm bench:dashboard\``,
      "(`scripts/bench-dashboard.ts`; do not edit by hand, run it again): the site of",
      `\`${options.data}\` (${buildSeconds < 1 ? "existing build reused" : `built in ${Math.round(buildSeconds)} s`}),`,
      `served by \`serve.mjs\` on 127.0.0.1, headless Chromium ${version} at 1280×900, medians of`,
      `${options.runs} visits per page: cold = fresh browser context (empty cache), warm = the same page again in`,
      "that context. Times in ms after navigation start; “content shown” = first frame with the page's",
      "heading and dataset banner (Framework renders after `load`); “network drawn” = first frame after",
      "sigma's first WebGL render. Transferred = bytes over the wire for the page and everything it loaded",
      `(warm: cached files count 0). Machine: ${cpus()[0]?.model ?? "?"}, ${cpus().length} cores, shared`,
      `with other jobs (load average ${loadBefore.join(" ")} at the start, ${loadavg()
        .map((l) => l.toFixed(1))
        .join(" ")} at the end).`,
    ].join(" "),
    "",
    ...table(figures),
  ];
  const text = lines.join("\n");
  process.stdout.write(`${text}\n`);
  if (!options.write) return;
  writeSection(options.out, "bench:dashboard", text);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
