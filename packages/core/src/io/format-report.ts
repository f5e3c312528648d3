/**
 * A validation report as text for people: grouped by file (in order of first issue), one line per issue
 * `file:row, column "X": message (CODE)`, then a count summary. Used by the CLI; plain text, no colours.
 */

import { VALIDATION_REPORT_TEXT_DE } from "../i18n/de/validation.js";
import { VALIDATION_REPORT_TEXT_EN } from "../i18n/en/validation.js";
import type { Dataset } from "../model/types.js";
import type { MessageLang, Severity, ValidationIssue, ValidationReport } from "./validation-report.js";

export interface FormatReportOptions {
  /** Language of the labels. Default `"en"` (messages keep the language they were made in). */
  lang?: MessageLang;
  /** Which severities to list. Default both. */
  severities?: readonly Severity[];
}

/**
 * The words of the report in a language (labels, summary, hint), for user interfaces that lay it out.
 *
 * @example
 * ```ts
 * import { validationReportText } from "@vernetzt/core/io";
 *
 * validationReportText("de").ok //=> "Keine Probleme gefunden."
 * validationReportText("en").ok //=> "No problems found."
 * ```
 */
export function validationReportText(lang: MessageLang = "en") {
  return lang === "de" ? VALIDATION_REPORT_TEXT_DE : VALIDATION_REPORT_TEXT_EN;
}

/**
 * The report as lines of text ending with a newline.
 *
 * @example
 * ```ts
 * import { formatValidationReport, parseDataset } from "@vernetzt/core/io";
 *
 * const { report } = await parseDataset([
 *   { name: "actors.csv", data: "id,name\na,Alpha\nb,Beta" },
 *   { name: "ties.csv", data: "source,target\na,b\na,x" },
 * ]);
 * formatValidationReport(report).split("\n")[0] //=> "ties.csv"
 * ```
 */
export function formatValidationReport(report: ValidationReport, options: FormatReportOptions = {}): string {
  const text = validationReportText(options.lang);
  const severities = options.severities ?? ["error", "warning"];
  const listed = report.issues.filter((issue) => severities.includes(issue.severity));
  const groups = new Map<string, ValidationIssue[]>();
  for (const issue of listed) {
    const file = issue.file ?? `(${text.dataset})`;
    if (!groups.has(file)) groups.set(file, []);
    groups.get(file)!.push(issue);
  }
  const lines: string[] = [];
  for (const [file, issues] of groups) {
    lines.push(file);
    for (const issue of issues) {
      const where = `${file}${issue.row === null ? "" : `:${issue.row}`}`;
      const column = issue.column === null ? "" : `, ${text.column} "${issue.column}"`;
      lines.push(`  ${text[issue.severity]}: ${where}${column}: ${issue.message} (${issue.code})`);
    }
    lines.push("");
  }
  const errors = report.issues.filter((issue) => issue.severity === "error").length;
  const warnings = report.issues.length - errors;
  lines.push(report.issues.length === 0 ? text.ok : text.summary(errors, warnings));
  return `${lines.join("\n")}\n`;
}

/**
 * One line saying what was loaded: name, actors, ties, direction, waves.
 *
 * @example
 * ```ts
 * import { formatDatasetSummary, parseDataset } from "@vernetzt/core/io";
 *
 * const { dataset } = await parseDataset(
 *   [
 *     { name: "actors.csv", data: "id,name\na,Alpha\nb,Beta" },
 *     { name: "ties.csv", data: "source,target\na,b" },
 *   ],
 *   { name: "netz" },
 * );
 * formatDatasetSummary(dataset!) //=> "netz: 2 actors, 1 ties (undirected), wave 1.\n"
 * ```
 */
export function formatDatasetSummary(dataset: Dataset, lang: MessageLang = "en"): string {
  return `${validationReportText(lang).loaded(dataset.name, {
    actors: dataset.actors.length,
    ties: dataset.ties.length,
    waves: dataset.waves,
    directed: dataset.directed,
  })}\n`;
}
