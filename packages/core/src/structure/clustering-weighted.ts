/**
 * Weighted local clustering (Onnela, Saramäki, Kertész & Kaski 2005, "Intensity and coherence of motifs in
 * weighted complex networks", Phys. Rev. E 71, 065103, doi:10.1103/PhysRevE.71.065103):
 *
 *   C_w(v) = 2 / (k(k − 1)) · Σ_{u<w ∈ N(v), u~w} (ŵ_vu ŵ_uw ŵ_wv)^{1/3},  ŵ = weight / max weight in the graph
 *
 * the geometric mean of the normalised tie weights of each triangle through v, over the k(k − 1)/2 pairs of
 * v's partners; 0 when k < 2. With equal weights it is the plain `clustering`. Computed on the graph vernetzt
 * analyses: the undirected (union) view, whose tie weight is the sum of the ties merged into it (both
 * directions of directed data, repeated ties of a dataset), so a pair tied twice weighs twice. Equals networkx
 * `clustering(G, weight="weight")` on that undirected graph. igraph has no Onnela clustering
 * (`transitivity_local_undirected(weights=…)` is Barrat et al. 2004's), nor does R sna.
 *
 * The cube root is `portableCbrt` (the same bits in every engine), so results do not depend on the engine.
 */
import { type CsrGraph, csrOf, type GraphInput } from "../graph/csr.js";
import { toRecord } from "../graph/options.js";
import type { ActorMeasure } from "../measures/types.js";
import { portableCbrt } from "../numeric/portable-cbrt.js";

/**
 * Weighted (Onnela) clustering per actor id; always uses the tie weights.
 *
 * @example
 * ```ts
 * import { clusteringWeighted } from "@vernetzt/core/structure";
 * import { parseEdgeList } from "@vernetzt/core/interop";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * // one triangle with weights 1, 1 and 8 (the largest): ∛(1/8 · 1/8 · 1) = 0.25; d hangs on c
 * const ties = "a b 8\nb c 1\nc a 1\nc d 8";
 * const graph = buildGraph(parseEdgeList({ name: "netz.edgelist", data: ties }).dataset!);
 * clusteringWeighted(graph) //=> { a: 0.25, b: 0.25, c: 0.0833, d: 0 }
 * ```
 */
export function clusteringWeighted(graph: GraphInput): Record<string, number> {
  const csr = csrOf(graph);
  return toRecord(csr.ids, clusteringWeightedArray(csr));
}

/**
 * Weighted clustering by actor index, O(Σ_v k_v²).
 *
 * @example
 * ```ts
 * import { clusteringWeightedArray } from "@vernetzt/core/structure";
 * import { toCsr } from "@vernetzt/core/graph";
 * import { parseEdgeList } from "@vernetzt/core/interop";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * // equal weights: the plain clustering coefficient
 * const { dataset } = parseEdgeList({ name: "netz.edgelist", data: "a b\nb c\nc a\nc d" });
 * clusteringWeightedArray(toCsr(buildGraph(dataset!))) //=> [1, 1, 0.3333, 0]
 * ```
 */
export function clusteringWeightedArray(csr: CsrGraph): Float64Array {
  const { offsets, targets, weights } = csr.undirected;
  const n = csr.n;
  let max = 0;
  for (let e = 0; e < weights.length; e++) if (weights[e]! > max) max = weights[e]!;
  if (max === 0) max = 1;
  const mark = new Int32Array(n).fill(-1);
  // scaled[u] = ŵ_vu while v is the centre (mark[u] === v)
  const scaled = new Float64Array(n);
  const result = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    const k = offsets[v + 1]! - offsets[v]!;
    if (k < 2) continue;
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
      mark[targets[e]!] = v;
      scaled[targets[e]!] = weights[e]! / max;
    }
    let sum = 0;
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
      const u = targets[e]!;
      const vu = scaled[u]!;
      for (let f = offsets[u]!; f < offsets[u + 1]!; f++) {
        const w = targets[f]!;
        // each triangle once: its second partner w after u (rows are sorted by index)
        if (w > u && mark[w] === v) sum += portableCbrt(vu * (weights[f]! / max) * scaled[w]!);
      }
    }
    result[v] = (2 * sum) / (k * (k - 1));
  }
  return result;
}

export const clusteringWeightedMeasure = {
  id: "clusteringWeighted",
  scope: "actor",
  label: {
    de: "Partner untereinander verbunden, gewichtet (Clustering nach Onnela)",
    en: "Partners tied to each other, weighted (Onnela clustering)",
  },
  explanation: {
    de: "Wie „Partner untereinander verbunden“, doch jedes Dreieck zählt nach der Stärke seiner drei Beziehungen, gemessen an der stärksten Beziehung im Netzwerk.",
    en: "As partners tied to each other, but each triangle counts by the strength of its three ties, measured against the strongest tie of the network.",
  },
  unit: null,
  range: "0 … 1",
  reference: {
    formula: "2 / (k(k − 1)) · Σ_{u<w ∈ N(v), u~w} (ŵ_vu ŵ_uw ŵ_wv)^{1/3}, ŵ = weight / max weight",
    citation: "Onnela, Saramäki, Kertész & Kaski 2005, doi:10.1103/PhysRevE.71.065103",
    networkx: 'clustering(G, weight="weight")',
    igraph: null,
    sna: null,
    note: "on the undirected view, a pair's weight the sum of the ties merged into it; written with --weighted",
  },
  options: [],
  schema: { type: "number", minimum: 0, maximum: 1 },
  needs: "weighted",
  compute: (context) => clusteringWeightedArray(context.view),
} as const satisfies ActorMeasure;
