/**
 * How evenly a quantity is spread over categories: Pielou's evenness, the Shannon entropy normalised by its
 * maximum,
 *
 *   J = H / ln S,   H = −Σ pᵢ ln pᵢ,   pᵢ = nᵢ / Σ n,
 *
 * where S is the number of categories that *could* hold a share, including those with nᵢ = 0 (E. C. Pielou,
 * "The measurement of diversity in different types of biological collections", J. Theor. Biol. 13 (1966)
 * 131–144, doi:10.1016/0022-5193(66)90013-0). J = 1 when every category holds the same share, J = 0 when one
 * category holds everything. Used for host rotation (the categories are the institutions that come regularly,
 * whether they hosted or not: one host among ten gives 0, ten hosts once each give 1) and for the mix of
 * sectors at a working group. Matches `scipy.stats.entropy(counts) / log(S)`; R `vegan::diversity(x) /
 * log(S)` over the same S. Logarithms from `numeric/portable-log.ts`, so the dashboard and the CLI print the
 * same digits.
 */
import { portableLog } from "../numeric/portable-log.js";

/**
 * Pielou's evenness J of `counts` over `categories` categories (`categories` ≥ `counts.length`: the missing
 * ones hold 0); `null` when fewer than two categories or nothing is counted.
 *
 * @example
 * ```ts
 * import { pielouEvenness } from "@vernetzt/core/meetings";
 *
 * pielouEvenness([2, 2, 2]) //=> 1
 * pielouEvenness([6], 3) //=> 0
 * pielouEvenness([4, 2], 2) //=> 0.9183
 * pielouEvenness([5]) //=> null
 * ```
 */
export function pielouEvenness(counts: readonly number[], categories = counts.length): number | null {
  const total = counts.reduce((sum, n) => sum + n, 0);
  if (categories < 2 || total <= 0) return null;
  let entropy = 0;
  for (const n of counts) {
    if (n > 0) entropy -= (n / total) * portableLog(n / total);
  }
  const j = entropy / portableLog(categories);
  return Math.round(Math.min(1, Math.max(0, j)) * 1e4) / 1e4;
}
