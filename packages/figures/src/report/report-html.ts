/**
 * The report as one self-contained HTML file: every slide's SVG inline, no script, no stylesheet or image
 * from elsewhere, no request to any host — it opens from disk, can be mailed or put on a website, and prints
 * one slide per landscape page. Text in the SVGs stays text (searchable, copyable).
 */

import { svgInner } from "../slide.js";
import { escapeXml } from "../svg/xml.js";

/** What the page is called and in which language. */
export interface ReportHtmlOptions {
  title: string;
  lang: "de" | "en";
}

const STYLE = `
html { background: #e9ecef; }
body { margin: 0; font-family: "DejaVu Sans", Verdana, Arial, sans-serif; color: #1a1a1a; }
main { max-width: 1280px; margin: 0 auto; padding: 16px; }
section { margin: 0 0 24px; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.2); }
svg { display: block; width: 100%; height: auto; }
@page { size: 297mm 167mm; margin: 0; }
@media print {
  html { background: #fff; }
  main { max-width: none; padding: 0; }
  section { margin: 0; box-shadow: none; break-after: page; break-inside: avoid; }
}`;

/** A standalone HTML document of `slides` (SVG documents as `figureSlide`/`titleSlide` make them). */
export function reportHtml(slides: readonly string[], options: ReportHtmlOptions): string {
  const sections = slides.map((svg) => {
    const open = svg.slice(svg.indexOf("<svg"), svg.indexOf(">", svg.indexOf("<svg")) + 1);
    return `<section>${open}${svgInner(svg)}</svg></section>`;
  });
  return `<!DOCTYPE html>
<html lang="${options.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeXml(options.title)}</title>
<style>${STYLE}
</style>
</head>
<body>
<main>
${sections.join("\n")}
</main>
</body>
</html>
`;
}
