/**
 * Every page on the three kinds of data the issue names: the built sample (the mini fixture, in
 * dashboard.test.ts), a dataset with only id/name/source/target (`test/fixtures/minimal`: no districts,
 * sectors, topics or waves), and an uploaded dataset, which every page then shows instead of the built one
 * (kept in this browser's IndexedDB) until "Zurück zum mitgelieferten Datensatz".
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { compareWaves } from "@vernetzt/core";
import { loadDataset } from "@vernetzt/core/node";
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
  testRoot,
  testSite,
  watchPage,
} from "./harness.js";

const PAGES = [
  "",
  "netzwerk",
  "luecken",
  "akteure",
  "empfehlungen",
  "arbeitskreise",
  "tischplan",
  "transferprojekte",
  "entwicklung",
  "methodik",
];
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
    // The sections render after the wave is chosen (a cell of its own): wait for them.
    await gaps.page.getByText("Zwischen Bereichen").waitFor();
    await gaps.page.locator("main .note").nth(1).waitFor();
    await expect(gaps.page.locator("main").textContent()).resolves.toMatch(/keine Spalte „Stadtteil“/);
    await expect(gaps.page.locator("main").textContent()).resolves.toMatch(/keine Spalte „Sektor“/);
    await gaps.page.close();
    const trend = await open("entwicklung");
    const text = await trend.page.locator("main").textContent();
    expect(text).toMatch(/nur eine Befragungswelle/);
    expect(text).toMatch(/keinen Stadtteil/);
    await trend.page.close();
  });

  it("says that there are no meetings and no transfer projects, and still seats the actors at tables", async () => {
    const meetings = await open("arbeitskreise");
    await expect(meetings.page.locator("main").textContent()).resolves.toMatch(/keine Treffen/);
    // no bare value of a cell (Framework's inspector shows an empty htl template as "null")
    await expect(
      meetings.page.locator("main .observablehq--inspect, main .observablehq--null").count(),
    ).resolves.toBe(0);
    await meetings.page.close();
    const projects = await open("transferprojekte");
    await expect(projects.page.locator("main").textContent()).resolves.toMatch(/keine Transferprojekte/);
    await expect(
      projects.page.locator("main .observablehq--inspect, main .observablehq--null").count(),
    ).resolves.toBe(0);
    await projects.page.close();
    const plan = await open("tischplan");
    await expect(
      plan.page.locator("main .observablehq--inspect, main .observablehq--null").count(),
    ).resolves.toBe(0);
    for (const box of await plan.page.locator(".vz-plan-list input[type=checkbox]").all()) await box.check();
    await plan.page.fill("#tp-tische", "2");
    await plan.page.fill("#tp-runden", "1");
    await plan.page.click("button[type=submit]");
    await plan.page.locator(".vz-plan").waitFor();
    const tables = await plan.page.locator(".vz-plan tbody td").allTextContents();
    expect(tables.flatMap((t) => t.split(", ")).sort()).toEqual(["Alpha", "Beta", "Delta", "Gamma"]);
    await plan.page.close();
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
    // Überblick and Methodik count the uploaded 4 actors and 2 ties, not the built 14 actors.
    await page.goto(server.url, { waitUntil: "networkidle" });
    await expect(page.locator(".vz-changes-absent").textContent()).resolves.toMatch(
      /nur eine Befragungswelle/,
    );
    await page.goto(`${server.url}methodik`, { waitUntil: "networkidle" });
    const figures = await page.locator(".vz-figures").textContent();
    expect(figures).toMatch(/Akteure:\s*4\b/);
    expect(figures).toMatch(/Befragungswellen:\s*1\b/);
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

/**
 * A fictional two-wave city written for this test: 6 actors in districts Nord and Süd. Wave 1: a–b, b–c,
 * c–d; wave 2: a–b, a–e, d–f, c–f. New actors e and f; new ties a–e, d–f, c–f (all three cross Nord–Süd);
 * lost b–c (crossing) and c–d. Ties across district borders: Nord 1 → 3, Süd 1 → 3.
 */
function twoWaveCity(): string {
  const folder = join(testRoot, "upload-two-waves");
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    join(folder, "actors.csv"),
    // g–j have no tie: they bring both districts to 5 actors, so small-group suppression (k = 5) leaves
    // the districts' figures visible.
    "id,name,district\na,Amsel,Nord\nb,Buche,Nord\nc,Clematis,Süd\nd,Distel,Süd\ne,Eibe,Süd\nf,Fink,Nord\n" +
      "g,Ginster,Nord\nh,Hasel,Nord\ni,Iris,Süd\nj,Jasmin,Süd\n",
  );
  writeFileSync(
    join(folder, "ties.csv"),
    "source,target,wave\na,b,1\nb,c,1\nc,d,1\na,b,2\na,e,2\nd,f,2\nc,f,2\n",
  );
  return folder;
}

describe.skipIf(!chromiumPath)("an uploaded dataset with two waves", () => {
  let server: Server;
  let browser: Browser;

  beforeAll(async () => {
    buildDashboardIfStale(MINI_SITE);
    server = await startServer(MINI_SITE);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    server?.process.kill();
  });

  it("Überblick shows core's compareWaves figures of the upload, Methodik its counts", async () => {
    const folder = twoWaveCity();
    const { dataset } = await loadDataset(folder, { lang: "de" });
    const core = compareWaves(dataset!, "1", "2");
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "de-DE" });
    const problems = watchPage(page, server.url.replace(/\/$/, ""));
    await page.goto(`${server.url}eigene-daten`, { waitUntil: "networkidle" });
    await page.setInputFiles("#upload-files", [join(folder, "actors.csv"), join(folder, "ties.csv")]);
    await page.locator(".vz-upload [role=status]", { hasText: "10 Akteure" }).waitFor({ timeout: 60_000 });

    await page.goto(server.url, { waitUntil: "networkidle" });
    const changes = page.locator(".vz-changes");
    await changes.waitFor();
    const card = (title: string) =>
      changes
        .locator(".card", { has: page.getByRole("heading", { name: title, exact: true }) })
        .locator(".big");
    await expect(card("Neue Akteure").textContent()).resolves.toBe(String(core.actors.new.length));
    await expect(card("Neue Verbindungen").textContent()).resolves.toBe(String(core.ties.new.length));
    await expect(card("Weggefallene Verbindungen").textContent()).resolves.toBe(
      String(core.ties.lost.length),
    );
    await expect(card("Neue Verbindungen über Stadtteilgrenzen").textContent()).resolves.toBe("3");
    const text = (await changes.textContent())!;
    expect(core.actors.new).toEqual(["e", "f"]);
    expect(text).toContain("Neu dabei: 2 Akteure – „Eibe“ und „Fink“.");
    expect(core.districts.gained).toEqual(["Nord", "Süd"]);
    expect(text).toContain("Mehr Verbindungen in andere Stadtteile haben jetzt: Nord (1 → 3), Süd (1 → 3).");
    await page.screenshot({ path: screenshotPath("hochgeladen-zwei-wellen-index"), fullPage: true });
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.goto(`${server.url}methodik`, { waitUntil: "networkidle" });
    const figures = (await page.locator(".vz-figures").textContent())!;
    expect(figures).toMatch(/Akteure:\s*10\b/);
    expect(figures).toMatch(/Befragungswellen:\s*1, 2\b/);
    expect(figures).toMatch(/Stadtteile:\s*2\b/);
    await expect(page.locator(".vz-dataset").textContent()).resolves.toContain(
      "Eigene Daten (nur in diesem Browser)",
    );
    expect(problems).toEqual(noProblems);
    await page.close();
  });
});
