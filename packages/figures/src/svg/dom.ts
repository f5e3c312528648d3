/**
 * A DOM tree (Observable Plot's output, in the browser or in linkedom) as standalone SVG markup: Plot's
 * `<style>` element and class names are dropped, and the colours it leaves to CSS (`currentColor`,
 * `var(--plot-background)`) become plain colours, because ImageMagick, Inkscape, LibreOffice and rsvg
 * reject or misread CSS variables. Walks the nodes itself instead of calling `XMLSerializer` (absent in
 * linkedom; HTML serialisation of SVG is not XML), so Node and the browser give the same text.
 */
import { INK, PAPER } from "../palette.js";
import { type Attributes, escapeXml, tag } from "./xml.js";

const DROPPED_ELEMENTS = new Set(["style", "script", "foreignObject"]);
const DROPPED_ATTRIBUTES = new Set(["class", "style"]);

/** A DOM attribute value with CSS-only colours made explicit. */
function plainValue(value: string): string {
  return value
    .replace(/var\(--plot-background\)/g, PAPER)
    .replace(/currentColor/gi, INK)
    .replace(/var\(--[\w-]+\)/g, INK);
}

/** The markup of `node` and its subtree (elements and text only). */
export function serializeNode(node: Node): string {
  if (node.nodeType === 3) return escapeXml(node.nodeValue ?? "");
  if (node.nodeType !== 1) return "";
  const element = node as Element;
  const name = element.localName;
  if (DROPPED_ELEMENTS.has(name)) return "";
  const attributes: Attributes = {};
  for (const attribute of [...element.attributes].sort((a, b) => a.name.localeCompare(b.name))) {
    if (DROPPED_ATTRIBUTES.has(attribute.name) || attribute.name.startsWith("aria-")) continue;
    attributes[attribute.name] = plainValue(attribute.value);
  }
  return tag(name, attributes, ...[...element.childNodes].map(serializeNode));
}

/** The children of an `<svg>` element as markup, and its presentation attributes for a wrapping `<g>`. */
export function svgContents(svg: Element): { markup: string; attributes: Attributes } {
  const attributes: Attributes = {};
  for (const name of ["fill", "font-family", "font-size", "text-anchor"]) {
    const value = svg.getAttribute(name);
    if (value !== null) attributes[name] = plainValue(value);
  }
  return { markup: [...svg.childNodes].map(serializeNode).join(""), attributes };
}
