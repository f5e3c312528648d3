/**
 * Files the build writes next to the pages, from the same validated, pseudonymised dataset as the data
 * loaders (`loaders/dataset.ts`), for people without the dashboard at hand:
 * - `bericht.pdf`: the report deck (16:9 slides, one figure each under the sentence it says), as
 *   `vernetzt report` writes it;
 * - `bericht.html`: the same slides in one self-contained HTML file (no script, no request to any host),
 *   which opens from disk (`file://`), can be mailed or put on a website;
 * - `handouts/`: core's printable A4 handout per actor and an `index.html` (as `vernetzt handouts`).
 * Run by `scripts/build.mjs` after Framework's build: `node --conditions=@vernetzt/source --import tsx
 * scripts/report-files.ts <dist>` with `VERNETZT_DATA` set. The date is today's, or `SOURCE_DATE_EPOCH`'s.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderHandouts } from "@vernetzt/core";
import { reportFigures, reportHtml } from "@vernetzt/figures";
import { deckPdf, figureDocument } from "@vernetzt/figures/node";
import { dataFolder, readDataset } from "../loaders/dataset.js";

const dist = process.argv[2];
if (!dist) throw new Error("usage: report-files.ts <dist folder>");

/** The German title of the folder's optional `dataset.json` note, as the Überblick shows it. */
function title(folder: string): string | null {
  const path = join(folder, "dataset.json");
  if (!existsSync(path)) return null;
  return (JSON.parse(readFileSync(path, "utf8")) as { title?: { de?: string } }).title?.de ?? null;
}

const epoch = process.env.SOURCE_DATE_EPOCH;
const date = new Date(epoch ? Number(epoch) * 1000 : Date.now()).toISOString().slice(0, 10);
const dataset = await readDataset();
const report = reportFigures(dataset, {
  lang: "de",
  date,
  dataset: title(dataFolder()) ?? dataset.name,
  document: figureDocument(),
});
writeFileSync(
  join(dist, "bericht.pdf"),
  await deckPdf(report.slides, { title: report.title, date, lang: "de" }),
);
writeFileSync(join(dist, "bericht.html"), reportHtml(report.slides, { title: report.title, lang: "de" }));
mkdirSync(join(dist, "handouts"), { recursive: true });
for (const file of renderHandouts(dataset, { lang: "de" }))
  writeFileSync(join(dist, "handouts", file.path), file.html);
process.stderr.write(
  `vernetzt dashboard: bericht.pdf, bericht.html (${report.slides.length} Folien) und handouts/ geschrieben\n`,
);
