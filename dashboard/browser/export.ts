/**
 * Export of every chart as a figure that stands alone (`@vernetzt/figures`: title, dataset, wave, date,
 * colour key, source line), not as a screenshot of the page's chart: "… als SVG speichern" saves the
 * figure's SVG, "… als PNG speichern" rasterises it 1920 px wide (slide resolution) through an `<img>` of a
 * `data:` URL, which the CSP allows. The deck: the same slides as `vernetzt report`, opened as a print view
 * (print → "Als PDF speichern"). Files are made in the browser; nothing is sent anywhere.
 */
import {
  chartFigure,
  type DeckContent,
  deckSlides,
  type Figure,
  type FigureOptions,
  type LegendItem,
  reportHtml,
} from "@vernetzt/figures";
import { el } from "./dom.js";

/** PNG width for slides. */
const PNG_WIDTH = 1920;

function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = el("a", { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The figure's SVG drawn `width` pixels wide on white, as PNG. */
export function figurePng(figure: Figure, width: number = PNG_WIDTH): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(figure.svg)}`;
  return image.decode().then(() => {
    const canvas = document.createElement("canvas");
    canvas.width = width;
    canvas.height = Math.round((width * figure.height) / figure.width);
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

/** The figure behind each export block, for presentation mode (which shows it instead of the page's chart). */
const FIGURES = new WeakMap<Element, (extra: Partial<FigureOptions>) => Figure>();

/** The figure maker of a view: its own, or that of the export buttons inside it. */
export function figureOf(view: Element): ((extra: Partial<FigureOptions>) => Figure) | undefined {
  const buttons = view.matches(".vz-export") ? view : view.querySelector(".vz-export");
  return buttons ? FIGURES.get(buttons) : undefined;
}

/**
 * "<what> als PNG speichern" and "<what> als SVG speichern" buttons for the figure `make()` draws when
 * clicked; `make` may take extra options (presentation mode draws the figure for the screen).
 */
export function figureButtons(make: (extra?: Partial<FigureOptions>) => Figure, what: string): HTMLElement {
  const buttons = el(
    "div",
    { class: "vz-export" },
    el(
      "button",
      {
        type: "button",
        onclick: () => {
          const figure = make();
          void figurePng(figure).then((blob) => download(blob, `${figure.name}.png`));
        },
      },
      `${what} als PNG speichern`,
    ),
    el(
      "button",
      {
        type: "button",
        onclick: () => {
          const figure = make();
          download(new Blob([figure.svg], { type: "image/svg+xml" }), `${figure.name}.svg`);
        },
      },
      `${what} als SVG speichern`,
    ),
  );
  FIGURES.set(buttons, (extra) => make(extra));
  return buttons;
}

/** The chart's own SVG (Plot wraps a chart with a legend into a `<figure>`): the biggest one. */
function chartSvg(chart: Element): Element {
  if (chart.localName === "svg") return chart;
  const area = (svg: Element) => Number(svg.getAttribute("width")) * Number(svg.getAttribute("height"));
  return [...chart.querySelectorAll("svg")].sort((a, b) => area(b) - area(a))[0] ?? chart;
}

/** The colour key of a Plot chart with categories (`plot.scale("color")`), as the figure's legend. */
function colourKey(chart: Element): LegendItem[] {
  const scale = (
    chart as Element & {
      scale?: (name: string) => { type: string; domain: unknown[]; range?: unknown[] } | undefined;
    }
  ).scale?.("color");
  if (scale?.type !== "ordinal" || !scale.range) return [];
  const range = scale.range;
  return scale.domain.map((value, i) => ({
    label: String(value),
    swatch: { kind: "square" as const, colour: String(range[i % range.length]) },
  }));
}

/**
 * A chart of the page with the export buttons of its figure underneath. `make` draws the figure (the
 * report's figure functions); a file name instead makes the page's own chart the figure (`chartFigure`:
 * title from the chart's label, its colour key, dataset, date and source from `options`).
 */
export function withExport(
  chart: Element,
  make: ((extra?: Partial<FigureOptions>) => Figure) | string,
  what = "Grafik",
  options: Partial<FigureOptions> = {},
): HTMLElement {
  const maker =
    typeof make === "string"
      ? (extra: Partial<FigureOptions> = {}) => {
          const svg = chartSvg(chart);
          const title = svg.getAttribute("aria-label") || what;
          return chartFigure(svg, { name: make, title, legend: colourKey(chart) }, { ...options, ...extra });
        }
      : make;
  return el("div", { class: "vz-chart" }, chart, figureButtons(maker, what));
}

/** Options every dashboard figure shares: German, the dataset's name, today's date. */
export function dashboardFigureOptions(dataset: string): Partial<FigureOptions> {
  return { lang: "de", dataset, date: new Date().toISOString().slice(0, 10) };
}

/**
 * Opens the deck (a title slide, then one slide per figure under its sentence: `deckSlides`, as `vernetzt
 * report` builds it) as a print view in a new tab: 16:9 pages; print → "Als PDF speichern" gives the deck.
 */
export function openDeck(content: DeckContent, options: Partial<FigureOptions>): void {
  const { slides } = deckSlides(content, options);
  const html = reportHtml(slides, { title: content.title, lang: "de" });
  const url = URL.createObjectURL(new Blob([html], { type: "text/html" }));
  window.open(url, "_blank");
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
