/**
 * Each handout prints on one A4 page: the pages of the sample city (`data/sample`, fictional) with the most
 * partners and the longest text are printed to PDF in Chromium (`/usr/bin/chromium` or `CHROMIUM_PATH`;
 * skipped without it) and their pages counted.
 */
import { existsSync } from "node:fs";
import { renderHandouts } from "@vernetzt/core/handouts";
import { loadDataset } from "@vernetzt/core/node";
import { chromium } from "playwright-core";
import { describe, expect, it } from "vitest";

const chromiumPath = [process.env.CHROMIUM_PATH, "/usr/bin/chromium"].find(
  (path): path is string => typeof path === "string" && existsSync(path),
);

describe.skipIf(!chromiumPath)("handouts print", () => {
  it("renderHandouts(sample) pages with the most partners and the most text print on one A4 page each", async () => {
    const { dataset } = await loadDataset("data/sample");
    const pages = renderHandouts(dataset!).slice(1);
    const partners = (html: string) => (html.match(/<li>/g) ?? []).length;
    const chosen = new Set([
      ...[...pages].sort((a, b) => partners(b.html) - partners(a.html)).slice(0, 4),
      ...[...pages].sort((a, b) => b.html.length - a.html.length).slice(0, 4),
    ]);
    const browser = await chromium.launch({
      executablePath: chromiumPath!,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"],
    });
    try {
      const page = await browser.newPage();
      for (const handout of chosen) {
        await page.setContent(handout.html);
        const pdf = await page.pdf({ preferCSSPageSize: true });
        const count = Number(/\/Count (\d+)/.exec(pdf.toString("latin1"))?.[1]);
        expect({ page: handout.path, count }).toEqual({ page: handout.path, count: 1 });
      }
    } finally {
      await browser.close();
    }
  });
});
