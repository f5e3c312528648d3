/**
 * Gould–Fernandez brokerage roles: how often an actor stands between two others who are not tied, by the
 * categories of the three.
 *
 * For a broker b, every ordered pair (s, t) with s → b → t, s ≠ t and no tie s → t is one brokerage, counted
 * by the categories of s, b and t:
 *   coordinator (w_I)       s, b, t in one category
 *   itinerant (w_O)         s and t in one category, b in another
 *   representative (b_IO)   s and b in one category, t in another
 *   gatekeeper (b_OI)       b and t in one category, s in another
 *   liaison (b_O)           all three in different categories
 *   total (t)               the sum of the five.
 * The graph is read as directed; an undirected tie counts in both directions (as sna does with a symmetric
 * adjacency matrix). Weights are ignored. Actors without a value are left out with their ties before
 * counting: they are neither brokers nor ends, and N, the density d and the category sizes below count only
 * categorised actors.
 *
 * Optional z-scores: sna's expectations and variances under a random graph of the same density
 * d = arcs / (N (N − 1)), per category of the broker (`z.nli`) and for the whole graph (`z.gli`), with
 * z = (raw − expected) / sd; `null` where sd is 0.
 *
 * Reference: Gould, R. V. & Fernandez, R. M. (1989). Structures of mediation: a formal approach to brokerage
 * in transaction networks. Sociological Methodology 19, 89–126. doi:10.2307/270949.
 * Match: R `sna::brokerage(g, cl)` (sna 2.7): `raw.nli`, `z.nli`, `raw.gli`, `exp.gli`, `sd.gli`, `z.gli`,
 * exactly (tested). Counting runs in O(Σ_b Σ_{s→b} outdeg(s)) over typed arrays, not over all pairs.
 */

import { groupShared } from "../measures/context.js";
import type { ActorMeasure } from "../measures/types.js";
import { ownValue, setOwn } from "../model/member-names.js";
import type { VernetztGraph } from "../model/types.js";
import type { CategoryAttribute } from "./categories.js";
import { GroupsOptionError } from "./errors.js";
import { CATEGORISED_TIES, type CategorisedTies, categorisedTies } from "./tie-list.js";

/** The roles in sna's column order (w_I, w_O, b_IO, b_OI, b_O, t). */
export const BROKERAGE_ROLES = [
  "coordinator",
  "itinerant",
  "representative",
  "gatekeeper",
  "liaison",
  "total",
] as const;

export type BrokerageRole = (typeof BROKERAGE_ROLES)[number];
/** Counts (or expectations, standard deviations) per role. */
export type BrokerageCounts = Record<BrokerageRole, number>;
/** z-scores per role; `null` where the standard deviation is 0. */
export type BrokerageScores = Record<BrokerageRole, number | null>;

/** Options of {@link brokerage}. */
export interface BrokerageOptions {
  /** The categorical attribute (actor field, key of `attributes`, or function). Default `"district"`. */
  attribute?: CategoryAttribute;
  /** Also compute sna's expectations, standard deviations and z-scores. Default `false`. */
  zScores?: boolean;
}

export const DEFAULT_BROKERAGE_OPTIONS = {
  attribute: "district",
  zScores: false,
} as const satisfies BrokerageOptions;

/** sna's z-scores and their moments. */
export interface BrokerageZScores {
  /** Per categorised actor: (raw − expected of its category) / sd of its category (sna `z.nli`). */
  actors: Record<string, BrokerageScores>;
  /** Per category of the broker: expectation and standard deviation (sna `exp.grp`, `sd.grp`). */
  categories: Record<string, { expected: BrokerageCounts; sd: BrokerageCounts }>;
  /** Whole graph: expectation, standard deviation and z of the totals (sna `exp.gli`, `sd.gli`, `z.gli`). */
  total: { expected: BrokerageCounts; sd: BrokerageCounts; z: BrokerageScores };
}

/** Brokerage roles of every categorised actor. */
export interface Brokerage {
  attribute: string;
  categories: string[];
  /**
   * Per categorised actor: raw counts per role (sna `raw.nli`). Keys are inserted in input order, but
   * JavaScript lists integer-like ids ("12") first, numerically; iterate `graph.nodes()` for input order.
   */
  actors: Record<string, BrokerageCounts>;
  /** Sums over all actors (sna `raw.gli`). */
  total: BrokerageCounts;
  /** `null` unless `zScores` was set. */
  z: BrokerageZScores | null;
  uncategorised: string[];
  tiesLeftOut: number;
}

interface Adjacency {
  offsets: Int32Array;
  neighbours: Int32Array;
}

/** Compressed adjacency lists from arc lists (counting sort). */
function adjacency(n: number, from: Int32Array, to: Int32Array): Adjacency {
  const offsets = new Int32Array(n + 1);
  for (let e = 0; e < from.length; e++) offsets[from[e]! + 1]! += 1;
  for (let i = 0; i < n; i++) offsets[i + 1]! += offsets[i]!;
  const next = offsets.slice(0, n);
  const neighbours = new Int32Array(from.length);
  for (let e = 0; e < from.length; e++) neighbours[next[from[e]!]!++] = to[e]!;
  return { offsets, neighbours };
}

const concat = (a: Int32Array, b: Int32Array) => {
  const out = new Int32Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
};

/** Counts the five roles of every actor; `raw` holds 6 numbers per actor in BROKERAGE_ROLES order. */
function countRoles(n: number, cl: Int32Array, k: number, from: Int32Array, to: Int32Array): Float64Array {
  const out = adjacency(n, from, to);
  const into = adjacency(n, to, from);
  const raw = new Float64Array(6 * n);
  const mark = new Int32Array(n).fill(-1);
  const outByClass = new Int32Array(k);
  for (let b = 0; b < n; b++) {
    const cb = cl[b]!;
    const outStart = out.offsets[b]!;
    const outEnd = out.offsets[b + 1]!;
    for (let x = outStart; x < outEnd; x++) {
      const t = out.neighbours[x]!;
      mark[t] = b;
      outByClass[cl[t]!]! += 1;
    }
    const outDegree = outEnd - outStart;
    let coordinator = 0;
    let itinerant = 0;
    let representative = 0;
    let gatekeeper = 0;
    let liaison = 0;
    for (let y = into.offsets[b]!; y < into.offsets[b + 1]!; y++) {
      const s = into.neighbours[y]!;
      const cs = cl[s]!;
      // Targets t of b that s already reaches close the 2-path s → b → t: they are not brokerage.
      let closed = 0;
      let closedSameS = 0;
      let closedSameB = 0;
      for (let z = out.offsets[s]!; z < out.offsets[s + 1]!; z++) {
        const t = out.neighbours[z]!;
        if (mark[t] !== b) continue;
        closed++;
        if (cl[t] === cs) closedSameS++;
        if (cl[t] === cb) closedSameB++;
      }
      const mutual = mark[s] === b ? 1 : 0; // t = s is not a pair
      const open = outDegree - closed - mutual;
      const openSameB = outByClass[cb]! - closedSameB - (cs === cb ? mutual : 0);
      if (cs === cb) {
        coordinator += openSameB;
        representative += open - openSameB;
      } else {
        const openSameS = outByClass[cs]! - closedSameS - mutual;
        gatekeeper += openSameB;
        itinerant += openSameS;
        liaison += open - openSameB - openSameS;
      }
    }
    for (let x = outStart; x < outEnd; x++) outByClass[cl[out.neighbours[x]!]!] = 0;
    const row = 6 * b;
    raw[row] = coordinator;
    raw[row + 1] = itinerant;
    raw[row + 2] = representative;
    raw[row + 3] = gatekeeper;
    raw[row + 4] = liaison;
    raw[row + 5] = coordinator + itinerant + representative + gatekeeper + liaison;
  }
  return raw;
}

const toCounts = (values: ArrayLike<number>, offset = 0): BrokerageCounts =>
  Object.fromEntries(BROKERAGE_ROLES.map((role, r) => [role, values[offset + r]!])) as BrokerageCounts;

const zScore = (raw: number, expected: number, sd: number): number | null => {
  const z = (raw - expected) / sd;
  return Number.isFinite(z) ? z : null;
};

const choose2 = (x: number) => (x * (x - 1)) / 2;

/** sna's expectation and variance of each role for a broker of a category of size ni (N actors, density d). */
function categoryMoments(sizes: number[], i: number, N: number, d: number): { e: number[]; v: number[] } {
  const ni = sizes[i]!;
  const others = sizes.filter((_, j) => j !== i);
  const sum = (f: (x: number) => number) => others.reduce((acc, x) => acc + f(x), 0);
  const p = d * d * (1 - d);
  const q = d ** 3 * (1 - d) ** 3;
  const e = [
    p * (ni - 1) * (ni - 2),
    p * sum((x) => x * (x - 1)),
    p * (N - ni) * (ni - 1),
    0,
    p * (sum((x) => x) ** 2 - sum((x) => x * x)),
    p * (N - 1) * (N - 2),
  ];
  e[3] = e[2]!;
  const v = [
    e[0]! * (1 - p) + 2 * (ni - 1) * (ni - 2) * (ni - 3) * q,
    e[1]! * (1 - p) + 2 * sum((x) => x * (x - 1) * (x - 2)) * q,
    e[2]! * (1 - p) + 2 * ((ni - 1) * choose2(N - ni) + (N - ni) * choose2(ni - 1)) * q,
    0,
    e[4]! * (1 - p) + 4 * sum((x) => x * choose2(N - x - ni) * q),
    e[5]! * (1 - p) + 2 * (N - 1) * (N - 2) * (N - 3) * q,
  ];
  v[3] = v[2]!;
  return { e, v };
}

/** sna's expectation and variance of the graph-level totals. */
function graphMoments(n: number[], N: number, d: number): { e: number[]; v: number[] } {
  const p = d * d * (1 - d);
  const a = d ** 3 * (1 - d) ** 3;
  const b = d ** 4 * (1 - d) ** 2;
  const c = d ** 5 * (1 - d);
  const sum = (f: (x: number) => number) => n.reduce((acc, x) => acc + f(x), 0);
  const sumPairs = (f: (x: number, y: number) => number) => sum((x) => sum((y) => f(x, y)));
  const e = new Array<number>(6);
  const v = new Array<number>(6);
  e[0] = p * sum((x) => x * (x - 1) * (x - 2));
  v[0] =
    e[0] * (1 - p) + sum((x) => x * (x - 1) * (x - 2) * ((4 * x - 10) * a - 4 * (x - 3) * b + (x - 3) * c));
  e[1] = p * sum((x) => x * (N - x) * (x - 1));
  v[1] =
    e[1] * (1 - p) +
    (sumPairs((x, y) => x * y * (x - 1) * ((2 * x + 2 * y - 6) * a + (N - x - 1) * c)) -
      sum((x) => x * x * (x - 1) * ((4 * x - 6) * a + (N - x - 1) * c)));
  e[2] = p * sum((x) => x * (N - x) * (x - 1));
  v[2] = e[2] * (1 - p) + sum((x) => x * (N - x) * (x - 1) * ((N - 3) * a + (x - 2) * c));
  e[3] = e[2];
  v[3] = v[2];
  e[4] = p * (sumPairs((x, y) => x * y * (N - x - y)) - sum((x) => x * x * (N - 2 * x)));
  v[4] = e[4] * (1 - p) + liaisonVarianceTerm(n, N, a, b, c);
  e[5] = p * N * (N - 1) * (N - 2);
  v[5] = e[5] * (1 - p) + N * (N - 1) * (N - 2) * ((4 * N - 10) * a - 4 * (N - 3) * b + (N - 3) * c);
  return { e, v };
}

/**
 * sna's triple sum over distinct categories i, j, k of
 *   n_i n_j n_k [(4(N − n_j) − 2(n_i + n_k + 1)) a − (4(N − n_k) − 2(n_i + n_j + 1)) b + (N − n_i − n_k − 1) c],
 * in O(k²): the bracket is linear in n_j, so the sum over j uses the power sums of the other categories.
 */
function liaisonVarianceTerm(n: number[], N: number, a: number, b: number, c: number): number {
  const s1 = n.reduce((acc, x) => acc + x, 0);
  const s2 = n.reduce((acc, x) => acc + x * x, 0);
  let total = 0;
  for (let i = 0; i < n.length; i++) {
    for (let k = 0; k < n.length; k++) {
      if (i === k) continue;
      const ni = n[i]!;
      const nk = n[k]!;
      const constant =
        (4 * N - 2 * ni - 2 * nk - 2) * a - (4 * N - 4 * nk - 2 * ni - 2) * b + (N - ni - nk - 1) * c;
      const linear = -4 * a + 2 * b;
      total += ni * nk * (constant * (s1 - ni - nk) + linear * (s2 - ni * ni - nk * nk));
    }
  }
  return total;
}

/**
 * Counts the Gould–Fernandez brokerage roles of every actor relative to `options.attribute`.
 *
 * @example
 * ```ts
 * import { brokerage } from "@vernetzt/core/groups";
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
 * const roles = brokerage(graph, { attribute: "district" });
 * // a stands between b (Nord) and c (Süd): representative for b → a → c, gatekeeper for c → a → b
 * const a = roles.actors.a;
 * a //=> { coordinator: 0, itinerant: 0, representative: 1, gatekeeper: 1, liaison: 0, total: 2 }
 * roles.total.total //=> 4
 * roles.uncategorised //=> ["e"]
 * ```
 */
export function brokerage(graph: VernetztGraph, options: BrokerageOptions = {}): Brokerage {
  const attribute = options.attribute ?? DEFAULT_BROKERAGE_OPTIONS.attribute;
  const zScores = options.zScores ?? DEFAULT_BROKERAGE_OPTIONS.zScores;
  if (typeof zScores !== "boolean") throw new GroupsOptionError("zScores", zScores, "true or false");
  return brokerageOf(categorisedTies(graph, attribute), zScores);
}

/** The brokerage roles of categorised ties (`brokerage` once the attribute is categorised). */
function brokerageOf({ groups, ties, directed }: CategorisedTies, zScores: boolean): Brokerage {
  const { codes, categories } = groups;
  // Compact the categorised actors to 0..N-1.
  const compact = new Int32Array(codes.length).fill(-1);
  const ids: string[] = [];
  const labels: number[] = [];
  codes.forEach((code, i) => {
    if (code < 0) return;
    compact[i] = ids.length;
    ids.push(groups.actors[i]!);
    labels.push(code);
  });
  const N = ids.length;
  let from = ties.source.map((i) => compact[i]!);
  let to = ties.target.map((i) => compact[i]!);
  if (!directed) [from, to] = [concat(from, to), concat(to, from)];
  const cl = Int32Array.from(labels);
  const raw = countRoles(N, cl, categories.length, from, to);
  const actors: Record<string, BrokerageCounts> = {};
  const totals = new Float64Array(6);
  ids.forEach((id, i) => {
    setOwn(actors, id, toCounts(raw, 6 * i));
    for (let r = 0; r < 6; r++) totals[r]! += raw[6 * i + r]!;
  });
  const total = toCounts(totals);
  const z = zScores ? scores(ids, cl, raw, totals, groups.categories, groups.sizes, N, from.length) : null;
  return {
    attribute: groups.attribute,
    categories,
    actors,
    total,
    z,
    uncategorised: groups.uncategorised,
    tiesLeftOut: ties.leftOut,
  };
}

function scores(
  ids: string[],
  cl: Int32Array,
  raw: Float64Array,
  totals: Float64Array,
  categories: string[],
  sizes: number[],
  N: number,
  arcs: number,
): BrokerageZScores {
  const d = arcs / (N * (N - 1));
  const moments = categories.map((_, i) => categoryMoments(sizes, i, N, d));
  const byCategory: BrokerageZScores["categories"] = {};
  categories.forEach((category, i) => {
    setOwn(byCategory, category, {
      expected: toCounts(moments[i]!.e),
      sd: toCounts(moments[i]!.v.map(Math.sqrt)),
    });
  });
  const actors: Record<string, BrokerageScores> = {};
  ids.forEach((id, i) => {
    const { e, v } = moments[cl[i]!]!;
    const scores = BROKERAGE_ROLES.map((role, r) => [role, zScore(raw[6 * i + r]!, e[r]!, Math.sqrt(v[r]!))]);
    setOwn(actors, id, Object.fromEntries(scores) as BrokerageScores);
  });
  const graphLevel = graphMoments(sizes, N, d);
  const sd = graphLevel.v.map(Math.sqrt);
  return {
    actors,
    categories: byCategory,
    total: {
      expected: toCounts(graphLevel.e),
      sd: toCounts(sd),
      z: Object.fromEntries(
        BROKERAGE_ROLES.map((role, r) => [role, zScore(totals[r]!, graphLevel.e[r]!, sd[r]!)]),
      ) as BrokerageScores,
    },
  };
}

/** The brokerage counts of a group attribute in a measure run. */
const BROKERAGE = groupShared("brokerage", (_context, group) =>
  brokerageOf(group.use(CATEGORISED_TIES), DEFAULT_BROKERAGE_OPTIONS.zScores),
);

/** The counts in `BROKERAGE_ROLES` order. */
function inRoleOrder(counts: BrokerageCounts): BrokerageCounts {
  return Object.fromEntries(BROKERAGE_ROLES.map((role) => [role, counts[role]])) as BrokerageCounts;
}

export const brokerageMeasure = {
  id: "brokerage",
  scope: "actor",
  label: { de: "Vermittlerrollen (Brokerage)", en: "Brokerage roles (Gould–Fernandez)" },
  explanation: {
    de: "Je Merkmal (etwa Stadtteil): wie oft ein Akteur zwei nicht direkt verbundene Akteure verbindet, nach Rolle.",
    en: "Per attribute (such as district): how often an actor links two actors who are not tied, by role.",
  },
  unit: { de: "vermittelte Paare", en: "brokered pairs" },
  range: null,
  reference: {
    formula: "ordered pairs s → b → t with no tie s → t, by the categories of s, b and t",
    citation: "Gould & Fernandez 1989, doi:10.2307/270949",
    networkx: null,
    igraph: null,
    sna: "brokerage(g, cl)$raw.nli",
    note: "an undirected tie counts in both directions, as sna with a symmetric matrix; actors without a value are left out",
  },
  options: [],
  schema: {
    type: "object",
    description:
      "Per categorical attribute: {coordinator, itinerant, representative, gatekeeper, liaison, total}.",
    additionalProperties: {
      type: "object",
      required: [...BROKERAGE_ROLES],
      properties: Object.fromEntries(BROKERAGE_ROLES.map((role) => [role, { type: "number" }])),
    },
  },
  needs: "groups",
  compute: (context) => {
    const byAttribute = context.groupAttributes.map(
      (attribute) => [attribute, context.group(attribute).use(BROKERAGE).actors] as const,
    );
    return context.view.ids.map((id) => {
      const roles: Record<string, BrokerageCounts> = {};
      for (const [attribute, counts] of byAttribute) {
        const own = ownValue(counts, id);
        if (own) setOwn(roles, attribute, inRoleOrder(own));
      }
      return roles;
    });
  },
} as const satisfies ActorMeasure;
