/**
 * `survey make`: every file a coordinator sends out for one wave — per respondent an XLSX form (`xlsx/`), an
 * offline HTML form (`html/`) and a paper version (`papier/`), the cover letter (`Anschreiben.txt`, with
 * «placeholders» for a mail merge) and the list of who got which form (`Verteiler.csv`, `;`-separated with a
 * byte order mark, so German Excel opens it as a table). Works in Node and the browser.
 */
import { surveyFormTextsDe as texts } from "../i18n/de/survey-form.js";
import { csvField } from "../io/csv-field.js";
import type { Dataset } from "../model/types.js";
import { isSurveyed, type SurveyFormOptions, surveyForms } from "./form.js";
import { surveyFileNames, surveyFormHtml, surveyFormPrint } from "./form-html.js";
import { surveyFormXlsx } from "./form-xlsx.js";

/** One file to write: a path relative to the output folder (`/`-separated) and its content. */
export interface SurveyFile {
  path: string;
  data: Uint8Array | string;
}

/** One respondent and the files made for them. */
export interface SurveyRecipient {
  id: string;
  name: string;
  district: string;
  sector: string;
  xlsx: string;
  html: string;
  print: string;
}

export interface SurveyMakeResult {
  wave: string;
  files: SurveyFile[];
  recipients: SurveyRecipient[];
  /** Persons without consent: no form, and on nobody's form. */
  notAsked: number;
}

/** The folders of the forms. */
export const SURVEY_FOLDERS = { xlsx: "xlsx", html: "html", print: "papier" } as const;

/**
 * Every file of one survey wave.
 *
 * @example
 * ```ts
 * import { parseDataset } from "@vernetzt/core/io";
 * import { makeSurvey } from "@vernetzt/core/survey";
 *
 * const { dataset } = await parseDataset(
 *   [{ name: "akteure.csv", data: "ID;Name;Stadtteil\nk;Kita;Nord\ns;Schule;Süd\nj;Jugendtreff;Nord" }],
 *   { requireTies: false, name: "Netz Nord" },
 * );
 * const survey = await makeSurvey(dataset!, { contact: "netz@example.org" });
 * survey.wave //=> "1"
 * survey.files.length //=> 11
 * const paths = survey.files.map((file) => file.path);
 * paths.slice(0, 3) //=> ["Anschreiben.txt", "Verteiler.csv", "xlsx/Fragebogen-k-kita.xlsx"]
 * survey.recipients[1]?.html //=> "html/Fragebogen-s-schule.html"
 * ```
 */
export async function makeSurvey(
  dataset: Dataset,
  options: Partial<SurveyFormOptions> = {},
): Promise<SurveyMakeResult> {
  const forms = surveyForms(dataset, options);
  const wave = forms[0]?.wave ?? options.wave ?? "1";
  const recipients: SurveyRecipient[] = [];
  const formFiles: SurveyFile[] = [];
  for (const form of forms) {
    const names = surveyFileNames(form.respondent);
    const r = form.respondent;
    const recipient = {
      id: r.id,
      name: r.name,
      district: r.district,
      sector: r.sector,
      xlsx: `${SURVEY_FOLDERS.xlsx}/${names.xlsx}`,
      html: `${SURVEY_FOLDERS.html}/${names.html}`,
      print: `${SURVEY_FOLDERS.print}/${names.print}`,
    };
    recipients.push(recipient);
    formFiles.push(
      { path: recipient.xlsx, data: await surveyFormXlsx(form) },
      { path: recipient.html, data: surveyFormHtml(form) },
      { path: recipient.print, data: surveyFormPrint(form) },
    );
  }
  const title = options.title ?? dataset.name;
  const letter = texts.letter({
    title,
    wave,
    contact: options.contact ?? "",
    deadline: options.deadline ?? "",
  });
  return {
    wave,
    files: [
      { path: "Anschreiben.txt", data: letter.replace(/\n/g, "\r\n") },
      { path: "Verteiler.csv", data: distributionList(recipients, wave) },
      ...formFiles,
    ],
    recipients,
    notAsked: dataset.actors.filter((actor) => !isSurveyed(actor)).length,
  };
}

/** `Verteiler.csv`: one row per respondent with the files made for them. */
function distributionList(recipients: readonly SurveyRecipient[], wave: string): string {
  const c = texts.columns;
  const header = [
    c.id,
    c.name,
    c.district,
    c.sector,
    texts.about.wave,
    "Excel-Fragebogen",
    "HTML-Fragebogen",
    "Papierfassung",
  ];
  const rows = recipients.map((r) => [r.id, r.name, r.district, r.sector, wave, r.xlsx, r.html, r.print]);
  const lines = [header, ...rows].map((row) =>
    row.map((cell) => csvField(cell, ";", { excelSafe: true })).join(";"),
  );
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
