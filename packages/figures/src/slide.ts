/**
 * 16:9 slides (1280 × 720 units, a projector's resolution): one figure each under a headline that says
 * what it shows (the figure's `message`), and a title slide. The figure is drawn for the space under the
 * headline, so its text keeps its size (chart text 18 units); a figure that needs more room is scaled to fit.
 * Used for the PDF deck, the HTML report and the dashboard's presentation of figures.
 */
import type { Figure, ResolvedFigureOptions } from "./figure.js";
import { INK, MUTED_INK, PAPER } from "./palette.js";
import { FONT_FAMILY, MARGIN, TYPE } from "./style.js";
import { textBlock, textBlockHeight, wrapText } from "./svg/text.js";
import { escapeXml, num, tag } from "./svg/xml.js";

export const SLIDE = { width: 1280, height: 720 } as const;
const HEADLINE = 26;
const HEADLINE_SMALL = 22;
const HEADLINE_BAND = "#F2F5F8";

/** The height left for a figure under a headline of `message` (what to draw the figure at). */
export function slideFigureHeight(message: string): number {
  return SLIDE.height - headlineHeight(message);
}

/** The headline in lines and its size: 26 units on at most two lines, else 22 on at most three. */
function headline(message: string): { lines: string[]; size: number } {
  const width = SLIDE.width - 2 * MARGIN - 70;
  const large = wrapText(message, width, HEADLINE, true);
  if (large.length <= 2) return { lines: large, size: HEADLINE };
  return { lines: wrapText(message, width, HEADLINE_SMALL, true, 3), size: HEADLINE_SMALL };
}

function headlineHeight(message: string): number {
  const { lines, size } = headline(message);
  return Math.ceil(MARGIN * 0.75 + textBlockHeight(lines.length, size) + MARGIN * 0.5);
}

/** The markup inside a standalone SVG's root element. */
export function svgInner(svg: string): string {
  const start = svg.indexOf(">", svg.indexOf("<svg")) + 1;
  return svg.slice(start, svg.lastIndexOf("</svg>"));
}

function slideDocument(o: ResolvedFigureOptions, title: string, ...children: string[]): string {
  const root = tag(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      width: SLIDE.width,
      height: SLIDE.height,
      viewBox: `0 0 ${SLIDE.width} ${SLIDE.height}`,
      "font-family": FONT_FAMILY,
      role: "img",
      lang: o.lang,
    },
    tag("title", {}, escapeXml(title)),
    tag("rect", { width: SLIDE.width, height: SLIDE.height, fill: PAPER }),
    ...children,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${root}\n`;
}

const pageNumber = (o: ResolvedFigureOptions, index: number, total: number) =>
  tag(
    "text",
    {
      x: SLIDE.width - MARGIN,
      y: MARGIN * 0.75 + HEADLINE,
      "font-size": TYPE.source,
      "text-anchor": "end",
      fill: MUTED_INK,
    },
    escapeXml(o.messages.report.slide({ index, total })),
  );

/** A slide: the figure's message as headline, the figure (drawn for {@link slideFigureHeight}) below. */
export function figureSlide(o: ResolvedFigureOptions, figure: Figure, index: number, total: number): string {
  const { lines, size } = headline(figure.message);
  const top = headlineHeight(figure.message);
  const room = SLIDE.height - top;
  const k = Math.min(1, room / figure.height, SLIDE.width / figure.width);
  const dx = (SLIDE.width - figure.width * k) / 2;
  return slideDocument(
    o,
    figure.message,
    tag("rect", { width: SLIDE.width, height: top, fill: HEADLINE_BAND }),
    textBlock(lines, { x: MARGIN, y: MARGIN * 0.75 + size, size, bold: true, fill: INK }),
    pageNumber(o, index, total),
    tag(
      "g",
      { transform: `translate(${num(dx)},${top})${k < 1 ? ` scale(${Math.round(k * 1000) / 1000})` : ""}` },
      svgInner(figure.svg),
    ),
  );
}

/** The title slide: dataset, what it holds, the slides' titles, the date; and what was left out. */
export function titleSlide(
  o: ResolvedFigureOptions,
  content: { title: string; message: string; contents: readonly string[]; notes: readonly string[] },
  total: number,
): string {
  const m = o.messages;
  const inner = SLIDE.width - 2 * MARGIN;
  const parts: string[] = [];
  let y = 150;
  const title = wrapText(content.title, inner, 44, true, 2);
  parts.push(textBlock(title, { x: MARGIN, y, size: 44, bold: true, fill: INK }));
  y += textBlockHeight(title.length, 44) + 16;
  const message = wrapText(content.message, inner, 24, false, 2);
  parts.push(textBlock(message, { x: MARGIN, y, size: 24, fill: INK }));
  y += textBlockHeight(message.length, 24) + 40;
  parts.push(textBlock([m.report.contents], { x: MARGIN, y, size: TYPE.text, bold: true, fill: INK }));
  y += TYPE.text * 1.5;
  const items = content.contents.map((c, i) => `${i + 2}. ${c}`);
  parts.push(textBlock(items, { x: MARGIN, y, size: TYPE.text, fill: INK, lineHeight: TYPE.text * 1.45 }));
  y += items.length * TYPE.text * 1.45 + 12;
  const notes =
    content.notes.length === 0
      ? []
      : [m.report.leftOut, ...content.notes.flatMap((n) => wrapText(`– ${n}`, inner, TYPE.note, false, 2))];
  parts.push(textBlock(notes, { x: MARGIN, y, size: TYPE.note, fill: MUTED_INK }));
  if (o.date)
    parts.push(
      textBlock([m.report.made({ date: m.date(o.date) })], {
        x: MARGIN,
        y: SLIDE.height - MARGIN,
        size: TYPE.source,
        fill: MUTED_INK,
      }),
    );
  return slideDocument(
    o,
    content.title,
    tag("rect", { width: SLIDE.width, height: 12, fill: "#0072B2" }),
    ...parts,
    pageNumber(o, 1, total),
  );
}
