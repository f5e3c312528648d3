/**
 * A page's own chart (an Observable Plot SVG already drawn in the browser) as a figure that stands alone:
 * the frame adds title, subtitle (dataset, date), and the source line; the chart keeps its marks, scaled
 * to the figure's width with its aspect ratio kept, its stylesheet and CSS colours made plain (`svg/dom.ts`).
 * For charts that have no figure function of their own (Arbeitskreise, Transferprojekte); the report's
 * figures are drawn by their own functions.
 */
import { type Figure, type FigureOptions, resolveFigureOptions } from "./figure.js";
import { frame } from "./frame.js";
import { type LegendItem, swatchLegend } from "./legend.js";
import { FONT_FAMILY, MARGIN } from "./style.js";
import { svgContents } from "./svg/dom.js";
import { tag } from "./svg/xml.js";

/** What the chart is: file name, title, the sentence it says, the wave it is about (already worded). */
export interface ChartFigureSpec {
  name: string;
  title: string;
  message?: string;
  wave?: string | null;
  /** The chart's colour key (Plot's legends are HTML and stay behind on the page). */
  legend?: readonly LegendItem[];
}

/** The chart's own size: its width and height attributes, else its view box. */
function chartSize(svg: Element): { width: number; height: number } {
  const box = (svg.getAttribute("viewBox") ?? "").split(/[\s,]+/).map(Number);
  const width = Number(svg.getAttribute("width")) || box[2] || 640;
  const height = Number(svg.getAttribute("height")) || box[3] || 400;
  return { width, height };
}

/**
 * @example
 * ```ts
 * const figure = chartFigure(plotSvg, { name: "teilnahme", title: "Teilnahme je Treffen" }, { dataset: "Muster" });
 * figure.svg // title, "Datensatz Muster", the chart, "Quelle: vernetzt, Datensatz Muster"
 * ```
 */
export function chartFigure(
  svg: Element,
  spec: ChartFigureSpec,
  options: Partial<FigureOptions> = {},
): Figure {
  const size = chartSize(svg);
  // The chart at its own size where it fits, never narrower than 640 or wider than a slide's 1280.
  const width = options.width ?? Math.min(1280, Math.max(640, Math.round(size.width + 2 * MARGIN)));
  // Without a height asked for, the figure is as tall as the chart needs (the least height, 200, grows).
  const o = resolveFigureOptions({ ...options, width, height: options.height ?? 200 });
  const scale = (o.width - 2 * MARGIN) / size.width;
  const { markup, attributes } = svgContents(svg);
  return frame(o, {
    name: spec.name,
    title: spec.title,
    message: spec.message ?? spec.title,
    wave: spec.wave ?? null,
    legend: spec.legend && spec.legend.length > 0 ? (inner) => swatchLegend(spec.legend!, inner) : null,
    minBodyHeight: Math.ceil(size.height * scale),
    body: (body) =>
      tag(
        "svg",
        {
          width: body.width,
          height: body.height,
          viewBox: `0 0 ${size.width} ${size.height}`,
          preserveAspectRatio: "xMidYMin meet",
          "font-family": FONT_FAMILY,
        },
        tag("g", attributes, markup),
      ),
  });
}
