/**
 * The offline HTML form and the paper version of one respondent.
 *
 * The HTML form is one self-contained file (styles and script inline, no font, image or request; a
 * Content-Security-Policy forbids any connection), so it works as an e-mail attachment opened in any browser
 * without a server or network. Rows are plain HTML (a table per district, a heading row per sector, four
 * radio buttons per actor); the script (`form-html-script.ts`) adds progress, search, rows for missing partners
 * and saving. The saved file is the same page with the answers in a JSON block
 * `<script type="application/json" id="vernetzt-survey-answers">` — `{format: "vernetzt-survey-answers",
 * version: 1, respondent, wave, savedAt, answers: {actorId: 0–3}, writeIns: [{name, district, sector, level}],
 * offers, needs}` — which `survey collect` reads without running anything.
 *
 * The paper version is an A4 page set with a box per answer to tick.
 */
import { escapeHtml, slug } from "../handouts/html.js";
import { surveyFormTextsDe as texts } from "../i18n/de/survey-form.js";
import { SURVEY_ANSWERS, type SurveyForm, type SurveyRow } from "./form.js";
import { SURVEY_FORM_SCRIPT } from "./form-html-script.js";

/** The id of the answers block in a saved HTML form. */
export const SURVEY_ANSWERS_BLOCK = "vernetzt-survey-answers";

/** The id of the form's own data block (respondent, wave, texts for the script). */
export const SURVEY_FORM_BLOCK = "vernetzt-survey-form";

/**
 * File names of a respondent's files (ASCII, no spaces): `Fragebogen-<id>-<name>.xlsx|.html`,
 * `Papierfassung-<id>-<name>.html`, and `Antwort-<id>-<name>.html` for a saved HTML form.
 *
 * @example
 * ```ts
 * import { surveyFileNames } from "@vernetzt/core/survey";
 *
 * surveyFileNames({ id: "A7", name: "Kita Süd (AWO)" }).xlsx //=> "Fragebogen-a7-kita-sud-awo.xlsx"
 * ```
 */
export function surveyFileNames(respondent: Pick<SurveyRow, "id" | "name">): {
  xlsx: string;
  html: string;
  print: string;
  answer: string;
} {
  const base = `${slug(respondent.id)}-${slug(respondent.name)}`.slice(0, 60);
  return {
    xlsx: `Fragebogen-${base}.xlsx`,
    html: `Fragebogen-${base}.html`,
    print: `Papierfassung-${base}.html`,
    answer: `Antwort-${base}.html`,
  };
}

/** Rows grouped by district, then sector, in form order. */
function groups(
  rows: readonly SurveyRow[],
): Array<{ district: string; sectors: Array<[string, SurveyRow[]]> }> {
  const result: Array<{ district: string; sectors: Array<[string, SurveyRow[]]> }> = [];
  for (const row of rows) {
    let group = result.at(-1);
    if (!group || group.district !== row.district) {
      group = { district: row.district, sectors: [] };
      result.push(group);
    }
    const sector = group.sectors.at(-1);
    if (sector && sector[0] === row.sector) sector[1].push(row);
    else group.sectors.push([row.sector, [row]]);
  }
  return result;
}

/** JSON for a `<script type="application/json">` block: no `<`, so no `</script>` inside. */
function jsonBlock(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

const CSP =
  "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const FORM_CSS = `* { box-sizing: border-box; }
html { font-family: "Segoe UI", "Helvetica Neue", Arial, sans-serif; font-size: 16px; line-height: 1.4; color: #1a1a1a; background: #fafafa; }
body { margin: 0 auto; max-width: 74rem; padding: 1rem 1rem 6rem; }
h1 { font-size: 1.6rem; margin: 0.5rem 0 0.2rem; }
h2 { font-size: 1.25rem; margin: 1.8rem 0 0.5rem; }
.sub { margin: 0 0 0.2rem; color: #333; }
.who { margin: 0 0 1rem; font-size: 1.1rem; }
.warn { background: #fff3cd; border: 1px solid #e0c36c; padding: 0.6rem 0.8rem; }
dl.levels { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; margin: 0.5rem 0 1rem; }
dl.levels dt { font-weight: 600; }
dl.levels dd { margin: 0; }
.tools { display: flex; gap: 0.8rem; align-items: center; flex-wrap: wrap; margin: 1rem 0; }
.tools input { font: inherit; padding: 0.35rem 0.5rem; width: 18rem; max-width: 100%; }
table { border-collapse: collapse; width: 100%; background: #fff; margin-bottom: 0.5rem; }
caption { text-align: left; font-size: 1.15rem; font-weight: 700; padding: 0.8rem 0 0.3rem; }
th, td { text-align: left; vertical-align: middle; padding: 0.3rem 0.4rem; border-bottom: 1px solid #e4e4e4; }
tr.sector th { background: #eef2f6; font-weight: 600; color: #2b3a4a; }
tr[data-id] th { font-weight: 400; width: 30%; }
tr.vz-answered th { color: #555; }
.choices { display: flex; flex-wrap: wrap; gap: 0.25rem; }
.choices label { display: inline-flex; align-items: center; gap: 0.25rem; border: 1px solid #b9c3cf; border-radius: 1rem;
  padding: 0.15rem 0.6rem; cursor: pointer; background: #fff; font-size: 0.92rem; }
.choices label:has(input:checked) { background: #1d5fa8; border-color: #1d5fa8; color: #fff; }
.choices input { margin: 0; accent-color: #1d5fa8; }
.choices input:focus-visible + span { outline: 2px solid #1d5fa8; outline-offset: 2px; }
#vz-writeins input, #vz-writeins select, textarea { font: inherit; padding: 0.3rem; width: 100%; }
textarea { min-height: 4rem; }
label.block { display: block; font-weight: 600; margin: 0.8rem 0 0.2rem; }
.hint { color: #555; font-size: 0.92rem; margin: 0.2rem 0; }
.bar { position: fixed; left: 0; right: 0; bottom: 0; background: #fff; border-top: 1px solid #ccc; padding: 0.6rem 1rem;
  display: flex; gap: 1rem; align-items: center; justify-content: center; flex-wrap: wrap; }
button { font: inherit; padding: 0.4rem 0.9rem; border-radius: 0.3rem; border: 1px solid #1d5fa8; background: #fff; color: #1d5fa8; cursor: pointer; }
#vz-save { background: #1d5fa8; color: #fff; font-weight: 600; }
#vz-status { max-width: 40rem; margin: 0; }
.privacy { color: #444; font-size: 0.9rem; margin-top: 2rem; }
html:not(.vz-ready) .bar, html:not(.vz-ready) .tools { display: none; }
@media print { .bar, .tools, #vz-add { display: none; } body { padding-bottom: 0; } }
@media (max-width: 40rem) { tr[data-id] th { width: auto; display: block; border: 0; } tr[data-id] td { display: block; } }`;

/**
 * The single-file offline HTML form of one respondent.
 *
 * @example
 * ```ts
 * import { surveyFormHtml } from "@vernetzt/core/survey";
 *
 * const form = {
 *   title: "Netzwerk Nord",
 *   wave: "1",
 *   respondent: { id: "k", name: "Kita", district: "Nord", sector: "", offers: [], needs: [] },
 *   rows: [{ id: "s", name: "Schule <Nord>", district: "Nord", sector: "Bildung" }],
 *   writeInRows: 2,
 *   contact: "",
 *   deadline: "",
 * };
 * const html = surveyFormHtml(form);
 * html.includes('<tr data-id="s"') //=> true
 * html.includes("Schule &lt;Nord&gt;") //=> true
 * html.includes("https://") //=> false
 * ```
 */
export function surveyFormHtml(form: SurveyForm): string {
  const files = surveyFileNames(form.respondent);
  const data = {
    format: "vernetzt-survey-form",
    version: 1,
    respondent: form.respondent.id,
    wave: form.wave,
    title: form.title,
    answerFile: files.answer,
    texts: {
      progress: texts.progress,
      saved: texts.savedNote({ file: files.answer, contact: form.contact, deadline: form.deadline }),
      unsaved: texts.unsaved,
    },
  };
  let index = 0;
  const tables = groups(form.rows)
    .map(({ district, sectors }) => {
      const body = sectors
        .map(([sector, rows]) => {
          const heading = `<tr class="sector"><th colspan="2" scope="rowgroup">${escapeHtml(sector || texts.noSector)}</th></tr>`;
          const lines = rows.map((row) => rowHtml(row, index++, district));
          return `<tbody data-group>${heading}\n${lines.join("\n")}</tbody>`;
        })
        .join("\n");
      return `<table><caption>${escapeHtml(district || texts.noDistrict)}</caption>\n${body}</table>`;
    })
    .join("\n");
  const c = texts.columns;
  const levelOptions = [`<option value=""></option>`]
    .concat(SURVEY_ANSWERS.map((label, level) => `<option value="${level}">${escapeHtml(label)}</option>`))
    .join("");
  const writeIn = `<tr><td><input name="wi-name" aria-label="${c.name}"></td><td><input name="wi-district" aria-label="${c.district}"></td><td><input name="wi-sector" aria-label="${c.sector}"></td><td><select name="wi-level" aria-label="${c.level}">${levelOptions}</select></td></tr>`;
  const who = `${escapeHtml(form.respondent.name)} (${c.id} ${escapeHtml(form.respondent.id)})`;
  return `<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<title>${escapeHtml(`${texts.heading} – ${texts.formFor} ${form.respondent.name}`)}</title>
<style>${FORM_CSS}</style>
</head>
<body>
<header>
<h1>${texts.heading}</h1>
<p class="sub">${escapeHtml(texts.subtitle({ title: form.title, wave: form.wave }))}</p>
<p class="who">${texts.formFor}: <strong>${who}</strong></p>
</header>
<noscript><p class="warn">${escapeHtml(texts.noScript)}</p></noscript>
<p>${escapeHtml(texts.question)}</p>
<dl class="levels">${SURVEY_ANSWERS.map((label, level) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(texts.answers[level as 0 | 1 | 2 | 3])}</dd>`).join("")}</dl>
<div class="tools"><label for="vz-filter">${texts.filter}</label> <input id="vz-filter" type="search" placeholder="${texts.filterHint}" autocomplete="off"></div>
<form id="vz-rows" onsubmit="return false">
${tables}
<h2>${texts.writeInHeading}</h2>
<p class="hint">${escapeHtml(texts.writeInHint)}</p>
<table><thead><tr><th>${c.name}</th><th>${c.district}</th><th>${c.sector}</th><th>${c.level}</th></tr></thead>
<tbody id="vz-writeins">${Array.from({ length: Math.max(1, form.writeInRows) }, () => writeIn).join("\n")}</tbody></table>
<button type="button" id="vz-add">${texts.addRow}</button>
<h2>${texts.aboutSheet}</h2>
<label class="block" for="vz-offers">${texts.about.offers}</label>
<p class="hint">${escapeHtml(texts.offersHint)}</p>
<textarea id="vz-offers">${escapeHtml(form.respondent.offers.join("; "))}</textarea>
<label class="block" for="vz-needs">${texts.about.needs}</label>
<p class="hint">${escapeHtml(texts.needsHint)}</p>
<textarea id="vz-needs">${escapeHtml(form.respondent.needs.join("; "))}</textarea>
</form>
<p class="privacy">${escapeHtml(texts.privacy)}</p>
<div class="bar" role="region" aria-label="${texts.saveButton}">
<span id="vz-progress" role="status" aria-live="polite"></span>
<button type="button" id="vz-save">${texts.saveButton}</button>
<p id="vz-status" role="status" aria-live="polite" hidden></p>
</div>
<p class="hint">${escapeHtml(texts.saveHint)}</p>
<script type="application/json" id="${SURVEY_FORM_BLOCK}">${jsonBlock(data)}</script>
<script type="application/json" id="${SURVEY_ANSWERS_BLOCK}">null</script>
<script>${SURVEY_FORM_SCRIPT}</script>
</body>
</html>
`;
}

/** " Bisher: a; b." after a hint, when the actor has such entries. */
function hitherto(items: readonly string[]): string {
  return items.length === 0 ? "" : ` ${texts.print.hitherto}: ${escapeHtml(items.join("; "))}.`;
}

function rowHtml(row: SurveyRow, index: number, district: string): string {
  const search = escapeHtml(`${row.name} ${district} ${row.sector} ${row.id}`.toLowerCase());
  const choices = SURVEY_ANSWERS.map(
    (label, level) =>
      `<label><input type="radio" name="r${index}" value="${level}"><span>${escapeHtml(label)}</span></label>`,
  ).join("");
  return `<tr data-id="${escapeHtml(row.id)}" data-search="${search}"><th scope="row">${escapeHtml(row.name)}</th><td><span class="choices" role="radiogroup" aria-label="${escapeHtml(row.name)}">${choices}</span></td></tr>`;
}

/** Text as a CSS string inside `<style>` (raw text: no entities): `"` and `\\` escaped, `<` as `\\3C `. */
function cssString(text: string): string {
  const escaped = text
    .replace(/[\\"]/g, (c) => `\\${c}`)
    .replace(/</g, "\\3C ")
    .replace(/[\r\n]+/g, " ");
  return `"${escaped}"`;
}

const PRINT_CSS = `@page { size: A4; margin: 12mm 12mm 16mm; }
* { box-sizing: border-box; }
body { font-family: "Helvetica Neue", Arial, sans-serif; font-size: 9.5pt; line-height: 1.3; color: #111; margin: 0 auto; max-width: 186mm; }
h1 { font-size: 16pt; margin: 0 0 1mm; }
p { margin: 0 0 1.5mm; }
table { border-collapse: collapse; width: 100%; margin: 2mm 0 3mm; page-break-inside: auto; }
thead { display: table-header-group; }
tr { page-break-inside: avoid; }
th, td { border: 0.25mm solid #999; padding: 1mm 1.5mm; text-align: left; vertical-align: middle; }
th.level, td.box { width: 19mm; text-align: center; font-size: 8pt; }
td.box::before { content: ""; display: inline-block; width: 3.6mm; height: 3.6mm; border: 0.35mm solid #222; }
tr.district td { background: #dfe6ee; font-weight: 700; font-size: 10.5pt; }
tr.sector td { background: #f1f4f7; font-weight: 600; }
.write td { height: 8mm; }
.lines { border: 0.25mm solid #999; height: 22mm; margin: 1mm 0 3mm; }
h2 { font-size: 11.5pt; margin: 4mm 0 1mm; }
.meta { color: #333; }`;

/**
 * The paper version of a form: printable A4 pages with a box per answer, rows for missing partners and
 * space for offers and needs.
 *
 * @example
 * ```ts
 * import { surveyFormPrint } from "@vernetzt/core/survey";
 *
 * const form = {
 *   title: "Netzwerk Nord",
 *   wave: "1",
 *   respondent: { id: "k", name: "Kita", district: "Nord", sector: "", offers: [], needs: [] },
 *   rows: [{ id: "s", name: "Schule", district: "Nord", sector: "Bildung" }],
 *   writeInRows: 3,
 *   contact: "Quartiersbüro Nord",
 *   deadline: "",
 * };
 * const html = surveyFormPrint(form);
 * html.match(/class="box"/g)?.length //=> 4
 * html.includes("Quartiersbüro Nord") //=> true
 * ```
 */
export function surveyFormPrint(form: SurveyForm): string {
  const p = texts.print;
  const head = `<tr><th>${texts.columns.name}</th>${SURVEY_ANSWERS.map((label) => `<th class="level">${escapeHtml(label)}</th>`).join("")}</tr>`;
  const body = groups(form.rows)
    .map(({ district, sectors }) =>
      [
        `<tr class="district"><td colspan="5">${escapeHtml(district || texts.noDistrict)}</td></tr>`,
        ...sectors.map(([sector, rows]) =>
          [
            `<tr class="sector"><td colspan="5">${escapeHtml(sector || texts.noSector)}</td></tr>`,
            ...rows.map(
              (row) => `<tr><td>${escapeHtml(row.name)}</td>${'<td class="box"></td>'.repeat(4)}</tr>`,
            ),
          ].join("\n"),
        ),
      ].join("\n"),
    )
    .join("\n");
  const c = texts.columns;
  const writeIns = Array.from(
    { length: form.writeInRows },
    () => '<tr class="write"><td></td><td></td><td></td><td></td></tr>',
  ).join("\n");
  return `<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<title>${escapeHtml(`${p.heading} – ${form.respondent.name}`)}</title>
<style>${PRINT_CSS}
@page { @bottom-left { content: ${cssString(`${texts.formFor}: ${form.respondent.name} (${c.id} ${form.respondent.id}) – ${texts.about.wave} ${form.wave}`)}; font-family: "Helvetica Neue", Arial, sans-serif; font-size: 8pt; color: #444; }
  @bottom-right { content: "${p.page} " counter(page) " / " counter(pages); font-family: "Helvetica Neue", Arial, sans-serif; font-size: 8pt; color: #444; } }</style>
</head>
<body>
<h1>${texts.heading} – ${p.heading}</h1>
<p class="meta">${escapeHtml(texts.subtitle({ title: form.title, wave: form.wave }))}</p>
<p><strong>${texts.formFor}: ${escapeHtml(form.respondent.name)} (${c.id} ${escapeHtml(form.respondent.id)})</strong></p>
<p>${escapeHtml(texts.question)} ${escapeHtml(p.instruction)}</p>
<p>${SURVEY_ANSWERS.map((label, level) => `<strong>${escapeHtml(label)}</strong>: ${escapeHtml(texts.answers[level as 0 | 1 | 2 | 3])}`).join(" ")}</p>
<table><thead>${head}</thead>
<tbody>
${body}
</tbody></table>
<h2>${texts.writeInHeading}</h2>
<p>${escapeHtml(texts.writeInHint)}</p>
<table><thead><tr><th>${c.name}</th><th>${c.district}</th><th>${c.sector}</th><th>${c.level}</th></tr></thead>
<tbody>${writeIns}</tbody></table>
<h2>${texts.about.offers}</h2>
<p>${escapeHtml(texts.offersHint)}${hitherto(form.respondent.offers)}</p>
<div class="lines"></div>
<h2>${texts.about.needs}</h2>
<p>${escapeHtml(texts.needsHint)}${hitherto(form.respondent.needs)}</p>
<div class="lines"></div>
<p>${escapeHtml(p.returnTo({ contact: form.contact, deadline: form.deadline }))}</p>
<p class="meta">${escapeHtml(texts.privacy)}</p>
</body>
</html>
`;
}
