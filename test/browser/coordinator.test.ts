/**
 * What a coordinator sees (#21). The Überblick answers the three questions above the fold at 1280×800, on
 * three kinds of data: the
 * fictional sample city (`data/sample`: 218 actors, 3 waves numbered 1–3 that its dataset.json names
 * 2023–2025, meetings), a town whose districts have no coordinates (`test/fixtures/ohne-koordinaten`: 60
 * organisations, waves written as years) and a small one (the mini fixture: 14 organisations, a district and
 * every sector under 5 actors — shown, as no person is among them). Then the other pages on the same sites:
 * the Lückenkarte's wave picker, cut-off districts and schematic map, the network legend that names every district and lets one pick, profiles that say which wave
 * a figure is from, the Akteure search and a table that fits 1366 px, wave names, and plain German. DOM checks,
 * and screenshots (test/browser/screenshots/).
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
  /** The card "Kennen sich die Akteure?" as text. */
  know: string;
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
      know: texts(".vz-answer")[0] ?? "",
    };
  });
}

/** A de-DE integer ("1.436") as a number. */
const int = (text: string) => Number(text.replace(/\./g, ""));

const servers = new Map<string, Server>();
let browser: Browser;

beforeAll(async () => {
  if (!chromiumPath) return;
  for (const [name, site] of Object.entries(SITES)) {
    buildDashboardIfStale(site);
    servers.set(name, await startServer(site));
  }
  browser = await launchChromium();
}, 900_000);

afterAll(async () => {
  await browser?.close();
  for (const server of servers.values()) server.process.kill();
});

/** Opens `path` of site `name`, with its problems watched; waits for the page's heading. */
async function open(name: string, path: string, viewport = FOLD) {
  const page = await browser.newPage({ viewport, locale: "de-DE" });
  const problems = watchPage(page, servers.get(name)!.url.replace(/\/$/, ""));
  await page.goto(servers.get(name)!.url + path, { waitUntil: "networkidle" });
  await page.locator("main h1").first().waitFor();
  return { page, problems };
}

const noProblems = { consoleErrors: [], failedRequests: [], foreignRequests: [] };

describe.skipIf(!chromiumPath)("Überblick: the three questions above the fold at 1280×800", () => {
  const screens = new Map<string, FirstScreen>();

  beforeAll(async () => {
    for (const name of Object.keys(SITES)) {
      const page = await browser.newPage({ viewport: FOLD, locale: "de-DE" });
      const problems = watchPage(page, servers.get(name)!.url.replace(/\/$/, ""));
      await page.goto(servers.get(name)!.url, { waitUntil: "networkidle" });
      screens.set(name, await readFirstScreen(page));
      await page.screenshot({ path: screenshotPath(`first-screen-${name}`) });
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
      await page.close();
    }
  }, 120_000);

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
    expect(meet[0]).toMatch(/^Lesepaten Nordstadt und Grundschule Nordstadt.*bietet, was .* sucht: Räume/);
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

  it("says the range of uncertainty, or in words why there is none (no list of respondents)", () => {
    expect(screens.get("sample")!.know).toMatch(/Unsicherheitsbereich \d+ % – \d+ %/);
    expect(screens.get("sample")!.know).not.toContain("Kein Unsicherheitsbereich");
    // The fixture has no respondents table: no interval can be computed, and the card says why.
    expect(screens.get("ohne-koordinaten")!.know).toContain(
      "Kein Unsicherheitsbereich: die Daten sagen nicht, wer an der Befragung teilgenommen hat",
    );
  });

  it("ohne-koordinaten: the cut-off district first, waves as written (years)", () => {
    const { thin, dataset, changes } = screens.get("ohne-koordinaten")!;
    expect(thin[0]).toMatch(/^Weidenau: keine einzige Verbindung in einen anderen Stadtteil \(10 Akteure\)/);
    expect(dataset).toContain("Befragungswellen 2023, 2024");
    expect(changes[0]).toMatch(/^Verbindungen: \d+ \(Welle 2023\) → \d+ \(Welle 2024\)/);
  });

  it("mini: names the thin spots of its small districts and sectors of organisations, withholding nothing", () => {
    // 14 organisations, Südhang 4 of them, every sector fewer than 5: no person to identify (issue #21)
    const { thin } = screens.get("mini")!;
    expect(thin.length).toBeGreaterThan(0);
    expect(thin.join(" ")).toMatch(
      /Südhang|Nordstadt|Mitte|Initiative|Verein|Stadtverwaltung|Kirchengemeinde/,
    );
    return expect(
      browser.newPage({ viewport: FOLD }).then(async (page) => {
        await page.goto(servers.get("mini")!.url, { waitUntil: "networkidle" });
        const text = await page.locator("#vz-q-thin").locator("..").textContent();
        await page.close();
        return text;
      }),
    ).resolves.not.toMatch(/nicht gezeigt/);
  });
});

describe.skipIf(!chromiumPath)(
  "Lückenkarte: every wave, cut-off districts first, a map with or without coordinates",
  () => {
    it("sample: the wave picker offers the years; the cut-off districts lead the table, map and matrix of each wave", async () => {
      const { page, problems } = await open("sample", "luecken");
      const picker = page.locator("#luecken-welle");
      await expect(picker.locator("option").allTextContents()).resolves.toEqual([
        "Welle 2023",
        "Welle 2024",
        "Welle 2025 (neueste)",
      ]);
      const table = page.locator("table", { has: page.locator("#luecken-stadtteile") });
      const isolated = () => table.locator("tbody tr.vz-isolated th").allTextContents();
      await expect(isolated()).resolves.toEqual([
        "Talhausen – alle anderen Stadtteile",
        "Lerchenberg – alle anderen Stadtteile",
      ]);
      await expect(page.locator("figure.vz-map svg").first().textContent()).resolves.toContain(
        "Lerchenberg (ohne Verbindung)",
      );
      // The matrix colours a cut-off district's row as the deepest gap instead of leaving it blank ("nothing
      // expected"): every pair of the 12 districts gets a coloured cell; only the diagonal stays empty.
      const cellsDrawn = await page.evaluate(() => {
        const matrix = [...document.querySelectorAll(".vz-chart svg")].find((svg) =>
          (svg.getAttribute("aria-label") ?? "").startsWith("Verbindungen zwischen Stadtteilen"),
        )!;
        return Math.max(
          ...[...matrix.querySelectorAll("g")].map((g) => g.querySelectorAll(":scope > rect").length),
        );
      });
      expect(cellsDrawn).toBe(12 * 12 - 12);
      await page.screenshot({ path: screenshotPath("luecken-sample"), fullPage: true });
      await picker.selectOption({ label: "Welle 2023" });
      await expect
        .poll(() => table.locator("caption").textContent())
        .toBe("Lücken zwischen Stadtteilen, die größte zuerst (Welle 2023)");
      await expect(isolated()).resolves.toEqual(["Talhausen – alle anderen Stadtteile"]);
      expect(problems).toEqual(noProblems);
      await page.close();
    });

    it("sample: says how likely a gap is chance in words; the p-value only in a tooltip", async () => {
      const { page } = await open("sample", "luecken");
      const table = page.locator("table", { has: page.locator("#luecken-stadtteile") });
      await table.waitFor();
      await expect(table.locator("thead").textContent()).resolves.not.toContain("p-Wert");
      await expect(
        table.locator("thead abbr", { hasText: "Zufall?" }).getAttribute("title"),
      ).resolves.toMatch(/^p-Wert: /);
      await expect(
        table.locator("tbody tr:not(.vz-isolated)").first().locator("td").nth(2).textContent(),
      ).resolves.toBe("kaum Zufall");
      await page.close();
    });

    it("ohne-koordinaten: a schematic map of the districts, the cut-off one set apart", async () => {
      const { page, problems } = await open("ohne-koordinaten", "luecken");
      const map = page.locator("figure.vz-map-schematic svg[role=img]");
      await map.waitFor();
      await expect(map.getAttribute("aria-label")).resolves.toContain(
        "Weidenau hat keine Verbindung in einen anderen Stadtteil.",
      );
      const svg = (await map.textContent()) ?? "";
      for (const district of ["Ahornfeld", "Birkenhain", "Eschenweg", "Lindenau", "Ulmenhof", "Weidenau"])
        expect(svg).toContain(district);
      await expect(page.locator("main").textContent()).resolves.not.toContain("Keine Karte");
      await map.screenshot({ path: screenshotPath("luecken-schematisch") });
      expect(problems).toEqual(noProblems);
      await page.close();
    });
  },
);

interface ViewLike {
  sigma: { getNodeDisplayData(id: string): { color: string } | undefined };
  graph: {
    forEachEdge(
      node: string,
      callback: (edge: string, attributes: { waves: string[] }, s: string, t: string) => void,
    ): void;
    forEachNode(callback: (id: string, attributes: { district?: string }) => void): void;
  };
  state: { emphasis: string | null; selected: string | null };
  update(change: { selected?: string | null }): void;
}

describe.skipIf(!chromiumPath)(
  "Netzwerk: a legend that names every district, profiles that say which wave",
  () => {
    it("sample: the legend names all 12 districts, also those sharing grey; picking one dims the others", async () => {
      const { page, problems } = await open("sample", "netzwerk", { width: 1366, height: 768 });
      await page.locator(".vz-graph canvas").first().waitFor();
      const entries = await page.locator(".vz-legend-entry").allTextContents();
      const districts = entries
        .map((e) => e.replace(/ \(\d+\)$/, ""))
        .sort((a, b) => a.localeCompare(b, "de"));
      expect(districts).toEqual([
        "Eichenried",
        "Hohenrain",
        "Kirchwiesen",
        "Lerchenberg",
        "Mitte",
        "Mühlbach",
        "Nordstadt",
        "Oststadt",
        "Rosenbühl-Sonnenhalde",
        "Schlossfeld",
        "Talhausen",
        "Weststadt",
      ]);
      await expect(page.locator(".vz-legend").textContent()).resolves.not.toMatch(/\d+ weitere\)?$/m);
      // Every legend entry is visible without scrolling the legend.
      const hidden = await page.evaluate(() => {
        const list = document.querySelector(".vz-legend-list")!;
        return list.scrollHeight > list.clientHeight;
      });
      expect(hidden).toBe(false);
      await page.locator(".vz-legend-entry", { hasText: "Talhausen" }).click();
      await expect(
        page.locator(".vz-legend-entry", { hasText: "Talhausen" }).getAttribute("aria-pressed"),
      ).resolves.toBe("true");
      const colours = await page.evaluate(() => {
        const view = (window as unknown as { vernetztView: ViewLike }).vernetztView;
        const byDistrict = new Map<string, Set<string>>();
        view.graph.forEachNode((id, a) => {
          const colour = view.sigma.getNodeDisplayData(id)?.color ?? "";
          if (!byDistrict.has(a.district ?? "")) byDistrict.set(a.district ?? "", new Set());
          byDistrict.get(a.district ?? "")!.add(colour);
        });
        return {
          emphasis: view.state.emphasis,
          colours: Object.fromEntries([...byDistrict].map(([d, c]) => [d, [...c]])),
        };
      });
      expect(colours.emphasis).toBe("Talhausen");
      expect(colours.colours.Mitte).toEqual(["#E6E6E6"]);
      expect(colours.colours.Talhausen).toEqual(["#6E6E6E"]);
      await page.screenshot({ path: screenshotPath("netzwerk-legende-talhausen") });
      expect(problems).toEqual(noProblems);
      await page.close();
    });

    it("sample: a profile gives the measures of the wave shown and splits the partners by wave", async () => {
      const { page } = await open("sample", "netzwerk", { width: 1366, height: 768 });
      await page.locator(".vz-graph canvas").first().waitFor();
      const expected = await page.evaluate(() => {
        const view = (window as unknown as { vernetztView: ViewLike }).vernetztView;
        const latest = new Set<string>();
        const any = new Set<string>();
        view.graph.forEachEdge("A001", (_e, a, s, t) => {
          const partner = s === "A001" ? t : s;
          any.add(partner);
          if (a.waves.includes("3")) latest.add(partner);
        });
        view.update({ selected: "A001" });
        return { latest: latest.size, earlier: any.size - latest.size, any: any.size };
      });
      expect(expected.earlier).toBeGreaterThan(0);
      const profile = page.locator(".vz-profile");
      await expect(profile.locator("h4").allTextContents()).resolves.toEqual([
        "Werte in Welle 2025",
        "Arbeitet zusammen mit",
      ]);
      await expect(profile.locator("h5").allTextContents()).resolves.toEqual([
        `In Welle 2025 (${expected.latest})`,
        `Nur in früheren Wellen (${expected.earlier})`,
      ]);
      await expect(profile.textContent()).resolves.toContain(
        `Über alle Wellen zusammen: ${expected.any} Partner`,
      );
      await expect(profile.locator(".vz-neighbours li").count()).resolves.toBe(expected.any);
      await page.close();
    });
  },
);

describe.skipIf(!chromiumPath)("Akteure: search, and a table that fits 1366 px", () => {
  it("sample: the table fits the screen at 1366×768 and the search keeps only matching actors", async () => {
    const { page, problems } = await open("sample", "akteure", { width: 1366, height: 768 });
    const wrap = page.locator(".vz-actors-table");
    await wrap.waitFor();
    const fit = await page.evaluate(() => {
      const box = document.querySelector(".vz-actors-table")!;
      const last = document.querySelector(".vz-actors-table thead th:last-child")!.getBoundingClientRect();
      return {
        scroll: box.scrollWidth,
        client: box.clientWidth,
        right: last.right,
        width: window.innerWidth,
      };
    });
    expect(fit.scroll).toBeLessThanOrEqual(fit.client);
    expect(fit.right).toBeLessThanOrEqual(fit.width);
    // No word is split inside a letter run ("Migrantenselbstorga|nisation"): a word without a hyphen lies on one line.
    const splitWords = await page.evaluate(() => {
      const split: string[] = [];
      const walker = document.createTreeWalker(
        document.querySelector(".vz-actors-table tbody")!,
        NodeFilter.SHOW_TEXT,
      );
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? "";
        for (const match of text.matchAll(/[^\s-]+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          if (new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1)
            split.push(match[0]);
        }
      }
      return split;
    });
    expect(splitWords).toEqual([]);
    await expect(page.locator("#akteure-status").textContent()).resolves.toBe(
      "218 von 218 Akteuren angezeigt.",
    );
    await page.locator("#akteure-suche").fill("talhausen");
    const shown = page.locator(".vz-actors-table tbody tr:not([hidden])");
    await expect.poll(() => shown.count()).toBe(14);
    for (const row of await shown.allTextContents()) expect(row).toContain("Talhausen");
    await expect(page.locator("#akteure-status").textContent()).resolves.toBe(
      "14 von 218 Akteuren angezeigt.",
    );
    await page.locator("#akteure-suche").fill("Talhausen Räume");
    for (const row of await shown.allTextContents())
      expect(row).toMatch(/Talhausen[\s\S]*Räume|Räume[\s\S]*Talhausen/);
    await page.screenshot({ path: screenshotPath("akteure-1366"), fullPage: false });
    expect(problems).toEqual(noProblems);
    await page.close();
  });

  it("sample: a profile names the kind in words and says which wave its figures are from", async () => {
    const { page } = await open("sample", "akteure?akteur=A001", { width: 1366, height: 768 });
    const profile = page.locator("#profil");
    await profile.waitFor();
    const text = (await profile.textContent()) ?? "";
    expect(text).toContain("ArtOrganisation");
    expect(text).not.toMatch(/Art\s*organisation|Art\s*person/);
    await expect(profile.locator("h3").first().textContent()).resolves.toBe("Werte in Welle 2025");
    const heads = await profile.locator("h4").allTextContents();
    expect(heads[0]).toMatch(/^In Welle 2025 \(\d+\)$/);
    expect(heads[1]).toMatch(/^Nur in früheren Wellen \(\d+\)$/);
    const [inWave, earlier] = heads.map((h) => Number(/\((\d+)\)/.exec(h)![1]));
    expect(text).toContain(`Über alle Wellen zusammen: ${inWave! + earlier!} Partner`);
    // The measure "Zahl der Partner" of the latest wave equals the partners listed for that wave.
    const degree = await profile.locator("dt", { hasText: "Zahl der Partner" }).locator("+ dd").textContent();
    expect(Number(degree)).toBe(inWave);
    await page.close();
  });
});

describe.skipIf(!chromiumPath)("wave names and plain German on every page", () => {
  const PAGES = ["", "netzwerk", "luecken", "akteure", "empfehlungen", "entwicklung", "eigene-daten"];

  it("sample: no page but Methodik uses p-Wert, Community, Web Worker, IndexedDB or an untranslated kind", async () => {
    for (const path of PAGES) {
      const { page } = await open("sample", path, { width: 1366, height: 768 });
      await page.waitForTimeout(300);
      // The text a reader sees (innerText leaves out hidden elements; tooltips are not text at all).
      // biome-ignore lint/performance/useDomNodeTextContent: the visible text is what is checked
      const text = await page.evaluate(() => (document.querySelector("main") as HTMLElement).innerText);
      expect(text, path).not.toMatch(/p-Wert|Communit|Web Worker|IndexedDB|Art: (person|organisation|group)/);
      await page.screenshot({ path: screenshotPath(`seite-${path || "index"}-1366`) });
      await page.close();
    }
  });

  it("sample: waves show as the years the data give them, on Entwicklung and Empfehlungen too", async () => {
    const trend = await open("sample", "entwicklung");
    // The cells render after the data load (slow on a busy machine): wait for the table and the caption.
    await trend.page.locator("#werte-titel").waitFor();
    await expect(
      trend.page.locator("#werte-titel").locator("..").locator("tbody th").allTextContents(),
    ).resolves.toEqual(["2023", "2024", "2025"]);
    await trend.page.close();
    const recommendations = await open("sample", "empfehlungen");
    await recommendations.page.locator("#beste-titel").waitFor();
    await expect(recommendations.page.locator("#beste-titel").textContent()).resolves.toContain(
      "(Welle 2025)",
    );
    await recommendations.page.close();
  });
});
