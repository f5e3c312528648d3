/**
 * PNG and SVG export of every chart, for slides and reports: the network drawing (sigma's WebGL layers
 * composed onto a white canvas, or redrawn as SVG circles, lines and labels) and Observable Plot charts
 * (serialised SVG, or rasterised at twice the size). Files are made in the browser and saved by a download
 * link; nothing is sent anywhere.
 */
import type Sigma from "sigma";
import { el } from "./dom.js";

const SVG_NS = "http://www.w3.org/2000/svg";
const PNG_SCALE = 2;

function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = el("a", { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const svgBlob = (svg: SVGSVGElement): Blob =>
  new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}`], {
    type: "image/svg+xml",
  });

/** The network as drawn now: sigma's layers on white, as PNG. */
export function networkPng(sigma: Sigma): Promise<Blob> {
  const { width, height } = sigma.getDimensions();
  const canvas = document.createElement("canvas");
  canvas.width = width * PNG_SCALE;
  canvas.height = height * PNG_SCALE;
  const context = canvas.getContext("2d")!;
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, canvas.width, canvas.height);
  // WebGL layers keep their pixels only until the browser composites: draw right after a synchronous render.
  sigma.refresh();
  for (const layer of ["edges", "nodes", "labels"]) {
    const source = sigma.getCanvases()[layer];
    if (source) context.drawImage(source, 0, 0, canvas.width, canvas.height);
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error("PNG konnte nicht erzeugt werden."))),
      "image/png",
    ),
  );
}

/** The network as drawn now, as SVG: visible edges as lines, nodes as circles, and their labels. */
export function networkSvg(sigma: Sigma, title: string): SVGSVGElement {
  const { width, height } = sigma.getDimensions();
  const svg = document.createElementNS(SVG_NS, "svg");
  const attributes = { xmlns: SVG_NS, width, height, viewBox: `0 0 ${width} ${height}`, role: "img" };
  for (const [name, value] of Object.entries(attributes)) svg.setAttribute(name, String(value));
  const add = (tag: string, attrs: Record<string, string | number>, text?: string) => {
    const node = document.createElementNS(SVG_NS, tag);
    for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
    if (text !== undefined) node.textContent = text;
    svg.append(node);
  };
  add("title", {}, title);
  add("rect", { width, height, fill: "#ffffff" });
  const at = (node: string) => {
    const display = sigma.getNodeDisplayData(node)!;
    return { ...sigma.framedGraphToViewport(display), size: sigma.scaleSize(display.size), display };
  };
  const graph = sigma.getGraph();
  graph.forEachEdge((edge, _attributes, source, target) => {
    const display = sigma.getEdgeDisplayData(edge);
    if (
      !display ||
      display.hidden ||
      sigma.getNodeDisplayData(source)?.hidden ||
      sigma.getNodeDisplayData(target)?.hidden
    )
      return;
    const a = at(source);
    const b = at(target);
    add("line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y, stroke: display.color, "stroke-width": display.size });
  });
  const labels: Array<() => void> = [];
  graph.forEachNode((node) => {
    const p = at(node);
    if (p.display.hidden) return;
    add("circle", { cx: p.x, cy: p.y, r: p.size, fill: p.display.color });
    const label = p.display.label;
    if (label) {
      labels.push(() =>
        add(
          "text",
          {
            x: p.x + p.size + 3,
            y: p.y + 4,
            "font-family": "system-ui, sans-serif",
            "font-size": 13,
            fill: "#1a1a1a",
            stroke: "#ffffff",
            "stroke-width": 3,
            "paint-order": "stroke",
          },
          label,
        ),
      );
    }
  });
  for (const draw of labels) draw();
  return svg;
}

/** A Plot chart (its root SVG) as a standalone SVG with the page's font. */
function standaloneSvg(chart: Element): SVGSVGElement {
  const area = (svg: SVGSVGElement) => Number(svg.getAttribute("width")) * Number(svg.getAttribute("height"));
  const source =
    chart.tagName.toLowerCase() === "svg"
      ? chart
      : [...chart.querySelectorAll("svg")].sort((a, b) => area(b) - area(a))[0]!; // the chart, not its legend
  const copy = source.cloneNode(true) as SVGSVGElement;
  copy.setAttribute("xmlns", SVG_NS);
  copy.style.background = "#ffffff";
  copy.style.fontFamily = "system-ui, sans-serif";
  return copy;
}

/** Rasterises an SVG at twice its size (through an `<img>` of a `data:` URL, which the CSP allows). */
function svgToPng(svg: SVGSVGElement): Promise<Blob> {
  const { width, height } = svg.getBoundingClientRect().width
    ? svg.getBoundingClientRect()
    : { width: Number(svg.getAttribute("width")), height: Number(svg.getAttribute("height")) };
  const image = new Image();
  const text = new XMLSerializer().serializeToString(svg);
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  return image.decode().then(() => {
    const canvas = document.createElement("canvas");
    canvas.width = Math.ceil(width * PNG_SCALE);
    canvas.height = Math.ceil(height * PNG_SCALE);
    const context = canvas.getContext("2d")!;
    context.fillStyle = "#ffffff";
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error("PNG konnte nicht erzeugt werden."))),
        "image/png",
      ),
    );
  });
}

/** "Als PNG speichern" and "Als SVG speichern" buttons; `name` is the file name without extension. */
export function exportButtons(
  name: string,
  make: { png: () => Promise<Blob>; svg: () => SVGSVGElement },
  what: string,
): HTMLElement {
  return el(
    "div",
    { class: "vz-export" },
    el(
      "button",
      { type: "button", onclick: () => void make.png().then((blob) => download(blob, `${name}.png`)) },
      `${what} als PNG speichern`,
    ),
    el(
      "button",
      { type: "button", onclick: () => download(svgBlob(make.svg()), `${name}.svg`) },
      `${what} als SVG speichern`,
    ),
  );
}

/** A Plot chart with its export buttons underneath. */
export function withExport(chart: Element, name: string, what = "Grafik"): HTMLElement {
  return el(
    "div",
    { class: "vz-chart" },
    chart,
    exportButtons(name, { png: () => svgToPng(standaloneSvg(chart)), svg: () => standaloneSvg(chart) }, what),
  );
}
