/**
 * Triangles through each actor in the undirected (union) view, each triangle found once by orienting ties
 * from lower to higher (degree, index) rank — O(m^1.5) (Latapy 2008, doi:10.1016/j.tcs.2008.07.017).
 * Equals networkx `triangles`. Basis of local clustering and transitivity.
 */
import type { CsrGraph } from "../graph/csr.js";
import { shared } from "../measures/context.js";

/**
 * Number of triangles through each actor, by index.
 *
 * @example
 * ```ts
 * import { triangleCounts } from "@vernetzt/core/structure";
 * import { toCsr } from "@vernetzt/core/graph";
 * import { parseEdgeList } from "@vernetzt/core/interop";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * const { dataset } = parseEdgeList({ name: "netz.edgelist", data: "a b\nb c\nc a\nc d" });
 * const graph = buildGraph(dataset!);
 * triangleCounts(toCsr(graph)) //=> [1, 1, 1, 0]
 * ```
 */
export function triangleCounts(csr: CsrGraph): Float64Array {
  const { offsets, targets } = csr.undirected;
  const n = csr.n;
  const higher = (a: number, b: number): boolean => {
    const da = offsets[a + 1]! - offsets[a]!;
    const db = offsets[b + 1]! - offsets[b]!;
    return db > da || (db === da && b > a);
  };
  const fwdOffsets = new Int32Array(n + 1);
  for (let v = 0; v < n; v++) {
    let c = 0;
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) if (higher(v, targets[e]!)) c++;
    fwdOffsets[v + 1] = fwdOffsets[v]! + c;
  }
  const fwd = new Int32Array(fwdOffsets[n]!);
  for (let v = 0, k = 0; v < n; v++) {
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) if (higher(v, targets[e]!)) fwd[k++] = targets[e]!;
  }
  const mark = new Int32Array(n).fill(-1);
  const counts = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    for (let e = fwdOffsets[v]!; e < fwdOffsets[v + 1]!; e++) mark[fwd[e]!] = v;
    for (let e = fwdOffsets[v]!; e < fwdOffsets[v + 1]!; e++) {
      const u = fwd[e]!;
      for (let f = fwdOffsets[u]!; f < fwdOffsets[u + 1]!; f++) {
        const w = fwd[f]!;
        if (mark[w] === v) {
          counts[v]++;
          counts[u]++;
          counts[w]++;
        }
      }
    }
  }
  return counts;
}

/** The triangle counts of a measure run, shared by local clustering and transitivity. */
export const TRIANGLE_COUNTS = shared("triangle counts", (context) => triangleCounts(context.view));
