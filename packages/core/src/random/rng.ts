/**
 * Seeded pseudo-random numbers for the generators: small, fast, documented, identical on every platform.
 *
 * - `hashSeed(...parts)` folds a seed and any number of stream labels (strings or integers) into one
 *   32-bit integer with MurmurHash3's `fmix32` finaliser. It makes *counter-based* streams: the random
 *   choices of actor 4711 in wave 2 come from `createRng(hashSeed(seed, "tie", 4711))`, so they do not
 *   depend on anything generated before. That is what lets the network generator stream a million actors
 *   without remembering them.
 * - `createRng(seed)` returns sfc32 (Chris Doty-Humphrey's "Small Fast Counting" generator from
 *   PractRand, 128-bit state, passes PractRand and BigCrush), seeded through SplitMix32 and warmed up by
 *   12 rounds as PractRand recommends. The result is an `Rng`: a function returning a float in [0, 1),
 *   the same shape as `Math.random` and graphology's `rng` options, so it plugs into both.
 *
 * Only 32-bit integer arithmetic (`Math.imul`, `>>> 0`) is used: same seed, same numbers, in every
 * JavaScript engine. Not for cryptography.
 */

/** A source of uniform floats in [0, 1). `Math.random` has this shape; so does `createRng(seed)`. */
export type Rng = () => number;

/** A seed: any integer (taken modulo 2^32) or any string. */
export type Seed = number | string;

/** MurmurHash3's 32-bit finaliser: a bijection on 32-bit integers with full avalanche. */
function fmix32(h: number): number {
  let x = h >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** Folds one part (integer or string) into the running hash `h`. */
function mix(h: number, part: Seed): number {
  if (typeof part === "number" && !Number.isInteger(part)) {
    // Fractions (and ±Infinity, NaN) are folded by their decimal text, so 1.5 and 1 differ.
    return mix(fmix32(h ^ 0x27d4eb2f), String(part));
  }
  if (typeof part === "number") {
    // Integers up to 2^53 are folded in two 32-bit halves, so 2^32 + 1 and 1 differ.
    const low = part >>> 0;
    const high = Math.floor(part / 4294967296) >>> 0;
    return fmix32(fmix32(h ^ low) + Math.imul(high, 0x9e3779b9));
  }
  let x = fmix32(h ^ 0x5bd1e995 ^ part.length);
  for (let i = 0; i < part.length; i++) x = fmix32(x ^ Math.imul(part.charCodeAt(i), 0x9e3779b9));
  return x;
}

/**
 * Hashes a seed and stream labels into one 32-bit unsigned integer. Deterministic; different parts or a
 * different order give (with overwhelming probability) different values.
 *
 * @example
 * ```ts
 * import { hashSeed } from "@vernetzt/core/random";
 *
 * // a counter-based stream: the choices for actor 4711 in wave 2 do not depend on anything drawn before
 * const seed = hashSeed(1, "tie", 4711, 2);
 * seed === hashSeed(1, "tie", 4711, 2) //=> true
 * seed === hashSeed(1, "tie", 2, 4711) //=> false
 * Number.isInteger(seed) && seed >= 0 && seed < 2 ** 32 //=> true
 * ```
 */
export function hashSeed(...parts: Seed[]): number {
  let h = 0x811c9dc5;
  for (const part of parts) h = mix(h, part);
  return h;
}

/**
 * Uniform float in [0, 1) derived from the parts alone: a one-shot coin without creating a generator.
 *
 * @example
 * ```ts
 * import { hashSeed, hashUnit } from "@vernetzt/core/random";
 *
 * const coin = hashUnit(1, "respond", 17, 2);
 * coin === hashSeed(1, "respond", 17, 2) / 2 ** 32 //=> true
 * coin >= 0 && coin < 1 //=> true
 * ```
 */
export function hashUnit(...parts: Seed[]): number {
  return hashSeed(...parts) / 4294967296;
}

/**
 * The sfc32 step on a 128-bit state `[a, b, c, counter]` (32-bit words, updated in place); returns the output
 * word as an unsigned integer. Definition (PractRand): t = a + b + counter; counter += 1; a = b ^ (b >>> 9);
 * b = c + (c << 3); c = rotl(c, 21) + t, all modulo 2^32. The state lives in an `Int32Array` so the
 * arithmetic stays in 32-bit integers: no number is allocated per call (4x faster than closure variables).
 *
 * @example
 * ```ts
 * import { sfc32Next } from "@vernetzt/core/random";
 *
 * // from the all-zero state: t = a + b + counter, then b = c + 8c, c = rotl(c, 21) + t
 * const state = new Int32Array(4);
 * [sfc32Next(state), sfc32Next(state), sfc32Next(state), sfc32Next(state)] //=> [0, 1, 2, 12]
 * ```
 */
export function sfc32Next(state: Int32Array): number {
  const a = state[0]!;
  const b = state[1]!;
  const c = state[2]!;
  const t = (((a + b) | 0) + state[3]!) | 0;
  state[3] = (state[3]! + 1) | 0;
  state[0] = b ^ (b >>> 9);
  state[1] = (c + (c << 3)) | 0;
  state[2] = (((c << 21) | (c >>> 11)) + t) | 0;
  return t >>> 0;
}

/**
 * sfc32 seeded from `seed` (a number or string; several parts are hashed with `hashSeed`).
 * Same seed, same sequence, on every platform.
 *
 * @example
 * ```ts
 * import { createRng } from "@vernetzt/core/random";
 *
 * const random = createRng(42);
 * const draws = [random(), random(), random()];
 * draws.every((x) => x >= 0 && x < 1) //=> true
 * // same seed, same sequence, on every platform
 * const again = createRng(42);
 * draws.every((x) => x === again()) //=> true
 * createRng("Welle 2")() === createRng("Welle 3")() //=> false
 * ```
 */
export function createRng(...seed: Seed[]): Rng {
  const state = createRngState(...seed);
  return () => sfc32Next(state) / 4294967296;
}

/**
 * The sfc32 state behind `createRng(...seed)`: `sfc32Next(state) / 2^32` gives the same numbers as the
 * function `createRng` returns. For hot loops (permutation tests draw millions of numbers): calling
 * `sfc32Next` directly avoids a closure call whose floating-point result V8 may allocate on the heap.
 *
 * @example
 * ```ts
 * import { createRng, createRngState, sfc32Next } from "@vernetzt/core/random";
 *
 * const state = createRngState(42);
 * sfc32Next(state) / 4294967296 === createRng(42)() //=> true
 * ```
 */
export function createRngState(...seed: Seed[]): Int32Array {
  // SplitMix32 expands the 32-bit seed into the 128-bit sfc32 state.
  let s = hashSeed(...seed);
  const splitmix = (): number => {
    s = (s + 0x9e3779b9) >>> 0;
    return fmix32(s);
  };
  const state = new Int32Array(4);
  state[0] = splitmix();
  state[1] = splitmix();
  state[2] = splitmix();
  state[3] = 1; // the counter word starts at 1, as in PractRand
  for (let i = 0; i < 12; i++) sfc32Next(state);
  return state;
}
