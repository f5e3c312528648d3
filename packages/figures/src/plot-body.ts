/**
 * A chart drawn by Observable Plot, as markup for a figure's frame: Plot draws into the given DOM document
 * (the browser's, or linkedom's in Node), and its SVG is serialised without Plot's stylesheet, class names
 * and CSS colours (`svg/dom.ts`). Text is set in the figures' font at {@link TYPE.text}.
 */
import * as Plot from "@observablehq/plot";
import { plotDocument, type ResolvedFigureOptions } from "./figure.js";
import type { BodySize } from "./frame.js";
import { TYPE } from "./style.js";
import { svgContents } from "./svg/dom.js";
import { tag } from "./svg/xml.js";

/** Plot's `plot()` options, without the ones the frame decides. */
export type PlotBodyOptions = Omit<Plot.PlotOptions, "width" | "height" | "document" | "style" | "className">;

/** Draws `options` with Plot at `size` and returns the chart's markup. */
export function plotBody(o: ResolvedFigureOptions, options: PlotBodyOptions, size: BodySize): string {
  const chart = Plot.plot({
    ...options,
    width: Math.round(size.width),
    height: Math.round(size.height),
    document: plotDocument(o),
    className: "vz-plot",
  });
  const svg = chart.localName === "svg" ? chart : chart.querySelector("svg");
  if (!svg)
    throw new Error(
      "@vernetzt/figures: Plot drew no SVG (a legend: true option makes a figure; use the frame's legend).",
    );
  const { markup, attributes } = svgContents(svg);
  delete attributes["font-family"];
  return tag("g", { ...attributes, "font-size": TYPE.text }, markup);
}
