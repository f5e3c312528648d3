/**
 * Export of every chart as a figure that stands alone (`@vernetzt/figures`: title, dataset, wave, date,
 * colour key, source line), not as a screenshot of the page's chart: "… als SVG speichern" saves the
 * figure's SVG, "… als PNG speichern" rasterises it 1920 px wide (slide resolution) through an `<img>` of a
 * `data:` URL, which the CSP allows. The deck: the same slides as `vernetzt report`, opened as a print view
 * (print → "Als PDF speichern"). Files are made in the browser; nothing is sent anywhere.
 */
import type { PlotOptions } from "@observablehq/plot";
import {
  type DeckContent,
  deckSlides,
  type Figure,
  type FigureOptions,
  plotFigure,
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

/** A chart of the page with the export buttons of its figure underneath. */
export function withExport(
  chart: Element,
  make: (extra?: Partial<FigureOptions>) => Figure,
  what = "Grafik",
): HTMLElement {
  return el("div", { class: "vz-chart" }, chart, figureButtons(make, what));
}

/**
 * A page's Plot chart (`draw(options)`, the page's own `Plot.plot`) with the export buttons of its figure:
 * the same options drawn again by `plotFigure` (title: the chart's `ariaLabel`; colour key, dataset, wave,
 * source), so a chart without a figure function of its own still exports as a figure that stands alone.
 */
export function plotWithExport(
  draw: (options: PlotOptions) => Element,
  options: PlotOptions,
  name: string,
  figureOptions: Partial<FigureOptions>,
  what = "Grafik",
): HTMLElement {
  const title = options.ariaLabel ?? what;
  return withExport(
    draw(options),
    (extra) => plotFigure(options, { name, title }, { ...figureOptions, ...extra }),
    what,
  );
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
