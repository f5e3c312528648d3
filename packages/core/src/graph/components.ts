/**
 * Connected components of the undirected (union) view: for directed data these are the weakly connected
 * components, as networkx `weakly_connected_components` / igraph `connected_components(mode="weak")`.
 *
 * Components are numbered in order of their first actor (input order); the largest component is the one
 * with most actors, the earliest-numbered among equals, so the choice is stable.
 */
import type { CsrGraph } from "./csr.js";

/** The components of a graph, by actor index. */
export interface ComponentIndex {
  /** Component number of each actor (index order). */
  membership: Int32Array;
  /** Number of actors in each component. */
  sizes: number[];
  /** Number of the largest component, -1 for an empty graph. */
  largest: number;
}

/**
 * Components of the CSR view (breadth-first, no recursion).
 *
 * @example
 * ```ts
 * import { componentIndex, toCsr } from "@vernetzt/core/graph";
 * import { parseEdgeList } from "@vernetzt/core/interop";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * const { dataset } = parseEdgeList({ name: "netz.edgelist", data: "a b\nc d\nd e" });
 * const graph = buildGraph(dataset!);
 * const { membership, sizes, largest } = componentIndex(toCsr(graph));
 * membership //=> [0, 0, 1, 1, 1]
 * sizes //=> [2, 3]
 * largest //=> 1
 * ```
 */
export function componentIndex(csr: CsrGraph): ComponentIndex {
  const { offsets, targets } = csr.undirected;
  const membership = new Int32Array(csr.n).fill(-1);
  const queue = new Int32Array(csr.n);
  const sizes: number[] = [];
  let largest = -1;
  for (let start = 0; start < csr.n; start++) {
    if (membership[start] !== -1) continue;
    const c = sizes.length;
    membership[start] = c;
    queue[0] = start;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = queue[head++]!;
      for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
        const w = targets[e]!;
        if (membership[w] === -1) {
          membership[w] = c;
          queue[tail++] = w;
        }
      }
    }
    sizes.push(tail);
    if (largest === -1 || tail > sizes[largest]!) largest = c;
  }
  return { membership, sizes, largest };
}
