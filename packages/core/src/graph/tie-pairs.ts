/**
 * The ties of the undirected view as numbered pairs, for measures that give each tie a value (tie
 * betweenness) or remove ties one by one (Girvan–Newman). Pair p joins `source[p] < target[p]` (actor
 * indices); pairs are numbered by source, then target, so the numbering is the same for the same graph.
 * `pairOf[e]` is the pair of adjacency entry e; each pair has two entries, one in each endpoint's row.
 */
import type { Adjacency } from "./csr.js";

/** The pairs of an undirected adjacency (see the module comment). */
export interface TiePairs {
  /** Number of pairs (ties of the undirected view). */
  readonly count: number;
  /** Lower actor index of each pair. */
  readonly source: Int32Array;
  /** Higher actor index of each pair. */
  readonly target: Int32Array;
  /** Pair of each adjacency entry. */
  readonly pairOf: Int32Array;
  /** Entry of each pair in the row of its lower actor (`source[p]` → `target[p]`). */
  readonly entry: Int32Array;
  /** For each adjacency entry, the entry of the same tie in the other endpoint's row. */
  readonly mate: Int32Array;
}

/**
 * Numbers the ties of an undirected adjacency (rows sorted by neighbour, as `toCsr` builds them).
 *
 * @example
 * ```ts
 * import { tiePairs, toCsr } from "@vernetzt/core/graph";
 * import { parseEdgeList } from "@vernetzt/core/interop";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * const { dataset } = parseEdgeList({ name: "netz.edgelist", data: "b c\na b\nc a" });
 * const pairs = tiePairs(toCsr(buildGraph(dataset!)).undirected);
 * pairs.count //=> 3
 * // actors b = 0, c = 1, a = 2: pairs (0, 1), (0, 2), (1, 2)
 * pairs.source //=> [0, 0, 1]
 * pairs.target //=> [1, 2, 2]
 * pairs.pairOf //=> [0, 1, 0, 2, 1, 2]
 * pairs.entry //=> [0, 1, 3]
 * pairs.mate //=> [2, 4, 0, 5, 1, 3]
 * ```
 */
export function tiePairs(adjacency: Adjacency): TiePairs {
  const { offsets, targets } = adjacency;
  const n = offsets.length - 1;
  const count = targets.length / 2;
  const source = new Int32Array(count);
  const target = new Int32Array(count);
  const pairOf = new Int32Array(targets.length).fill(-1);
  const entry = new Int32Array(count);
  const mate = new Int32Array(targets.length);
  let next = 0;
  for (let u = 0; u < n; u++) {
    for (let e = offsets[u]!; e < offsets[u + 1]!; e++) {
      const v = targets[e]!;
      if (v < u) continue;
      const reverse = reverseEntry(adjacency, v, u);
      source[next] = u;
      target[next] = v;
      entry[next] = e;
      pairOf[e] = pairOf[reverse] = next;
      mate[e] = reverse;
      mate[reverse] = e;
      next++;
    }
  }
  return { count, source, target, pairOf, entry, mate };
}

/** The entry of `u` in the (sorted) row of `v`. */
function reverseEntry({ offsets, targets }: Adjacency, v: number, u: number): number {
  let lo = offsets[v]!;
  let hi = offsets[v + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = targets[mid]!;
    if (t === u) return mid;
    if (t < u) lo = mid + 1;
    else hi = mid - 1;
  }
  throw new Error(`vernetzt/graph/tie-pairs: the adjacency is not symmetric (${u} → ${v} only)`);
}
