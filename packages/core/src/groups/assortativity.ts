/**
 * Nominal assortativity: do actors tie to actors of their own category more than chance would say?
 *
 *   r = (Σ_i e_ii − Σ_i a_i b_i) / (1 − Σ_i a_i b_i)
 *
 * where e is the mixing matrix of tie ends normalised to sum 1 (undirected ties counted in both directions),
 * a_i its row sums and b_i its column sums. r = 1: ties only inside categories; 0: as if categories were
 * random; negative: ties prefer other categories. `null` when the denominator is 0 (all tie ends in one
 * category, or no ties). Unweighted, like the references. Actors without a value are left out with their ties.
 *
 * Reference: Newman, M. E. J. (2003). Mixing patterns in networks. Phys. Rev. E 67, 026126,
 * doi:10.1103/PhysRevE.67.026126, eq. (2).
 * Match: networkx `attribute_assortativity_coefficient(G, attr)` (which gives nan where we give null) and
 * igraph `assortativity_nominal(types, directed=True)`. Runs in O(actors + ties).
 */

import type { GroupMeasure } from "../measures/types.js";
import type { VernetztGraph } from "../model/types.js";
import type { CategoryAttribute } from "./categories.js";
import { CATEGORISED_TIES, type CategorisedTies, categorisedTies } from "./tie-list.js";

/** Options of {@link nominalAssortativity}. */
export interface NominalAssortativityOptions {
  /** The categorical attribute (actor field, key of `attributes`, or function). Default `"district"`. */
  attribute?: CategoryAttribute;
}

export const DEFAULT_NOMINAL_ASSORTATIVITY_OPTIONS: Required<NominalAssortativityOptions> = {
  attribute: "district",
};

/** Nominal assortativity of one attribute. */
export interface NominalAssortativity {
  attribute: string;
  /** The coefficient r in [−1, 1]; `null` when undefined (see the file comment). */
  coefficient: number | null;
  /** Ties among categorised actors. */
  ties: number;
  uncategorised: string[];
  tiesLeftOut: number;
}

/**
 * Computes Newman's nominal assortativity coefficient of `options.attribute`.
 *
 * @example
 * ```ts
 * import { nominalAssortativity } from "@vernetzt/core/groups";
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
 * // Newman's r from the tie ends: e = [[1/3, 1/6], [1/6, 1/3]], r = (2/3 − 1/2) / (1 − 1/2)
 * const result = nominalAssortativity(graph, { attribute: "district" });
 * result.coefficient //=> 0.3333
 * result.ties //=> 3
 * result.tiesLeftOut //=> 1
 * ```
 */
export function nominalAssortativity(
  graph: VernetztGraph,
  options: NominalAssortativityOptions = {},
): NominalAssortativity {
  return assortativityOf(
    categorisedTies(graph, options.attribute ?? DEFAULT_NOMINAL_ASSORTATIVITY_OPTIONS.attribute),
  );
}

/** Newman's r of categorised ties (`nominalAssortativity` once the attribute is categorised). */
function assortativityOf({ groups, ties, directed }: CategorisedTies): NominalAssortativity {
  const { codes } = groups;
  const k = groups.categories.length;
  const rows = new Float64Array(k);
  const columns = new Float64Array(k);
  let trace = 0;
  const undirected = !directed;
  for (let e = 0; e < ties.source.length; e++) {
    const a = codes[ties.source[e]!]!;
    const b = codes[ties.target[e]!]!;
    rows[a]! += 1;
    columns[b]! += 1;
    if (undirected) {
      rows[b]! += 1;
      columns[a]! += 1;
    }
    if (a === b) trace += undirected ? 2 : 1;
  }
  const ends = undirected ? 2 * ties.source.length : ties.source.length;
  let expected = 0;
  for (let i = 0; i < k; i++) expected += (rows[i]! / ends) * (columns[i]! / ends);
  const denominator = 1 - expected;
  const coefficient = ends === 0 || denominator === 0 ? null : (trace / ends - expected) / denominator;
  return {
    attribute: groups.attribute,
    coefficient,
    ties: ties.source.length,
    uncategorised: groups.uncategorised,
    tiesLeftOut: ties.leftOut,
  };
}

export const assortativityMeasure = {
  id: "assortativity",
  scope: "group",
  label: { de: "Gleich und gleich (Assortativität)", en: "Like with like (assortativity)" },
  explanation: {
    de: "Wie sehr Beziehungen in der eigenen Kategorie bleiben, verglichen mit Zufall: 1 nur innerhalb, 0 wie zufällig, negativ eher über Grenzen.",
    en: "How much ties stay inside their category compared with chance: 1 only inside, 0 as if random, negative rather across.",
  },
  unit: null,
  range: "−1 … 1",
  reference: {
    formula: "r = (Σ_i e_ii − Σ_i a_i b_i) / (1 − Σ_i a_i b_i)",
    citation: "Newman 2003, doi:10.1103/PhysRevE.67.026126, eq. (2)",
    networkx: "attribute_assortativity_coefficient(G, attr)",
    igraph: "assortativity_nominal(types, directed=True)",
    sna: null,
    note: "null where networkx gives nan (all tie ends in one category, or no ties); unweighted",
  },
  options: [],
  schema: { $ref: "#/$defs/numberOrNull" },
  compute: (_context, group) => assortativityOf(group.use(CATEGORISED_TIES)).coefficient,
} as const satisfies GroupMeasure;
