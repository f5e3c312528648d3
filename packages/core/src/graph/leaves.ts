/**
 * Leaves folded into their neighbour's sweep. An actor u with exactly one partner v (a leaf) sees the
 * network through v: d(u, w) = d(v, w) + 1 for every other w, and every shortest path from u continues one of
 * v's. So the sweep from v also yields everything the sweep from u would (Baglioni, Geraci, Pellegrini &
 * Lastres 2012, "Fast exact computation of betweenness centrality in social networks", ASONAM,
 * doi:10.1109/ASONAM.2012.25, who remove degree-1 vertices the same way):
 *
 * - betweenness: δ_u(w) = δ_v(w) for w ∉ {u, v}, and δ_u(v) = r − 2 (r = actors v reaches, itself included):
 *   v's dependencies count 1 + (number of v's leaves) times, and v gains (number of leaves) · (r − 2);
 * - distance sum: Σ_w d(u, w) = Σ_w d(v, w) + r − 2;
 * - inverse-distance sum: Σ_{levels ℓ of v} count_ℓ / (ℓ + 1) − 1/2 (u itself sits at level 1 of v);
 * - eccentricity: ecc(v) + 1 (v has another partner, so some actor other than u lies at ecc(v) ≥ 1).
 *
 * Only leaves whose partner has at least two partners are folded (in a component of two actors both are
 * leaves of each other: both are swept). Applies to the exact, unweighted sweep over all actors; the
 * weighted sweep would need all of v's distances, not its level counts. In the benchmark graphs 4–5 % of the
 * actors are leaves; in surveyed civic networks, where many actors name one partner, often far more.
 */
import type { Adjacency } from "./csr.js";

/** The leaves folded into each actor's sweep: those of v are `leaves[offsets[v] .. offsets[v + 1])`. */
export interface FoldedLeaves {
  readonly offsets: Int32Array;
  readonly leaves: Int32Array;
}

/**
 * Splits the actors of `adjacency` into the sources to sweep (ascending) and the leaves folded into them.
 *
 * @example
 * ```ts
 * import { foldLeaves, toCsr } from "@vernetzt/core/graph";
 * import { parseEdgeList } from "@vernetzt/core/interop";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * // A star: the centre c and three leaves; x – y is a component of two actors.
 * const { dataset } = parseEdgeList({ name: "stern.edgelist", data: "c a\nc b\nc d\nx y" });
 * const { sources, folded } = foldLeaves(toCsr(buildGraph(dataset!)).undirected);
 * Array.from(sources) //=> [0, 4, 5]
 * Array.from(folded.leaves.subarray(folded.offsets[0], folded.offsets[1])) //=> [1, 2, 3]
 * ```
 */
export function foldLeaves(adjacency: Adjacency): { sources: Int32Array; folded: FoldedLeaves } {
  const { offsets, targets } = adjacency;
  const n = offsets.length - 1;
  const degree = (v: number) => offsets[v + 1]! - offsets[v]!;
  const partnerOf = new Int32Array(n).fill(-1);
  const counts = new Int32Array(n + 1);
  let leafCount = 0;
  for (let u = 0; u < n; u++) {
    if (degree(u) !== 1) continue;
    const v = targets[offsets[u]!]!;
    if (degree(v) < 2) continue;
    partnerOf[u] = v;
    counts[v + 1]++;
    leafCount++;
  }
  const leafOffsets = new Int32Array(n + 1);
  for (let v = 0; v < n; v++) leafOffsets[v + 1] = leafOffsets[v]! + counts[v + 1]!;
  const next = leafOffsets.slice(0, n);
  const leaves = new Int32Array(leafCount);
  const sources = new Int32Array(n - leafCount);
  let s = 0;
  for (let u = 0; u < n; u++) {
    const v = partnerOf[u]!;
    if (v < 0) sources[s++] = u;
    else leaves[next[v]!++] = u;
  }
  return { sources, folded: { offsets: leafOffsets, leaves } };
}
