/**
 * Issue 22 in a real browser, on the mini fixture's site: presentation mode at a projector's 1280×720 (no
 * blank or cut slide, chart text ≥ 18 px, controls hidden, a figure's sentence as the slide's title), every
 * page printed (no buttons, nothing clipped, the network as its figure), the deck in one click, and the
 * self-contained report page opened from disk with no request to any host. PDFs and screenshots go to
 * test/browser/screenshots/ for a human to look at.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
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
  startServer,
  testSite,
  watchPage,
} from "./harness.js";

/** The mini fixture, built into this file's own folder (test files run in parallel). */
const SITE = testSite("figures", join(repository, "dashboard/fixtures/mini"));

/** What a slide shows, measured in the page. */
interface SlideCheck {
  title: string;
  url: string;
  height: number;
  bottom: number;
  visibleText: number;
  /** Rendered px per SVG unit of the slide's figure (1 = chart text at its 18 units); null without one. */
  figureScale: number | null;
  /** Visible controls: buttons (but the legend's entries), selects, inputs, export blocks. */
  controls: string[];
  labelSize: number | null;
  legendFontPx: number | null;
  /** The smallest text on the slide in screen px (SVG text through its scale, HTML text through zoom). */
  minTextPx: number;
  smallest: string;
}

async function measureSlide(page: Page): Promise<SlideCheck> {
  return page.evaluate(() => {
    const view = document.querySelector<HTMLElement>(".vz-slide-current") ?? document.querySelector("main")!;
    const box = view.getBoundingClientRect();
    const zoom = Number(getComputedStyle(view).zoom || 1);
    const figure = view.querySelector<SVGSVGElement>(".vz-slide-figure svg");
    const visible = (e: Element) => {
      const r = e.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== "hidden";
    };
    // The network's legend is its key: its entries are buttons (picking one highlights), not controls.
    const controls = [...document.querySelectorAll("main button, main select, main input, main .vz-export")]
      .filter((e) => !e.matches(".vz-legend-entry"))
      .filter(visible)
      .map((e) => e.outerHTML.slice(0, 80));
    const sigma = (window as unknown as { vernetztSigma?: { getSetting(k: string): number } }).vernetztSigma;
    const legend = view.querySelector(".vz-legend-list li");
    const texts: Array<[number, string]> = [];
    for (const t of view.querySelectorAll<SVGTextElement>("svg text")) {
      if (t.getBoundingClientRect().width === 0 || !(t.textContent ?? "").trim()) continue;
      const ctm = t.getScreenCTM();
      const px = Number.parseFloat(getComputedStyle(t).fontSize) * (ctm ? Math.hypot(ctm.a, ctm.b) : 1);
      texts.push([px, t.textContent ?? ""]);
    }
    const walker = document.createTreeWalker(view, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (!parent || parent.closest("svg") || !(n.textContent ?? "").trim()) continue;
      if (parent.getBoundingClientRect().width === 0) continue;
      texts.push([
        Number.parseFloat(getComputedStyle(parent).fontSize) * (zoom > 0 ? zoom : 1),
        n.textContent ?? "",
      ]);
    }
    const smallest = texts.sort((a, b) => a[0] - b[0])[0] ?? [Number.POSITIVE_INFINITY, ""];
    return {
      title: document.querySelector("main")?.dataset.slideTitle ?? document.title,
      url: location.pathname,
      height: box.height,
      // CSS zoom scales the box already; the bottom is where it ends on screen.
      bottom: box.bottom * (zoom > 0 ? 1 : 1),
      visibleText: (view.innerText ?? "").trim().length + (figure ? 1000 : 0),
      figureScale: figure ? figure.getBoundingClientRect().width / figure.viewBox.baseVal.width : null,
      controls,
      labelSize: view.matches(".vz-network") ? (sigma?.getSetting("labelSize") ?? null) : null,
      legendFontPx: legend ? Number.parseFloat(getComputedStyle(legend).fontSize) : null,
      minTextPx: smallest[0],
      smallest: smallest[1].trim().slice(0, 40),
    };
  });
}

describe.skipIf(!chromiumPath)("figures, deck, presentation and print in Chromium", () => {
  let server: Server;
  let browser: Browser;

  beforeAll(async () => {
    buildDashboardIfStale(SITE);
    server = await startServer(SITE);
    browser = await launchChromium();
    // Building the site takes minutes on a shared 2-core machine.
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    server?.process.kill();
  });

  it("presentation at 1280×720: every slide shows something, nothing is cut, every text (chart text too) ≥ 18 px, no controls", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, locale: "de-DE" });
    const problems = watchPage(page, server.url.replace(/\/$/, ""));
    await page.goto(server.url, { waitUntil: "networkidle" });
    await page.locator("main h1").first().waitFor();
    await page.getByRole("button", { name: "Präsentation" }).click();
    const seen: SlideCheck[] = [];
    const passedBy: string[] = [];
    for (let step = 0; step < 40; step++) {
      await page.waitForTimeout(600);
      await page.waitForLoadState("networkidle");
      if ((await page.locator(".vz-slide-current").count()) === 0) {
        // A page without views (Methodik, Eigene Daten) is passed by, unless it is the last one.
        const here = page.url();
        await page.waitForTimeout(2500);
        await page.waitForLoadState("networkidle");
        if (page.url() === here) break;
        passedBy.push(new URL(here).pathname);
        continue;
      }
      const slide = await measureSlide(page);
      seen.push(slide);
      await page.screenshot({ path: screenshotPath(`slide-${String(step).padStart(2, "0")}`) });
      const before = `${slide.url} ${slide.title}`;
      await page.keyboard.press("ArrowRight");
      await page.waitForTimeout(400);
      await page.waitForLoadState("networkidle");
      const after = await page.evaluate(
        () => `${location.pathname} ${document.querySelector("main")?.dataset.slideTitle ?? document.title}`,
      );
      if (after === before) break;
    }
    const pages = new Set(seen.map((s) => s.url.replace(/\.html$/, "")));
    for (const path of ["/", "/netzwerk", "/luecken", "/akteure", "/empfehlungen", "/entwicklung"])
      expect(pages, path).toContain(path);
    for (const slide of seen) {
      expect(slide.height, `blank slide: ${slide.title}`).toBeGreaterThan(60);
      expect(slide.visibleText, `blank slide: ${slide.title}`).toBeGreaterThan(20);
      expect(slide.bottom, `cut slide: ${slide.title}`).toBeLessThanOrEqual(721);
      expect(slide.controls, `controls on: ${slide.title}`).toEqual([]);
      // A figure taller than the screen is scaled down to fit, never cut (the mini's gap map: 0.93, 16.8 px).
      if (slide.figureScale !== null) expect(slide.figureScale, slide.title).toBeGreaterThanOrEqual(0.9);
      if (slide.labelSize !== null) expect(slide.labelSize).toBeGreaterThanOrEqual(18);
      if (slide.legendFontPx !== null) expect(slide.legendFontPx).toBeGreaterThanOrEqual(18);
      // Every text on a slide, chart text included, is at least 18 px at 1280×720 (read from a back row).
      expect(slide.minTextPx, `${slide.title}: "${slide.smallest}"`).toBeGreaterThanOrEqual(17.9);
    }
    // The charts are shown as their figures, each under its sentence (one message per slide).
    const figures = seen.filter((s) => s.figureScale !== null);
    expect(figures.length).toBeGreaterThanOrEqual(4);
    expect(seen.some((s) => /Akteure mit den meisten Partnern/.test(s.title))).toBe(true);
    expect(seen.filter((s) => /^Empfehlungen für/.test(s.title)).length).toBeGreaterThan(1);
    expect(passedBy.map((p) => p.replace(/\.html$/, ""))).toContain("/methodik");
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await page.close();
  }, 300_000);

  it("prints every page without buttons or controls, with tables unclipped and the network as its figure", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "de-DE" });
    for (const { path } of DASHBOARD_PAGES) {
      await page.emulateMedia({ media: "screen" });
      await page.goto(server.url + path, { waitUntil: "networkidle" });
      await page.locator("main h1").first().waitFor();
      if (path === "netzwerk") await page.locator(".vz-graph canvas").first().waitFor();
      await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
      await page.emulateMedia({ media: "print" });
      const check = await page.evaluate(() => {
        const visible = (e: Element) =>
          e.getBoundingClientRect().width > 0 && e.getBoundingClientRect().height > 0;
        return {
          controls: [...document.querySelectorAll("button, select, input, .vz-export, #observablehq-sidebar")]
            .filter(visible)
            .map((e) => e.outerHTML.slice(0, 60)),
          clipped: [...document.querySelectorAll<HTMLElement>(".vz-table-wrap")]
            .filter((e) => e.scrollHeight > e.clientHeight + 1 || e.scrollWidth > e.clientWidth + 1)
            .map((e) => e.id || e.getAttribute("aria-labelledby")),
          printFigure: document.querySelectorAll(".vz-print-figure svg").length,
        };
      });
      expect(check.controls, path).toEqual([]);
      expect(check.clipped, path).toEqual([]);
      if (path === "netzwerk") expect(check.printFigure).toBe(1);
      await page.pdf({
        path: screenshotPath(`print-${path || "index"}`).replace(/\.png$/, ".pdf"),
        preferCSSPageSize: true,
      });
    }
    await page.close();
  });

  it("offers the deck in one click: a print view of the same slides as vernetzt report", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "de-DE" });
    const page = await context.newPage();
    await page.goto(server.url, { waitUntil: "networkidle" });
    const deck = page.getByRole("button", { name: "Foliensatz öffnen (Druckansicht, 16:9)" });
    await page.waitForFunction(() =>
      [...document.querySelectorAll<HTMLButtonElement>(".vz-report button")].some((b) => !b.disabled),
    );
    const [popup] = await Promise.all([context.waitForEvent("page"), deck.click()]);
    await popup.waitForLoadState();
    // Mini: indicator, gap map, gap matrix, network, what changed, introductions, and the title slide.
    await expect(popup.locator("section svg").count()).resolves.toBe(7);
    await expect(popup.locator("section").nth(1).textContent()).resolves.toMatch(/Indikator/);
    await popup.pdf({
      path: screenshotPath("deck-browser").replace(/\.png$/, ".pdf"),
      width: "297mm",
      height: "167mm",
    });
    await context.close();
  });

  it("links the deck PDF and the handouts, and the one-file report opens from disk with no request to any host", async () => {
    const page = await browser.newPage();
    const pdf = await page.request.get(`${server.url}bericht.pdf`);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    expect((await pdf.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const handouts = await page.request.get(`${server.url}handouts/index.html`);
    expect(handouts.status()).toBe(200);
    expect(await handouts.text()).toContain("Familienzentrum Lindenplatz");
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    const file = join(SITE.VERNETZT_DASHBOARD_OUT, "bericht.html");
    await page.goto(pathToFileURL(file).href);
    await expect(page.locator("section svg").count()).resolves.toBe(7);
    expect(requests.filter((url) => !url.startsWith("file:") && !url.startsWith("data:"))).toEqual([]);
    expect(readFileSync(file, "utf8")).not.toMatch(/<script/);
    await page.screenshot({ path: screenshotPath("bericht-html"), fullPage: false });
    await page.close();
  });
});
