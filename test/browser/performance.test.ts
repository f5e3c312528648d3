/**
 * Frame times of the Netzwerk page while panning (mouse drag) and hovering, measured as the deltas between
 * `requestAnimationFrame` callbacks in Chromium (headless, WebGL on SwiftShader: slower than a real GPU).
 *
 * - Always (CI): a generated 2,000-actor city (`vernetzt generate --actors 2000 --seed 1`), computed with the
 *   build's `networkDataOf` and served in place of the mini site's `network.json`.
 * - Opt-in: `VERNETZT_PERF_NETWORKS=/tmp/vz-5k/dist/_file/data/network.<hash>.json,…` measures the
 *   `network.json` of dashboards built with
 *   `VERNETZT_DATA=/tmp/city5k VERNETZT_DASHBOARD_OUT=/tmp/vz-5k/dist node dashboard/scripts/build.mjs`
 *   (served in place of the test site's, so the page is the same Netzwerk page).
 *
 * The figures (median and 95th percentile, ms) go to stdout and to `test/browser/screenshots/frame-times.json`;
 * speed targets are not asserted (the machine is shared), only that the view followed the mouse.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pseudonymize } from "@vernetzt/core";
import { loadDataset } from "@vernetzt/core/node";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { networkDataOf } from "../../dashboard/browser/network-data-of.js";
import { CLI_COMMAND } from "../cli/run-cli.js";
import {
  buildDashboardIfStale,
  chromiumPath,
  launchChromium,
  MINI_SITE,
  repository,
  type Server,
  screenshotPath,
  screenshots,
  startServer,
  testRoot,
} from "./harness.js";

/** Median and 95th percentile (nearest rank) of frame deltas in ms. */
interface FrameFigures {
  frames: number;
  median: number;
  p95: number;
}

function figures(deltas: number[]): FrameFigures {
  const sorted = [...deltas].sort((a, b) => a - b);
  const rank = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
  const round = (x: number) => Math.round(x * 10) / 10;
  return { frames: sorted.length, median: round(rank(0.5)), p95: round(rank(0.95)) };
}

interface SigmaLike {
  getCamera(): { getState(): { x: number; y: number; ratio: number } };
  getGraph(): { nodes(): string[]; getNodeAttributes(id: string): { x: number; y: number } };
  graphToViewport(p: { x: number; y: number }): { x: number; y: number };
}

/** Starts recording rAF deltas in the page. */
async function startFrames(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { vzFrames: number[]; vzRecording: boolean };
    w.vzFrames = [];
    w.vzRecording = true;
    let last = performance.now();
    const tick = (now: number) => {
      w.vzFrames.push(now - last);
      last = now;
      if (w.vzRecording) requestAnimationFrame(tick);
    };
    requestAnimationFrame((now) => {
      last = now;
      requestAnimationFrame(tick);
    });
  });
}

async function stopFrames(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const w = window as unknown as { vzFrames: number[]; vzRecording: boolean };
    w.vzRecording = false;
    return w.vzFrames;
  });
}

/** Pans (three drags across the drawing) and hovers `HOVERS` actors; frame figures of both, and what changed. */
async function measure(page: Page, name: string) {
  const canvas = page.locator(".vz-graph canvas").last();
  await canvas.waitFor();
  await page.locator(".vz-graph").scrollIntoViewIfNeeded();
  const box = (await page.locator(".vz-graph").boundingBox())!;
  await page.waitForTimeout(500);
  const before = await page.evaluate(() =>
    (window as unknown as { vernetztSigma: SigmaLike }).vernetztSigma.getCamera().getState(),
  );
  await startFrames(page);
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  for (let i = 0; i < 3; i++) {
    await page.mouse.move(cx - 150, cy);
    await page.mouse.down();
    await page.mouse.move(cx + 150, cy + 40, { steps: 40 });
    await page.mouse.up();
  }
  // sigma's inertia keeps the camera moving for a moment after the drag.
  await page.waitForTimeout(1000);
  const pan = figures(await stopFrames(page));
  const after = await page.evaluate(() =>
    (window as unknown as { vernetztSigma: SigmaLike }).vernetztSigma.getCamera().getState(),
  );
  // Back to the starting view, so the actors are on screen again.
  await page.evaluate((state) => {
    const sigma = (window as unknown as { vernetztSigma: { getCamera(): { setState(s: object): void } } })
      .vernetztSigma;
    sigma.getCamera().setState(state);
  }, before);
  await page.waitForTimeout(300);
  // Hover: the viewport positions of 40 actors spread over the node list.
  const points = await page.evaluate(
    ({ width, height, count }) => {
      const sigma = (window as unknown as { vernetztSigma: SigmaLike }).vernetztSigma;
      const graph = sigma.getGraph();
      const inView = graph
        .nodes()
        .map((id) => sigma.graphToViewport(graph.getNodeAttributes(id)))
        .filter((p) => p.x > 10 && p.y > 10 && p.x < width - 10 && p.y < height - 10);
      const step = Math.max(1, Math.floor(inView.length / count));
      return inView.filter((_p, i) => i % step === 0).slice(0, count);
    },
    { width: box.width, height: box.height, count: HOVERS },
  );
  await startFrames(page);
  let hovered = 0;
  for (const p of points) {
    await page.mouse.move(box.x + p.x, box.y + p.y, { steps: 4 });
    if (
      await page.evaluate(
        () =>
          (window as unknown as { vernetztView: { state: { hovered: string | null } } }).vernetztView.state
            .hovered !== null,
      )
    )
      hovered++;
  }
  const hover = figures(await stopFrames(page));
  await page.screenshot({ path: screenshotPath(`leistung-${name}`) });
  return { pan, hover, moved: after.x !== before.x || after.y !== before.y, hovered };
}

const results: Record<string, unknown> = {};
/** Actors hovered per measurement (`VERNETZT_PERF_HOVERS`, default 40; fewer for 20,000 actors in software WebGL). */
const HOVERS = Number(process.env.VERNETZT_PERF_HOVERS ?? 40);

afterAll(() => {
  if (Object.keys(results).length === 0) return;
  const path = join(screenshots, "frame-times.json");
  const earlier = existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as object) : {};
  writeFileSync(path, `${JSON.stringify({ ...earlier, ...results }, null, 2)}\n`);
  console.log(`frame times (ms): ${JSON.stringify(results)}`);
});

describe.skipIf(!chromiumPath)("Netzwerk page frame times", () => {
  let server: Server;
  let browser: Browser;
  let network2k: string;

  beforeAll(async () => {
    const city = join(testRoot, "city2k");
    if (!existsSync(join(city, "actors.csv"))) {
      const cli = spawnSync(
        process.execPath,
        [...CLI_COMMAND, "generate", "--actors", "2000", "--seed", "1", "--out", city],
        { cwd: repository, encoding: "utf8" },
      );
      if (cli.status !== 0) throw new Error(`generate failed: ${cli.stderr}`);
    }
    const { dataset } = await loadDataset(city, { lang: "de" });
    network2k = JSON.stringify(networkDataOf(pseudonymize(dataset!)));
    buildDashboardIfStale();
    server = await startServer();
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    server?.process.kill();
  });

  it("a generated 2,000-actor network pans and highlights hovered actors", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, locale: "de-DE" });
    await page.route(/\/_file\/data\/network\.[0-9a-f]+\.json$/, (route) =>
      route.fulfill({ status: 200, contentType: "application/json", body: network2k }),
    );
    await page.goto(`${server.url}netzwerk`, { waitUntil: "networkidle" });
    await page.waitForFunction(() => "vernetztView" in window);
    const order = await page.evaluate(
      () => (window as unknown as { vernetztView: { graph: { order: number } } }).vernetztView.graph.order,
    );
    expect(order).toBe(2000);
    const result = await measure(page, "2000");
    results["2000"] = result;
    expect(result.moved).toBe(true);
    expect(result.hovered).toBeGreaterThan(10);
    expect(result.pan.frames).toBeGreaterThan(10);
    await page.close();
  }, 120_000);
});

const networks = (process.env.VERNETZT_PERF_NETWORKS ?? "").split(",").filter(Boolean);
describe.skipIf(!chromiumPath || networks.length === 0)(
  "Netzwerk page frame times of big built networks (opt-in)",
  () => {
    let server: Server;
    let browser: Browser;
    beforeAll(async () => {
      // An existing test site is used as it is: a rebuild would wait for a running big build.
      if (!existsSync(join(MINI_SITE.VERNETZT_DASHBOARD_OUT, "netzwerk.html"))) buildDashboardIfStale();
      server = await startServer();
      browser = await launchChromium();
    }, 600_000);
    afterAll(async () => {
      await browser?.close();
      server?.process.kill();
    });

    for (const file of networks) {
      it(`network ${file}`, async () => {
        const body = readFileSync(file, "utf8");
        const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, locale: "de-DE" });
        await page.route(/\/_file\/data\/network\.[0-9a-f]+\.json$/, (route) =>
          route.fulfill({ status: 200, contentType: "application/json", body }),
        );
        const started = performance.now();
        await page.goto(`${server.url}netzwerk`, { waitUntil: "networkidle", timeout: 300_000 });
        await page.waitForFunction(() => "vernetztView" in window, null, { timeout: 300_000 });
        const shownAfterSeconds = Math.round((performance.now() - started) / 100) / 10;
        const order = await page.evaluate(
          () =>
            (window as unknown as { vernetztView: { graph: { order: number } } }).vernetztView.graph.order,
        );
        const result = await measure(page, String(order));
        results[String(order)] = { ...result, shownAfterSeconds };
        expect(result.moved).toBe(true);
        await page.close();
      }, 600_000);
    }
  },
);
