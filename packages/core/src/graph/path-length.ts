/**
 * When two weighted path lengths count as equal. Tie lengths are 1 / weight, so mathematically equal sums
 * such as 1/10 + 1/5 and 3/10 can differ in their last bits; like igraph (`IGRAPH_SHORTEST_PATH_EPSILON`),
 * vernetzt treats lengths within a relative 1e-10 of each other as equal. Every weighted shortest-path
 * measure (node and tie betweenness, closeness) uses this one rule, so they agree on which paths are shortest.
 */

/**
 * True when path lengths `a` and `b` (≥ 0) are equal up to a relative 1e-10 of their sum.
 *
 * @example
 * ```ts
 * import { sameLength } from "@vernetzt/core/graph";
 *
 * // ties of weight 10 and 5 against one of weight 10/3: both paths have length 3/10
 * 1 / 10 + 1 / 5 === 3 / 10 //=> false
 * sameLength(1 / 10 + 1 / 5, 3 / 10) //=> true
 * sameLength(0.5, 0.5001) //=> false
 * ```
 */
export function sameLength(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-10 * (a + b);
}
