/**
 * Gaps: pairs of categories (districts, sectors, `district×sector`, …) whose actors have fewer ties with
 * each other than the degrees of their actors would lead one to expect.
 *
 * Counting. Only ties whose two actors both have a category count (m of them); direction and weights are
 * ignored. `observed[a][b]` is the number of ties between categories a and b (`observed[a][a]`: within a),
 * so the upper triangle including the diagonal sums to m. This is the mixing matrix of networkx
 * `attribute_mixing_matrix(normalized=False)` with each undirected tie counted once instead of twice.
 *
 * Expectation. The configuration model (Newman 2003, "Mixing patterns in networks", Phys. Rev. E 67,
 * 026126, DOI 10.1103/PhysRevE.67.026126): with S_a the sum of the degrees of the actors in a,
 * E_ab = S_a·S_b / (2m) for a ≠ b and E_aa = S_a² / (4m); these too sum to m. `ratio = observed/expected`
 * (null when nothing is expected).
 *
 * p-value. A one-sided permutation test of "too few ties": the network stays as it is (so every actor keeps
 * its degree and its ties — degree-preserving), and the category labels are shuffled among the actors that
 * have one (seeded Fisher–Yates, `permutations` times). p = (1 + #{permutations with ≤ observed ties
 * between a and b}) / (1 + permutations), the unbiased estimate of Phipson & Smyth 2010
 * (DOI 10.2202/1544-6115.1585). We chose label permutation over edge swaps because it is exact
 * (every labelling is equally likely under the null) and needs no mixing time.
 *
 * Null model `external` (option `expectation`). Districts are usually inward-looking (in the sample city 85 %
 * of ties stay inside a district), so under the model above nearly every pair of districts is a "gap" and the
 * ranking mostly repeats how big the districts are. `external` asks the sharper question: given how many ties
 * each category has *across* its border (X_a tie ends), are a and b tied less than those cross ties would
 * suggest? Expectation: cross-tie ends matched at random (configuration model of the M_x cross ties),
 * E_ab = X_a·X_b / (2M_x − 1) for a ≠ b; the diagonal is not modelled (E_aa = observed_aa). Its p-value is
 * Monte-Carlo on the same model: the 2M_x tie ends are shuffled (seeded) and paired, `permutations` times,
 * p = (1 + #{matchings with ≤ observed a–b pairs}) / (1 + permutations).
 *
 * Ranking. A gap is a pair a ≠ b with observed < expected and expected ≥ `minExpected`; gaps are ranked by
 * (expected − observed)² / expected (the pair's Pearson χ² contribution: large when many ties are missing
 * relative to what is expected), then by p-value, then by category order (German collation, as in `groups`).
 *
 * Isolated categories. A category with no tie to any other category (X_a = 0) is the plainest gap of all,
 * yet no pair can show it under `external` (every expectation of its pairs is 0) and under `degree` its pairs
 * rank by the size of its partners. So it is reported on its own, before every pair (`isolated`, most actors
 * first, then category order), whatever the null model; its pairs are still counted like every other. Needs
 * at least two categories. A withheld category (small, with a person) is never named (its zero would be a figure
 * about it).
 *
 * Small groups (statistical disclosure control, `privacy/suppress.ts`). A pair in which either category has
 * fewer than `minGroupSize` actors, at least one of them a person (kind `Person`), is computed like every other (so the other pairs' figures do not change),
 * but published without its figures: its cells of `observed` and `expected` are `null`, its gap has
 * `observed`, `expected`, `ratio` and `pValue` `null` and `suppressed: true`, and its reasons say why instead of
 * giving counts. Suppressed gaps are listed after the others, in category order, because their rank would
 * bound their counts. A small category of organisations only is published like any other: institutions'
 * cooperation is not personal data (issue #21). `minGroupSize: 1` publishes everything (researchers who may see
 * the raw figures).
 */

import { isPersonKind } from "../io/aliases.js";
import { ownValue } from "../model/member-names.js";
import type { Actor, VernetztGraph } from "../model/types.js";
import { DEFAULT_SUPPRESSION_OPTIONS, groupSizes, identifiableGroups } from "../privacy/suppress.js";
import { createRng } from "../random/rng.js";
import { shuffle } from "../random/shuffle.js";
import { itemKeys } from "../recommend/normalise-item.js";
import { CATEGORY_SEPARATOR, categorizeBy } from "./category.js";
import { GapsOptionError } from "./errors.js";
import type { GapReason } from "./reasons.js";
import { snapshot } from "./snapshot.js";

export interface GapsOptions {
  /**
   * The categorical attribute: `district`, `sector`, `kind`, an input column, or two joined with `×`
   * (`district×sector`). Default `"district"`.
   */
  by: string;
  /**
   * Null model: `"external"` (configuration model of the ties across categories only; see the file comment)
   * or `"degree"` (configuration model of all ties, label-permutation p-values). Default `"external"`: in
   * real cities most ties stay inside a district, and `degree` then calls nearly every pair a gap. The CLI and
   * the dashboard take this default too, so all three rank the same gap first.
   */
  expectation: "degree" | "external";
  /** Seed of the label permutations. Default `1`. */
  seed: number;
  /** Number of label permutations for the p-values; `0` skips the test (`pValue: null`). Default `999`. */
  permutations: number;
  /** Pairs with fewer expected ties than this are not listed as gaps (too small to judge). Default `1`. */
  minExpected: number;
  /**
   * Display names of categories (e.g. district id → district name) used in reasons; parts of combined
   * categories (`Nord×Kirche`) are looked up one by one. Default `{}`.
   */
  labels: Record<string, string>;
  /**
   * Smallest category (actors in this wave's graph) whose figures are published (k of `privacy/suppress.ts`):
   * a pair with a smaller category that has a person among its actors gets `null` figures and `suppressed: true`
   * (categories of organisations only are always published). `1` publishes everything. Default `5`.
   */
  minGroupSize: number;
}

export const DEFAULT_GAPS_OPTIONS: GapsOptions = {
  by: "district",
  expectation: "external",
  seed: 1,
  permutations: 999,
  minExpected: 1,
  labels: {},
  minGroupSize: DEFAULT_SUPPRESSION_OPTIONS.k,
};

/** One pair of categories with fewer ties than expected. */
export interface Gap {
  a: string;
  b: string;
  /** Ties between a and b; `null` when suppressed. */
  observed: number | null;
  /** `null` when suppressed. */
  expected: number | null;
  /** observed / expected; `null` when suppressed. */
  ratio: number | null;
  /** One-sided permutation p-value of "this few ties or fewer"; null when `permutations` is 0 or suppressed. */
  pValue: number | null;
  /**
   * Why this pair matters, as codes with parameters (`gapReasonText` puts them into words). The first reason
   * gives the counts (or, when suppressed, why they are not shown); then shared topics, offers and needs, and
   * the p-value.
   */
  reasons: GapReason[];
  /** True when a or b has fewer than `minGroupSize` actors, one a person: the figures above are withheld. */
  suppressed: boolean;
}

/** A category with no tie to any other category: reported before every pair. */
export interface IsolatedCategory {
  category: string;
  /** Actors in the category (this wave's graph). */
  actors: number;
  /** Ties among the category's own actors. */
  tiesInside: number;
  /** That it has no tie to the others, then offers and needs it shares with the rest (codes, as `Gap`'s). */
  reasons: GapReason[];
}

export interface GapsResult {
  by: string;
  wave: string;
  /** Categories, sorted with German collation (as `groups/mixingMatrix`). */
  categories: string[];
  /** Symmetric; ties counted once; diagonal = ties within a category; `null` in suppressed cells. */
  observed: Array<Array<number | null>>;
  /** Configuration-model expectation, same layout as `observed`. */
  expected: Array<Array<number | null>>;
  /** Most severe first; suppressed gaps last. */
  gaps: Gap[];
  /** The `minGroupSize` applied. */
  minGroupSize: number;
  /** Actors per category (this wave's graph), same order as `categories`. */
  groupSizes: number[];
  /** Categories with fewer than `minGroupSize` actors, one a person: every cell of their row and column is `null`. */
  suppressedCategories: string[];
  /**
   * Categories with no tie to any other category, most actors first (then category order); to be read
   * before `gaps`. Empty with fewer than two categories. Suppressed categories are never listed.
   */
  isolated: IsolatedCategory[];
}

/**
 * Resolves and validates gap options.
 *
 * @example
 * ```ts
 * import { resolveGapsOptions } from "@vernetzt/core/gaps";
 *
 * const options = resolveGapsOptions({ by: "sector" });
 * options.by //=> "sector"
 * options.permutations //=> 999
 * ```
 */
export function resolveGapsOptions(options: Partial<GapsOptions> = {}): GapsOptions {
  const resolved = { ...DEFAULT_GAPS_OPTIONS, ...options };
  if (!Number.isInteger(resolved.permutations) || resolved.permutations < 0) {
    throw new GapsOptionError("permutations", resolved.permutations, "an integer ≥ 0");
  }
  if (resolved.expectation !== "degree" && resolved.expectation !== "external") {
    throw new GapsOptionError("expectation", resolved.expectation, '"degree" or "external"');
  }
  if (!Number.isInteger(resolved.seed)) throw new GapsOptionError("seed", resolved.seed, "an integer");
  if (!(resolved.minExpected >= 0)) {
    throw new GapsOptionError("minExpected", resolved.minExpected, "a number ≥ 0");
  }
  if (!Number.isInteger(resolved.minGroupSize) || resolved.minGroupSize < 1) {
    throw new GapsOptionError("minGroupSize", resolved.minGroupSize, "an integer ≥ 1");
  }
  return resolved;
}

/**
 * Observed and expected ties between the categories of `by`, and the ranked gaps.
 *
 * @example
 * ```ts
 * import { gaps } from "@vernetzt/core/gaps";
 * import { parseDataset } from "@vernetzt/core/io";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * const actors =
 *   "id,name,district\na,Kita,Nord\nb,Schule,Nord\nc,Kita,Süd\nd,Verein,Süd\ne,Kirche,Ost\nf,Treff,Ost";
 * const { dataset } = await parseDataset([
 *   { name: "actors.csv", data: actors },
 *   { name: "ties.csv", data: "source,target\na,b\nc,d\ne,f\na,c\nb,d\nc,e\nd,f" }, // no tie Nord – Ost
 * ]);
 * const graph = buildGraph(dataset!);
 * // degree model: sums Nord 4, Ost 4, Süd 6 of 2m = 14, so Nord – Ost expects 4 · 4 / 14 = 1.14 ties and has
 * // none (the default, external, counts only the 4 border ties: 2 · 2 / 7 = 0.57 expected, too few to judge).
 * // Two actors per district: below the default k = 5 every count is withheld, so show them here.
 * const options = { expectation: "degree", permutations: 199, minGroupSize: 1 } as const;
 * const result = gaps(graph, { by: "district", ...options });
 * result.categories //=> ["Nord", "Ost", "Süd"]
 * result.gaps.map((gap) => [gap.a, gap.b, gap.observed, gap.expected]) //=> [["Nord", "Ost", 0, 1.143]]
 * result.observed //=> [[1, 0, 2], [0, 1, 2], [2, 2, 1]]
 * ```
 */
export function gaps(graph: VernetztGraph, options: Partial<GapsOptions> = {}): GapsResult {
  const o = resolveGapsOptions(options);
  const snap = snapshot(graph);
  const { categories, codes } = categorizeBy(graph, o.by);
  const label = Array.from(codes);
  const edges = snap.edges.filter(([i, j]) => label[i] >= 0 && label[j] >= 0);
  const observed = countMixing(edges, label, categories.length);
  const external = o.expectation === "external";
  const expected = external
    ? externalExpectation(observed)
    : configurationExpectation(edges, label, categories.length);
  const pValues =
    o.permutations === 0
      ? null
      : external
        ? stubMatchingPValues(observed, o)
        : permutationPValues(edges, label, observed, o);
  const profiles = categoryProfiles(snap.actors, label, categories.length);
  const name = (c: number) =>
    ownValue(o.labels, categories[c]!) ??
    categories[c]
      .split(CATEGORY_SEPARATOR)
      .map((part) => ownValue(o.labels, part) ?? part)
      .join(CATEGORY_SEPARATOR);

  const sizes = groupSizes(label, categories.length);
  // withheld where people could be identified: a small group with a person in it (organisations stay visible)
  const small = identifiableGroups(label, categories.length, (i) => isPersonKind(snap.actors[i]?.kind), {
    k: o.minGroupSize,
  });
  const hidden = (a: number, b: number) => small[a] || small[b];

  const found: Array<Gap & { severity: number; order: number }> = [];
  for (let a = 0; a < categories.length; a++) {
    for (let b = a + 1; b < categories.length; b++) {
      const obs = observed[a][b];
      const exp = expected[a][b];
      if (!(obs < exp) || exp < o.minExpected || exp === 0) continue;
      const order = a * categories.length + b;
      if (hidden(a, b)) {
        const reason: GapReason = {
          code: "suppressed",
          params: { k: o.minGroupSize, categories: [a, b].filter((c) => small[c]).map(name) },
        };
        const shared = reasonsFor(a, b, null, profiles, name);
        const gap = { a: categories[a], b: categories[b], observed: null, expected: null, ratio: null };
        found.push({
          ...gap,
          pValue: null,
          reasons: [reason, ...shared],
          suppressed: true,
          severity: -1,
          order,
        });
        continue;
      }
      const pValue = pValues ? pValues[a][b] : null;
      found.push({
        a: categories[a],
        b: categories[b],
        observed: obs,
        expected: exp,
        ratio: obs / exp,
        pValue,
        reasons: [
          { code: "observed-expected", params: { observed: obs, expected: exp } },
          ...reasonsFor(a, b, pValue, profiles, name),
        ],
        suppressed: false,
        severity: (exp - obs) ** 2 / exp,
        order,
      });
    }
  }
  // Suppressed gaps (severity -1) go last, in category order: their rank would bound their counts.
  found.sort((x, y) => y.severity - x.severity || (x.pValue ?? 1) - (y.pValue ?? 1) || x.order - y.order);
  const publish = (matrix: number[][]) =>
    matrix.map((row, a) => row.map((value, b) => (hidden(a, b) ? null : value)));
  return {
    by: o.by,
    wave: graph.getAttribute("wave"),
    categories,
    observed: publish(observed),
    expected: publish(expected),
    gaps: found.map(({ severity: _s, order: _o, ...gap }) => gap),
    minGroupSize: o.minGroupSize,
    groupSizes: sizes,
    suppressedCategories: categories.filter((_, c) => small[c]),
    isolated: isolatedCategories(observed, sizes, small).map((c) => ({
      category: categories[c],
      actors: sizes[c],
      tiesInside: observed[c][c],
      reasons: [
        { code: "isolated", params: { by: o.by, actors: sizes[c], tiesInside: observed[c][c] } },
        ...isolatedReasons(c, profiles, name),
      ],
    })),
  };
}

/** Categories (codes) without a tie across their border, most actors first; none with fewer than two. */
function isolatedCategories(observed: number[][], sizes: readonly number[], small: readonly boolean[]) {
  if (observed.length < 2) return [];
  return crossEnds(observed)
    .flatMap((ends, c) => (ends === 0 && !small[c] ? [c] : []))
    .sort((x, y) => sizes[y] - sizes[x] || x - y);
}

/** What an isolated category seeks that the others offer, and offers that they seek. */
function isolatedReasons(c: number, profiles: readonly Profile[], name: (c: number) => string): GapReason[] {
  const others = profiles.filter((_, other) => other !== c);
  const elsewhere = (field: "offers" | "needs", key: string) => others.some((p) => p[field].has(key));
  const matched = (from: "offers" | "needs", to: "offers" | "needs") =>
    [...profiles[c][from]]
      .filter(([key]) => elsewhere(to, key))
      .slice(0, MAX_ITEMS)
      .map(([, [display]]) => display);
  const reasons: GapReason[] = [];
  const sought = matched("needs", "offers");
  if (sought.length > 0)
    reasons.push({ code: "sought-here-offered-elsewhere", params: { category: name(c), items: sought } });
  const offered = matched("offers", "needs");
  if (offered.length > 0)
    reasons.push({ code: "offered-here-sought-elsewhere", params: { category: name(c), items: offered } });
  return reasons;
}

function square(k: number): number[][] {
  return Array.from({ length: k }, () => new Array<number>(k).fill(0));
}

function countMixing(
  edges: ReadonlyArray<[number, number]>,
  label: readonly number[],
  k: number,
): number[][] {
  const counts = square(k);
  for (const [i, j] of edges) {
    const a = label[i];
    const b = label[j];
    counts[a][b] += 1;
    if (a !== b) counts[b][a] += 1;
  }
  return counts;
}

function configurationExpectation(
  edges: ReadonlyArray<[number, number]>,
  label: readonly number[],
  k: number,
): number[][] {
  const degreeSum = new Array<number>(k).fill(0);
  for (const [i, j] of edges) {
    degreeSum[label[i]] += 1;
    degreeSum[label[j]] += 1;
  }
  const twoM = 2 * edges.length;
  const expected = square(k);
  if (twoM === 0) return expected;
  for (let a = 0; a < k; a++) {
    for (let b = 0; b < k; b++) {
      expected[a][b] =
        a === b ? (degreeSum[a] * degreeSum[a]) / (2 * twoM) : (degreeSum[a] * degreeSum[b]) / twoM;
    }
  }
  return expected;
}

/** Tie ends across category borders, per category (X_a). */
function crossEnds(observed: number[][]): number[] {
  return observed.map((row, a) => row.reduce((sum, count, b) => (a === b ? sum : sum + count), 0));
}

function externalExpectation(observed: number[][]): number[][] {
  const ends = crossEnds(observed);
  const total = ends.reduce((sum, x) => sum + x, 0);
  return observed.map((row, a) =>
    row.map((count, b) => (a === b ? count : total > 1 ? (ends[a] * ends[b]) / (total - 1) : 0)),
  );
}

function stubMatchingPValues(observed: number[][], o: GapsOptions): number[][] {
  const k = observed.length;
  const stubs = crossEnds(observed).flatMap((x, a) => new Array<number>(x).fill(a));
  const rng = createRng(o.seed, "gaps-external");
  const atMost = square(k);
  for (let run = 0; run < o.permutations; run++) {
    shuffle(stubs, rng);
    const counts = square(k);
    for (let s = 0; s + 1 < stubs.length; s += 2) {
      counts[stubs[s]][stubs[s + 1]] += 1;
      if (stubs[s] !== stubs[s + 1]) counts[stubs[s + 1]][stubs[s]] += 1;
    }
    for (let a = 0; a < k; a++) {
      for (let b = a + 1; b < k; b++) if (counts[a][b] <= observed[a][b]) atMost[a][b] += 1;
    }
  }
  return atMost.map((row) => row.map((count) => (1 + count) / (1 + o.permutations)));
}

function permutationPValues(
  edges: ReadonlyArray<[number, number]>,
  label: readonly number[],
  observed: number[][],
  o: GapsOptions,
): number[][] {
  const k = observed.length;
  const rng = createRng(o.seed, "gaps");
  const labelled = label.flatMap((c, i) => (c >= 0 ? [i] : []));
  const pool = labelled.map((i) => label[i]);
  const permuted = [...label];
  const atMost = square(k);
  for (let run = 0; run < o.permutations; run++) {
    shuffle(pool, rng);
    labelled.forEach((i, n) => {
      permuted[i] = pool[n];
    });
    const counts = countMixing(edges, permuted, k);
    for (let a = 0; a < k; a++) {
      for (let b = a + 1; b < k; b++) if (counts[a][b] <= observed[a][b]) atMost[a][b] += 1;
    }
  }
  return atMost.map((row) => row.map((count) => (1 + count) / (1 + o.permutations)));
}

/** What the actors of one category work on, offer and seek: normalised key → [display, count]. */
interface Profile {
  topics: Map<string, [string, number]>;
  offers: Map<string, [string, number]>;
  needs: Map<string, [string, number]>;
}

function categoryProfiles(actors: readonly Actor[], label: readonly number[], k: number): Profile[] {
  const profiles: Profile[] = Array.from({ length: k }, () => ({
    topics: new Map(),
    offers: new Map(),
    needs: new Map(),
  }));
  actors.forEach((actor, i) => {
    if (label[i] < 0) return;
    const profile = profiles[label[i]];
    for (const field of ["topics", "offers", "needs"] as const) {
      for (const [key, display] of itemKeys(actor[field])) {
        const entry = profile[field].get(key);
        if (entry) entry[1] += 1;
        else profile[field].set(key, [display, 1]);
      }
    }
  });
  return profiles;
}

const MAX_ITEMS = 3;

/** The reasons after the counts: shared topics, complementary offers and needs, the p-value. */
function reasonsFor(
  a: number,
  b: number,
  pValue: number | null,
  profiles: readonly Profile[],
  name: (c: number) => string,
): GapReason[] {
  const reasons: GapReason[] = [];
  const shared = [...profiles[a].topics]
    .filter(([key]) => profiles[b].topics.has(key))
    .map(([key, [display, count]], order) => ({
      display,
      weight: Math.min(count, profiles[b].topics.get(key)![1]),
      order,
    }))
    .sort((x, y) => y.weight - x.weight || x.order - y.order)
    .slice(0, MAX_ITEMS)
    .map((topic) => topic.display);
  if (shared.length > 0) reasons.push({ code: "shared-topics", params: { topics: shared } });
  for (const [from, to] of [
    [a, b],
    [b, a],
  ]) {
    const items = [...profiles[from].offers]
      .filter(([key]) => profiles[to].needs.has(key))
      .slice(0, MAX_ITEMS)
      .map(([, [display]]) => display);
    if (items.length > 0)
      reasons.push({ code: "complementary", params: { offeredIn: name(from), soughtIn: name(to), items } });
  }
  if (pValue !== null) {
    reasons.push({ code: pValue < 0.05 ? "significant" : "not-significant", params: { pValue } });
  }
  return reasons;
}
