/**
 * Makes an Observable Plot chart one accessible image: the root `<svg>` gets `role="img"` with Plot's
 * `ariaLabel`/`ariaDescription`, and the `aria-label`s Plot puts on its inner `<g>` marks (which axe-core
 * reports as prohibited on elements without a role) are removed. Every chart has a table with the same
 * numbers beside it.
 */
export function accessiblePlot<T extends Element>(chart: T): T {
  const svgs = chart.tagName.toLowerCase() === "svg" ? [chart] : [...chart.querySelectorAll("svg")];
  for (const svg of svgs) {
    for (const inner of svg.querySelectorAll("[aria-label]")) inner.removeAttribute("aria-label");
    if (svg.getAttribute("aria-label")) svg.setAttribute("role", "img");
    else svg.setAttribute("aria-hidden", "true");
  }
  return chart;
}
