/**
 * The categorical attribute of a gap analysis: one attribute understood by `groups/categorizeActors`
 * (`district`, `sector`, `kind`, `memberOf`, any input column) or several joined with `×` (or `*`, `+`),
 * e.g. `district×sector`, whose categories read `Nord×Kirchengemeinde`. An actor lacking a value for any
 * part belongs to no category. Categories are in the groups area's order (German collation).
 */
import { type Categorization, categorizeActors } from "../groups/categories.js";
import type { VernetztGraph } from "../model/types.js";

/** Separator of the parts of a combined category, also used in the category names. */
export const CATEGORY_SEPARATOR = "×";

/**
 * Splits `district×sector` (or `district*sector`, `district+sector`) into its trimmed parts.
 *
 * @example
 * ```ts
 * import { attributeParts } from "@vernetzt/core/gaps";
 *
 * attributeParts("district × sector") //=> ["district", "sector"]
 * attributeParts("district*Träger") //=> ["district", "Träger"]
 * ```
 */
export function attributeParts(by: string): string[] {
  return by
    .split(/[×*+]/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

/**
 * Sorts the actors of `graph` into the categories of `by`, single or combined.
 * @throws UnknownAttributeError (groups) naming the first part that no actor has a value for.
 *
 * @example
 * ```ts
 * import { categorizeBy } from "@vernetzt/core/gaps";
 * import { parseDataset } from "@vernetzt/core/io";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * const { dataset } = await parseDataset([
 *   {
 *     name: "actors.csv",
 *     data: "id,name,district,sector\na,A,Nord,Kirche\nb,B,Süd,Kirche\nc,C,Nord,Schule\nd,D,Süd,",
 *   },
 *   { name: "ties.csv", data: "source,target\na,b\nb,c" },
 * ]);
 * const byBoth = categorizeBy(buildGraph(dataset!), "district×sector");
 * byBoth.categories //=> ["Nord×Kirche", "Nord×Schule", "Süd×Kirche"]
 * byBoth.uncategorised //=> ["d"]
 * ```
 */
export function categorizeBy(graph: VernetztGraph, by: string): Categorization {
  const parts = attributeParts(by);
  if (parts.length <= 1) return categorizeActors(graph, parts[0] ?? by);
  const single = parts.map((part) => categorizeActors(graph, part));
  const position = new Map(single[0].actors.map((id, i) => [id, i]));
  const combined = categorizeActors(graph, (actor) => {
    const i = position.get(actor.id)!;
    const values = single.map((c) => (c.codes[i] >= 0 ? c.categories[c.codes[i]] : undefined));
    return values.includes(undefined) ? undefined : values.join(CATEGORY_SEPARATOR);
  });
  return { ...combined, attribute: parts.join(CATEGORY_SEPARATOR) };
}
