/**
 * Every page on the three kinds of data the issue names: the built sample (the mini fixture, in
 * dashboard.test.ts), a dataset with only id/name/source/target (`test/fixtures/minimal`: no districts,
 * sectors, topics or waves), and an uploaded dataset, which every page then shows instead of the built one
 * (kept in this browser's IndexedDB) until "Zurück zum mitgelieferten Datensatz".
 */
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildDashboardIfStale,
  chromiumPath,
  launchChromium,
  MINI_SITE,
  repository,
  type Server,
  screenshotPath,
  seriousAxeViolations,
  startServer,
  testSite,
  watchPage,
} from "./harness.js";

const PAGES = ["", "netzwerk", "luecken", "akteure", "empfehlungen", "entwicklung"];
const minimalFolder = join(repository, "test/fixtures/minimal");
const MINIMAL_SITE = testSite("minimal", minimalFolder);
const noProblems = { consoleErrors: [], failedRequests: [], foreignRequests: [] };

describe.skipIf(!chromiumPath)("a dataset with only id, name, source and target", () => {
  let server: Server;
  let browser: Browser;

  beforeAll(async () => {
    buildDashboardIfStale(MINIMAL_SITE);
    server = await startServer(MINIMAL_SITE);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    server?.process.kill();
  });

  async function open(path: string): Promise<{ page: Page; problems: ReturnType<typeof watchPage> }> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "de-DE" });
    const problems = watchPage(page, server.url.replace(/\/$/, ""));
    await page.goto(server.url + path, { waitUntil: "networkidle" });
    await page.locator("main h1").first().waitFor();
    return { page, problems };
  }

  for (const path of PAGES) {
    it(`page "${path || "index"}" renders with no error and passes axe-core`, async () => {
      const { page, problems } = await open(path);
      await expect(page.locator(".vz-dataset").textContent()).resolves.toContain("„minimal“");
      if (path === "netzwerk") await page.locator(".vz-graph canvas").first().waitFor();
      await page.screenshot({ path: screenshotPath(`minimal-${path || "index"}`), fullPage: true });
      expect(problems).toEqual(noProblems);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.close();
    });
  }

  it("says why the gap map, the district breakdown and the trend do not apply", async () => {
    const gaps = await open("luecken");
    await expect(gaps.page.locator("main").textContent()).resolves.toMatch(/keine Spalte „Stadtteil“/);
    await expect(gaps.page.locator("main").textContent()).resolves.toMatch(/keine Spalte „Sektor“/);
    await gaps.page.close();
    const trend = await open("entwicklung");
    const text = await trend.page.locator("main").textContent();
    expect(text).toMatch(/nur eine Befragungswelle/);
    expect(text).toMatch(/keinen Stadtteil/);
    await trend.page.close();
  });

  it("draws all four actors on the Netzwerk page", async () => {
    const { page } = await open("netzwerk");
    await page.waitForFunction(() => "vernetztView" in window);
    const order = await page.evaluate(
      () => (window as unknown as { vernetztView: { graph: { order: number } } }).vernetztView.graph.order,
    );
    expect(order).toBe(4);
    await page.close();
  });
});

describe.skipIf(!chromiumPath)("an uploaded dataset on every page", () => {
  let server: Server;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    buildDashboardIfStale(MINI_SITE);
    server = await startServer(MINI_SITE);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "de-DE" });
  });

  afterAll(async () => {
    await browser?.close();
    server?.process.kill();
  });

  it("after uploading the minimal dataset, every page shows it and says so; the button returns to the built data", async () => {
    const page = await context.newPage();
    const problems = watchPage(page, server.url.replace(/\/$/, ""));
    await page.goto(`${server.url}eigene-daten`, { waitUntil: "networkidle" });
    await page.setInputFiles("#upload-files", [
      join(minimalFolder, "actors.csv"),
      join(minimalFolder, "ties.csv"),
    ]);
    await page.locator(".vz-upload .vz-dataset-uploaded").waitFor({ timeout: 60_000 });
    for (const path of PAGES) {
      await page.goto(server.url + path, { waitUntil: "networkidle" });
      await page.locator("main h1").first().waitFor();
      const banner = page.locator(".vz-dataset");
      await expect(banner.textContent()).resolves.toContain("Eigene Daten (nur in diesem Browser)");
      await expect(banner.textContent()).resolves.toContain("actors.csv, ties.csv");
      await page.screenshot({ path: screenshotPath(`hochgeladen-${path || "index"}`), fullPage: true });
      expect(await seriousAxeViolations(page)).toEqual([]);
    }
    // The uploaded data, not the mini fixture's 14 actors (Gamma is an actor of the minimal dataset).
    await page.goto(`${server.url}netzwerk`, { waitUntil: "networkidle" });
    await page.waitForFunction(() => "vernetztView" in window);
    const names = await page.evaluate(() =>
      (
        window as unknown as {
          vernetztView: { graph: { mapNodes: (f: (id: string, a: { name: string }) => string) => string[] } };
        }
      ).vernetztView.graph.mapNodes((_id, a) => a.name),
    );
    expect(names).toEqual(["Alpha", "Beta", "Gamma", "Delta"]);
    await page.goto(`${server.url}akteure`, { waitUntil: "networkidle" });
    await expect(page.locator("main").textContent()).resolves.toContain("Gamma");
    await Promise.all([
      page.waitForEvent("load"),
      page.getByRole("button", { name: "Zurück zum mitgelieferten Datensatz" }).click(),
    ]);
    await page.locator(".vz-dataset").waitFor();
    await expect(page.locator(".vz-dataset").textContent()).resolves.toMatch(/in dieses Dashboard eingebaut/);
    await expect(page.locator("main").textContent()).resolves.not.toContain("Gamma");
    expect(problems).toEqual(noProblems);
    await page.close();
  });
});
