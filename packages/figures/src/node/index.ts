export { figureDocument } from "./document.js";
export { figureFontFiles } from "./fonts.js";
export { SLIDE_PNG_WIDTH, svgToPng } from "./png.js";
