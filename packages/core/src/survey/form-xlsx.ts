/**
 * The XLSX form of one respondent — the contract other programs and scripts fill (docs/cli.md):
 *
 * - sheet `Kontakte`: header `ID`, `Name`, `Stadtteil`, `Bereich`, `Stufe`, `Anmerkung`; one row per other
 *   actor (grouped by district and sector), then empty rows for partners missing from the list (ID empty).
 *   `Stufe` is a drop-down (list validation) of `kennen wir nicht`, `wissen voneinander`, `kennen uns`,
 *   `arbeiten zusammen`; empty = no answer for that row.
 * - sheet `Über uns`: rows `ID` | the respondent's actor id, `Name`, `Welle`, `Wir bieten`, `Wir suchen` (the
 *   actor's current offers and needs, `; `-separated, to be edited).
 * - sheet `Anleitung`: how to fill it in.
 */
import { surveyFormTextsDe as texts } from "../i18n/de/survey-form.js";
import { writeWorkbook } from "../interop/workbook.js";
import { SURVEY_ANSWERS, type SurveyForm } from "./form.js";

/**
 * The XLSX bytes of a form (the same form gives the same bytes).
 *
 * @example
 * ```ts
 * import { arrayBufferOf, IssueCollector, readXlsxSheets } from "@vernetzt/core/io";
 * import { surveyFormXlsx } from "@vernetzt/core/survey";
 *
 * const form = {
 *   title: "Netzwerk Nord",
 *   wave: "1",
 *   respondent: { id: "k", name: "Kita", district: "Nord", sector: "", offers: ["Räume"], needs: [] },
 *   rows: [{ id: "s", name: "Schule", district: "Nord", sector: "Bildung" }],
 *   writeInRows: 2,
 *   contact: "",
 *   deadline: "",
 * };
 * const sheets = await readXlsxSheets("f.xlsx", arrayBufferOf(await surveyFormXlsx(form)), new IssueCollector());
 * sheets?.map((sheet) => sheet.name) //=> ["Kontakte", "Über uns", "Anleitung"]
 * sheets?.[0]?.header //=> ["ID", "Name", "Stadtteil", "Bereich", "Stufe", "Anmerkung"]
 * sheets?.[1]?.header //=> ["ID", "k"]
 * ```
 */
export async function surveyFormXlsx(form: SurveyForm): Promise<Uint8Array> {
  const c = texts.columns;
  const rows = [
    ...form.rows.map((row) => [row.id, row.name, row.district, row.sector, "", ""]),
    ...Array.from({ length: form.writeInRows }, () => ["", "", "", "", "", ""]),
  ];
  const a = texts.about;
  return writeWorkbook([
    {
      name: texts.contactsSheet,
      header: [c.id, c.name, c.district, c.sector, c.level, c.note],
      rows,
      widths: [12, 44, 18, 24, 22, 30],
      frozenHeader: true,
      landscape: true,
      dropDowns: [
        {
          column: 4,
          values: SURVEY_ANSWERS,
          rows: [2, Math.max(2, rows.length + 1)],
          prompt: texts.levelPrompt,
          error: texts.levelError,
        },
      ],
    },
    {
      name: texts.aboutSheet,
      header: [a.id, form.respondent.id],
      rows: [
        [a.name, form.respondent.name],
        [a.wave, form.wave],
        [a.offers, form.respondent.offers.join("; ")],
        [a.needs, form.respondent.needs.join("; ")],
      ],
      widths: [16, 90],
    },
    {
      name: texts.guideSheet,
      header: [texts.heading],
      rows: texts.guide({ contact: form.contact, deadline: form.deadline }).map((line) => [line]),
      widths: [120],
    },
  ]);
}
