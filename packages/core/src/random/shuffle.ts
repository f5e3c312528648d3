/**
 * The Fisher–Yates shuffle of vernetzt, seeded, for every caller: the permutation tests (E-I index, gap
 * map), random seating, sampled path sources and the generators' distinct draws. Durstenfeld's in-place
 * form (Durstenfeld, R. 1964, Algorithm 235: Random permutation, Comm. ACM 7(7), 420,
 * doi:10.1145/364520.364540; Knuth, TAOCP vol. 2, 3.4.2, Algorithm P): every permutation equally likely,
 * one draw per position.
 *
 * - `shuffle(values, random)`: the whole list, from the last position down; position i swaps with a uniform
 *   j in 0 … i, j = ⌊u · (i + 1)⌋.
 * - `shuffleFirst(values, count, random)`: only the first `count` positions, from the front; position i swaps
 *   with a uniform j in i … length − 1, j = i + ⌊u · (length − i)⌋. The first `count` values are then a
 *   uniform sample without replacement, in the order drawn; O(count) swaps.
 *
 * `random` is an `Rng` (`createRng`) or the sfc32 state of `createRngState`, drawn directly: the same numbers,
 * 3–6 times faster in hot loops because no closure result is allocated. The same seed gives the same
 * permutation, bit for bit, in every JavaScript engine.
 */
import { type Rng, sfc32Next } from "./rng.js";

/** A seeded source of uniform numbers in [0, 1): an `Rng`, or an sfc32 state (`createRngState`). */
export type RandomSource = Rng | Int32Array;

/** A list whose elements can be swapped in place: an array or a typed array. */
export interface SwappableList<T> {
  readonly length: number;
  [index: number]: T;
}

/**
 * Shuffles `values` in place (Fisher–Yates from the last position down).
 *
 * @example
 * ```ts
 * import { createRng, createRngState, shuffle } from "@vernetzt/core/random";
 *
 * const values = [1, 2, 3, 4, 5];
 * shuffle(values, createRng(1));
 * values.slice().sort() //=> [1, 2, 3, 4, 5]
 * // the sfc32 state of the same seed draws the same numbers: the same permutation
 * const again = Int32Array.from([1, 2, 3, 4, 5]);
 * shuffle(again, createRngState(1));
 * again.join() === values.join() //=> true
 * ```
 */
export function shuffle<T>(values: SwappableList<T>, random: RandomSource): void {
  if (random instanceof Int32Array) {
    for (let i = values.length - 1; i > 0; i--)
      swap(values, i, Math.floor((sfc32Next(random) / 4294967296) * (i + 1)));
    return;
  }
  for (let i = values.length - 1; i > 0; i--) swap(values, i, Math.floor(random() * (i + 1)));
}

/**
 * Shuffles only the first `count` positions of `values` in place (a partial Fisher–Yates from the front): they
 * then hold a uniform sample without replacement of all the values, in the order drawn.
 *
 * @example
 * ```ts
 * import { createRng, shuffleFirst } from "@vernetzt/core/random";
 *
 * const values = ["a", "b", "c", "d", "e", "f"];
 * shuffleFirst(values, 2, createRng(7));
 * const sample = values.slice(0, 2);
 * new Set(sample).size //=> 2
 * values.slice().sort().join("") //=> "abcdef"
 * ```
 */
export function shuffleFirst<T>(values: SwappableList<T>, count: number, random: RandomSource): void {
  const next = random instanceof Int32Array ? () => sfc32Next(random) / 4294967296 : random;
  const length = values.length;
  for (let i = 0; i < Math.min(count, length); i++) swap(values, i, i + Math.floor(next() * (length - i)));
}

function swap<T>(values: SwappableList<T>, i: number, j: number): void {
  const value = values[i]!;
  values[i] = values[j]!;
  values[j] = value;
}
