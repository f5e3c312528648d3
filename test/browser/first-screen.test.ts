/**
 * The Überblick answers the three questions above the fold at 1280×800 (#21), on three kinds of data: the
 * fictional sample city (`data/sample`: 218 actors, 3 waves numbered 1–3 that its dataset.json names
 * 2023–2025, meetings), a town whose districts have no coordinates (`test/fixtures/ohne-koordinaten`: 60
 * organisations, waves written as years) and a small one (the mini fixture: 14 actors, districts under 5
 * actors). DOM checks, and a screenshot of the first screen of each (test/browser/screenshots/).
 */
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildDashboardIfStale,
  chromiumPath,
  launchChromium,
  MINI_SITE,
  repository,
  type Server,
  screenshotPath,
  startServer,
  type TestSite,
  testSite,
  watchPage,
} from "./harness.js";

const FOLD = { width: 1280, height: 800 };
const SITES: Record<string, TestSite> = {
  sample: testSite("sample", join(repository, "data/sample")),
  "ohne-koordinaten": testSite("ohne-koordinaten", join(repository, "test/fixtures/ohne-koordinaten")),
  mini: MINI_SITE,
};

interface FirstScreen {
  questions: string[];
  /** Bottom edge of each card and of the changes' first lines, in CSS pixels from the top of the page. */
  bottoms: number[];
  thin: string[];
  meet: string[];
  changes: string[];
  dataset: string;
}

async function readFirstScreen(page: Page): Promise<FirstScreen> {
  await page.locator(".vz-answers").waitFor();
  return page.evaluate(() => {
    const texts = (selector: string) =>
      [...document.querySelectorAll(selector)].map((e) => (e.textContent ?? "").replace(/\s+/g, " ").trim());
    const bottom = (e: Element) => e.getBoundingClientRect().bottom + window.scrollY;
    return {
      questions: texts(".vz-answer h2"),
      bottoms: [
        ...[...document.querySelectorAll(".vz-answer")].map(bottom),
        ...[...document.querySelectorAll(".vz-changes-brief li")].slice(0, 2).map(bottom),
      ],
      thin: texts("#vz-q-thin ~ ol > li"),
      meet: texts("#vz-q-meet ~ ol > li"),
      changes: texts(".vz-changes-brief li"),
      dataset: texts(".vz-dataset-line")[0] ?? "",
    };
  });
}

/** A de-DE integer ("1.436") as a number. */
const int = (text: string) => Number(text.replace(/\./g, ""));

describe.skipIf(!chromiumPath)("Überblick: the three questions above the fold at 1280×800", () => {
  const servers = new Map<string, Server>();
  let browser: Browser;
  const screens = new Map<string, FirstScreen>();

  beforeAll(async () => {
    for (const [name, site] of Object.entries(SITES)) {
      buildDashboardIfStale(site);
      servers.set(name, await startServer(site));
    }
    browser = await launchChromium();
    for (const name of Object.keys(SITES)) {
      const page = await browser.newPage({ viewport: FOLD, locale: "de-DE" });
      const problems = watchPage(page, servers.get(name)!.url.replace(/\/$/, ""));
      await page.goto(servers.get(name)!.url, { waitUntil: "networkidle" });
      screens.set(name, await readFirstScreen(page));
      await page.screenshot({ path: screenshotPath(`first-screen-${name}`) });
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
      await page.close();
    }
  }, 900_000);

  afterAll(async () => {
    await browser?.close();
    for (const server of servers.values()) server.process.kill();
  });

  for (const name of Object.keys(SITES)) {
    it(`${name}: asks the three questions and answers them above the fold, with the changes under them`, () => {
      const screen = screens.get(name)!;
      expect(screen.questions).toEqual([
        "Kennen sich die Akteure?",
        "Wo ist das Netz dünn?",
        "Wer sollte wen kennenlernen?",
      ]);
      expect(screen.bottoms).toHaveLength(5);
      for (const bottom of screen.bottoms) expect(bottom).toBeLessThanOrEqual(FOLD.height);
    });
  }

  it("sample: the districts cut off from the city come first, then the planted pair", () => {
    const { thin } = screens.get("sample")!;
    expect(thin).toHaveLength(3);
    expect(thin[0]).toMatch(/^Talhausen: keine einzige Verbindung in einen anderen Stadtteil \(14 Akteure\)/);
    expect(thin[1]).toMatch(/^Lerchenberg: keine einzige Verbindung/);
    expect(thin[2]).toMatch(/^Mühlbach – Nordstadt: keine Verbindung, 5,3 erwartet – kaum Zufall\./);
  });

  it("sample: three introductions, each with its reason, linked to the Empfehlungen of the actor", async () => {
    const { meet } = screens.get("sample")!;
    expect(meet).toHaveLength(3);
    expect(meet[0]).toMatch(/^Lesepaten Nordstadt und Grundschule Nordstadt.*bietet Räume/);
    const page = await browser.newPage({ viewport: FOLD });
    await page.goto(servers.get("sample")!.url, { waitUntil: "networkidle" });
    await page.locator("#vz-q-meet ~ ol > li a").first().click();
    await page.waitForURL(/empfehlungen\?akteur=/);
    await page.close();
  });

  it("sample: waves are named by their years, and the change in ties adds up and names the meeting", () => {
    const { dataset, changes } = screens.get("sample")!;
    expect(dataset).toContain("Befragungswellen 2023, 2024, 2025");
    const [, before, after, added, lost] =
      /^Verbindungen: ([\d.]+) \(Welle 2024\) → ([\d.]+) \(Welle 2025\): ([\d.]+) neu, ([\d.]+) weggefallen\.$/.exec(
        changes[0]!,
      )!;
    expect(int(after!)).toBe(int(before!) + int(added!) - int(lost!));
    const meetings =
      /^Nur über gemeinsame Treffen: ([\d.]+) der weggefallenen .*„Netzwerktreffen Integration und Teilhabe“ am 17\.04\.2024 mit 36 Teilnehmenden\) und ([\d.]+) der neuen; in der Befragung genannt: ([\d.]+) neu, ([\d.]+) weggefallen\.$/.exec(
        changes[1]!,
      );
    expect(meetings).not.toBeNull();
    const [, lostMeetings, newMeetings, newReported, lostReported] = meetings!.map(int);
    expect(lostMeetings! + lostReported!).toBe(int(lost!));
    expect(newMeetings! + newReported!).toBe(int(added!));
  });

  it("ohne-koordinaten: the cut-off district first, waves as written (years)", () => {
    const { thin, dataset, changes } = screens.get("ohne-koordinaten")!;
    expect(thin[0]).toMatch(/^Weidenau: keine einzige Verbindung in einen anderen Stadtteil \(10 Akteure\)/);
    expect(dataset).toContain("Befragungswellen 2023, 2024");
    expect(changes[0]).toMatch(/^Verbindungen: \d+ \(Welle 2023\) → \d+ \(Welle 2024\)/);
  });

  it("mini: says that small groups' gaps are withheld, not that there is none", () => {
    const { thin } = screens.get("mini")!;
    expect(thin).toEqual([]);
    return expect(
      browser.newPage({ viewport: FOLD }).then(async (page) => {
        await page.goto(servers.get("mini")!.url, { waitUntil: "networkidle" });
        const text = await page.locator("#vz-q-thin").locator("..").textContent();
        await page.close();
        return text;
      }),
    ).resolves.toMatch(
      /2 Lücken betreffen Gruppen mit weniger als 5 Akteuren: zum Schutz der Beteiligten hier nicht gezeigt/,
    );
  });
});
