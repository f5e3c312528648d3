/**
 * The figures' colours. Categories use the Okabe–Ito palette (Okabe & Ito 2008, "Color Universal Design",
 * https://jfly.uni-koeln.de/color/), safe for colour-blind readers, most frequent category first; beyond
 * eight categories the rarest share one dark grey ("n more"), a missing value is light grey. The dashboard's
 * network view uses the same scale, so a district has the same colour on the page and on a slide.
 */

export const OKABE_ITO = [
  "#0072B2", // blue
  "#E69F00", // orange
  "#009E73", // bluish green
  "#CC79A7", // reddish purple
  "#56B4E9", // sky blue
  "#D55E00", // vermillion
  "#F0E442", // yellow
  "#000000", // black
] as const;

export const OTHER_COLOUR = "#6E6E6E";
export const MISSING_COLOUR = "#C8C8C8";
/** Text and axes. */
export const INK = "#1A1A1A";
/** Secondary text (subtitle, source line): 7.5:1 contrast on white. */
export const MUTED_INK = "#4D4D4D";
/** The background of every figure (figures never rely on a transparent background). */
export const PAPER = "#FFFFFF";
/** Gaps (fewer ties than expected) in maps and matrices. */
export const GAP_COLOUR = "#D55E00";

/** One legend entry: a colour and what it stands for. */
export interface LegendEntry {
  /** The category value, `null` for "missing", `"*other"` for the grouped rest. */
  value: string | null;
  colour: string;
  count: number;
}

/** A colour scale for categorical values: `colour(value)` and the legend in display order. */
export interface CategoryScale {
  colour(value: string | undefined): string;
  legend: LegendEntry[];
  /** How many categories share {@link OTHER_COLOUR}. */
  otherCount: number;
  /** The categories that share {@link OTHER_COLOUR}, most frequent first: a legend can still name each. */
  others: Array<{ value: string; count: number }>;
}

/** Builds the scale from the values of every actor, most frequent first, ties by name (de collation). */
export function categoryScale(values: ReadonlyArray<string | undefined>): CategoryScale {
  const counts = new Map<string, number>();
  let missing = 0;
  for (const value of values) {
    if (value === undefined || value === "") missing++;
    else counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  const ordered = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], "de"));
  const own = ordered.length > OKABE_ITO.length ? ordered.slice(0, OKABE_ITO.length - 1) : ordered;
  const rest = ordered.slice(own.length);
  const colours = new Map(own.map(([value], i) => [value, OKABE_ITO[i] as string]));
  const legend: LegendEntry[] = own.map(([value, count]) => ({ value, colour: colours.get(value)!, count }));
  if (rest.length > 0) {
    legend.push({ value: "*other", colour: OTHER_COLOUR, count: rest.reduce((s, [, c]) => s + c, 0) });
  }
  if (missing > 0) legend.push({ value: null, colour: MISSING_COLOUR, count: missing });
  return {
    colour: (value) => (value ? (colours.get(value) ?? OTHER_COLOUR) : MISSING_COLOUR),
    legend,
    otherCount: rest.length,
    others: rest.map(([value, count]) => ({ value, count })),
  };
}
