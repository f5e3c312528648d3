/**
 * The dashboard's Befragung page in Chromium: load an actor list, make the forms (one ZIP download), fill two of
 * the HTML forms as their save button would, drop them back, see who answered and who is missing, take the new
 * wave over — and every page shows it (the Überblick's banner and the three levels). Fictional actors.
 * Screenshot: test/browser/screenshots/survey-page.png.
 */
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { strFromU8, unzipSync } from "../../packages/core/node_modules/fflate/esm/index.mjs";
import {
  buildDashboardIfStale,
  chromiumPath,
  launchChromium,
  type Server,
  screenshotPath,
  startServer,
  watchPage,
} from "./harness.js";

const ACTORS = [
  "ID;Name;Stadtteil;Bereich;Art;Einwilligung",
  "k1;Kita Sonnenschein;Nord;Kita;Organisation;",
  "s1;Grundschule am Park;Nord;Schule;Organisation;",
  "j1;Jugendtreff Nordlicht;Nord;Jugendarbeit;Organisation;",
  "v1;Sportverein Süd e.V.;Süd;Verein;Organisation;",
  "c1;Ev. Kirchengemeinde Süd;Süd;Kirche;Organisation;",
  "f1;Familienzentrum Süd;Süd;Familie;Organisation;",
  "p1;Petra Beispiel;Süd;Verein;Person;nein",
].join("\n");

/** A saved HTML form: the answers block filled as the form's save button writes it. */
function answered(html: string, respondent: string, answers: Record<string, number>): string {
  const block = JSON.stringify({
    format: "vernetzt-survey-answers",
    version: 1,
    respondent,
    wave: "1",
    savedAt: "2025-03-01T10:00:00.000Z",
    answers,
    writeIns: [],
    offers: "",
    needs: "",
  });
  return html.replace('id="vernetzt-survey-answers">null<', `id="vernetzt-survey-answers">${block}<`);
}

describe.skipIf(!chromiumPath)("the Befragung page", () => {
  let server: Server;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    buildDashboardIfStale();
    server = await startServer();
    browser = await launchChromium();
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: "de-DE",
      acceptDownloads: true,
    });
    page = await context.newPage();
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    server?.process.kill();
  });

  it("makes the forms, collects two returns, lists the missing, and every page shows the new wave", async () => {
    const problems = watchPage(page, server.url);
    await page.goto(`${server.url}befragung`);
    await page.locator("#survey-actors").setInputFiles({
      name: "akteure.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(ACTORS),
    });
    await expect
      .poll(() => page.locator(".vz-survey .vz-status").first().textContent())
      .toContain("Geladen: 7 Akteure");
    await page.locator("#survey-contact").fill("netz@example.org");
    await page.locator("#survey-make").click();
    const link = page.locator("a.vz-download").first();
    await link.waitFor();
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    expect(download.suggestedFilename()).toBe("fragebogen-welle-1.zip");
    const zip = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
    const forms = Object.keys(zip).filter((path) => path.startsWith("html/"));
    expect(forms).toHaveLength(6);
    expect(Object.keys(zip)).toContain("Anschreiben.txt");
    expect(strFromU8(zip["Verteiler.csv"]!)).not.toContain("Petra Beispiel");

    const form = (id: string) =>
      strFromU8(zip[forms.find((path) => path.startsWith(`html/Fragebogen-${id}-`))!]!);
    await page.locator("#survey-returns").setInputFiles([
      {
        name: "Antwort (1).html",
        mimeType: "text/html",
        buffer: Buffer.from(answered(form("k1"), "k1", { s1: 3, v1: 2 })),
      },
      {
        name: "Antwort (2).html",
        mimeType: "text/html",
        buffer: Buffer.from(answered(form("s1"), "s1", { k1: 3, c1: 1 })),
      },
    ]);
    await page.locator("#survey-collect").click();
    await page.locator("#survey-missing").waitFor();
    const missing = await page.locator("#survey-missing tbody th").allTextContents();
    expect(missing).toEqual([
      "Jugendtreff Nordlicht",
      "Sportverein Süd e.V.",
      "Ev. Kirchengemeinde Süd",
      "Familienzentrum Süd",
    ]);
    expect(await page.locator(".vz-survey-report .card").first().textContent()).toContain("2 von 6");
    await page.screenshot({ path: screenshotPath("survey-page"), fullPage: true });

    await page.locator("#survey-take").click();
    await expect
      .poll(() => page.locator(".vz-survey-report .vz-status").last().textContent(), { timeout: 120_000 })
      .toContain("Alle Seiten zeigen jetzt die Daten mit Welle 1");
    await page.goto(server.url);
    await expect
      .poll(() => page.locator(".vz-dataset-uploaded").textContent())
      .toContain("Befragung Welle 1");
    // the three levels of the new wave: k1–s1 (3), k1–v1 (2), s1–c1 (1)
    const levels = await page.locator(".vz-levels .vz-level p").allTextContents();
    expect(levels.filter((text) => /Verbindung/.test(text))).toEqual([
      "3 Verbindungen (diese Stufe und höher)",
      "2 Verbindungen (diese Stufe und höher)",
      "1 Verbindung",
    ]);
    // who named the pairs: level 3 is k1–s1 alone, named by both
    expect(await page.locator(".vz-levels .vz-level").last().locator(".vz-hint").allTextContents()).toContain(
      "1 Paar genannt, 1 von beiden Seiten",
    );
    await page.locator(".vz-levels").screenshot({ path: screenshotPath("survey-levels-overview") });
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
  });
});
