/**
 * The „Eigene Daten“ page in Chromium with coordinators' own spreadsheets (issue #16): every fixture of
 * `test/fixtures/spreadsheets` is chosen in the file input as a person would; the page shows what it understood
 * (messages first, the mapping table with drop-downs), loads (by itself when nothing was guessed, else after „Daten
 * laden“), and draws the network with the right number of actors. A drop-down corrects a guess; the Excel
 * template downloads; bad rows are listed and the rest loads; a large upload says what to expect first and can
 * be cancelled. Screenshots go to test/browser/screenshots/ for a human to look at.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { arrayBufferOf, IssueCollector, readXlsxSheets } from "@vernetzt/core/io";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { strFromU8, unzipSync } from "../../packages/core/node_modules/fflate/esm/index.mjs";
import {
  buildDashboardIfStale,
  chromiumPath,
  launchChromium,
  repository,
  type Server,
  screenshotPath,
  seriousAxeViolations,
  startServer,
  testRoot,
  watchPage,
} from "./harness.js";

const FIXTURES = join(repository, "test/fixtures/spreadsheets");

/** The files of a fixture: the file itself, or every file of its folder. */
function filesOf(name: string): string[] {
  const path = join(FIXTURES, name);
  return name.includes(".") ? [path] : readdirSync(path).map((file) => join(path, file));
}

/** Actors each fixture must load as (the same fixtures as test/cli/spreadsheets.test.ts). */
const ACTORS: Record<string, number> = {
  "01-arbeitsmappe": 7,
  "02-nummerierte-listen": 5,
  "03-eine-tabelle.xlsx": 5,
  "04-kooperationen.csv": 3,
  "05-tabelle1-tabelle2.xlsx": 4,
  "06-english.xlsx": 4,
  "07-ids-und-namen": 4,
  "08-partnerlisten.xlsx": 4,
  "09-drei-blaetter.xlsx": 4,
  "10-ohne-ueberschrift": 3,
  "11-befragung.csv": 4,
  "13-ohne-kopfzeile.xlsx": 4,
  "14-titel-und-anmerkungen.xlsx": 7,
  "15-libreoffice-english.xlsx": 6,
  "16-liste-mit-titel.csv": 4,
  "17-online-umfrage.csv": 4,
  "18-libreoffice.ods": 7,
  "19-fruehe-hilfen.xlsx": 9,
  "20-kontaktliste.csv": 5,
  "21-blatt-je-jahr.xlsx": 4,
};

describe.skipIf(!chromiumPath)("Eigene Daten with coordinators' own spreadsheets", () => {
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

  async function open(): Promise<{ page: Page; problems: ReturnType<typeof watchPage> }> {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 1000 },
      locale: "de-DE",
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const problems = watchPage(page, server.url.replace(/\/$/, ""));
    await page.goto(`${server.url}eigene-daten`, { waitUntil: "networkidle" });
    await page.locator("main h1").first().waitFor();
    return { page, problems };
  }

  /** Chooses the files and waits for the check; returns whether the page asks before loading. */
  async function choose(page: Page, files: string[]): Promise<void> {
    await page.setInputFiles("#upload-files", files);
    await page
      .locator(".vz-upload [role=status]", { hasText: /Prüfung beendet|Geladen/ })
      .waitFor({ timeout: 60_000 });
  }

  async function loaded(page: Page): Promise<number> {
    const go = page.locator(".vz-actions .vz-go");
    if (await go.count()) await go.click();
    await page.locator(".vz-upload [role=status]", { hasText: "Geladen:" }).waitFor({ timeout: 90_000 });
    return page.evaluate(
      () =>
        (window as unknown as { vernetztUploadView: { graph: { order: number } } }).vernetztUploadView.graph
          .order,
    );
  }

  for (const [name, actors] of Object.entries(ACTORS)) {
    it(`${name}: shows what it understood and loads ${actors} actors`, async () => {
      const { page, problems } = await open();
      await choose(page, filesOf(name));
      await expect(page.locator(".vz-report .vz-summary").textContent()).resolves.toContain(
        `Erkannt: ${actors} Akteure`,
      );
      const details = page.locator(".vz-mapping-details");
      if (await details.count()) {
        if ((await details.getAttribute("open")) === null) await details.locator("summary").click();
        await expect(page.locator(".vz-map-table").count()).resolves.toBeGreaterThan(0);
      }
      await page.screenshot({
        path: screenshotPath(`eigene-daten-${name.replace(/\.\w+$/, "")}-geprueft`),
        fullPage: true,
      });
      expect(await loaded(page)).toBe(actors);
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
      await page.context().close();
    });
  }

  it("the newcomer's workbook: repairs first, the mapping table, and no serious accessibility violation", async () => {
    const { page } = await open();
    await choose(page, filesOf("01-arbeitsmappe"));
    const repairs = page.locator(".vz-messages-repair li");
    await expect(repairs.allTextContents()).resolves.toEqual([
      expect.stringContaining("„Sportveren Nordstadt“ als „Sportverein Nordstadt“ gelesen"),
      expect.stringContaining("„kita altstadt“ als „Kita Altstadt“ gelesen"),
      expect.stringContaining("„Musikschule West“ steht nicht in der Akteursliste"),
    ]);
    const kinds = await page
      .locator(".vz-map-head select")
      .evaluateAll((selects) => (selects as HTMLSelectElement[]).map((s) => s.value));
    expect(kinds).toEqual(["actors", "ties", "ignore"]);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath("eigene-daten-zuordnung"), fullPage: true });
    await page.context().close();
  });

  it("a drop-down corrects a guess: the files are checked again with the choice", async () => {
    const { page } = await open();
    await choose(page, filesOf("04-kooperationen.csv"));
    const details = page.locator(".vz-mapping-details");
    if ((await details.getAttribute("open")) === null) await details.locator("summary").click();
    await page.locator('select[aria-label="„Stärke“ lesen als"]').selectOption("extra");
    await page.locator(".vz-map-table td", { hasText: "von Ihnen gewählt" }).waitFor({ timeout: 60_000 });
    await expect(page.locator('select[aria-label="„Stärke“ lesen als"]').inputValue()).resolves.toBe("extra");
    expect(await loaded(page)).toBe(3);
    await page.screenshot({ path: screenshotPath("eigene-daten-korrigiert"), fullPage: true });
    await page.context().close();
  });

  it("bad rows are listed with sheet, row and column; the rest loads after asking", async () => {
    const { page } = await open();
    await choose(page, filesOf("12-mit-fehlern.xlsx"));
    const errors = page.locator(".vz-messages-error li");
    await expect(errors.allTextContents()).resolves.toEqual([
      expect.stringMatching(/^„Beziehungen“, Zeile 3, Spalte „Gewicht“: Gewicht „viel“ ist keine Zahl/),
      expect.stringMatching(/^„Beziehungen“, Zeile 4, Spalte „Zu“: Von oder Zu ist leer/),
    ]);
    await expect(page.locator(".vz-actions .vz-go").textContent()).resolves.toBe(
      "Ohne die 2 fehlerhaften Zeilen laden",
    );
    await page.screenshot({ path: screenshotPath("eigene-daten-fehler"), fullPage: true });
    expect(await loaded(page)).toBe(3);
    await page.context().close();
  });

  it("offers the Excel template: German headers, one example row, drop-down lists", async () => {
    const { page } = await open();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.locator(".vz-template").click(),
    ]);
    const folder = join(testRoot, "template");
    mkdirSync(folder, { recursive: true });
    const file = join(folder, download.suggestedFilename());
    await download.saveAs(file);
    const bytes = new Uint8Array(readFileSync(file));
    const sheets = await readXlsxSheets(file, arrayBufferOf(bytes), new IssueCollector());
    expect(sheets?.map((s) => [s.name, s.header[0], s.rows.length])).toEqual([
      ["Akteure", "Name", 1],
      ["Beziehungen", "Von", 1],
      ["Hinweise", "Blatt", 16],
    ]);
    const xml = strFromU8(unzipSync(bytes)["xl/worksheets/sheet1.xml"]!);
    expect(xml).toContain('<dataValidation type="list"');
    await page.context().close();
  });

  it("a large upload says what to expect before reading and before computing, and can be cancelled", async () => {
    const folder = join(testRoot, "large-upload");
    mkdirSync(folder, { recursive: true });
    // 25,000 fictional organisations in one edge list, padded with a note column to more than 20 MB
    const note = "x".repeat(1000);
    const rows = Array.from(
      { length: 25_000 },
      (_, i) => `Einrichtung ${i + 1};Einrichtung ${((i * 7) % 25_000) + 1};${note}`,
    );
    const file = join(folder, "kooperationen.csv");
    writeFileSync(file, `Einrichtung;Partner;Bemerkung\n${rows.join("\n")}\n`);
    const { page, problems } = await open();
    // a workbook above the browser's limit is refused at once, with what to do instead
    const workbook = join(folder, "netz.xlsx");
    writeFileSync(workbook, Buffer.alloc(11 * 1024 * 1024, 1));
    await page.setInputFiles("#upload-files", [workbook]);
    await expect(page.locator(".vz-upload [role=status]").textContent()).resolves.toMatch(
      /^„netz\.xlsx“ ist zu groß zum Laden im Browser \(11 MB; höchstens 10 MB für Excel-Arbeitsmappen, 100 MB als CSV\)\. Bitte als CSV speichern/,
    );
    await page.setInputFiles("#upload-files", [file]);
    const question = page.locator(".vz-question");
    await question.waitFor({ timeout: 20_000 });
    await expect(question.textContent()).resolves.toMatch(
      /Große Datei: \d+ MB\. Lesen und Prüfen dauert .* Arbeitsspeicher/,
    );
    await page.screenshot({ path: screenshotPath("eigene-daten-gross-vorher"), fullPage: true });
    await question.locator("button", { hasText: "Prüfen starten" }).click();
    await page.locator(".vz-upload progress").waitFor({ state: "visible" });
    await expect(page.locator(".vz-cancel").isVisible()).resolves.toBe(true);
    await page
      .locator(".vz-upload [role=status]", { hasText: "Prüfung beendet" })
      .waitFor({ timeout: 120_000 });
    // 25,000 actors: never computed without asking, and the page says how long it will take
    await expect(page.locator(".vz-actions").textContent()).resolves.toMatch(
      /Die Auswertung dauert .*abbrechen/,
    );
    await page.locator(".vz-actions .vz-go").click();
    await page
      .locator(".vz-upload [role=status]", { hasText: /läuft seit \d:\d\d/ })
      .waitFor({ timeout: 20_000 });
    await page.screenshot({ path: screenshotPath("eigene-daten-gross-laeuft"), fullPage: true });
    await page.locator(".vz-cancel").click();
    await expect(page.locator(".vz-upload [role=status]").textContent()).resolves.toMatch(/^Abgebrochen/);
    expect(await page.evaluate(() => "vernetztUploadView" in window)).toBe(false);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await page.context().close();
  });
});
