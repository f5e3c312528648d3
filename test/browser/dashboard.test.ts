/**
 * The dashboard in a real browser (Debian's Chromium via playwright-core): every page loads offline
 * without errors and without serious accessibility violations; the network view draws, hovers, clicks and
 * filters. Screenshots go to test/browser/screenshots/ (git-ignored) for a human to look at.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildDashboardIfStale,
  chromiumPath,
  DASHBOARD_PAGES,
  launchChromium,
  repository,
  type Server,
  screenshotPath,
  seriousAxeViolations,
  startServer,
  watchPage,
} from "./harness.js";

const PAGES = DASHBOARD_PAGES;

if (!chromiumPath) {
  console.warn(
    "test/browser: Chromium not found at /usr/bin/chromium (or CHROMIUM_PATH): browser tests skipped. " +
      "Install it with `apt-get install -y chromium`.",
  );
}

describe.skipIf(!chromiumPath)("dashboard in Chromium", () => {
  let server: Server;
  let browser: Browser;

  beforeAll(async () => {
    buildDashboardIfStale();
    server = await startServer();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    server?.process.kill();
  });

  async function open(path: string): Promise<{ page: Page; problems: ReturnType<typeof watchPage> }> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, locale: "de-DE" });
    const origin = server.url.replace(/\/$/, "");
    const problems = watchPage(page, origin);
    await page.goto(server.url + path, { waitUntil: "networkidle" });
    await page.locator("main h1").first().waitFor();
    return { page, problems };
  }

  for (const { path, title } of PAGES) {
    it(`page "${title}" loads offline with no console error, failed or foreign request, and passes axe-core`, async () => {
      const { page, problems } = await open(path);
      await expect(page.locator("main h1").first().textContent()).resolves.toBe(title);
      if (path === "netzwerk") await page.locator(".vz-graph canvas").first().waitFor();
      await page.screenshot({ path: screenshotPath(path || "index"), fullPage: true });
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
      // No serious or critical violation (axe-core impact levels).
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.close();
    });
  }

  describe("pages with results from core", () => {
    it("Entwicklung shows the indicator of every wave in its table", async () => {
      const { page } = await open("entwicklung");
      const waves = await page.locator("#werte-titel + thead + tbody th[scope=row]").allTextContents();
      expect(waves).toEqual(["2023", "2025"]);
      await expect(page.locator("svg[role=img]").count()).resolves.toBeGreaterThan(0);
      await page.close();
    });

    it("Akteure opens the profile of the actor in the URL with its partners", async () => {
      const { page } = await open("akteure?akteur=a05");
      await expect(page.locator("#profil-titel").textContent()).resolves.toBe("Familienzentrum Lindenplatz");
      await expect(page.locator("#profil li").allTextContents()).resolves.toEqual([
        "Kulturverein Brücke e.V.",
        "Lernpaten Beispielstadt",
        "Sozialamt, Abteilung Quartiere",
      ]);
      await page.close();
    });

    it("Entwicklung saves its chart as a figure that stands alone, PNG 1920 px wide", async () => {
      const { page } = await open("entwicklung");
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Grafik als PNG speichern" }).click(),
      ]);
      expect(download.suggestedFilename()).toBe("indicator-over-waves.png");
      const png = readFileSync((await download.path())!);
      expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
      expect(png.readUInt32BE(16)).toBe(1920);
      await page.close();
    });

    it("Lückenkarte lists gaps with their reasons and draws the ratio matrix", async () => {
      const { page } = await open("luecken");
      // The mini fixture has gaps between sectors (Stadtverwaltung seeks rooms others offer), none between districts.
      await expect(page.locator("#luecken-bereiche + thead + tbody tr").count()).resolves.toBeGreaterThan(0);
      await expect(page.getByText("Keine Lücken").count()).resolves.toBe(1);
      // Map of the three districts, ratio matrices of districts and sectors.
      await expect(page.locator(".vz-map svg[role=img]").count()).resolves.toBe(1);
      await expect(page.locator("svg[role=img]").count()).resolves.toBeGreaterThanOrEqual(3);
      await page.close();
    });

    it("Empfehlungen switches the recommendations when another actor is chosen", async () => {
      const { page } = await open("empfehlungen?akteur=a04");
      await expect(page.locator("#empf-akteur").inputValue()).resolves.toBe("a04");
      const before = await page.locator(".vz-recommendations > li h3").allTextContents();
      await page.selectOption("#empf-akteur", "a12");
      await page.waitForFunction(
        (old) => document.querySelector(".vz-recommendations > li h3")?.textContent !== old,
        before[0],
      );
      const after = await page.locator(".vz-recommendations > li h3").allTextContents();
      expect(after.length).toBeGreaterThan(0);
      expect(after).not.toEqual(before);
      await page.screenshot({ path: screenshotPath("empfehlungen-a12"), fullPage: true });
      await page.close();
    });
  });

  it("presentation mode hides the navigation, shows one view per slide, steps through views and pages with the arrow keys and ends with Esc", async () => {
    const { page, problems } = await open("");
    await page.getByRole("button", { name: "Präsentation" }).click();
    await expect(page.locator("#observablehq-sidebar").isVisible()).resolves.toBe(false);
    // The Überblick's first view: the three questions answered (the first screen).
    await expect(page.locator("main").getAttribute("data-slide-title")).resolves.toMatch(/drei Fragen/);
    // The Überblick's second view: the 6.3.3 indicator with its components and the reading in words.
    await page.keyboard.press("ArrowRight");
    await expect(page.locator("main").getAttribute("data-slide-title")).resolves.toMatch(/Indikator 6\.3\.3/);
    await expect(page.locator(".vz-slide-current").textContent()).resolves.toMatch(
      /In Welle \S+ erreicht der Indikator/,
    );
    await page.screenshot({ path: screenshotPath("praesentation-indikator") });
    // The third view: the three levels of the goal side by side (#18).
    await page.keyboard.press("ArrowRight");
    await expect(page.locator("main").getAttribute("data-slide-title")).resolves.toMatch(/drei Stufen/);
    expect(await page.locator(".vz-slide-current .vz-level").count()).toBe(3);
    await page.screenshot({ path: screenshotPath("praesentation-stufen") });
    // The fourth view: what changed since the previous wave, as its figure under the figure's sentence.
    await page.keyboard.press("ArrowRight");
    await expect(page.locator("main").getAttribute("data-slide-title")).resolves.toMatch(
      /neue und \S+ weggefallene Verbindungen/,
    );
    await expect(page.locator(".vz-slide-current .vz-slide-figure svg title").textContent()).resolves.toMatch(
      /Was sich von Welle \S+ zu Welle \S+ geändert hat/,
    );
    await Promise.all([page.waitForURL(/netzwerk$/), page.keyboard.press("ArrowRight")]);
    // The page's heading is visible only until the first view becomes the slide (racy to wait for): wait
    // for that view instead.
    await page.locator(".vz-network.vz-slide-current").waitFor();
    await expect(page.evaluate(() => document.body.classList.contains("vz-present"))).resolves.toBe(true);
    await page.screenshot({ path: screenshotPath("praesentation-netzwerk") });
    // One view per slide: the Lückenkarte's map first, then its matrices, each alone on screen.
    await Promise.all([page.waitForURL(/luecken$/), page.keyboard.press("ArrowRight")]);
    await page.locator("figure.vz-map.vz-slide-current").waitFor();
    const visibleCharts = () =>
      page.evaluate(
        () =>
          [...document.querySelectorAll("main svg[role=img]")].filter(
            (svg) => (svg as SVGElement).getBoundingClientRect().width > 0,
          ).length,
      );
    await expect(visibleCharts()).resolves.toBe(1);
    await page.screenshot({ path: screenshotPath("praesentation-lueckenkarte") });
    await page.keyboard.press("PageDown");
    await expect(page.locator(".vz-slide-current").getAttribute("class")).resolves.toContain("vz-chart");
    await expect(page.locator("main").getAttribute("data-slide-title")).resolves.toMatch(/\(2\/\d\)$/);
    await expect(visibleCharts()).resolves.toBe(1);
    await page.keyboard.press("ArrowLeft");
    await page.locator("figure.vz-map.vz-slide-current").waitFor();
    // Back before the first view: the previous page, at its last view.
    await Promise.all([page.waitForURL(/netzwerk$/), page.keyboard.press("PageUp")]);
    await page.locator(".vz-network.vz-slide-current").waitFor();
    await page.keyboard.press("Escape");
    await expect(page.locator("#observablehq-sidebar").isVisible()).resolves.toBe(true);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await page.close();
  });

  describe("Eigene Daten", () => {
    const fixture = (name: string) => join(repository, "dashboard/fixtures/mini", name);

    it("reads dropped files in a web worker and draws their network", async () => {
      const { page, problems } = await open("eigene-daten");
      await page.setInputFiles("#upload-files", [fixture("akteure.csv"), fixture("beziehungen.csv")]);
      await page.waitForFunction(() => "vernetztUploadView" in window, null, { timeout: 45_000 });
      const order = await page.evaluate(
        () => (window as unknown as { vernetztUploadView: ViewLike }).vernetztUploadView.graph.order,
      );
      expect(order).toBe(14);
      // The status is written once the upload is stored (IndexedDB), after the view appears: wait for it.
      await page.locator(".vz-upload [role=status]", { hasText: "14 Akteure" }).waitFor({ timeout: 20_000 });
      await page.screenshot({ path: screenshotPath("eigene-daten-geladen"), fullPage: true });
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
      await page.close();
    });

    const sample = join(repository, "data/sample");
    it.skipIf(!existsSync(sample))(
      "reads the 218-actor sample city (data/sample) and pseudonymises persons without consent",
      async () => {
        const { page, problems } = await open("eigene-daten");
        const files = readdirSync(sample).filter((name) => /\.(csv|json)$/.test(name));
        await page.setInputFiles(
          "#upload-files",
          files.map((name) => join(sample, name)),
        );
        await page.waitForFunction(() => "vernetztUploadView" in window, null, { timeout: 45_000 });
        const shown = await page.evaluate(() => {
          const graph = (window as unknown as { vernetztUploadView: ViewLike }).vernetztUploadView.graph;
          return { order: graph.order, names: graph.mapNodes((_id, a) => a.name) };
        });
        expect(shown.order).toBe(218);
        // A204 "Jonas Becker" answered Einwilligung = nein (data/sample/akteure.csv).
        expect(shown.names).not.toContain("Jonas Becker");
        expect(shown.names).toContain("Person 1");
        await page.screenshot({ path: screenshotPath("eigene-daten-beispielstadt") });
        // The Lückenkarte of the upload, computed in the worker: the planted gap Mühlbach – Nordstadt has no
        // direct tie but 27 independent paths through other districts (core's minimumCut between the groups).
        await page
          .locator(".vz-upload [role=status]", { hasText: "218 Akteure" })
          .waitFor({ timeout: 45_000 });
        await page.goto(`${server.url}luecken`, { waitUntil: "networkidle" });
        const table = page.locator("table", { has: page.locator("#luecken-stadtteile") });
        await table.waitFor({ timeout: 20_000 });
        await expect(table.locator("thead th").allTextContents()).resolves.toContain("unabhängige Wege");
        // First the two districts cut off from the rest of the city in wave 3, then the pairs.
        await expect(table.locator("tbody tr.vz-isolated th").allTextContents()).resolves.toEqual([
          "Talhausen – alle anderen Stadtteile",
          "Lerchenberg – alle anderen Stadtteile",
        ]);
        const row = table.locator("tbody tr:not(.vz-isolated)").first();
        await expect(row.locator("th").textContent()).resolves.toBe("Mühlbach – Nordstadt");
        await expect(row.locator("td").allTextContents()).resolves.toEqual(
          expect.arrayContaining(["0", "27"]),
        );
        expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
        await page.close();
      },
    );

    it("Lückenkarte of uploaded data shows '< 5' instead of the ties of a district of 4 actors with a person", async () => {
      // dashboard/fixtures/mini: Südhang has 4 actors (a09–a12), Nordstadt and Mitte 5; every sector fewer.
      // Its actors are organisations (shown whatever the size); here the Frauencafé (a10) is a resident.
      const folder = join(mkdtempSync(join(tmpdir(), "vernetzt-mini-person-")), "mini");
      mkdirSync(folder);
      const actors = readFileSync(fixture("akteure.csv"), "utf8").replace(
        "a10;Frauencafé Südhang;Organisation;",
        "a10;Anwohnerin Südhang (erfunden);Person;",
      );
      expect(actors).toContain(";Person;");
      writeFileSync(join(folder, "akteure.csv"), actors);
      const { page, problems } = await open("eigene-daten");
      await page.setInputFiles("#upload-files", [
        join(folder, "akteure.csv"),
        fixture("beziehungen.csv"),
        fixture("stadtteile.csv"),
      ]);
      await page.locator(".vz-upload [role=status]", { hasText: "14 Akteure" }).waitFor({ timeout: 45_000 });
      await page.goto(`${server.url}luecken`, { waitUntil: "networkidle" });
      await page.locator("main h1").first().waitFor();
      await page.locator("svg text", { hasText: "< 5" }).first().waitFor({ timeout: 20_000 });
      // The ratio matrix of the three districts (its texts: axis names and the 9 cells): Südhang's row and
      // column (5 cells) say "< 5", the 4 cells of Mitte and Nordstadt (5 actors each) give their counts.
      const matrix = 'svg[aria-label="Verbindungen zwischen Stadtteilen im Verhältnis zur Erwartung"]';
      const cells = await page.locator(`${matrix} text`).allTextContents();
      expect(cells.filter((t) => t === "< 5")).toHaveLength(5);
      expect(cells.filter((t) => /^\d+$/.test(t))).toHaveLength(4);
      await expect(page.getByText("Südhang (< 5)").count()).resolves.toBeGreaterThan(0);
      await expect(page.locator(".vz-hint", { hasText: "Betrifft: Südhang" }).count()).resolves.toBe(1);
      await page.screenshot({ path: screenshotPath("luecken-unterdrueckt"), fullPage: true });
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
      await page.close();
    });

    it("shows core's validation report when a required file is missing", async () => {
      const { page } = await open("eigene-daten");
      await page.setInputFiles("#upload-files", [fixture("beziehungen.csv")]);
      await page.locator(".vz-report").waitFor({ state: "visible", timeout: 20_000 });
      await expect(page.locator(".vz-upload [role=status]").textContent()).resolves.toMatch(/Fehler/);
      expect(await page.evaluate(() => "vernetztUploadView" in window)).toBe(false);
      await page.close();
    });
  });

  describe("Netzwerk", () => {
    let page: Page;
    let problems: ReturnType<typeof watchPage>;

    beforeAll(async () => {
      ({ page, problems } = await open("netzwerk"));
      await page.waitForFunction(() => "vernetztSigma" in window);
    });
    afterAll(async () => {
      await page?.close();
    });

    /** Viewport position of an actor's node on the page (container offset + sigma's viewport position). */
    async function nodePosition(id: string): Promise<{ x: number; y: number }> {
      return page.evaluate((node) => {
        const sigma = (window as unknown as { vernetztSigma: SigmaLike }).vernetztSigma;
        const point = sigma.graphToViewport(sigma.getGraph().getNodeAttributes(node));
        const box = sigma.getContainer().getBoundingClientRect();
        return { x: box.left + point.x, y: box.top + point.y };
      }, id);
    }

    it("draws the network: the WebGL node and edge layers have coloured pixels", async () => {
      const drawn = await page.evaluate(() => {
        const sigma = (window as unknown as { vernetztSigma: SigmaLike }).vernetztSigma;
        sigma.refresh();
        const count = (canvas: HTMLCanvasElement) => {
          const gl = canvas.getContext("webgl2") ?? canvas.getContext("webgl");
          if (!gl) return -1;
          const pixels = new Uint8Array(gl.drawingBufferWidth * gl.drawingBufferHeight * 4);
          gl.readPixels(
            0,
            0,
            gl.drawingBufferWidth,
            gl.drawingBufferHeight,
            gl.RGBA,
            gl.UNSIGNED_BYTE,
            pixels,
          );
          let painted = 0;
          for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) painted++;
          return painted;
        };
        const canvases = sigma.getCanvases();
        return { nodes: count(canvases.nodes!), edges: count(canvases.edges!) };
      });
      expect(drawn.nodes).toBeGreaterThan(500);
      expect(drawn.edges).toBeGreaterThan(100);
      await page.screenshot({ path: screenshotPath("netzwerk-view") });
    });

    it("hovering an actor highlights it and dims actors that are not its partners", async () => {
      const { x, y } = await nodePosition("a01");
      await page.mouse.move(x, y);
      await page.waitForFunction(
        () => (window as unknown as { vernetztView: ViewLike }).vernetztView.state.hovered === "a01",
      );
      // The hover layer (a 2D canvas over the WebGL drawing) draws a white veil and the partners on top.
      await page.waitForFunction(
        () => (window as unknown as { vernetztView: ViewLike }).vernetztView.hover.shown?.focus === "a01",
      );
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
      const drawn = await page.evaluate(() => {
        const view = (window as unknown as { vernetztView: ViewLike }).vernetztView;
        const layer = view.sigma.getContainer().querySelector<HTMLCanvasElement>("canvas.sigma-vzHover")!;
        const context = layer.getContext("2d")!;
        const ratio = layer.width / layer.clientWidth;
        const pixel = (id: string) => {
          const p = view.sigma.graphToViewport(view.graph.getNodeAttributes(id));
          return [...context.getImageData(Math.round(p.x * ratio), Math.round(p.y * ratio), 1, 1).data];
        };
        return {
          partners: [...view.hover.shown!.partners].sort(),
          neighbours: view.graph.neighbors("a01").sort(),
          partner: pixel("a02"),
          stranger: pixel("a12"),
        };
      });
      expect(drawn.partners).toEqual(drawn.neighbours);
      expect(drawn.partners).toContain("a02");
      expect(drawn.partners).not.toContain("a12");
      // A stranger lies under the veil: white, partly transparent; a partner is painted in its colour.
      const [r, g, b, alpha] = drawn.stranger;
      expect([r, g, b]).toEqual([255, 255, 255]);
      expect(alpha).toBeGreaterThan(150);
      expect(alpha).toBeLessThan(255);
      expect(drawn.partner[3]).toBe(255);
      expect(Math.min(...drawn.partner.slice(0, 3))).toBeLessThan(200);
      await page.screenshot({ path: screenshotPath("netzwerk-hover") });
      await page.mouse.move(2, 2);
    });

    it("clicking an actor opens its profile with its partners", async () => {
      const { x, y } = await nodePosition("a05");
      await page.mouse.click(x, y);
      const profile = page.locator(".vz-profile");
      await expect(profile.locator("h3").first().textContent()).resolves.toBe("Familienzentrum Lindenplatz");
      await expect(profile.locator(".vz-neighbours li").allTextContents()).resolves.toEqual([
        "Kulturverein Brücke e.V.",
        "Lernpaten Beispielstadt",
        "Sozialamt, Abteilung Quartiere",
      ]);
      await expect(profile.getByRole("link", { name: /Empfehlungen/ }).getAttribute("href")).resolves.toBe(
        "./empfehlungen?akteur=a05",
      );
      await page.screenshot({ path: screenshotPath("netzwerk-profile") });
      await page.mouse.move(2, 2);
    });

    it("filtering by district hides the other districts' actors in drawing and table, without a new graph", async () => {
      const graphBefore = await page.evaluate(
        () => (window as unknown as { vernetztView: ViewLike }).vernetztView.graph,
      );
      await page.selectOption("#vz-district", "Südhang");
      const shown = await page.evaluate(() => {
        const view = (window as unknown as { vernetztView: ViewLike }).vernetztView;
        const sigma = view.sigma;
        return {
          hiddenNordstadt: sigma.getNodeDisplayData("a01")!.hidden,
          hiddenSuedhang: sigma.getNodeDisplayData("a09")!.hidden,
          order: view.graph.order,
        };
      });
      expect(shown).toEqual({ hiddenNordstadt: true, hiddenSuedhang: false, order: 14 });
      expect(graphBefore).toBeDefined();
      await expect(page.locator(".vz-table tbody tr").count()).resolves.toBe(4);
      await page.screenshot({ path: screenshotPath("netzwerk-filter") });
    });

    it("colouring by community lists core's Louvain groups in the legend and colours the nodes by them", async () => {
      await page.selectOption("#vz-colour", "community");
      const legend = await page.locator(".vz-legend-list li").allTextContents();
      expect(legend.length).toBeGreaterThan(1);
      for (const entry of legend) expect(entry).toMatch(/^Gruppe \d+ \(\d+\)$/);
      const colours = await page.evaluate(() => {
        const sigma = (window as unknown as { vernetztSigma: SigmaLike }).vernetztSigma;
        const ids = ["a01", "a02", "a03", "a04", "a09", "a10", "a11", "a12"];
        return ids.map((id) => sigma.getNodeDisplayData(id)!.color);
      });
      expect(new Set(colours).size).toBeGreaterThan(1);
      await page.selectOption("#vz-colour", "district");
    });

    it("filtering by wave hides the ties of other waves", async () => {
      await page.selectOption("#vz-district", "");
      await page.selectOption("#vz-wave", "2023");
      const hidden = await page.evaluate(() => {
        const sigma = (window as unknown as { vernetztSigma: SigmaLike }).vernetztSigma;
        const graph = sigma.getGraph();
        return {
          only2025: sigma.getEdgeDisplayData(graph.edge("a02", "a07")!)!.hidden,
          both: sigma.getEdgeDisplayData(graph.edge("a01", "a02")!)!.hidden,
        };
      });
      expect(hidden).toEqual({ only2025: true, both: false });
      await page.selectOption("#vz-wave", "");
    });

    it("searching a name selects the actor and opens its profile", async () => {
      await page.fill("#vz-search", "frauencafé");
      await page.press("#vz-search", "Enter");
      await expect(page.locator(".vz-profile h3").first().textContent()).resolves.toBe("Frauencafé Südhang");
      await page.fill("#vz-search", "gibt es nicht");
      await page.press("#vz-search", "Enter");
      await expect(page.locator("#vz-search-hint").textContent()).resolves.toContain("gibt es nicht");
    });

    it("saves the chosen wave as a figure with its wave, district key and source, as PNG and SVG", async () => {
      await page.getByRole("button", { name: "Ansicht zurücksetzen" }).click();
      await page.waitForFunction(() => {
        const view = (window as unknown as { vernetztView: ViewLike }).vernetztView;
        return view.state.selected === null && view.sigma.getCamera().ratio === 1;
      });
      const [png] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Bild als PNG speichern" }).click(),
      ]);
      expect(png.suggestedFilename()).toBe("network-by-district.png");
      const pngBytes = readFileSync((await png.path())!);
      expect(pngBytes.subarray(1, 4).toString("latin1")).toBe("PNG");
      const [svg] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Bild als SVG speichern" }).click(),
      ]);
      const svgText = readFileSync((await svg.path())!, "utf8");
      expect(svgText).toContain("<title>Wer mit wem zusammenarbeitet, nach Stadtteil</title>");
      expect(svgText).toMatch(/Quelle: vernetzt, Datensatz „[^“]+“, Welle \d/);
      expect(svgText).not.toMatch(/var\(--|currentColor|<style/);
      // One circle per actor and one per district in the key.
      expect(svgText.match(/<circle /g)?.length).toBe(14 + 3);
    });

    it("reported no console error, failed or foreign request during the interactions", () => {
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    });
  });
});

/** The parts of sigma and the view the tests use in the page (types only; the page holds the objects). */
interface GraphLike {
  getNodeAttributes(node: string): { x: number; y: number };
  neighbors(node: string): string[];
  mapNodes<T>(callback: (id: string, attributes: { name: string }) => T): T[];
  edge(source: string, target: string): string | undefined;
  order: number;
}
interface SigmaLike {
  refresh(): void;
  getCamera(): { ratio: number };
  getGraph(): GraphLike;
  getContainer(): HTMLElement;
  graphToViewport(point: { x: number; y: number }): { x: number; y: number };
  getCanvases(): Record<string, HTMLCanvasElement>;
  getNodeDisplayData(node: string): { color: string; hidden?: boolean } | undefined;
  getEdgeDisplayData(edge: string): { hidden?: boolean } | undefined;
}
interface ViewLike {
  sigma: SigmaLike;
  graph: GraphLike;
  state: { hovered: string | null; selected: string | null };
  hover: { shown: { focus: string; partners: Iterable<string> } | null };
}
