/** HTML helpers of the handouts: escaping every piece of data, and the print stylesheet. */

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * Escapes text for HTML element content and quoted attribute values.
 *
 * @example
 * ```ts
 * import { escapeHtml } from "@vernetzt/core/handouts";
 *
 * escapeHtml('Verein "Miteinander" & <Freunde>') //=> "Verein &quot;Miteinander&quot; &amp; &lt;Freunde&gt;"
 * ```
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/**
 * A file-name-safe slug of an actor id (ASCII letters, digits, dashes; at most 40 characters).
 *
 * @example
 * ```ts
 * import { slug } from "@vernetzt/core/handouts";
 *
 * slug("Kita Süßenbach (Träger: AWO)") //=> "kita-sussenbach-trager-awo"
 * slug("★") //=> "akteur"
 * ```
 */
export function slug(text: string): string {
  const ascii = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ß/g, "ss")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);
  return ascii || "akteur";
}

/**
 * Print stylesheet: one A4 page per handout (checked by printing every page of the sample city to PDF in
 * Chromium), readable on screen too. Partners in three columns so that a hub with 36 partners still fits.
 */
export const HANDOUT_CSS = `@page { size: A4; margin: 15mm 15mm; }
* { box-sizing: border-box; }
body { font-family: "Source Sans 3", "Helvetica Neue", Arial, sans-serif; font-size: 10.5pt; line-height: 1.35;
  color: #1a1a1a; margin: 0 auto; max-width: 180mm; padding: 8mm 0; }
h1 { font-size: 18pt; margin: 0 0 1mm; }
h2 { font-size: 12pt; margin: 5mm 0 1.5mm; border-bottom: 0.4mm solid #888; padding-bottom: 0.8mm; }
p { margin: 0 0 1mm; }
p.meta { color: #444; margin: 0 0 3mm; }
.meta { color: #555; }
ul, ol { margin: 0; padding-left: 5mm; }
li { margin: 0.4mm 0; }
ul.partners { columns: 3; column-gap: 6mm; font-size: 9pt; line-height: 1.25; }
ul.partners li { break-inside: avoid; }
ol.recommendations > li { margin-bottom: 2mm; break-inside: avoid; }
ol.recommendations p.why { font-size: 9.5pt; color: #333; margin: 0.3mm 0 0; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 1mm 2mm; border-bottom: 0.2mm solid #ccc; }
footer { margin-top: 5mm; font-size: 8.5pt; color: #666; }
nav { margin-bottom: 4mm; }
@media print { nav { display: none; } body { padding: 0; } }
`;

/**
 * The `<meta name="generator">` content of every handout page: the CLI recognises the pages of an earlier run
 * by it (and deletes those a new run does not write again), never touching other files in the folder.
 */
export const HANDOUTS_GENERATOR = "vernetzt handouts";

/**
 * A complete HTML document with the print stylesheet (and `extraCss` after it, e.g. page breaks). `title` and
 * `body` must already be escaped.
 *
 * @example
 * ```ts
 * import { escapeHtml, htmlDocument } from "@vernetzt/core/handouts";
 *
 * const page = htmlDocument("de", escapeHtml("Kontakte"), "<h1>Kontakte</h1>");
 * page.startsWith('<!DOCTYPE html>\n<html lang="de">') //=> true
 * page.includes("<title>Kontakte</title>") //=> true
 * ```
 */
export function htmlDocument(lang: string, title: string, body: string, extraCss = ""): string {
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${HANDOUTS_GENERATOR}">
<title>${title}</title>
<style>
${HANDOUT_CSS}${extraCss}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
