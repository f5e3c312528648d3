/**
 * The offline HTML survey form in Chromium, opened from a `file://` URL with every other request blocked (as an
 * e-mail attachment on a computer without network): answer rows by clicking, clear one again, write in a
 * missing partner, edit the offers, save (a download), reopen the saved file (answers restored), and collect
 * it with core's `collectSurvey`. Also: no request leaves the file, no script error, no serious axe finding.
 * Screenshots: test/browser/screenshots/survey-form*.png and survey-print.pdf.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseDataset } from "@vernetzt/core/io";
import type { Dataset } from "@vernetzt/core/model";
import { collectSurvey, makeSurvey } from "@vernetzt/core/survey";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  chromiumPath,
  launchChromium,
  screenshotPath,
  screenshots,
  seriousAxeViolations,
} from "./harness.js";

const ACTORS = [
  "ID;Name;Stadtteil;Bereich;Art;Einwilligung;bietet",
  "k1;Kita Sonnenschein;Nord;Kita;Organisation;;Räume",
  "s1;Grundschule am Park;Nord;Schule;Organisation;;",
  "j1;Jugendtreff Nordlicht;Nord;Jugendarbeit;Organisation;;",
  "v1;Sportverein Süd e.V.;Süd;Verein;Organisation;;",
  "c1;Ev. Kirchengemeinde Süd;Süd;Kirche;Organisation;;",
  "p1;Petra Beispiel;Süd;Verein;Person;nein;",
].join("\n");

describe.skipIf(!chromiumPath)("the HTML survey form, offline in Chromium", () => {
  const work = mkdtempSync(join(tmpdir(), "vernetzt-survey-form-"));
  let dataset: Dataset;
  let browser: Browser;
  let context: BrowserContext;
  let formFile = "";
  let savedFile = "";
  const requests: string[] = [];
  const errors: string[] = [];

  async function open(path: string): Promise<Page> {
    const page = await context.newPage();
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    await page.goto(pathToFileURL(path).href);
    return page;
  }

  beforeAll(async () => {
    const parsed = await parseDataset([{ name: "akteure.csv", data: ACTORS }], {
      requireTies: false,
      name: "Netz Nord",
    });
    dataset = parsed.dataset!;
    const survey = await makeSurvey(dataset, {
      contact: "netz@example.org",
      deadline: "31. März",
      writeInRows: 2,
    });
    const html = survey.files.find((file) => file.path === survey.recipients[0]!.html)!;
    formFile = join(work, "Fragebogen.html");
    writeFileSync(formFile, html.data);
    writeFileSync(
      join(work, "Papierfassung.html"),
      survey.files.find((f) => f.path === survey.recipients[0]!.print)!.data,
    );
    browser = await launchChromium();
    context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    // no network: everything but the file itself is refused
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (!url.startsWith("file://") && !url.startsWith("blob:") && !url.startsWith("data:")) {
        requests.push(url);
        return route.abort();
      }
      return route.continue();
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("fills, clears, writes in, saves as a download and restores the answers when the saved file is opened", async () => {
    const page = await open(formFile);
    await expect.poll(() => page.locator("#vz-progress").textContent()).toBe("0 von 4 Akteuren beantwortet");
    const row = (id: string) => page.locator(`tr[data-id="${id}"]`);
    await row("s1").getByText("arbeiten zusammen").click();
    await row("j1").getByText("kennen uns").click();
    await row("v1").getByText("wissen voneinander").click();
    await row("c1").getByText("kennen wir nicht").click();
    // a second click on the chosen answer clears the row again
    await row("c1").getByText("kennen wir nicht").click();
    await expect.poll(() => page.locator("#vz-progress").textContent()).toBe("3 von 4 Akteuren beantwortet");
    await page.locator("[name=wi-name]").first().fill("Foodsharing Nord");
    await page.locator("[name=wi-level]").first().selectOption({ label: "kennen uns" });
    await page.locator("#vz-offers").fill("Räume; Hausaufgabenhilfe");
    await page.screenshot({ path: screenshotPath("survey-form"), fullPage: true });
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator("#vz-save").click()]);
    expect(download.suggestedFilename()).toBe("Antwort-k1-kita-sonnenschein.html");
    savedFile = join(work, "saved.html");
    await download.saveAs(savedFile);
    expect(await page.locator("#vz-status").textContent()).toContain("Antwort-k1-kita-sonnenschein.html");
    await page.screenshot({ path: screenshotPath("survey-form-saved") });
    await page.close();

    const reopened = await open(savedFile);
    await expect
      .poll(() => reopened.locator("#vz-progress").textContent())
      .toBe("3 von 4 Akteuren beantwortet");
    const checked = (id: string) =>
      reopened.locator(`tr[data-id="${id}"] input:checked`).getAttribute("value");
    expect(await checked("s1")).toBe("3");
    expect(await checked("j1")).toBe("2");
    expect(await checked("v1")).toBe("1");
    expect(await reopened.locator(`tr[data-id="c1"] input:checked`).count()).toBe(0);
    expect(await reopened.locator("[name=wi-name]").first().inputValue()).toBe("Foodsharing Nord");
    expect(await reopened.locator("#vz-offers").inputValue()).toBe("Räume; Hausaufgabenhilfe");
    await reopened.close();
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
  });

  it("the saved file is collected: answers, the written-in partner and the offers", async () => {
    const saved = readFileSync(savedFile);
    const { dataset: collected, report } = await collectSurvey(dataset, [
      { name: "irgendein Name.html", data: new Uint8Array(saved) },
    ]);
    expect(report.answered.map((a) => [a.id, a.rows])).toEqual([["k1", 3]]);
    expect(report.broken).toEqual([]);
    expect(collected.ties.map((t) => `${t.source}-${t.target}:${t.level ?? "-"}:${t.reportedBy}`)).toEqual([
      "k1-s1:3:k1",
      "k1-j1:2:k1",
      "k1-v1:1:k1",
      "k1-neu-foodsharing-nord:2:k1",
    ]);
    expect(report.added.map((a) => a.name)).toEqual(["Foodsharing Nord"]);
    expect(collected.actors.find((a) => a.id === "k1")?.offers).toEqual(["Räume", "Hausaufgabenhilfe"]);
  });

  it("lists no person without consent and has no serious accessibility problem", async () => {
    const page = await open(formFile);
    expect(await page.locator("body").textContent()).not.toContain("Petra Beispiel");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });

  it("prints the paper version on A4 pages", async () => {
    const page = await open(join(work, "Papierfassung.html"));
    const pdf = await page.pdf({ path: join(screenshots, "survey-print.pdf"), format: "A4" });
    expect(pdf.subarray(0, 4).toString()).toBe("%PDF");
    await page.screenshot({ path: screenshotPath("survey-print"), fullPage: true });
    await page.close();
    expect(errors).toEqual([]);
  });
});
