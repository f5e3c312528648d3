/**
 * Colours for categories, safe for colour-blind readers: the Okabe–Ito palette, from `@vernetzt/figures`, so a
 * district has the same colour in the network view and on every figure and slide.
 */
export {
  type CategoryScale,
  categoryScale,
  type LegendEntry,
  MISSING_COLOUR,
  OKABE_ITO,
  OTHER_COLOUR,
} from "@vernetzt/figures";
