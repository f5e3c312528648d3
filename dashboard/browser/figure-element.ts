/**
 * A figure of `@vernetzt/figures` (a standalone SVG document as text) as an element of the page: one
 * accessible image whose text alternative is the figure's message, scaled to the width of its container.
 */
import type { Figure } from "@vernetzt/figures";

export function figureElement(figure: Figure): SVGSVGElement {
  const parsed = new DOMParser().parseFromString(figure.svg, "image/svg+xml").documentElement;
  const svg = document.importNode(parsed, true) as unknown as SVGSVGElement;
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", `${figure.title}. ${figure.message}`);
  svg.setAttribute("width", String(figure.width));
  svg.setAttribute("height", String(figure.height));
  svg.style.maxWidth = "100%";
  svg.style.height = "auto";
  return svg;
}
