/**
 * Files the build writes next to the pages, for people without the dashboard at hand:
 * - `bericht.pdf`: the report deck (16:9 slides, one figure each under the sentence it says), the deck the
 *   Überblick's button opens (`dashboardDeck`), drawn from the data files the build just wrote for the
 *   pages, so it shows what the pages show (wave names included) and nothing is computed twice;
 * - `bericht.html`: the same slides in one self-contained HTML file (no script, no request to any host),
 *   which opens from disk (`file://`), can be mailed or put on a website;
 * - `handouts/`: core's printable A4 handout per actor and an `index.html` (as `vernetzt handouts`), from the
 *   same validated, pseudonymised dataset as the data loaders (`loaders/dataset.ts`).
 * Run by `scripts/build.mjs` after Framework's build: `node --conditions=@vernetzt/source --import tsx
 * scripts/report-files.ts <dist>` with `VERNETZT_DATA` set. The date is today's, or `SOURCE_DATE_EPOCH`'s.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderHandouts } from "@vernetzt/core";
import { deckSlides, reportHtml } from "@vernetzt/figures";
import { deckPdf, figureDocument } from "@vernetzt/figures/node";
import { dashboardDeck, pageFigureOptions } from "../browser/dashboard-figures.js";
import type { DashboardData } from "../loaders/dashboard-data.js";
import { readDataset } from "../loaders/dataset.js";

const dist = process.argv[2];
if (!dist) throw new Error("usage: report-files.ts <dist folder>");

/** The data file Framework wrote for the pages: `_file/data/<name>.<hash>.json`. */
function builtData<K extends keyof DashboardData>(name: K): DashboardData[K] {
  const folder = join(dist!, "_file", "data");
  const file = readdirSync(folder).find((f) => f.startsWith(`${name}.`) && f.endsWith(".json"));
  if (!file) throw new Error(`report-files: ${name}.json is missing in ${folder}; did the build run?`);
  return JSON.parse(readFileSync(join(folder, file), "utf8")) as DashboardData[K];
}

const epoch = process.env.SOURCE_DATE_EPOCH;
const date = new Date(epoch ? Number(epoch) * 1000 : Date.now()).toISOString().slice(0, 10);
const data: DashboardData = {
  overview: builtData("overview"),
  network: builtData("network"),
  gaps: builtData("gaps"),
  indicator: builtData("indicator"),
  recommendations: builtData("recommendations"),
};
const options = { ...pageFigureOptions(data.overview), date, document: figureDocument() };
const deck = dashboardDeck(data, options);
const { slides } = deckSlides(deck, options);
writeFileSync(join(dist, "bericht.pdf"), await deckPdf(slides, { title: deck.title, date, lang: "de" }));
writeFileSync(join(dist, "bericht.html"), reportHtml(slides, { title: deck.title, lang: "de" }));
mkdirSync(join(dist, "handouts"), { recursive: true });
for (const file of renderHandouts(await readDataset(), { lang: "de" }))
  writeFileSync(join(dist, "handouts", file.path), file.html);
process.stderr.write(
  `vernetzt dashboard: bericht.pdf, bericht.html (${slides.length} Folien) und handouts/ geschrieben\n`,
);
