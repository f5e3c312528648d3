/**
 * Printing a page: the stylesheet (`@media print` in style.css) hides controls and buttons and lets tables
 * run over pages; this puts a figure in place of what a printer cannot take — the network's WebGL drawing
 * (blank on paper) prints as its figure (`@vernetzt/figures`: the chosen wave, district key, source), drawn
 * for an A4 page — and removes it again afterwards.
 */
import { el } from "./dom.js";
import { figureOf } from "./export.js";

const PRINT_CLASS = "vz-print-figure";
/** A4 portrait within the page margins, in CSS px (96 per inch): 186 mm wide. */
const PRINT_WIDTH = 700;

function beforePrint(): void {
  for (const network of document.querySelectorAll<HTMLElement>(".vz-network")) {
    const make = figureOf(network);
    if (!make || network.querySelector(`.${PRINT_CLASS}`)) continue;
    const figure = make({ width: PRINT_WIDTH, height: Math.round(PRINT_WIDTH * 0.9) });
    const holder = el("div", { class: PRINT_CLASS, role: "img", "aria-label": figure.message });
    holder.innerHTML = figure.svg.replace(/^<\?xml[^>]*>\s*/, "");
    network.querySelector(".vz-graph")?.before(holder);
  }
}

function afterPrint(): void {
  for (const holder of document.querySelectorAll(`.${PRINT_CLASS}`)) holder.remove();
}

let installed = false;

/** Registers the print hooks once per page. */
export function installPrintView(): void {
  if (installed) return;
  installed = true;
  window.addEventListener("beforeprint", beforePrint);
  window.addEventListener("afterprint", afterPrint);
}
