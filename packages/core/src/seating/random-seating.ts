/**
 * Random seating, the yardstick of a table plan: the same participants, tables and rounds, each round a uniform
 * random permutation cut into the same balanced tables (seeded Fisher–Yates, `draws` times). Reported: the mean
 * number of valuable pairs met, its 95th percentile (nearest rank: the ⌈0.95·draws⌉-th smallest), and the share
 * of random plans that meet fewer valuable pairs than the plan (strictly fewer: a tie does not count as beaten).
 */
import { createRng, hashSeed, type Rng } from "../random/rng.js";
import { shuffle } from "../random/shuffle.js";
import type { PairValues } from "./pair-values.js";

/** The comparison with random seating. */
export interface RandomSeating {
  draws: number;
  /** Mean valuable pairs met by a random plan (4 decimals). */
  randomMean: number;
  /** 95th percentile (nearest rank) of the valuable pairs met by a random plan. */
  randomP95: number;
  /** Share of random plans that meet fewer valuable pairs than the plan (4 decimals). */
  beatenShare: number;
}

/** How many rounds each pair shares a table in `plan` (row-major n × n, symmetric). */
export function seatedPairs(plan: readonly (readonly (readonly number[])[])[], n: number): Uint8Array {
  const together = new Uint8Array(n * n);
  for (const round of plan) {
    for (const members of round) {
      for (const i of members) for (const j of members) if (i !== j) together[i * n + j]!++;
    }
  }
  return together;
}

/** Random seating of `values`' participants at tables of `sizes` for `rounds` rounds, against `planMet`. */
export function randomSeating(
  values: PairValues,
  sizes: readonly number[],
  rounds: number,
  draws: number,
  seed: number,
  planMet: number,
): RandomSeating {
  const n = values.participants.length;
  const rng = createRng(hashSeed(seed, "random-seating"));
  const stamp = new Int32Array(n * n).fill(-1);
  const met: number[] = [];
  for (let draw = 0; draw < draws; draw++) {
    let count = 0;
    for (let r = 0; r < rounds; r++) {
      const order = shuffled(n, rng);
      let k = 0;
      for (const size of sizes) {
        for (let x = k; x < k + size; x++) {
          for (let y = x + 1; y < k + size; y++) {
            const [i, j] = order[x]! < order[y]! ? [order[x]!, order[y]!] : [order[y]!, order[x]!];
            if (values.values[i * n + j]! > 0 && stamp[i * n + j] !== draw) {
              stamp[i * n + j] = draw;
              count++;
            }
          }
        }
        k += size;
      }
    }
    met.push(count);
  }
  const sorted = [...met].sort((a, b) => a - b);
  const mean = met.reduce((s, x) => s + x, 0) / draws;
  return {
    draws,
    randomMean: Math.round(mean * 1e4) / 1e4,
    randomP95: sorted[Math.ceil(0.95 * draws) - 1]!,
    beatenShare: Math.round((met.filter((x) => x < planMet).length / draws) * 1e4) / 1e4,
  };
}

/** A seeded uniform permutation of 0 … n−1 (Fisher–Yates). */
export function shuffled(n: number, rng: Rng): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  shuffle(order, rng);
  return order;
}
