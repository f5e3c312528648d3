/**
 * What every figure shares: the `Figure` it returns and the options every figure function takes.
 *
 * A figure function is `xFigure(data, options?) => Figure`: pure (the same input gives the same SVG, byte
 * for byte), no DOM needed except for Observable Plot's marks (pass `document` in Node, see
 * `@vernetzt/figures/node`), and the SVG stands alone: title, subtitle (dataset, wave, date), legend or
 * colour key and a source line are part of it, colours are plain values (no CSS, no variables), and it
 * references nothing outside itself.
 */
import { type FigureMessages, figureMessages } from "./i18n/messages.js";

/** A finished figure. */
export interface Figure {
  /** File-name stem, the same in every language: `indicator-over-waves`, `gap-matrix`, … */
  name: string;
  /** The heading drawn on the figure. */
  title: string;
  /** One sentence saying what the figure shows (the slide's message, and the figure's text alternative). */
  message: string;
  /** The standalone SVG document (UTF-8, with XML declaration). */
  svg: string;
  width: number;
  height: number;
}

/** Options every figure function takes. */
export interface FigureOptions {
  /** Language of every word on the figure: `"de"` or `"en"`. Default `"de"`. */
  lang: "de" | "en";
  /** Width in SVG units (px). Default `1280` (a 1280×720 slide); PNGs are rendered 1920 px wide. */
  width: number;
  /** Height in SVG units. Default `null`: 9/16 of the width (a 16:9 slide); some figures need more. */
  height: number | null;
  /** Name of the dataset, shown in the subtitle and the source line. Default `null`: not shown. */
  dataset: string | null;
  /**
   * The date the figure stands for (ISO `YYYY-MM-DD`), shown as "Stand" in the subtitle. Default `null`:
   * not shown. The CLI passes today's date (or `SOURCE_DATE_EPOCH`'s).
   */
  date: string | null;
  /**
   * The DOM document Observable Plot draws into. Default `null`: the browser's `document`. In Node pass
   * `figureDocument()` from `@vernetzt/figures/node`.
   */
  document: Document | null;
  /**
   * The waves' display names by wave id, as the dashboard shows them (`{"1": "2023"}`; see
   * `waveLabels()`): every figure names a wave by it ("Welle 2023"), on its axis, in its subtitle,
   * message and source line. A wave not listed is named as written. Default `{}`.
   */
  waveLabels: Readonly<Record<string, string>>;
  /**
   * Draw the figure's title. Default `true`. `false` where a headline above already says what the figure
   * shows (a slide in the dashboard's presentation mode): the room goes to the chart; subtitle (dataset,
   * wave, date), key and source line stay, and the title stays the SVG's `<title>`.
   */
  heading: boolean;
}

export const DEFAULT_FIGURE_OPTIONS: FigureOptions = {
  lang: "de",
  width: 1280,
  height: null,
  dataset: null,
  date: null,
  document: null,
  waveLabels: {},
  heading: true,
};

/** Options resolved, with the messages of their language. */
export interface ResolvedFigureOptions extends FigureOptions {
  messages: FigureMessages;
  /** The display name of a wave id (its label, else the id). */
  waveName: (wave: string) => string;
}

/** Smallest and largest figure width accepted. */
const WIDTH_RANGE = [320, 4000] as const;

/** Resolves and validates figure options; errors name the option and the expected value. */
export function resolveFigureOptions(options: Partial<FigureOptions> = {}): ResolvedFigureOptions {
  const o = { ...DEFAULT_FIGURE_OPTIONS, ...options };
  if (o.lang !== "de" && o.lang !== "en")
    throw new RangeError(`@vernetzt/figures: lang must be "de" or "en", not ${JSON.stringify(o.lang)}.`);
  if (!Number.isFinite(o.width) || o.width < WIDTH_RANGE[0] || o.width > WIDTH_RANGE[1])
    throw new RangeError(
      `@vernetzt/figures: width must be a number from ${WIDTH_RANGE[0]} to ${WIDTH_RANGE[1]}, not ${o.width}.`,
    );
  if (o.height !== null && (!Number.isFinite(o.height) || o.height < 200 || o.height > WIDTH_RANGE[1]))
    throw new RangeError(
      `@vernetzt/figures: height must be null or a number from 200 to ${WIDTH_RANGE[1]}, not ${o.height}.`,
    );
  if (o.date !== null && !/^\d{4}-\d{2}-\d{2}$/.test(o.date))
    throw new RangeError(`@vernetzt/figures: date must be YYYY-MM-DD, not ${JSON.stringify(o.date)}.`);
  if (typeof o.waveLabels !== "object" || o.waveLabels === null)
    throw new RangeError(
      '@vernetzt/figures: waveLabels must be an object of wave id → name, such as {"1": "2023"}.',
    );
  if (typeof o.heading !== "boolean")
    throw new RangeError(
      `@vernetzt/figures: heading must be true or false, not ${JSON.stringify(o.heading)}.`,
    );
  const labels = o.waveLabels;
  const waveName = (wave: string) =>
    Object.hasOwn(labels, wave) && typeof labels[wave] === "string" && labels[wave].trim() !== ""
      ? labels[wave].trim()
      : wave;
  return { ...o, messages: figureMessages(o.lang), waveName };
}

/** The DOM document for Plot: the option, else the browser's; a clear error in Node without one. */
export function plotDocument(o: ResolvedFigureOptions): Document {
  const document = o.document ?? (globalThis as { document?: Document }).document;
  if (!document)
    throw new Error(
      "@vernetzt/figures: this figure draws with Observable Plot and needs a DOM; in Node pass " +
        "`document: figureDocument()` (from @vernetzt/figures/node).",
    );
  return document;
}
