/**
 * Colours for categories: the Okabe–Ito palette of `@vernetzt/figures` (one copy), so a district has the same
 * colour in the network view and on a slide. Beyond eight categories the rarest share one grey; the scale
 * still names each of them (`others`), and the legend lists every one.
 */
export {
  type CategoryScale,
  categoryScale,
  type LegendEntry,
  MISSING_COLOUR,
  OKABE_ITO,
  OTHER_COLOUR,
} from "@vernetzt/figures";
