export { DECK_PAGE, type DeckPdfOptions, deckPdf } from "./deck-pdf.js";
export { figureDocument } from "./document.js";
export { figureFontFiles } from "./fonts.js";
export { SLIDE_PNG_WIDTH, svgToPng } from "./png.js";
