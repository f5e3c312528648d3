/**
 * A page's own Observable Plot chart (its `Plot.plot` options) as a figure that stands alone: the frame
 * adds title, subtitle (dataset, wave, date), colour key and source line; Plot draws the chart again for
 * the figure's size with chart text at {@link TYPE.text} (18 units: readable on a slide). For charts that
 * have no figure function of their own (Arbeitskreise, Transferprojekte); the report's figures have theirs.
 *
 * Plot's margins are meant for 10-px text, so the chart's margins (or Plot's defaults) are widened in
 * proportion (at most 40 % of the width), names on the y axis get the room they need (at most half), and a
 * mark's smaller `fontSize` is raised to the figure's text size.
 */
import type * as Plot from "@observablehq/plot";
import { type Figure, type FigureOptions, resolveFigureOptions } from "./figure.js";
import { frame } from "./frame.js";
import { type LegendItem, swatchLegend } from "./legend.js";
import { type PlotBodyOptions, plotBody } from "./plot-body.js";
import { TYPE } from "./style.js";
import { textWidth } from "./svg/text.js";

/** What the chart is: file name, title, the sentence it says, the wave it is about (already worded). */
export interface PlotFigureSpec {
  name: string;
  title: string;
  /** Default: the title. */
  message?: string;
  wave?: string | null;
}

/** Plot's default text size, for which a page's margins were chosen. */
const PLOT_TEXT = 10;
const MARGINS = ["marginLeft", "marginRight", "marginTop", "marginBottom"] as const;
/** Plot's default margins (for 10-px text), widened like the given ones. */
const PLOT_MARGINS = { marginLeft: 40, marginRight: 20, marginTop: 20, marginBottom: 30 } as const;

/** The swatches of a categorical colour scale given with both domain and range. */
function colourKey(color: Plot.ScaleOptions | undefined): LegendItem[] {
  const domain = color?.domain;
  const range = color?.range;
  if (!Array.isArray(domain) || !Array.isArray(range) || range.length === 0) return [];
  return domain.map((value, i) => ({
    label: String(value),
    swatch: { kind: "square" as const, colour: String(range[i % range.length]) },
  }));
}

/**
 * @example
 * ```ts
 * const options = { y: { domain: ["Kita", "Schule"] }, marks: [Plot.barX(rows, { x: "count", y: "sector" })] };
 * const figure = plotFigure(options, { name: "mischung", title: "Teilnehmende nach Bereich" }, { dataset: "Muster" });
 * ```
 */
export function plotFigure(
  plot: Plot.PlotOptions,
  spec: PlotFigureSpec,
  options: Partial<FigureOptions> = {},
): Figure {
  const o = resolveFigureOptions(options);
  const { width: _w, height: _h, document: _d, style: _s, className: _c, color, ...rest } = plot;
  const legend = colourKey(color);
  const scale = TYPE.text / PLOT_TEXT;
  return frame(o, {
    name: spec.name,
    title: spec.title,
    message: spec.message ?? spec.title,
    wave: spec.wave ?? null,
    legend: legend.length > 0 ? (inner) => swatchLegend(legend, inner) : null,
    body: (size) => {
      const margins: Partial<Record<(typeof MARGINS)[number], number>> = {};
      for (const key of MARGINS) {
        const given = rest[key];
        margins[key] = Math.min(
          (typeof given === "number" ? given : PLOT_MARGINS[key]) * scale,
          size.width * 0.4,
        );
      }
      // Names on the y axis (a domain given) get the room their longest one needs, up to half the width.
      const names = (rest.y as { domain?: unknown } | undefined)?.domain;
      if (Array.isArray(names) && names.length > 0)
        margins.marginLeft = Math.min(
          size.width * 0.5,
          Math.max(margins.marginLeft ?? 0, ...names.map((n) => textWidth(String(n), TYPE.text) + 16)),
        );
      const body: PlotBodyOptions = {
        ...rest,
        ...margins,
        ...(color ? { color: { ...color, legend: false } } : {}),
      };
      return plotBody(o, body, size).replace(/font-size="([\d.]+)"/g, (all, value: string) =>
        Number(value) < TYPE.text ? `font-size="${TYPE.text}"` : all,
      );
    },
  });
}
