/**
 * How far two partitions of the same actors agree, e.g. Louvain communities and districts.
 *
 * From the contingency table n_ij (actors in class i of the first and cluster j of the second labeling),
 * row sums a_i, column sums b_j, n actors:
 *   Normalized mutual information, arithmetic mean normalisation:
 *     NMI = I(U; V) / ((H(U) + H(V)) / 2),  I = Σ_ij (n_ij/n) ln(n n_ij / (a_i b_j)),  H(U) = −Σ_i (a_i/n) ln(a_i/n).
 *     1 when both labelings put everyone in one group (or there are no actors); 0 when I = 0.
 *   Adjusted Rand index (Hubert & Arabie 1985), from the pair confusion counts:
 *     ARI = 2 (tp·tn − fn·fp) / ((tp + fn)(fn + tn) + (tp + fp)(fp + tn)),  1 when fn = fp = 0.
 * Both are 1 for identical partitions up to renaming.
 *
 * References: Strehl, A. & Ghosh, J. (2002). Cluster ensembles. JMLR 3, 583–617; Vinh, N. X., Epps, J. &
 * Bailey, J. (2010). Information theoretic measures for clusterings comparison. JMLR 11, 2837–2854;
 * Hubert, L. & Arabie, P. (1985). Comparing partitions. J. Classification 2, 193–218. doi:10.1007/BF01908075.
 * Match: scikit-learn `normalized_mutual_info_score` (default `average_method="arithmetic"`, including its
 * special cases) and `adjusted_rand_score`; igraph `compare_communities(method="nmi")` uses the same NMI.
 * Tested against a Python transcription of these formulas. Runs in O(n + cells).
 */
import {
  CATEGORIZATION,
  type Categorization,
  type CategoryAttribute,
  categorizeActors,
} from "../groups/categories.js";
import { GroupsOptionError, LabelingLengthError } from "../groups/errors.js";
import { groupShared } from "../measures/context.js";
import { SEED_OPTION } from "../measures/settings.js";
import type { GroupMeasure } from "../measures/types.js";
import type { VernetztGraph } from "../model/types.js";
import { portableLog } from "../numeric/portable-log.js";
import { LOUVAIN_PARTITION } from "./louvain.js";

/** A community or category label: any string or number. */
export type Label = string | number;

/** Contingency table of two labelings: row and column totals and the non-empty cells. */
interface Contingency {
  n: number;
  rows: number[];
  columns: number[];
  cells: { row: number; column: number; count: number }[];
}

/** The index stored for `key`, created on first sight. */
function slot<K>(map: Map<K, number>, key: K, create: () => number): number {
  let index = map.get(key);
  if (index === undefined) {
    index = create();
    map.set(key, index);
  }
  return index;
}

function contingency(first: readonly Label[], second: readonly Label[]): Contingency {
  if (first.length !== second.length) throw new LabelingLengthError(first.length, second.length);
  const rowOf = new Map<Label, number>();
  const columnOf = new Map<Label, number>();
  const cellOf = new Map<string, number>();
  const rows: number[] = [];
  const columns: number[] = [];
  const cells: Contingency["cells"] = [];
  for (let i = 0; i < first.length; i++) {
    const row = slot(rowOf, first[i]!, () => rows.push(0) - 1);
    const column = slot(columnOf, second[i]!, () => columns.push(0) - 1);
    rows[row]! += 1;
    columns[column]! += 1;
    const cell = slot(cellOf, `${row},${column}`, () => cells.push({ row, column, count: 0 }) - 1);
    cells[cell]!.count += 1;
  }
  return { n: first.length, rows, columns, cells };
}

// portableLog, not Math.log: engines differ in its last bit, and the NMI is compared byte for byte across
// Node and the browser (see numeric/portable-log.ts).
const entropy = (counts: number[], n: number) => counts.reduce((h, c) => h - (c / n) * portableLog(c / n), 0);

/**
 * Normalized mutual information (arithmetic mean) of two labelings of the same items, in [0, 1].
 *
 * @example
 * ```ts
 * import { normalizedMutualInformation } from "@vernetzt/core/communities";
 *
 * normalizedMutualInformation([0, 0, 1, 1], ["Nord", "Nord", "Süd", "Süd"]) //=> 1
 * // I = ½ ln(4/3) + ¼ ln(2/3) + ¼ ln 2 = 0.2158, H = ln 2 and 0.5623: 0.2158 / 0.6277
 * normalizedMutualInformation([0, 0, 1, 1], [0, 0, 0, 1]) //=> 0.3437
 * ```
 */
export function normalizedMutualInformation(first: readonly Label[], second: readonly Label[]): number {
  const { n, rows, columns, cells } = contingency(first, second);
  if ((rows.length === 1 && columns.length === 1) || n === 0) return 1;
  let mi = 0;
  for (const { row, column, count } of cells) {
    mi +=
      (count / n) *
      (portableLog(count) + portableLog(n) - portableLog(rows[row]!) - portableLog(columns[column]!));
  }
  if (mi <= 0) return 0;
  return mi / ((entropy(rows, n) + entropy(columns, n)) / 2);
}

const pairs = (x: number) => (x * (x - 1)) / 2;

/**
 * Adjusted Rand index of two labelings of the same items: 1 identical, about 0 for random, may be < 0.
 *
 * @example
 * ```ts
 * import { adjustedRandIndex } from "@vernetzt/core/communities";
 *
 * adjustedRandIndex([0, 0, 1, 1], ["Nord", "Nord", "Süd", "Süd"]) //=> 1
 * // pairs: 1 together in both, 2 apart in both, 1 + 2 split differently: 2 (1 · 2 − 1 · 2) / … = 0
 * adjustedRandIndex([0, 0, 1, 1], [0, 0, 0, 1]) //=> 0
 * ```
 */
export function adjustedRandIndex(first: readonly Label[], second: readonly Label[]): number {
  const { n, rows, columns, cells } = contingency(first, second);
  const tp = cells.reduce((s, c) => s + pairs(c.count), 0);
  const fp = columns.reduce((s, c) => s + pairs(c), 0) - tp;
  const fn = rows.reduce((s, c) => s + pairs(c), 0) - tp;
  const tn = pairs(n) - tp - fp - fn;
  if (fn === 0 && fp === 0) return 1;
  return (2 * (tp * tn - fn * fp)) / ((tp + fn) * (fn + tn) + (tp + fp) * (fp + tn));
}

/** Options of {@link communityAttributeAgreement}. */
export interface CommunityAttributeAgreementOptions {
  /** The categorical attribute to compare with (actor field, key of `attributes`, or function). Default `"district"`. */
  attribute?: CategoryAttribute;
}

export const DEFAULT_COMMUNITY_ATTRIBUTE_AGREEMENT_OPTIONS: Required<CommunityAttributeAgreementOptions> = {
  attribute: "district",
};

/** How far communities follow the categories of an attribute. */
export interface CommunityAttributeAgreement {
  attribute: string;
  /** Actors compared: those with a value for the attribute. */
  actors: number;
  normalizedMutualInformation: number;
  adjustedRandIndex: number;
  /** Ids of actors without a value, left out of the comparison. */
  uncategorised: string[];
}

/**
 * Compares a partition (actor id → community id, e.g. `louvainCommunities(graph).communities`) with the
 * categories of `options.attribute`, over the actors that have a value.
 *
 * @example
 * ```ts
 * import { communityAttributeAgreement, louvainCommunities } from "@vernetzt/core/communities";
 * import { parseDataset } from "@vernetzt/core/io";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * const { dataset } = await parseDataset([
 *   { name: "actors.csv", data: "id,name,district\na,A,Nord\nb,B,Nord\nc,C,Nord\nd,D,Süd\ne,E,Süd\nf,F," },
 *   { name: "ties.csv", data: "source,target\na,b\nb,c\nc,a\nd,e\ne,f\nf,d\nc,d" },
 * ]);
 * const graph = buildGraph(dataset!);
 * const agreement = communityAttributeAgreement(graph, louvainCommunities(graph).communities);
 * agreement.normalizedMutualInformation //=> 1
 * agreement.adjustedRandIndex //=> 1
 * agreement.uncategorised //=> ["f"]
 * ```
 */
export function communityAttributeAgreement(
  graph: VernetztGraph,
  communities: Readonly<Record<string, number>>,
  options: CommunityAttributeAgreementOptions = {},
): CommunityAttributeAgreement {
  const attribute = options.attribute ?? DEFAULT_COMMUNITY_ATTRIBUTE_AGREEMENT_OPTIONS.attribute;
  return agreementOf(categorizeActors(graph, attribute), communities);
}

/** The agreement of categorised actors with `communities` (`communityAttributeAgreement` once categorised). */
function agreementOf(
  groups: Categorization,
  communities: Readonly<Record<string, number>>,
): CommunityAttributeAgreement {
  const categories: number[] = [];
  const found: number[] = [];
  groups.actors.forEach((id, i) => {
    if (groups.codes[i]! < 0) return;
    const community = communities[id];
    if (community === undefined)
      throw new GroupsOptionError(`communities["${id}"]`, undefined, "a community id");
    categories.push(groups.codes[i]!);
    found.push(community);
  });
  return {
    attribute: groups.attribute,
    actors: categories.length,
    normalizedMutualInformation: normalizedMutualInformation(categories, found),
    adjustedRandIndex: adjustedRandIndex(categories, found),
    uncategorised: groups.uncategorised,
  };
}

/** How far the run's Louvain communities follow a group attribute. */
const COMMUNITY_AGREEMENT = groupShared("community agreement", (context, group) =>
  agreementOf(group.use(CATEGORIZATION), context.use(LOUVAIN_PARTITION).communities),
);

export const communityNMIMeasure = {
  id: "communityNMI",
  scope: "group",
  label: {
    de: "Gruppen folgen der Einteilung (NMI)",
    en: "Communities follow the categories (NMI)",
  },
  explanation: {
    de: "Wie genau die gefundenen Gruppen (Communities) dieser Einteilung entsprechen: 0 gar nicht, 1 genau.",
    en: "How closely the communities found match these categories: 0 not at all, 1 exactly.",
  },
  unit: null,
  range: "0 … 1",
  reference: {
    formula: "I(U; V) / ((H(U) + H(V)) / 2) over the actors with a value",
    citation: "Strehl & Ghosh 2002, JMLR 3; Vinh, Epps & Bailey 2010, JMLR 11",
    networkx: null,
    igraph: 'compare_communities(method="nmi")',
    sna: null,
    note: "= scikit-learn normalized_mutual_info_score (arithmetic mean)",
  },
  options: [SEED_OPTION],
  schema: { type: "number" },
  needs: "communities",
  countsSelfLoops: true,
  compute: (_context, group) => group.use(COMMUNITY_AGREEMENT).normalizedMutualInformation,
} as const satisfies GroupMeasure;

export const communityARIMeasure = {
  id: "communityARI",
  scope: "group",
  label: {
    de: "Übereinstimmung ohne Zufall (ARI)",
    en: "Agreement beyond chance (ARI)",
  },
  explanation: {
    de: "Wie die NMI, aber um Zufall bereinigt: 0 wie zufällig, 1 genau.",
    en: "Like the NMI, but corrected for chance: 0 as if random, 1 exactly.",
  },
  unit: null,
  range: "−1 … 1",
  reference: {
    formula: "2 (tp·tn − fn·fp) / ((tp + fn)(fn + tn) + (tp + fp)(fp + tn)) over pairs of actors",
    citation: "Hubert & Arabie 1985, doi:10.1007/BF01908075",
    networkx: null,
    igraph: 'compare_communities(method="adjusted_rand")',
    sna: null,
    note: "= scikit-learn adjusted_rand_score",
  },
  options: [SEED_OPTION],
  schema: { type: "number" },
  needs: "communities",
  countsSelfLoops: true,
  compute: (_context, group) => group.use(COMMUNITY_AGREEMENT).adjustedRandIndex,
} as const satisfies GroupMeasure;
