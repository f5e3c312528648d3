/**
 * Sampling helpers for the generators, all driven by an explicit `Rng` (see `random.ts`), so every draw
 * is reproducible. Each is O(1) or O(log n) per draw and allocates nothing per draw unless it returns a
 * new array.
 */
import type { Rng } from "../random/rng.js";
import { shuffleFirst } from "../random/shuffle.js";

/** Uniform integer in [0, n). */
export function randomInt(rng: Rng, n: number): number {
  return Math.floor(rng() * n);
}

/** One element of a non-empty array, uniformly. */
export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[randomInt(rng, items.length)]!;
}

/**
 * `k` distinct elements of `items` (all of them when `k >= items.length`), in the order drawn:
 * a partial Fisher–Yates shuffle of a copy.
 */
export function sampleDistinct<T>(rng: Rng, items: readonly T[], k: number): T[] {
  const copy = items.slice();
  shuffleFirst(copy, k, rng);
  return copy.slice(0, Math.min(k, copy.length));
}

/**
 * Poisson-distributed integer with the given mean: Knuth's multiplication method below 30,
 * a rounded normal approximation (Box–Muller) above, where the two agree closely.
 */
export function poisson(rng: Rng, mean: number): number {
  if (mean <= 0) return 0;
  if (mean < 30) {
    const limit = Math.exp(-mean);
    let k = 0;
    let p = rng();
    while (p > limit) {
      k++;
      p *= rng();
    }
    return k;
  }
  const u = 1 - rng();
  const normal = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
  return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal));
}

/** Log-normal variate `exp(mu + sigma * N(0, 1))`. */
export function logNormal(rng: Rng, mu: number, sigma: number): number {
  const u = 1 - rng();
  return Math.exp(mu + sigma * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng()));
}

/**
 * Index drawn with probability proportional to its weight, given the cumulative weights
 * (`cumulative[i]` = sum of weights 0..i, last entry > 0). Binary search, O(log n).
 */
export function pickCumulative(rng: Rng, cumulative: readonly number[]): number {
  const x = rng() * cumulative[cumulative.length - 1]!;
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cumulative[mid]! > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Running sums of `weights`. */
export function cumulativeSums(weights: readonly number[]): number[] {
  let total = 0;
  return weights.map((w) => {
    total += w;
    return total;
  });
}

/**
 * Splits `total` into integer parts proportional to `weights` (largest-remainder method, ties broken by
 * index): the parts sum to exactly `total`.
 */
export function allocate(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  const exact = weights.map((w) => (sum > 0 ? (total * w) / sum : 0));
  const parts = exact.map(Math.floor);
  let rest = total - parts.reduce((s, p) => s + p, 0);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; rest > 0; k = (k + 1) % order.length, rest--) parts[order[k]!.i]!++;
  return parts;
}

/**
 * Rank in [0, n) drawn with probability roughly proportional to `(rank + 1) ^ -exponent`
 * (0 <= exponent < 1): the continuous inverse CDF of `x ^ -exponent` on [1, n + 1), O(1) per draw.
 * Rank 0 is the most likely. This is the Chung–Lu weight sequence of a power-law degree
 * distribution with tail exponent `gamma = 1 + 1 / exponent`.
 */
export function powerLawRank(rng: Rng, n: number, exponent: number): number {
  const e = 1 - exponent;
  const x = (1 + rng() * ((n + 1) ** e - 1)) ** (1 / e);
  return Math.min(n - 1, Math.floor(x) - 1);
}
