/**
 * A deck from figure makers: the title slide (title, one sentence, the slides' titles, what was left out),
 * then one slide per figure, each figure drawn again for the space under its headline so its text keeps
 * its size. `vernetzt report` and the dashboard's deck both build their slides here.
 */
import type { Figure, FigureOptions } from "../figure.js";
import { resolveFigureOptions } from "../figure.js";
import { figureSlide, slideFigureHeight, titleSlide } from "../slide.js";

/** Draws one figure with extra options (the slide passes `height`). */
export type FigureMaker = (extra: Partial<FigureOptions>) => Figure;

/** What goes on the title slide, and the figures. */
export interface DeckContent {
  title: string;
  message: string;
  makers: readonly FigureMaker[];
  /** Figures left out, with the reason. */
  notes: readonly string[];
}

/** The standalone figures (default size) and the deck's slide SVGs. */
export function deckSlides(
  content: DeckContent,
  options: Partial<FigureOptions>,
): { figures: Figure[]; slides: string[] } {
  const o = resolveFigureOptions(options);
  const figures = content.makers.map((make) => make({}));
  const total = figures.length + 1;
  const slides = [
    titleSlide(
      o,
      {
        title: content.title,
        message: content.message,
        contents: figures.map((f) => f.title),
        notes: content.notes,
      },
      total,
    ),
    ...figures.map((figure, i) =>
      figureSlide(o, content.makers[i]!({ height: slideFigureHeight(figure.message) }), i + 2, total),
    ),
  ];
  return { figures, slides };
}
