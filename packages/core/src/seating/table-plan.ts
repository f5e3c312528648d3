/**
 * A table plan for a network meeting: n participants at T tables for R rounds, so that the introductions that
 * matter happen (pair values from `pair-values.ts`).
 *
 * The problem is a weighted variant of the social golfer problem (n golfers, T groups, R weeks, no two golfers
 * twice in a group; W. Harvey, CSPLib prob010). Tables are balanced by construction — the first n mod T tables
 * seat ⌈n/T⌉, the others ⌊n/T⌋ — and every move swaps two participants between tables of one round, so sizes
 * never change. Objective, over the pairs (i, j) and c_ij = the rounds they share a table:
 *
 *   F = Σ_{c_ij ≥ 1} v_ij − λ_repeat · Σ max(0, c_ij − 1) − λ_known · Σ_{tied} c_ij − λ_split · Σ_{same organisation} c_ij
 *
 * — each valuable pair counts once however often it meets; meeting someone twice wastes a seat (λ_repeat = 0.25);
 * people who already work together cost a little (λ_known = 0.25); two representatives of one organisation at a
 * table cost more than any pair can bring (λ_split = 10 · max v + 10).
 *
 * Search: swap-based local search as in P. Dotú and P. Van Hentenryck, "Scheduling social golfers locally",
 * CPAIOR 2005, LNCS 3524, 155–167, doi:10.1007/11493853_13, with a simulated-annealing acceptance rule
 * (S. Kirkpatrick, C. D. Gelatt, M. P. Vecchi, "Optimization by simulated annealing", Science 220 (1983)
 * 671–680, doi:10.1126/science.220.4598.671) instead of their tabu list: a worse swap (ΔF < 0) is taken when
 * ln u < ΔF / temperature (u uniform in (0, 1], `portableLog`, so Node and the browser decide alike), the
 * temperature falls linearly from half the mean |ΔF| of 200 random swaps to nearly 0 (only +, −, ×, ÷: the same
 * bits in every engine), and the best plan seen is kept. A swap changes only the pairs of the two participants with their two tables: ΔF costs
 * O(table size). Seeded (`seed`): the same plan for the same input on every run.
 *
 * Quality is judged against random seating (`random-seating.ts`): balanced tables drawn uniformly at random,
 * `draws` times (default 1,000), seeded.
 */

import { definedOnly } from "../model/defined-only.js";
import { portableLog } from "../numeric/portable-log.js";
import { createRng, hashSeed, type Rng } from "../random/rng.js";
import { SeatingInputError, SeatingOptionError } from "./errors.js";
import type { PairValues } from "./pair-values.js";
import { type RandomSeating, randomSeating, seatedPairs, shuffled } from "./random-seating.js";

export interface TablePlanOptions {
  /** Number of tables. Required. */
  tables: number;
  /** Number of rounds. Default `1`. */
  rounds: number;
  /** Seed of the search and of the random draws. Default `1`. */
  seed: number;
  /** Swaps tried. Default `null`: 400 · participants · rounds, at least 20,000. */
  iterations: number | null;
  /** Random seatings drawn for the comparison; `0` skips it. Default `1000`. */
  draws: number;
}

export const DEFAULT_TABLE_PLAN_OPTIONS: Omit<TablePlanOptions, "tables"> = {
  rounds: 1,
  seed: 1,
  iterations: null,
  draws: 1000,
};

/** Weights of the objective's penalties (see the module comment). */
const REPEAT_PENALTY = 0.25;
const KNOWN_PENALTY = 0.25;

export interface TablePlan {
  /** Per round, per table, the participants' ids (in participant order). */
  rounds: string[][][];
  tables: number;
  /** Seats per table: the first tables may have one more. */
  tableSizes: number[];
  /** Valuable pairs among the participants (v > 0). */
  valuablePairs: number;
  /** Valuable pairs who share a table in at least one round. */
  valuablePairsMet: number;
  /** Σ v over the valuable pairs met. */
  valueMet: number;
  /** Pairs of the same organisation who share a table (0 unless there are more representatives than tables). */
  splitViolations: number;
  /** Pairs who share a table in more than one round. */
  repeatedPairs: number;
  /** Random seating with the same tables and rounds; `null` when `draws` is 0. */
  random: RandomSeating | null;
  seed: number;
  iterations: number;
}

/**
 * Resolves and validates the options for `participants` people; throws `SeatingOptionError` or
 * `SeatingInputError` (fewer than two participants, more tables than participants).
 *
 * @example
 * ```ts
 * import { resolveTablePlanOptions } from "@vernetzt/core/seating";
 *
 * const options = resolveTablePlanOptions({ tables: 4, rounds: 2 }, 40);
 * options //=> { rounds: 2, seed: 1, iterations: 32000, draws: 1000, tables: 4 }
 * ```
 */
export function resolveTablePlanOptions(
  options: Pick<TablePlanOptions, "tables"> & Partial<TablePlanOptions>,
  participants: number,
): TablePlanOptions & { iterations: number } {
  const o = { ...DEFAULT_TABLE_PLAN_OPTIONS, ...definedOnly(options) } as TablePlanOptions;
  for (const name of ["tables", "rounds"] as const) {
    if (!Number.isInteger(o[name]) || o[name] < 1)
      throw new SeatingOptionError(name, o[name], "an integer ≥ 1");
  }
  if (!Number.isInteger(o.seed)) throw new SeatingOptionError("seed", o.seed, "an integer");
  if (!Number.isInteger(o.draws) || o.draws < 0)
    throw new SeatingOptionError("draws", o.draws, "an integer ≥ 0");
  if (o.iterations !== null && (!Number.isInteger(o.iterations) || o.iterations < 0)) {
    throw new SeatingOptionError("iterations", o.iterations, "an integer ≥ 0 or null");
  }
  if (participants < 2) throw new SeatingInputError("too-few-participants");
  if (o.tables > participants)
    throw new SeatingInputError("more-tables-than-participants", [String(o.tables), String(participants)]);
  const iterations = o.iterations ?? Math.max(20_000, 400 * participants * o.rounds);
  return { ...o, iterations };
}

/**
 * The table plan (see the module comment).
 *
 * @example
 * ```ts
 * import { pairValues, planTables } from "@vernetzt/core/seating";
 *
 * const actor = (id: string, offers: string[], needs: string[]) => ({ id, name: id, organisation: id, offers, needs });
 * const context = {
 *   wave: "1",
 *   actors: [
 *     actor("a", ["Räume"], []), actor("b", [], ["Räume"]), actor("c", ["Beratung"], []), actor("d", [], ["Beratung"]),
 *   ],
 *   tied: [], recommended: [], gaps: [], districtNames: {},
 * };
 * const plan = planTables(pairValues(context, ["a", "b", "c", "d"]), { tables: 2, seed: 7, draws: 100 });
 * plan.rounds //=> [[["a", "b"], ["c", "d"]]]
 * plan.valuablePairsMet //=> 2
 * plan.random!.beatenShare > 0.5 //=> true
 * ```
 */
export function planTables(
  values: PairValues,
  options: Pick<TablePlanOptions, "tables"> & Partial<TablePlanOptions>,
): TablePlan {
  const n = values.participants.length;
  const o = resolveTablePlanOptions(options, n);
  const sizes = tableSizes(n, o.tables);
  const search = new Search(values, sizes, o.rounds, createRng(hashSeed(o.seed, "table-plan")));
  search.anneal(o.iterations);
  const best = search.best;
  const rounds = best.map((round) =>
    round.map((table) => [...table].sort((a, b) => a - b).map((i) => values.participants[i]!)),
  );
  const pairs = seatedPairs(best, n);
  const quality = qualityOf(values, pairs);
  return {
    rounds,
    tables: o.tables,
    tableSizes: sizes,
    ...quality,
    random:
      o.draws === 0
        ? null
        : randomSeating(values, sizes, o.rounds, o.draws, o.seed, quality.valuablePairsMet),
    seed: o.seed,
    iterations: o.iterations,
  };
}

/**
 * Seats per table: n split into T sizes differing by at most one, larger first.
 *
 * @example
 * ```ts
 * import { tableSizes } from "@vernetzt/core/seating";
 *
 * tableSizes(40, 4) //=> [10, 10, 10, 10]
 * tableSizes(23, 5) //=> [5, 5, 5, 4, 4]
 * ```
 */
export function tableSizes(n: number, tables: number): number[] {
  return Array.from({ length: tables }, (_, t) => Math.floor(n / tables) + (t < n % tables ? 1 : 0));
}

function qualityOf(
  values: PairValues,
  together: Uint8Array,
): Pick<TablePlan, "valuablePairs" | "valuablePairsMet" | "valueMet" | "splitViolations" | "repeatedPairs"> {
  const n = values.participants.length;
  let valuablePairs = 0;
  let valuablePairsMet = 0;
  let valueMet = 0;
  let splitViolations = 0;
  let repeatedPairs = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const v = values.values[i * n + j]!;
      const c = together[i * n + j]!;
      if (v > 0) valuablePairs++;
      if (c > 0 && v > 0) {
        valuablePairsMet++;
        valueMet += v;
      }
      if (c > 0 && values.split[i * n + j]) splitViolations++;
      if (c > 1) repeatedPairs++;
    }
  }
  return {
    valuablePairs,
    valuablePairsMet,
    valueMet: Math.round(valueMet * 1e4) / 1e4,
    splitViolations,
    repeatedPairs,
  };
}

/** The annealing state: seats per round and the count of shared tables per pair. */
class Search {
  private readonly n: number;
  private readonly value: Float64Array;
  /** Cost per shared round: known and same-organisation pairs. */
  private readonly cost: Float64Array;
  private readonly count: Uint8Array;
  /** tables[r][t] = participant indices at table t in round r. */
  private readonly tables: number[][][];
  /** where[r][i] = [table, position] of participant i in round r. */
  private readonly table: Int32Array[];
  private readonly position: Int32Array[];
  private score = 0;
  private bestScore = Number.NEGATIVE_INFINITY;
  best: number[][][] = [];

  constructor(
    values: PairValues,
    sizes: number[],
    private readonly rounds: number,
    private readonly rng: Rng,
  ) {
    const n = values.participants.length;
    this.n = n;
    this.value = values.values;
    let maxValue = 0;
    for (const v of values.values) maxValue = Math.max(maxValue, v);
    const splitPenalty = 10 * maxValue + 10;
    this.cost = new Float64Array(n * n);
    for (let k = 0; k < n * n; k++) {
      this.cost[k] = (values.tied[k] ? KNOWN_PENALTY : 0) + (values.split[k] ? splitPenalty : 0);
    }
    this.count = new Uint8Array(n * n);
    this.tables = [];
    this.table = [];
    this.position = [];
    for (let r = 0; r < rounds; r++) {
      const order = shuffled(n, rng);
      const round: number[][] = [];
      let k = 0;
      for (const size of sizes) {
        round.push(order.slice(k, k + size));
        k += size;
      }
      this.tables.push(round);
      this.table.push(new Int32Array(n));
      this.position.push(new Int32Array(n));
      round.forEach((members, t) => {
        members.forEach((i, p) => {
          this.table[r]![i] = t;
          this.position[r]![i] = p;
        });
      });
      for (const members of round)
        for (const i of members) for (const j of members) if (i < j) this.join(i, j);
    }
    this.keepIfBest();
  }

  /** Adds one shared round to pair (i, j), updating the score. */
  private join(i: number, j: number): void {
    this.score += this.gainOfJoin(i, j);
    this.count[i * this.n + j]!++;
    this.count[j * this.n + i]!++;
  }

  private gainOfJoin(i: number, j: number): number {
    const k = i * this.n + j;
    const c = this.count[k]!;
    return (c === 0 ? this.value[k]! : -REPEAT_PENALTY) - this.cost[k]!;
  }

  private gainOfLeave(i: number, j: number): number {
    const k = i * this.n + j;
    const c = this.count[k]!;
    return (c === 1 ? -this.value[k]! : REPEAT_PENALTY) + this.cost[k]!;
  }

  /** ΔF of swapping a and b (at different tables of round r). */
  private delta(r: number, a: number, b: number): number {
    const round = this.tables[r]!;
    let d = 0;
    for (const x of round[this.table[r]![a]!]!) {
      if (x !== a) d += this.gainOfLeave(a, x) + this.gainOfJoin(b, x);
    }
    for (const y of round[this.table[r]![b]!]!) {
      if (y !== b) d += this.gainOfLeave(b, y) + this.gainOfJoin(a, y);
    }
    return d;
  }

  private swap(r: number, a: number, b: number, d: number): void {
    const round = this.tables[r]!;
    const [ta, tb] = [this.table[r]![a]!, this.table[r]![b]!];
    const [pa, pb] = [this.position[r]![a]!, this.position[r]![b]!];
    const update = (i: number, j: number, step: 1 | -1) => {
      this.count[i * this.n + j]! += step;
      this.count[j * this.n + i]! += step;
    };
    for (const x of round[ta]!) {
      if (x === a) continue;
      update(a, x, -1);
      update(b, x, 1);
    }
    for (const y of round[tb]!) {
      if (y === b) continue;
      update(b, y, -1);
      update(a, y, 1);
    }
    round[ta]![pa] = b;
    round[tb]![pb] = a;
    this.table[r]![a] = tb;
    this.table[r]![b] = ta;
    this.position[r]![a] = pb;
    this.position[r]![b] = pa;
    this.score += d;
  }

  private keepIfBest(): void {
    if (this.score > this.bestScore + 1e-9) {
      this.bestScore = this.score;
      this.best = this.tables.map((round) => round.map((members) => [...members]));
    }
  }

  /** A random swap between two tables of a random round, or null when every table of it is the same one. */
  private randomMove(): [number, number, number] | null {
    const r = Math.floor(this.rng() * this.rounds);
    const a = Math.floor(this.rng() * this.n);
    let b = Math.floor(this.rng() * (this.n - 1));
    if (b >= a) b++;
    if (this.table[r]![a] === this.table[r]![b]) return null;
    return [r, a, b];
  }

  anneal(iterations: number): void {
    if (this.tables[0]!.length < 2 || iterations === 0) return;
    let sum = 0;
    let sampled = 0;
    for (let k = 0; k < 200; k++) {
      const move = this.randomMove();
      if (move) {
        sum += Math.abs(this.delta(...move));
        sampled++;
      }
    }
    const start = sampled > 0 && sum > 0 ? (0.5 * sum) / sampled : 1;
    for (let k = 0; k < iterations; k++) {
      const temperature = start * (1 - k / iterations) + start * 1e-4;
      const move = this.randomMove();
      if (!move) continue;
      const d = this.delta(...move);
      if (d >= 0 || portableLog(1 - this.rng()) < d / temperature) {
        this.swap(...move, d);
        if (d > 0) this.keepIfBest();
      }
    }
  }
}
