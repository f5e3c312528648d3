/**
 * Mixing matrix: how many ties run between (and inside) the categories of one attribute.
 *
 * `matrix[a][b]` counts the ties from an actor of category a to an actor of category b, each tie once.
 * Directed graphs: rows are the senders' categories, columns the receivers'. Undirected graphs: the matrix is
 * upper triangular, the ties between categories a < b (in category order) are in `matrix[a][b]` and
 * `matrix[b][a]` is 0; the diagonal counts the ties inside a category. Either way the whole matrix sums to the
 * number of ties among categorised actors: every tie is counted exactly once. (`symmetricMixing` gives the
 * symmetric view for a heat map.) Actors without a value are left out with their ties.
 *
 * Reference: Newman, M. E. J. (2003). Mixing patterns in networks. Phys. Rev. E 67, 026126.
 * doi:10.1103/PhysRevE.67.026126.
 * Match: directed graphs equal networkx `attribute_mixing_matrix(G, attr, normalized=False)` with the same
 * category order. For undirected graphs networkx counts every tie in both directions:
 * networkx = ours + oursᵀ. Runs in O(actors + ties).
 */

import type { GroupMeasure } from "../measures/types.js";
import type { VernetztGraph } from "../model/types.js";
import { type Categorization, type CategoryAttribute, categorizeActors } from "./categories.js";
import { CATEGORISED_TIES, type TieList, tieList } from "./tie-list.js";

/** Options of {@link mixingMatrix}. */
export interface MixingMatrixOptions {
  /** The categorical attribute (actor field, key of `attributes`, or function). Default `"district"`. */
  attribute?: CategoryAttribute;
}

export const DEFAULT_MIXING_MATRIX_OPTIONS: Required<MixingMatrixOptions> = { attribute: "district" };

/** Ties between categories. */
export interface MixingMatrix {
  attribute: string;
  directed: boolean;
  /** Category names, sorted (de-DE collation); the order of rows and columns. */
  categories: string[];
  /** `matrix[a][b]`: ties from category a to category b (see the file comment for undirected graphs). */
  matrix: number[][];
  /** Number of ties among categorised actors (= sum of the matrix). */
  ties: number;
  /** Ids of actors without a value for the attribute, left out. */
  uncategorised: string[];
  /** Ties left out because an end has no value. */
  tiesLeftOut: number;
}

/**
 * Counts the ties between and inside the categories of `options.attribute`.
 *
 * @example
 * ```ts
 * import { mixingMatrix } from "@vernetzt/core/groups";
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
 * const mixing = mixingMatrix(graph, { attribute: "district" });
 * mixing.categories //=> ["Nord", "Süd"]
 * mixing.matrix //=> [[1, 1], [0, 1]]
 * mixing.ties //=> 3
 * mixing.tiesLeftOut //=> 1
 * ```
 */
export function mixingMatrix(graph: VernetztGraph, options: MixingMatrixOptions = {}): MixingMatrix {
  const groups = categorizeActors(graph, options.attribute ?? DEFAULT_MIXING_MATRIX_OPTIONS.attribute);
  const ties = tieList(graph, (i) => groups.codes[i]! >= 0);
  return mixingOfCategories(groups, ties, graph.type === "directed");
}

/**
 * The mixing matrix of actors already sorted into categories and the ties among the categorised ones (in the
 * graph's tie order): the common step of `mixingMatrix` and of readers without a graphology graph.
 *
 * @example
 * ```ts
 * import { categorizeValues, mixingOfCategories } from "@vernetzt/core/groups";
 *
 * const groups = categorizeValues("district", ["a", "b", "c"], ["Nord", "Nord", "Süd"]);
 * const ties = { source: Int32Array.of(0, 1), target: Int32Array.of(1, 2), leftOut: 0 };
 * mixingOfCategories(groups, ties, false).matrix //=> [[1, 1], [0, 0]]
 * ```
 */
export function mixingOfCategories(groups: Categorization, ties: TieList, directed: boolean): MixingMatrix {
  const { codes, categories } = groups;
  const k = categories.length;
  const matrix = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (let e = 0; e < ties.source.length; e++) {
    const a = codes[ties.source[e]!]!;
    const b = codes[ties.target[e]!]!;
    if (directed || a <= b) matrix[a]![b]! += 1;
    else matrix[b]![a]! += 1;
  }
  return {
    attribute: groups.attribute,
    directed,
    categories,
    matrix,
    ties: ties.source.length,
    uncategorised: groups.uncategorised,
    tiesLeftOut: ties.leftOut,
  };
}

/**
 * The symmetric view of an undirected mixing matrix: `m[a][b] = m[b][a]` = ties between a and b, the diagonal
 * unchanged. For a heat map; its sum counts every tie between categories twice.
 *
 * @example
 * ```ts
 * import { symmetricMixing } from "@vernetzt/core/groups";
 *
 * // rows and columns: Nord, Süd; one tie inside Nord, one inside Süd, one tie Nord – Süd
 * symmetricMixing([[1, 1], [0, 1]]) //=> [[1, 1], [1, 1]]
 * ```
 */
export function symmetricMixing(matrix: readonly (readonly number[])[]): number[][] {
  return matrix.map((row, a) => row.map((value, b) => (a === b ? value : value + matrix[b]![a]!)));
}

export const mixingMeasure = {
  id: "mixing",
  scope: "group",
  label: {
    de: "Beziehungen zwischen Gruppen (Mischungsmatrix)",
    en: "Ties between categories (mixing matrix)",
  },
  explanation: {
    de: "Wie viele Beziehungen zwischen je zwei Kategorien bestehen und wie viele innerhalb einer, jede einmal gezählt.",
    en: "How many ties run between each two categories and how many inside one, each tie counted once.",
  },
  unit: { de: "Beziehungen", en: "ties" },
  range: null,
  reference: {
    formula: "mixing[a][b] = ties between categories a and b, each once; undirected: upper triangular",
    citation: "Newman 2003, doi:10.1103/PhysRevE.67.026126",
    networkx: "attribute_mixing_matrix(G, attr, normalized=False)",
    igraph: null,
    sna: null,
    note: "undirected data: networkx counts every tie in both directions (networkx = ours + oursᵀ)",
  },
  options: [],
  schema: { type: "array", items: { type: "array", items: { type: "number" } } },
  compute: (_context, group) => {
    const { groups, ties, directed } = group.use(CATEGORISED_TIES);
    return mixingOfCategories(groups, ties, directed).matrix;
  },
} as const satisfies GroupMeasure;
