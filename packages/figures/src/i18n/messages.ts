import { figureMessagesDe } from "./de.js";
import { type FigureMessages, figureMessagesEn } from "./en.js";

export type { FigureMessages };

/** The figure words of `lang`. */
export function figureMessages(lang: "de" | "en"): FigureMessages {
  return lang === "de" ? figureMessagesDe : figureMessagesEn;
}
