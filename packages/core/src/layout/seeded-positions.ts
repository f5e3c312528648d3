/**
 * Seeded initial positions for force-directed layouts.
 *
 * ForceAtlas2 only refines positions it is given, so a reproducible layout needs reproducible starting
 * points. They come from mulberry32 (Tommy Ettinger, 2017; public domain), a 32-bit PRNG that is exact in
 * JavaScript: it uses only `Math.imul`, shifts and xors, so one seed gives the same sequence on every engine.
 * Each node, in graph (= input) order, draws x then y uniformly from [-1, 1).
 */

/** A deterministic generator of numbers in [0, 1): the same seed gives the same sequence, everywhere. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A position in the plane. */
export interface Position {
  x: number;
  y: number;
}

/** Uniform random positions in [-1, 1)², drawn in the order of `ids` from `mulberry32(seed)`. */
export function seededPositions(ids: readonly string[], seed: number): Map<string, Position> {
  const random = mulberry32(seed);
  const positions = new Map<string, Position>();
  for (const id of ids) positions.set(id, { x: random() * 2 - 1, y: random() * 2 - 1 });
  return positions;
}
