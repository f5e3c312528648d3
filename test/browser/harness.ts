/**
 * Browser-test harness: builds the dashboard (unless `dashboard/dist` is newer than every source), serves it
 * with `dashboard/scripts/serve.mjs` on a free loopback port, and drives Debian's Chromium through
 * playwright-core. Without Chromium, `chromiumPath` is undefined and the tests skip with a message.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";

export const repository = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const dashboard = join(repository, "dashboard");
export const screenshots = join(repository, "test/browser/screenshots");
/**
 * This checkout's folder for test sites and files: `$TMPDIR/vernetzt-browser-test-<hash of the checkout's
 * path>`, so two checkouts on one machine (parallel worktrees) never build into or delete each other's sites.
 */
export const testRoot = join(
  tmpdir(),
  `vernetzt-browser-test-${createHash("sha256").update(repository).digest("hex").slice(0, 8)}`,
);

/**
 * The tests build the mini fixture (known actors and ties to assert on) into a temporary folder, so they
 * never replace `dashboard/dist`.
 */
const TEST_ENV = {
  VERNETZT_DATA: join(dashboard, "fixtures/mini"),
  VERNETZT_DASHBOARD_OUT: join(testRoot, "dist"),
  OBSERVABLE_TELEMETRY_DISABLE: "true",
};

/** A dashboard build for the tests: which dataset, and where the site goes. */
export interface TestSite {
  VERNETZT_DATA: string;
  VERNETZT_DASHBOARD_OUT: string;
}

/** The default site (the mini fixture). */
export const MINI_SITE: TestSite = TEST_ENV;

/** A site of another dataset, built into `<testRoot>/<name>/dist`. */
export function testSite(name: string, data: string): TestSite {
  return {
    VERNETZT_DATA: data,
    VERNETZT_DASHBOARD_OUT: join(testRoot, name, "dist"),
  };
}

/** Chromium to drive: `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`; undefined when neither exists. */
/** The dashboard's pages: path below the site root and the page title. */
export const DASHBOARD_PAGES = [
  { path: "", title: "Überblick" },
  { path: "netzwerk", title: "Netzwerk" },
  { path: "luecken", title: "Lückenkarte" },
  { path: "akteure", title: "Akteure" },
  { path: "empfehlungen", title: "Empfehlungen" },
  { path: "arbeitskreise", title: "Arbeitskreise" },
  { path: "tischplan", title: "Tischplan für ein Netzwerktreffen" },
  { path: "transferprojekte", title: "Transferprojekte" },
  { path: "entwicklung", title: "Entwicklung" },
  { path: "methodik", title: "Methodik" },
  { path: "befragung", title: "Befragung" },
  { path: "eigene-daten", title: "Eigene Daten" },
] as const;

export const chromiumPath = [process.env.CHROMIUM_PATH, "/usr/bin/chromium"].find(
  (path): path is string => typeof path === "string" && existsSync(path),
);

/** Flags measured to work headless on this stack (see /work/shared/STACK-NOTES.md). */
const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--enable-unsafe-swiftshader",
];

function newestModification(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  // Files only: a directory's time changes whenever a build adds or removes its output or cache.
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (["node_modules", "dist", ".observablehq", "lib"].includes(entry)) continue;
    newest = Math.max(newest, newestModification(join(path, entry)));
  }
  return newest;
}

/**
 * Runs `action` holding a lock on `path` (a folder made atomically), so that test files running in parallel do
 * not build the same site at once; a lock older than 20 minutes is taken as left behind.
 */
function withLock<T>(path: string, action: () => T): T {
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  mkdirSync(dirname(path), { recursive: true });
  for (;;) {
    try {
      mkdirSync(path);
      break;
    } catch {
      if (existsSync(path) && Date.now() - statSync(path).mtimeMs > 20 * 60_000)
        rmSync(path, { recursive: true, force: true });
      Atomics.wait(sleeper, 0, 0, 500);
    }
  }
  try {
    return action();
  } finally {
    rmSync(path, { recursive: true, force: true });
  }
}

/** Builds the test dashboard unless its output is newer than the dashboard and core sources. */
export function buildDashboardIfStale(site: TestSite = MINI_SITE): void {
  withLock(`${site.VERNETZT_DASHBOARD_OUT}.lock`, () => buildIfStale(site));
}

function buildIfStale(site: TestSite): void {
  const built = join(site.VERNETZT_DASHBOARD_OUT, "netzwerk.html");
  const sources = [
    dashboard,
    join(repository, "packages/core/src"),
    join(repository, "packages/figures/src"),
    site.VERNETZT_DATA,
  ];
  if (existsSync(built) && statSync(built).mtimeMs > Math.max(...sources.map(newestModification))) return;
  const result = spawnSync(process.execPath, [join(dashboard, "scripts/build.mjs")], {
    cwd: dashboard,
    encoding: "utf8",
    env: { ...process.env, ...TEST_ENV, ...site },
  });
  if (result.status !== 0) {
    throw new Error(`dashboard build failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
}

/** A running `serve.mjs` and the URL it printed. */
export interface Server {
  url: string;
  process: ChildProcess;
}

/** Starts `dashboard/scripts/serve.mjs` with `PORT=0` (a free port) and waits for its URL. */
export function startServer(site: TestSite = MINI_SITE): Promise<Server> {
  const child = spawn(process.execPath, [join(dashboard, "scripts/serve.mjs")], {
    env: { ...process.env, ...TEST_ENV, ...site, PORT: "0" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolvePromise, reject) => {
    let output = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      output += chunk;
      const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(output);
      if (match) resolvePromise({ url: match[0], process: child });
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      output += chunk;
    });
    child.on("exit", (code) => reject(new Error(`serve.mjs exited with ${code}: ${output}`)));
  });
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath!, args: CHROMIUM_FLAGS, headless: true });
}

/** What went wrong while a page loaded: console errors, failed and foreign requests. */
export interface PageProblems {
  consoleErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
}

/** Records every console error, failed request and request to another host of `page`. */
export function watchPage(page: Page, origin: string): PageProblems {
  const problems: PageProblems = { consoleErrors: [], failedRequests: [], foreignRequests: [] };
  page.on("console", (message) => {
    if (message.type() === "error") problems.consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => problems.consoleErrors.push(`uncaught: ${error.message}`));
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:")) {
      problems.foreignRequests.push(url);
    }
  });
  page.on("requestfailed", (request) =>
    problems.failedRequests.push(`${request.url()}: ${request.failure()?.errorText}`),
  );
  page.on("response", (response) => {
    if (response.status() >= 400)
      problems.failedRequests.push(`${response.url()}: HTTP ${response.status()}`);
  });
  return problems;
}

/** axe-core violations of impact serious or critical on the current page. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  // evaluated through the DevTools protocol, not as a <script> tag: the pages' CSP allows only their own
  // inline scripts (by hash), and would refuse an added one
  await page.evaluate(readFileSync(join(repository, "node_modules/axe-core/axe.min.js"), "utf8"));
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }
    ).axe;
    const results = await axe.run(document, { resultTypes: ["violations"] });
    return results.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  });
  return violations;
}

interface AxeResults {
  violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> }>;
}

export function screenshotPath(name: string): string {
  mkdirSync(screenshots, { recursive: true });
  return join(screenshots, `${name}.png`);
}
