/**
 * The view of a graph that weighted path measures walk: its ties of weight > 0 only. A tie of weight 0 is a
 * tie (it counts for degree, clustering and every unweighted measure), but as an intensity of 0 its length
 * 1 / weight is infinite, so no weighted shortest path runs through it; this view leaves it out, so that
 * reach, components and distances of the weighted path measures agree. networkx and igraph take a weight as
 * a length and have no such rule: with `distance = 1/weight` a zero weight is a division by zero there.
 */
import { type Adjacency, CsrGraph } from "./csr.js";

/**
 * `csr` without its ties of weight 0 (the same object when it has none).
 *
 * @example
 * ```ts
 * import { toCsr, withoutZeroWeights } from "@vernetzt/core/graph";
 * import { parseEdgeList } from "@vernetzt/core/interop";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * const { dataset } = parseEdgeList({ name: "netz.edgelist", data: "a b 2\nb c 0" });
 * const csr = toCsr(buildGraph(dataset!));
 * csr.undirectedTieCount //=> 2
 * withoutZeroWeights(csr).undirectedTieCount //=> 1
 * withoutZeroWeights(toCsr(buildGraph(parseEdgeList({ name: "n.edgelist", data: "a b" }).dataset!))).n //=> 2
 * ```
 */
export function withoutZeroWeights(csr: CsrGraph): CsrGraph {
  const { ids, indexOf, directed } = csr;
  if (![csr.undirected, csr.outgoing, csr.incoming].some((view) => view.weights.includes(0))) return csr;
  const undirected = positiveOnly(csr.undirected);
  const { selfLoops, loops } = csr;
  if (!directed)
    return new CsrGraph(ids, indexOf, false, undirected, undirected, undirected, selfLoops, loops);
  const outgoing = positiveOnly(csr.outgoing);
  const incoming = positiveOnly(csr.incoming);
  return new CsrGraph(ids, indexOf, true, undirected, outgoing, incoming, selfLoops, loops);
}

function positiveOnly(adjacency: Adjacency): Adjacency {
  const { offsets, targets, weights } = adjacency;
  const n = offsets.length - 1;
  const kept = new Int32Array(n + 1);
  const keptTargets: number[] = [];
  const keptWeights: number[] = [];
  for (let v = 0; v < n; v++) {
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
      if (weights[e] === 0) continue;
      keptTargets.push(targets[e]!);
      keptWeights.push(weights[e]!);
    }
    kept[v + 1] = keptTargets.length;
  }
  return { offsets: kept, targets: Int32Array.from(keptTargets), weights: Float64Array.from(keptWeights) };
}
