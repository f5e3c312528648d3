/**
 * The Arbeitskreise, Tischplan and Transferprojekte pages on the sample city (`data/sample`, fictional), which
 * has working groups with rotating hosts, a network meeting and transfer projects: what each page shows, the
 * table plan computed in the browser (valid, better than random, the same as the CLI's for the same seed), and
 * the plan's CSV download.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildDashboardIfStale,
  chromiumPath,
  launchChromium,
  repository,
  type Server,
  screenshotPath,
  seriousAxeViolations,
  startServer,
  testSite,
  watchPage,
} from "./harness.js";

const SAMPLE_SITE = testSite("sample", join(repository, "data/sample"));
const noProblems = { consoleErrors: [], failedRequests: [], foreignRequests: [] };

describe.skipIf(!chromiumPath)("meetings pages on the sample city", () => {
  let server: Server;
  let browser: Browser;

  beforeAll(async () => {
    buildDashboardIfStale(SAMPLE_SITE);
    server = await startServer(SAMPLE_SITE);
    browser = await launchChromium();
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    server?.process.kill();
  });

  async function open(path: string): Promise<{ page: Page; problems: ReturnType<typeof watchPage> }> {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: "de-DE" });
    const problems = watchPage(page, server.url.replace(/\/$/, ""));
    await page.goto(server.url + path, { waitUntil: "networkidle" });
    await page.locator("main h1").first().waitFor();
    return { page, problems };
  }

  it("Arbeitskreise: every group in the table, hosts and first-timers of the one chosen", async () => {
    const { page, problems } = await open("arbeitskreise?kreis=Runde%20Jugend%20Weststadt");
    const overview = await page.locator("main table").first().textContent();
    expect(overview).toContain("Arbeitskreis Soziales Rosenbühl-Sonnenhalde");
    expect(overview).toContain("Runde Senioren Oststadt");
    await expect(page.locator("#ak-kreis").inputValue()).resolves.toBe("Runde Jugend Weststadt");
    const main = await page.locator("main").textContent();
    expect(main).toContain("Einmal gekommen und nicht wieder");
    expect(main).toMatch(/von ihnen arbeiten in einer späteren Welle zusammen/);
    await page.locator("main figure svg, main svg").first().waitFor();
    await page.screenshot({ path: screenshotPath("sample-arbeitskreise"), fullPage: true });
    expect(problems).toEqual(noProblems);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.selectOption("#ak-kreis", "Runde Senioren Oststadt");
    await expect(page.locator("main").textContent()).resolves.toContain("ein Kreis im Aufbau");
    await page.close();
  });

  it("Tischplan: the network meeting at 4 tables for 2 rounds, everyone once per round, better than random, CSV", async () => {
    const { page, problems } = await open("tischplan");
    await page.click("button[type=submit]");
    await page.locator(".vz-plan").waitFor({ timeout: 120_000 });
    const attendees = readFileSync(join(repository, "data/sample/teilnahme.csv"), "utf8")
      .split(/\r?\n/)
      .filter((line) => line.startsWith("NT-2024;")).length;
    for (const round of await page.locator(".vz-plan table").all()) {
      const tables = (await round.locator("tbody td").allTextContents()).map((t) => t.split(", ").length);
      expect(tables.reduce((s, n) => s + n, 0)).toBe(attendees);
      expect(Math.max(...tables) - Math.min(...tables)).toBeLessThanOrEqual(1);
    }
    await expect(page.locator(".vz-plan-quality").textContent()).resolves.toMatch(
      /besser als 100\s%\svon 1\.000/,
    );
    await page.screenshot({ path: screenshotPath("sample-tischplan"), fullPage: true });
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Tischplan als CSV" }).click();
    const file = await (await download).path();
    const csv = readFileSync(file, "utf8");
    expect(csv.split("\r\n")[0]).toBe("\uFEFFRunde;Tisch;ID;Name;Stadtteil;Sektor;Sprechen Sie mit");
    expect(csv.trim().split("\r\n")).toHaveLength(1 + 2 * attendees);
    expect(problems).toEqual(noProblems);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });

  it("Transferprojekte: each project's way, Talhausen without a tie before, Nordstadt next for the Sprachcafé", async () => {
    const { page, problems } = await open("transferprojekte");
    const main = (await page.locator("main").textContent()) ?? "";
    expect(main).toContain("Sprachcafé");
    expect(main).toMatch(/Talhausen2025Oststadtkeine/);
    expect(main).toMatch(/Könnte als Nächstes nach: Nordstadt/);
    await page.screenshot({ path: screenshotPath("sample-transferprojekte"), fullPage: true });
    expect(problems).toEqual(noProblems);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });
});
