/**
 * One shortest-path sweep per source that yields, together, everything path-based: Brandes' dependency
 * accumulation (betweenness); per source its distance sum, inverse-distance sum and eccentricity
 * (closeness, harmonic closeness, average path length, diameter — distances are symmetric in the
 * undirected view, so the source's own sums suffice when every actor is a source); and, for sampled sources,
 * per target the sums of distances and inverse distances to the sources (estimated closeness).
 *
 * The search from each source is the shared engine of `shortest-path-dag.ts`: unweighted, direction-optimising
 * breadth-first search; weighted, Dijkstra with an indexed binary heap, where the length of a tie is 1 / weight. Two path lengths count as equal when they differ by less than 1e-10 relative to their sum,
 * as igraph does (`igraph_cmp_epsilon`): with lengths like 1/3 + 1/6 and 1/2, exact floating-point
 * comparison (networkx's) would treat mathematically equal shortest paths as different. The networkx
 * reference values are therefore computed with exact rational lengths (`fractions.Fraction`).
 *
 * Brandes, U. (2001). A faster algorithm for betweenness centrality. J. Math. Sociol. 25(2), 163–177.
 * https://doi.org/10.1080/0022250X.2001.9990249 — the DAG ties of each source are recorded once each in one
 * flat array (no per-source lists), so no per-source allocation is needed: all work arrays are allocated once
 * per block of sources and reset only where a source touched them.
 *
 * Sums over sources (betweenness, sampled target sums) are floating-point sums, so their bits depend on the
 * order of additions: the sources are cut into a fixed partition of contiguous blocks (`sweepBlockSize`),
 * each block is summed from zero and the blocks are added in block order. `sweepPathsParallel`
 * (`parallel-sweep.ts`) hands the same blocks to worker threads, so any number of workers gives these bits.
 */
import type { Adjacency } from "./csr.js";
import type { FoldedLeaves } from "./leaves.js";
import { BreadthFirstDag, DijkstraDag } from "./shortest-path-dag.js";

/** What the sweep computes; arrays of length n. */
export interface SweepAccumulators {
  /** Dependency δ_s(v) summed over sources, times `betweennessWeight`; null to skip Brandes. */
  betweenness: Float64Array | null;
  /** Per target: Σ d(s, v) over the sources s that reach v; null to skip (exact mode). */
  distanceSum: Float64Array | null;
  /** Per target: Σ 1 / d(s, v); null together with `distanceSum`. */
  inverseDistanceSum: Float64Array | null;
  /** Per source (assigned): Σ d(s, v) over reached actors. */
  sourceDistanceSum: Float64Array;
  /** Per source (assigned): Σ 1 / d(s, v). */
  sourceInverseDistanceSum: Float64Array;
  /** Per source (assigned): largest distance to a reached actor. */
  eccentricity: Float64Array;
}

/** How a sweep treats its sources beyond the plain Brandes sweep. */
export interface SweepOptions {
  /**
   * Leaves left out of the sources whose values come from their partner's sweep (`foldLeaves`); unweighted
   * sweeps without target sums only. Default `null`.
   */
  folded?: FoldedLeaves | null;
  /**
   * Linear scaling of sampled dependencies (Geisberger, Sanders & Schultes 2008, "Better approximation of
   * betweenness centrality", ALENEX, doi:10.1137/1.9781611972887.9): a pair (s, t) adds to v only the share
   * d(s, v) / d(s, t), so with the factor 2 in `betweennessWeight` the estimate stays unbiased for undirected
   * graphs while actors near a sampled source are no longer overestimated. Unweighted sweeps only. Default
   * `false`.
   */
  linearScaling?: boolean;
}

/**
 * Fresh zeroed accumulators for `n` actors; `targetSums` for sampled sources.
 *
 * @example
 * ```ts
 * import { createAccumulators } from "@vernetzt/core/graph";
 *
 * const acc = createAccumulators(3, true, false);
 * acc.betweenness //=> [0, 0, 0]
 * acc.distanceSum //=> null
 * ```
 */
export function createAccumulators(n: number, betweenness: boolean, targetSums: boolean): SweepAccumulators {
  return {
    betweenness: betweenness ? new Float64Array(n) : null,
    distanceSum: targetSums ? new Float64Array(n) : null,
    inverseDistanceSum: targetSums ? new Float64Array(n) : null,
    sourceDistanceSum: new Float64Array(n),
    sourceInverseDistanceSum: new Float64Array(n),
    eccentricity: new Float64Array(n),
  };
}

/**
 * Sources per block of the fixed partition: `sources` is cut into contiguous blocks of this size (the last
 * one shorter), each block's summed values (betweenness, target sums) are accumulated from zero, and the
 * blocks are added into the totals in block order. The partition depends only on the number of sources, so
 * the parallel sweep (`sweepPathsParallel`, one block at a time per worker) gives the same bits as this one
 * for any number of workers.
 *
 * @example
 * ```ts
 * import { sweepBlockSize } from "@vernetzt/core/graph";
 *
 * sweepBlockSize(100) //=> 256
 * sweepBlockSize(100_000) //=> 1563
 * ```
 */
export function sweepBlockSize(sourceCount: number): number {
  return Math.max(256, Math.ceil(sourceCount / 64));
}

/**
 * The summed accumulators of one block for `n` actors, zeroed; `targetSums` for sampled sources.
 *
 * @example
 * ```ts
 * import { createBlockSums } from "@vernetzt/core/graph";
 *
 * const sums = createBlockSums(2, true, true);
 * sums //=> { betweenness: [0, 0], distanceSum: [0, 0], inverseDistanceSum: [0, 0] }
 * ```
 */
export function createBlockSums(n: number, betweenness: boolean, targetSums: boolean): BlockSums {
  return {
    betweenness: betweenness ? new Float64Array(n) : null,
    distanceSum: targetSums ? new Float64Array(n) : null,
    inverseDistanceSum: targetSums ? new Float64Array(n) : null,
  };
}

/** What one block adds: the summed fields of `SweepAccumulators`. */
export type BlockSums = Pick<SweepAccumulators, "betweenness" | "distanceSum" | "inverseDistanceSum">;

/**
 * Adds one block's sums into the totals of `acc` (blocks must be added in block order).
 *
 * @example
 * ```ts
 * import { addBlockSums, createAccumulators, createBlockSums, sweepBlock, toCsr } from "@vernetzt/core/graph";
 * import { parseEdgeList } from "@vernetzt/core/interop";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * const { dataset } = parseEdgeList({ name: "netz.edgelist", data: "a b\nb c" });
 * const graph = buildGraph(dataset!);
 * const csr = toCsr(graph);
 * const acc = createAccumulators(csr.n, true, false);
 * for (const block of [[0], [1, 2]]) {
 *   const sums = createBlockSums(csr.n, true, false);
 *   sweepBlock(csr.undirected, block, false, 1, { ...acc, ...sums });
 *   addBlockSums(acc, sums);
 * }
 * acc.betweenness //=> [0, 2, 0]
 * ```
 */
export function addBlockSums(acc: SweepAccumulators, sums: BlockSums): void {
  addInto(acc.betweenness, sums.betweenness);
  addInto(acc.distanceSum, sums.distanceSum);
  addInto(acc.inverseDistanceSum, sums.inverseDistanceSum);
}

function addInto(total: Float64Array | null, part: Float64Array | null): void {
  if (total === null || part === null) return;
  for (let v = 0; v < total.length; v++) total[v] += part[v]!;
}

/**
 * Runs one sweep from each of `sources` over `adjacency` (n nodes) and adds into `acc`, block by block
 * (see `sweepBlockSize`). `weighted`: use `1 / weight` as tie length, else every tie has length 1.
 * `betweennessWeight`: factor on each source's dependencies (1 exact, n/k sampled; 2n/k with linear scaling).
 * `options`: leaves folded into their partner's sweep, linear scaling (see `SweepOptions`).
 *
 * @example
 * ```ts
 * import { createAccumulators, sweepPaths, toCsr } from "@vernetzt/core/graph";
 * import { parseEdgeList } from "@vernetzt/core/interop";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * const { dataset } = parseEdgeList({ name: "netz.edgelist", data: "a b\nb c" });
 * const graph = buildGraph(dataset!);
 * const csr = toCsr(graph);
 * const acc = createAccumulators(csr.n, true, false);
 * sweepPaths(csr.undirected, [0, 1, 2], false, 1, acc);
 * acc.betweenness //=> [0, 2, 0]
 * acc.sourceDistanceSum //=> [3, 2, 3]
 * acc.eccentricity //=> [2, 1, 2]
 * ```
 */
export function sweepPaths(
  adjacency: Adjacency,
  sources: ArrayLike<number>,
  weighted: boolean,
  betweennessWeight: number,
  acc: SweepAccumulators,
  options: SweepOptions = {},
): void {
  const list = sources instanceof Int32Array ? sources : Int32Array.from(sources);
  const size = sweepBlockSize(list.length);
  const n = adjacency.offsets.length - 1;
  for (let start = 0; start < list.length; start += size) {
    const sums = createBlockSums(n, acc.betweenness !== null, acc.distanceSum !== null);
    sweepBlock(
      adjacency,
      list.subarray(start, start + size),
      weighted,
      betweennessWeight,
      { ...acc, ...sums },
      options,
    );
    addBlockSums(acc, sums);
  }
}

/**
 * One block: sweeps from each of `sources` in order, adding straight into `acc` (`options`: see `sweepPaths`).
 *
 * @example
 * ```ts
 * import { createAccumulators, sweepBlock, toCsr } from "@vernetzt/core/graph";
 * import { parseEdgeList } from "@vernetzt/core/interop";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * const { dataset } = parseEdgeList({ name: "netz.edgelist", data: "a b\nb c" });
 * const graph = buildGraph(dataset!);
 * const csr = toCsr(graph);
 * const acc = createAccumulators(csr.n, true, false);
 * sweepBlock(csr.undirected, [0], false, 1, acc); // from a: b lies on the one shortest path a → c
 * acc.betweenness //=> [0, 1, 0]
 * acc.sourceDistanceSum //=> [3, 0, 0]
 * ```
 */
export function sweepBlock(
  adjacency: Adjacency,
  sources: ArrayLike<number>,
  weighted: boolean,
  betweennessWeight: number,
  acc: SweepAccumulators,
  options: SweepOptions = {},
): void {
  const folded = options.folded ?? null;
  const linear = options.linearScaling ?? false;
  if (folded !== null && (weighted || acc.distanceSum !== null)) {
    throw new Error(
      "vernetzt/graph/path-sweep: leaves can be folded only into unweighted sweeps without target sums",
    );
  }
  if (linear && weighted)
    throw new Error("vernetzt/graph/path-sweep: linear scaling needs an unweighted sweep");
  if (weighted) dijkstraSweep(adjacency, sources, betweennessWeight, acc);
  else bfsSweep(adjacency, sources, betweennessWeight, acc, folded, linear);
}

/**
 * The unweighted sweep: per source, the breadth-first DAG (`BreadthFirstDag`, direction-optimising), then the
 * source's sums, the leaves folded into it, the target sums and the dependencies, each a named step below.
 */
function bfsSweep(
  adj: Adjacency,
  sources: ArrayLike<number>,
  bw: number,
  acc: SweepAccumulators,
  folded: FoldedLeaves | null,
  linear: boolean,
): void {
  const n = adj.offsets.length - 1;
  const dag = new BreadthFirstDag(adj);
  // coef[w] = (1 + δ(w)) / σ(w), written when w is finished; pushed[v]: Σ coef of successors that push.
  const coef = new Float64Array(n);
  const pushed = new Float64Array(n);
  const inverse = new Float64Array(n + 1);
  for (let d = 1; d <= n; d++) inverse[d] = 1 / d;
  for (let si = 0; si < sources.length; si++) {
    const s = sources[si]!;
    dag.search(s);
    addSourceSums(dag, s, inverse, acc);
    const leafCount = folded === null ? 0 : addFoldedLeaves(dag, s, folded, inverse, acc);
    if (acc.betweenness !== null && leafCount > 0) acc.betweenness[s] += leafCount * (dag.count - 2) * bw;
    if (acc.distanceSum !== null && acc.inverseDistanceSum !== null)
      addTargetSums(dag, inverse, acc.distanceSum, acc.inverseDistanceSum);
    if (acc.betweenness !== null)
      addDependencies(dag, bw * (1 + leafCount), linear, inverse, coef, pushed, acc.betweenness);
    const { order, count } = dag;
    for (let i = 0; i < count; i++) pushed[order[i]!] = 0;
    dag.clear();
  }
}

/** The source's own distance sum, inverse-distance sum and eccentricity (added level by level, in queue order). */
function addSourceSums(dag: BreadthFirstDag, s: number, inverse: Float64Array, acc: SweepAccumulators): void {
  const { levelStart, depth } = dag;
  let sum = 0;
  let inverseSum = 0;
  for (let l = 1; l < depth; l++) {
    for (let i = levelStart[l]!, end = levelStart[l + 1]!; i < end; i++) {
      sum += l;
      inverseSum += inverse[l]!;
    }
  }
  acc.sourceDistanceSum[s] = sum;
  acc.sourceInverseDistanceSum[s] = inverseSum;
  acc.eccentricity[s] = depth - 1;
}

/**
 * The leaves folded into the sweep of `s` (`leaves.ts`): each is one tie further from every other actor than
 * `s`, so its sums follow from the sweep of `s`. Returns their number.
 */
function addFoldedLeaves(
  dag: BreadthFirstDag,
  s: number,
  folded: FoldedLeaves,
  inverse: Float64Array,
  acc: SweepAccumulators,
): number {
  const leafFrom = folded.offsets[s]!;
  const leafCount = folded.offsets[s + 1]! - leafFrom;
  if (leafCount === 0) return 0;
  const { levelStart, depth, count } = dag;
  let leafInverseSum = 0;
  for (let l = 0; l < depth; l++) leafInverseSum += (levelStart[l + 1]! - levelStart[l]!) * inverse[l + 1]!;
  leafInverseSum -= inverse[2]!;
  const sum = acc.sourceDistanceSum[s]!;
  for (let j = leafFrom; j < leafFrom + leafCount; j++) {
    const u = folded.leaves[j]!;
    acc.sourceDistanceSum[u] = sum + count - 2;
    acc.sourceInverseDistanceSum[u] = leafInverseSum;
    acc.eccentricity[u] = depth;
  }
  return leafCount;
}

/** Sampled sources: each reached actor's distance and inverse distance to this source. */
function addTargetSums(
  dag: BreadthFirstDag,
  inverse: Float64Array,
  distanceSum: Float64Array,
  inverseDistanceSum: Float64Array,
): void {
  const { order, level, count } = dag;
  for (let i = 1; i < count; i++) {
    const v = order[i]!;
    distanceSum[v] += level[v]!;
    inverseDistanceSum[v] += inverse[level[v]!]!;
  }
}

/**
 * Brandes' backward pass, deepest level first: a top-down level pulls the coefficients of its actors'
 * recorded successors, a level found bottom-up pushes each actor's coefficient to its recorded predecessors.
 * Linear scaling: a pair (s, t) through v adds d(s, v) / d(s, t). Accumulate δ̃(v) = Σ_t σ_st(v) / (σ_st
 * d(s, t)) (each target w enters with 1 / d(s, w) instead of 1) and multiply by d(s, v) = l.
 */
function addDependencies(
  dag: BreadthFirstDag,
  sourceWeight: number,
  linear: boolean,
  inverse: Float64Array,
  coef: Float64Array,
  pushed: Float64Array,
  betweenness: Float64Array,
): void {
  const { order, sigma, dag: ties, succFrom, succTo, predFrom, predTo, levelStart, topDown, depth } = dag;
  for (let l = depth - 1; l > 0; l--) {
    const pulls = topDown[l] === 1;
    const pushes = topDown[l - 1] === 0;
    const share = linear ? inverse[l]! : 1;
    const scale = linear ? l : 1;
    for (let i = levelStart[l + 1]! - 1, first = levelStart[l]!; i >= first; i--) {
      const v = order[i]!;
      let successors = pushed[v]!;
      if (pulls) for (let j = succFrom[i]!, end = succTo[i]!; j < end; j++) successors += coef[ties[j]!]!;
      const sv = sigma[v]!;
      const c = successors + share / sv;
      coef[v] = c;
      betweenness[v] += sv * successors * sourceWeight * scale;
      if (pushes) for (let j = predFrom[i]!, end = predTo[i]!; j < end; j++) pushed[ties[j]!] += c;
    }
  }
}

/** The weighted sweep: per source, the Dijkstra DAG (`DijkstraDag`), the sums, then the dependencies. */
function dijkstraSweep(adj: Adjacency, sources: ArrayLike<number>, bw: number, acc: SweepAccumulators): void {
  const { targets } = adj;
  const n = adj.offsets.length - 1;
  const dag = new DijkstraDag(adj);
  const { order, distance: dist, sigma, pred, predStart } = dag;
  // successorSum[u] = Σ over settled successors w of (1 + δ(w)) / σ(w), filled by the backward pass.
  const successorSum = new Float64Array(n);
  const { betweenness, distanceSum, inverseDistanceSum } = acc;
  for (let si = 0; si < sources.length; si++) {
    const s = sources[si]!;
    dag.search(s);
    const count = dag.count;
    let sum = 0;
    let inverseSum = 0;
    let ecc = 0;
    for (let i = 1; i < count; i++) {
      const v = order[i]!;
      const d = dist[v]!;
      sum += d;
      inverseSum += 1 / d;
      if (d > ecc) ecc = d;
      if (distanceSum !== null && inverseDistanceSum !== null) {
        distanceSum[v] += d;
        inverseDistanceSum[v] += 1 / d;
      }
    }
    acc.sourceDistanceSum[s] = sum;
    acc.sourceInverseDistanceSum[s] = inverseSum;
    acc.eccentricity[s] = ecc;
    if (betweenness !== null) {
      for (let i = count - 1; i > 0; i--) {
        const v = order[i]!;
        const sv = sigma[v]!;
        const below = successorSum[v]!;
        betweenness[v] += sv * below * bw;
        const c = below + 1 / sv;
        for (let j = predStart[i]!, end = predStart[i + 1]!; j < end; j++)
          successorSum[targets[pred[j]!]!] += c;
      }
    }
    for (let i = 0; i < count; i++) successorSum[order[i]!] = 0;
    dag.clear();
  }
}
