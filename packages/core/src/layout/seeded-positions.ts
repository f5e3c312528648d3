/**
 * Seeded initial positions for force-directed layouts.
 *
 * ForceAtlas2 only refines positions it is given, so a reproducible layout needs reproducible starting
 * points. They come from the seeded generator of `random/rng.ts` (sfc32: only 32-bit integer arithmetic, so
 * one seed gives the same sequence on every engine). Each node, in graph (= input) order, draws x then y
 * uniformly from [-1, 1).
 */
import { createRng } from "../random/rng.js";

/** A position in the plane. */
export interface Position {
  x: number;
  y: number;
}

/**
 * Uniform random positions in [-1, 1)², drawn in the order of `ids` from `createRng(seed)`.
 *
 * @example
 * ```ts
 * import { seededPositions } from "@vernetzt/core/layout";
 *
 * const start = seededPositions(["a", "b", "c"], 1);
 * start.size //=> 3
 * Array.from(start.values()).every(({ x, y }) => x >= -1 && x < 1 && y >= -1 && y < 1) //=> true
 * // drawn in the order of the ids: the first actor's start does not depend on the others
 * JSON.stringify(seededPositions(["a"], 1).get("a")) === JSON.stringify(start.get("a")) //=> true
 * ```
 */
export function seededPositions(ids: readonly string[], seed: number): Map<string, Position> {
  const random = createRng(seed);
  const positions = new Map<string, Position>();
  for (const id of ids) positions.set(id, { x: random() * 2 - 1, y: random() * 2 - 1 });
  return positions;
}
