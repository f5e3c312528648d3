/**
 * `pnpm bench:dashboard`: page load times of the dashboard's 8 pages in headless Chromium. A script, not a
 * test (the machine is shared, so figures are printed and written down, never asserted).
 *
 *   pnpm bench:dashboard [--data data/sample] [--runs 5] [--out docs/dashboard.md] [--no-write]
 *
 * Builds the site of `--data` (reused when newer than every source; `test/browser/harness.ts`), serves it
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
import { readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
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
}

function parseOptions(argv: string[]): Options {
  const options: Options = { data: "data/sample", runs: 5, out: "docs/dashboard.md", write: true };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    if (flag === "--no-write") {
      options.write = false;
      continue;
    }
    const value = argv[++i];
    if (value === undefined) throw new Error(`bench:dashboard: ${flag} needs a value`);
    if (flag === "--data") options.data = value;
    else if (flag === "--out") options.out = value;
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

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
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
  const START = "<!-- bench:dashboard -->";
  const END = "<!-- /bench:dashboard -->";
  const doc = readFileSync(join(repository, options.out), "utf8");
  const from = doc.indexOf(START);
  const to = doc.indexOf(END);
  if (from < 0 || to < from)
    throw new Error(`bench:dashboard: ${options.out} has no ${START} … ${END} section`);
  writeFileSync(
    join(repository, options.out),
    `${doc.slice(0, from + START.length)}\n${text}\n${doc.slice(to)}`,
  );
  process.stderr.write(`written to ${options.out}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
