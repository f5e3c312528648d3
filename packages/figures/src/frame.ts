/**
 * The frame every figure stands in, after Observable Plot's habit of making title, subtitle, legend and
 * caption part of the figure: title (wrapped), subtitle (dataset · wave · date), colour key, the chart,
 * a note, and the source line "vernetzt, Datensatz …, Welle …". The chart gets whatever space is left.
 */
import type { Figure, ResolvedFigureOptions } from "./figure.js";
import type { LegendBlock } from "./legend.js";
import { INK, MUTED_INK, PAPER } from "./palette.js";
import { FONT_FAMILY, MARGIN, TYPE } from "./style.js";
import { textBlock, textBlockHeight, wrapText } from "./svg/text.js";
import { escapeXml, tag } from "./svg/xml.js";

/** The size the chart is drawn at. */
export interface BodySize {
  width: number;
  height: number;
}

/** What a figure puts into its frame. */
export interface FrameSpec {
  name: string;
  title: string;
  message: string;
  /** The wave(s) shown, already worded (`Welle 3`, `Wellen 2 und 3`); `null` when not about a wave. */
  wave: string | null;
  /** Added to the subtitle after dataset, wave and date. */
  subtitle?: string | null;
  legend?: ((width: number) => LegendBlock) | null;
  /**
   * The chart labels its marks itself (e.g. line ends), so the legend only adds detail: it is left out when
   * the figure would otherwise have to grow beyond its requested height. Default `false`.
   */
  legendOptional?: boolean;
  /** Small print under the chart (what a mark means, what is left out and why). */
  note?: string | null;
  /** The chart, drawn with its origin at the top left of `size`. */
  body: (size: BodySize) => string;
  /** Least height the chart needs; the figure grows beyond the requested height to give it. */
  minBodyHeight?: number;
}

const GAP = 16;

/** Composes title, subtitle, legend, chart, note and source into one standalone SVG. */
export function frame(o: ResolvedFigureOptions, spec: FrameSpec): Figure {
  const full = compose(o, spec, true);
  if (!spec.legendOptional || !full.grown) return full.figure;
  return compose(o, spec, false).figure;
}

function compose(
  o: ResolvedFigureOptions,
  spec: FrameSpec,
  withLegend: boolean,
): { figure: Figure; grown: boolean } {
  const m = o.messages;
  const inner = o.width - 2 * MARGIN;
  const titleLines = o.heading ? wrapText(spec.title, inner, TYPE.title, true, 3) : [];
  const subtitle = [
    o.dataset ? m.dataset(o.dataset) : null,
    spec.wave,
    o.date ? m.asOf(m.date(o.date)) : null,
    spec.subtitle ?? null,
  ]
    .filter(Boolean)
    .join(" · ");
  const subtitleLines = subtitle ? wrapText(subtitle, inner, TYPE.subtitle, false, 2) : [];
  const legend = spec.legend && withLegend ? spec.legend(inner) : null;
  const noteLines = spec.note ? wrapText(spec.note, inner, TYPE.note, false, 3) : [];
  const sourceLines = wrapText(
    m.source({ dataset: o.dataset, wave: spec.wave }),
    inner,
    TYPE.source,
    false,
    2,
  );

  let y = MARGIN;
  const parts: string[] = [];
  if (titleLines.length > 0) {
    y += TYPE.title;
    parts.push(textBlock(titleLines, { x: MARGIN, y, size: TYPE.title, bold: true, fill: INK }));
    y += textBlockHeight(titleLines.length, TYPE.title) - TYPE.title * 0.2;
  }
  if (subtitleLines.length > 0) {
    y += (titleLines.length > 0 ? 8 : 0) + TYPE.subtitle;
    parts.push(textBlock(subtitleLines, { x: MARGIN, y, size: TYPE.subtitle, fill: MUTED_INK }));
    y += textBlockHeight(subtitleLines.length, TYPE.subtitle) - TYPE.subtitle;
  }
  y += GAP;
  if (legend && legend.height > 0) {
    parts.push(tag("g", { transform: `translate(${MARGIN},${y})` }, legend.markup));
    y += legend.height + GAP / 2;
  }
  const footer =
    (noteLines.length > 0 ? textBlockHeight(noteLines.length, TYPE.note) + 8 : 0) +
    textBlockHeight(sourceLines.length, TYPE.source) +
    GAP +
    MARGIN;
  const requested = o.height ?? Math.round((o.width * 9) / 16);
  const bodyHeight = Math.max(spec.minBodyHeight ?? 160, requested - y - footer);
  const grown = bodyHeight > requested - y - footer;
  const height = Math.ceil(y + bodyHeight + footer);
  parts.push(
    tag("g", { transform: `translate(${MARGIN},${y})` }, spec.body({ width: inner, height: bodyHeight })),
  );
  y += bodyHeight + GAP;
  if (noteLines.length > 0) {
    y += TYPE.note;
    parts.push(textBlock(noteLines, { x: MARGIN, y, size: TYPE.note, fill: MUTED_INK }));
    y += textBlockHeight(noteLines.length, TYPE.note) - TYPE.note + 8;
  }
  y += TYPE.source;
  parts.push(textBlock(sourceLines, { x: MARGIN, y, size: TYPE.source, fill: MUTED_INK }));

  const svg = tag(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      width: o.width,
      height,
      viewBox: `0 0 ${o.width} ${height}`,
      "font-family": FONT_FAMILY,
      role: "img",
      lang: o.lang,
    },
    tag("title", {}, escapeXml(spec.title)),
    tag("desc", {}, escapeXml(spec.message)),
    tag("rect", { width: o.width, height, fill: PAPER }),
    ...parts,
  );
  return {
    figure: {
      name: spec.name,
      title: spec.title,
      message: spec.message,
      svg: `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`,
      width: o.width,
      height,
    },
    grown,
  };
}
