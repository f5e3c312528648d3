/**
 * The width a page gives a chart: the page's measured width, at most `max`, and
 * never less than `min`.
 *
 * Framework's reactive `width` is 0 until the page has been laid out (and stays
 * small on a phone or in a narrow print column). Plot subtracts the margins from
 * the width it is given, so a 0 width with a 200 px left margin drew bars of
 * width −200 — Chromium logs one console error per bar. The floor keeps every
 * chart drawable; a chart wider than its column scrolls inside its figure.
 *
 * @param width the page's measured width in CSS pixels (Framework's `width`)
 * @param max the widest the chart should be
 * @param min the narrowest it may be; default 480, wide enough for the widest
 *   left margin the dashboard uses (260 px) plus a readable plot area
 * @example
 * chartWidth(0, 900)    // 480 — before layout
 * chartWidth(700, 900)  // 700
 * chartWidth(1400, 900) // 900
 */
export function chartWidth(width: number, max: number, min = 480): number {
  const measured = Number.isFinite(width) ? width : 0;
  return Math.max(Math.min(min, max), Math.min(measured, max));
}
