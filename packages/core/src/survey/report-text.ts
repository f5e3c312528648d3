/**
 * The collect report in words (German or English) and the files `survey collect` writes: the dataset with the
 * new wave as CSV (`;`-separated with a byte order mark, as German Excel saves it), and in `befragung/` the
 * report (text and JSON) and the reminder list as CSV.
 */
import { surveyMessagesDe } from "../i18n/de/survey.js";
import { type SurveyMessages, surveyMessagesEn } from "../i18n/en/survey.js";
import { datasetToCsvFiles } from "../io/csv-export.js";
import { csvField } from "../io/csv-field.js";
import type { CollectReport, CollectResult } from "./collect.js";
import { SURVEY_ANSWERS } from "./form.js";
import type { SurveyFile } from "./make.js";

/** Longest list shown in the text (every entry is in the JSON). */
const SHOWN = 40;

/**
 * The report as lines of text.
 *
 * @example
 * ```ts
 * import { parseDataset } from "@vernetzt/core/io";
 * import { collectSurvey, surveyReportText } from "@vernetzt/core/survey";
 *
 * const { dataset } = await parseDataset([{ name: "actors.csv", data: "id,name\nk,Kita\ns,Schule" }], {
 *   requireTies: false,
 * });
 * const { report } = await collectSurvey(dataset!, []);
 * surveyReportText(report, "de")[1] //=> "Geantwortet: 0 von 2 Akteuren (0 %)."
 * ```
 */
export function surveyReportText(report: CollectReport, lang: "de" | "en"): string[] {
  const m: SurveyMessages = lang === "de" ? surveyMessagesDe : surveyMessagesEn;
  const number = new Intl.NumberFormat(lang === "de" ? "de-DE" : "en-GB", { maximumFractionDigits: 1 });
  const rate = report.surveyed === 0 ? 0 : (report.answered.length / report.surveyed) * 100;
  const lines = [
    m.heading({ wave: report.wave, files: report.files }),
    m.answered({ answered: report.answered.length, surveyed: report.surveyed, rate: number.format(rate) }),
  ];
  const list = <T>(items: readonly T[], line: (item: T) => string, more = m.more) => {
    lines.push(...items.slice(0, SHOWN).map((item) => `  - ${line(item)}`));
    if (items.length > SHOWN) lines.push(`  ${more({ count: items.length - SHOWN })}`);
  };
  if (report.missing.length > 0) {
    lines.push("", m.missingHeading({ missing: report.missing.length }));
    list(
      report.missing,
      (a) => {
        const where = [a.district, a.sector].filter(Boolean).join(", ");
        const reason = m.missingReason[a.reason];
        return `${a.name} (${a.id}${where ? `; ${where}` : ""})${reason ? ` – ${reason}` : ""}`;
      },
      ({ count }) => m.moreMissing({ count, file: reminderPath(report.wave) }),
    );
  }
  for (const a of report.answered.filter((x) => x.inferred))
    lines.push(m.inferred({ name: a.name, file: a.file }));
  if (report.duplicates.length > 0) {
    lines.push("", m.duplicatesHeading);
    list(report.duplicates, (d) => m.duplicate({ ...d, dropped: d.dropped.join(", ") }));
  }
  if (report.broken.length > 0) {
    lines.push("", m.brokenHeading);
    list(report.broken, (b) => m.broken(b));
  }
  if (report.problems.length > 0) {
    lines.push("", m.problemsHeading);
    list(report.problems, (p) => m.problem(p));
  }
  const pairs = report.pairs;
  lines.push(
    "",
    m.pairs({
      named: pairs.named,
      confirmed: pairs.confirmed,
      otherAnswered: pairs.oneSidedOtherAnswered,
      otherMissing: pairs.oneSidedOtherMissing,
    }),
  );
  if (report.disagreements.length > 0) {
    lines.push(m.disagreements({ count: report.disagreements.length }));
    list(report.disagreements, (d) =>
      m.disagreement({ a: d.a, b: d.b, levelA: SURVEY_ANSWERS[d.levelA], levelB: SURVEY_ANSWERS[d.levelB] }),
    );
  }
  if (report.resolved.length > 0) {
    lines.push("", m.writeInsResolved({ count: report.resolved.length }));
    list(report.resolved, (w) => m.writeInResolved({ ...w, by: w.by.join(", ") }));
  }
  if (report.added.length > 0) {
    lines.push("", m.writeInsAdded({ count: report.added.length }));
    list(report.added, (w) => m.writeInAdded({ ...w, by: w.by.join(", ") }));
  }
  if (report.writeInsWithoutTie.length > 0) {
    lines.push("", m.writeInsWithoutTie({ count: report.writeInsWithoutTie.length }));
    list(report.writeInsWithoutTie, (w) => m.writeInWithoutTie(w));
  }
  if (report.offersChanged + report.needsChanged > 0) {
    lines.push("", m.offers({ offers: report.offersChanged, needs: report.needsChanged }));
  }
  if (report.replaced > 0) lines.push(m.replaced({ count: report.replaced }));
  return lines;
}

/**
 * The files `survey collect --out DIR` writes: the dataset's CSV files, then `befragung/bericht-welle-W.txt`,
 * `.json` and `befragung/erinnerung-welle-W.csv` (the reminder list).
 *
 * @example
 * ```ts
 * import { parseDataset } from "@vernetzt/core/io";
 * import { collectedFiles, collectSurvey } from "@vernetzt/core/survey";
 *
 * const { dataset } = await parseDataset([{ name: "actors.csv", data: "id,name\nk,Kita\ns,Schule" }], {
 *   requireTies: false,
 * });
 * const result = await collectSurvey(dataset!, []);
 * const paths = collectedFiles(result, "de").map((file) => file.path);
 * paths.slice(0, 2) //=> ["actors.csv", "ties.csv"]
 * paths.at(-1) //=> "befragung/erinnerung-welle-1.csv"
 * ```
 */
export function collectedFiles(result: CollectResult, lang: "de" | "en"): SurveyFile[] {
  const { report } = result;
  const wave = waveInFileName(report.wave);
  const csv = datasetToCsvFiles(result.dataset, { delimiter: ";", bom: true });
  const header = ["ID", "Name", "Stadtteil", "Bereich", "Grund"];
  const m = lang === "de" ? surveyMessagesDe : surveyMessagesEn;
  const rows = report.missing.map((a) => [a.id, a.name, a.district, a.sector, m.missingReason[a.reason]]);
  const reminder = [header, ...rows].map((row) =>
    row.map((cell) => csvField(cell, ";", { excelSafe: true })).join(";"),
  );
  return [
    ...csv.map((file) => ({ path: file.name, data: file.data as string })),
    {
      path: `befragung/bericht-welle-${wave}.txt`,
      data: `${surveyReportText(report, lang).join("\r\n")}\r\n`,
    },
    { path: `befragung/bericht-welle-${wave}.json`, data: `${JSON.stringify(report, null, 2)}\n` },
    { path: reminderPath(report.wave), data: `\uFEFF${reminder.join("\r\n")}\r\n` },
  ];
}

/** The wave as it appears in the names of the report files. */
function waveInFileName(wave: string): string {
  return wave.replace(/[^\p{L}\p{N}._-]+/gu, "-");
}

/** Where `collectedFiles` puts the reminder list (every actor still missing). */
function reminderPath(wave: string): string {
  return `befragung/erinnerung-welle-${waveInFileName(wave)}.csv`;
}
