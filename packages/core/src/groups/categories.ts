/**
 * Categories of actors by one categorical attribute, the common ground of every group measure.
 *
 * The attribute is a field of the actor (`district`, `sector`, `kind`, `memberOf`), any key of its
 * `attributes`, or a function of the actor. Values are trimmed; an actor whose value is missing or empty is in
 * no category: every measure leaves it out together with its ties, and reports it in `uncategorised`.
 * Categories are sorted with the German collation (`Intl.Collator("de-DE")`), ties broken by code points, so
 * the order is the same on every machine and independent of the order of the actors.
 */

import { graphOf, groupShared } from "../measures/context.js";
import type { GroupMeasure } from "../measures/types.js";
import type { Actor, VernetztGraph } from "../model/types.js";
import { GroupsOptionError, UnknownAttributeError } from "./errors.js";

/** Which categorical attribute groups the actors: a field name, a key of `attributes`, or a function. */
export type CategoryAttribute = string | ((actor: Actor) => string | undefined);

/** Actors sorted into the categories of one attribute. */
export interface Categorization {
  /** The attribute's name (`"(function)"` when a function was given). */
  attribute: string;
  /** Distinct values, sorted (de-DE collation, then code points). */
  categories: string[];
  /** Actor ids in graph (= input) order. */
  actors: string[];
  /** Per actor (same order as `actors`), the index of its category in `categories`, or -1 for none. */
  codes: Int32Array;
  /** Per category, how many actors are in it. */
  sizes: number[];
  /** Ids of the actors without a value, in input order. */
  uncategorised: string[];
}

const ACTOR_FIELDS = new Set(["kind", "sector", "district", "memberOf"]);
const collator = new Intl.Collator("de-DE");

/**
 * German collation, ties broken by code points: a total, stable order of category names.
 *
 * @example
 * ```ts
 * import { compareCategories } from "@vernetzt/core/groups";
 *
 * ["Süd", "Ost", "Äußere Stadt", "Nord"].sort(compareCategories) //=> ["Äußere Stadt", "Nord", "Ost", "Süd"]
 * ```
 */
export function compareCategories(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

function valueReader(attribute: CategoryAttribute): (actor: Actor) => string | undefined {
  if (typeof attribute === "function") return attribute;
  if (typeof attribute !== "string" || attribute.trim() === "") {
    throw new GroupsOptionError("attribute", attribute, "an attribute name such as district or sector");
  }
  if (ACTOR_FIELDS.has(attribute)) return (actor) => actor[attribute as keyof Actor] as string | undefined;
  return (actor) => actor.attributes?.[attribute];
}

function availableAttributes(graph: VernetztGraph): string[] {
  const names = new Set<string>();
  graph.forEachNode((_, actor) => {
    for (const field of ACTOR_FIELDS) {
      const value = actor[field as keyof Actor];
      if (typeof value === "string" && value.trim() !== "") names.add(field);
    }
    for (const [key, value] of Object.entries(actor.attributes ?? {}))
      if (value.trim() !== "") names.add(key);
  });
  return [...names].sort(compareCategories);
}

/**
 * Sorts the actors of `graph` into the categories of `attribute`.
 * @throws UnknownAttributeError when the graph has actors but none has a value for the attribute.
 *
 * @example
 * ```ts
 * import { categorizeActors } from "@vernetzt/core/groups";
 * import { parseDataset } from "@vernetzt/core/io";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * const actors =
 *   "id,name,district\na,Kita Nord,Nord\nb,Schule Nord,Nord\n" +
 *   "c,Kita Süd,Süd\nd,Verein Süd,Süd\ne,Quartiersbüro,"; // e has no district: left out with its tie
 * const { dataset } = await parseDataset([
 *   { name: "actors.csv", data: actors },
 *   { name: "ties.csv", data: "source,target\na,b\nc,d\na,c\nb,e" },
 * ]);
 * const graph = buildGraph(dataset!);
 * const byDistrict = categorizeActors(graph, "district");
 * byDistrict.categories //=> ["Nord", "Süd"]
 * byDistrict.codes //=> [0, 0, 1, 1, -1]
 * byDistrict.uncategorised //=> ["e"]
 * const byFirstWord = categorizeActors(graph, (actor) => actor.name.split(" ")[0]);
 * byFirstWord.categories //=> ["Kita", "Quartiersbüro", "Schule", "Verein"]
 * ```
 */
export function categorizeActors(graph: VernetztGraph, attribute: CategoryAttribute): Categorization {
  const read = valueReader(attribute);
  const actors = graph.nodes();
  const values: (string | undefined)[] = actors.map((id) => {
    const value = read(graph.getNodeAttributes(id));
    const trimmed = typeof value === "string" ? value.trim() : undefined;
    return trimmed === "" ? undefined : trimmed;
  });
  const name = typeof attribute === "function" ? "(function)" : attribute;
  if (actors.length > 0 && !values.some((value) => value !== undefined)) {
    throw new UnknownAttributeError(name, availableAttributes(graph));
  }
  return categorizeValues(name, actors, values);
}

/**
 * Sorts actors into categories by their values (trimmed, `undefined` for none), as `categorizeActors` does
 * with the values it reads: for readers that hold the values as columns (`graph/column-graph.ts`).
 *
 * @example
 * ```ts
 * import { categorizeValues } from "@vernetzt/core/groups";
 *
 * const byDistrict = categorizeValues("district", ["a", "b", "c"], ["Süd", undefined, "Nord"]);
 * byDistrict.categories //=> ["Nord", "Süd"]
 * byDistrict.codes //=> [1, -1, 0]
 * byDistrict.uncategorised //=> ["b"]
 * ```
 */
export function categorizeValues(
  name: string,
  actors: string[],
  values: readonly (string | undefined)[],
): Categorization {
  const distinct = [...new Set(values.filter((v): v is string => v !== undefined))].sort(compareCategories);
  const indexOf = new Map(distinct.map((value, index) => [value, index]));
  const codes = new Int32Array(actors.length);
  const sizes = new Array<number>(distinct.length).fill(0);
  const uncategorised: string[] = [];
  values.forEach((value, i) => {
    if (value === undefined) {
      codes[i] = -1;
      uncategorised.push(actors[i]!);
    } else {
      const code = indexOf.get(value)!;
      codes[i] = code;
      sizes[code]! += 1;
    }
  });
  return { attribute: name, categories: distinct, actors, codes, sizes, uncategorised };
}

/** The categorisation of a group attribute in a measure run, shared by every group measure. */
export const CATEGORIZATION = groupShared("categorization", (context, group) =>
  categorizeActors(graphOf(context, "groups"), group.attribute),
);

export const uncategorisedMeasure = {
  id: "uncategorised",
  scope: "group",
  label: { de: "Akteure ohne Angabe", en: "Actors without a value" },
  explanation: {
    de: "Wie viele Akteure für dieses Merkmal keinen Wert haben; sie und ihre Beziehungen zählen in den Gruppenzahlen nicht mit.",
    en: "How many actors have no value for this attribute; they and their ties are left out of the group figures.",
  },
  unit: { de: "Akteure", en: "actors" },
  range: "0 … n",
  reference: {
    formula: "actors whose value is missing or empty",
    citation: null,
    networkx: null,
    igraph: null,
    sna: null,
    note: "every group measure leaves them out together with their ties, and says so here",
  },
  options: [],
  schema: { type: "integer", minimum: 0 },
  compute: (_context, group) => group.use(CATEGORIZATION).uncategorised.length,
} as const satisfies GroupMeasure;
