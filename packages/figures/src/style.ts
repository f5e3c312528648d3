/**
 * The figures' type scale and font. Sizes are SVG units: a figure drawn at its default width of 1280 on a
 * 1280×720 slide (or projector) shows chart text at 18 px, the size a back row can still read.
 */

/** Fonts in order of preference: DejaVu Sans is embedded by the PNG and PDF renderers; Verdana (Windows,
 * macOS) has nearly the same widths, so wrapped text still fits where a viewer substitutes it. */
export const FONT_FAMILY = "DejaVu Sans, Verdana, Arial, sans-serif";

export const TYPE = {
  title: 30,
  subtitle: 18,
  /** Axis ticks, labels, legend entries: everything in the chart. */
  text: 18,
  /** Notes under the chart and the source line: small print, yet readable from a back row too. */
  note: 18,
  source: 18,
} as const;

/** Outer margin of every figure. */
export const MARGIN = 32;
