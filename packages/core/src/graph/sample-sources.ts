/**
 * Seeded choice of source actors for sampled path metrics: `k` of `n` indices drawn uniformly without
 * replacement (a partial Fisher–Yates shuffle driven by `createRng`), returned in ascending order so the
 * same seed gives the same sources, and the same sums, on every run.
 */
import { createRng } from "../random/rng.js";
import { shuffleFirst } from "../random/shuffle.js";

/**
 * `k` distinct indices in [0, n), chosen uniformly from `seed`, ascending.
 *
 * @example
 * ```ts
 * import { sampleSources } from "@vernetzt/core/graph";
 *
 * const sources = sampleSources(1000, 5, 42);
 * sources.length //=> 5
 * sources.every((s, i) => i === 0 || sources[i - 1]! < s) //=> true
 * String(sampleSources(1000, 5, 42)) === String(sources) //=> true
 * sampleSources(4, 4, 1) //=> [0, 1, 2, 3]
 * ```
 */
export function sampleSources(n: number, k: number, seed: number): Int32Array {
  const pool = new Int32Array(n);
  for (let i = 0; i < n; i++) pool[i] = i;
  shuffleFirst(pool, k, createRng(seed, "path-sources"));
  return pool.slice(0, k).sort();
}
