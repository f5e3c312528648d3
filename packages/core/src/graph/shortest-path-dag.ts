/**
 * The one shortest-path engine of vernetzt: from one source at a time, the shortest-path DAG of an adjacency
 * — the actors in the order they are reached, their distances, σ (the number of shortest paths from the
 * source) and the DAG's ties — which every path measure then reads in its own backward pass: node betweenness
 * and the distance sums (`path-sweep.ts`), tie betweenness (`centrality/edge-betweenness.ts`). This is the
 * split of Brandes (2008), "On variants of shortest-path betweenness centrality and their generic
 * computation" (Social Networks 30(2), 136–145, doi:10.1016/j.socnet.2007.11.001): one search that counts
 * shortest paths, then an accumulation per variant.
 *
 * Unweighted, `BreadthFirstDag`: direction-optimising breadth-first search (Beamer, Asanović & Patterson 2012,
 * doi:10.1109/SC.2012.50) adapted to Brandes: a level is expanded top-down (scan the frontier's ties) or
 * bottom-up (scan the ties of the actors not yet reached, keeping those with a neighbour in the frontier),
 * whichever scans fewer ties. σ needs every predecessor, so bottom-up scans all ties of an unreached actor (no
 * early exit). Top-down levels record each actor's DAG successors, bottom-up levels each new actor's DAG
 * predecessors. With `directionOptimizing: false` every level is top-down: the plain breadth-first order.
 *
 * Weighted, `DijkstraDag`: Dijkstra with an indexed binary heap (`indexed-heap.ts`), tie length 1 / weight;
 * σ(v) is summed when v is settled, from its settled neighbours on a shortest path, and those ties are recorded
 * as v's predecessors. Two lengths count as equal within a relative 1e-10 (`sameLength`, as igraph does).
 *
 * Both allocate their work arrays once (per adjacency) and reset only what a search touched (`clear`), so a
 * sweep over all sources allocates nothing per source. Each DAG tie is recorded once, in one flat array.
 */
import type { Adjacency } from "./csr.js";
import { heapDown, heapUp } from "./indexed-heap.js";
import { sameLength } from "./path-length.js";

/**
 * Breadth-first shortest-path DAGs of one unweighted adjacency, one source at a time.
 *
 * @example
 * ```ts
 * import { BreadthFirstDag, toCsr } from "@vernetzt/core/graph";
 * import { parseEdgeList } from "@vernetzt/core/interop";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * // a square a–b–d, a–c–d: two shortest paths from a to d
 * const { dataset } = parseEdgeList({ name: "netz.edgelist", data: "a b\na c\nb d\nc d" });
 * const dag = new BreadthFirstDag(toCsr(buildGraph(dataset!)).undirected);
 * dag.search(0);
 * dag.order.subarray(0, dag.count) //=> [0, 1, 2, 3]
 * dag.level //=> [0, 1, 1, 2]
 * dag.sigma //=> [1, 1, 1, 2]
 * dag.depth //=> 3
 * dag.clear();
 * dag.level //=> [-1, -1, -1, -1]
 * ```
 */
export class BreadthFirstDag {
  /** Actors in the order they were reached; the first `count` entries are valid. */
  readonly order: Int32Array;
  /** Number of actors reached (the source included). */
  count = 0;
  /** Number of levels: levels 0 … depth − 1 hold actors; the eccentricity of the source is depth − 1. */
  depth = 0;
  /** Distance (in ties) from the source; −1 for actors not reached. */
  readonly level: Int32Array;
  /** Number of shortest paths from the source; 0 for actors not reached. */
  readonly sigma: Float64Array;
  /** Level L holds `order[levelStart[L] .. levelStart[L + 1])`. */
  readonly levelStart: Int32Array;
  /** 1 when level L was expanded top-down (its actors' successors recorded), 0 bottom-up. */
  readonly topDown: Uint8Array;
  /**
   * DAG ties, each recorded once: the successors of `order[i]` at `dag[succFrom[i] .. succTo[i])` when its
   * level was expanded top-down; the predecessors of `order[i]` at `dag[predFrom[i] .. predTo[i])` when it was
   * found bottom-up (the level before it was expanded bottom-up). Which is valid follows from `topDown`.
   */
  readonly dag: Int32Array;
  readonly succFrom: Int32Array;
  readonly succTo: Int32Array;
  readonly predFrom: Int32Array;
  readonly predTo: Int32Array;
  private readonly degree: Int32Array;
  private readonly unreached: Int32Array;

  constructor(
    readonly adjacency: Adjacency,
    /** Expand a level bottom-up when that scans fewer ties. Default `true`; `false`: plain BFS order. */
    readonly directionOptimizing = true,
  ) {
    const { offsets, targets } = adjacency;
    const n = offsets.length - 1;
    this.degree = new Int32Array(n);
    for (let v = 0; v < n; v++) this.degree[v] = offsets[v + 1]! - offsets[v]!;
    this.order = new Int32Array(n);
    this.level = new Int32Array(n).fill(-1);
    this.sigma = new Float64Array(n);
    this.levelStart = new Int32Array(n + 2);
    this.topDown = new Uint8Array(n + 1);
    this.dag = new Int32Array(targets.length);
    this.succFrom = new Int32Array(n);
    this.succTo = new Int32Array(n);
    this.predFrom = new Int32Array(n);
    this.predTo = new Int32Array(n);
    this.unreached = new Int32Array(n);
  }

  /** The DAG from source `s` (call `clear` before the next search). */
  search(s: number): void {
    const { offsets, targets } = this.adjacency;
    const { degree, order: queue, level: dist, sigma, dag, succFrom, succTo, predFrom, predTo } = this;
    const { unreached, levelStart, topDown } = this;
    const n = offsets.length - 1;
    const everyLevelTopDown = !this.directionOptimizing;
    dist[s] = 0;
    sigma[s] = 1;
    queue[0] = s;
    let head = 0;
    let tail = 1;
    let k = 0;
    let unreachedCount = -1;
    let unreachedTies = targets.length - degree[s]!;
    let frontierTies = degree[s]!;
    let level = 0;
    levelStart[0] = 0;
    while (head < tail) {
      const levelEnd = tail;
      const next = level + 1;
      let nextTies = 0;
      if (everyLevelTopDown || frontierTies <= unreachedTies) {
        topDown[level] = 1;
        for (; head < levelEnd; head++) {
          const v = queue[head]!;
          const sv = sigma[v]!;
          succFrom[head] = k;
          for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e++) {
            const w = targets[e]!;
            const dw = dist[w]!;
            if (dw < 0) {
              dist[w] = next;
              queue[tail++] = w;
              sigma[w] = sv;
              dag[k++] = w;
              nextTies += degree[w]!;
            } else if (dw === next) {
              sigma[w] += sv;
              dag[k++] = w;
            }
          }
          succTo[head] = k;
        }
      } else {
        topDown[level] = 0;
        head = levelEnd;
        if (unreachedCount < 0) {
          unreachedCount = 0;
          for (let v = 0; v < n; v++) if (dist[v]! < 0) unreached[unreachedCount++] = v;
        }
        let kept = 0;
        for (let i = 0; i < unreachedCount; i++) {
          const u = unreached[i]!;
          if (dist[u]! >= 0) continue;
          const from = k;
          let su = 0;
          for (let e = offsets[u]!, end = offsets[u + 1]!; e < end; e++) {
            const w = targets[e]!;
            if (dist[w] === level) {
              su += sigma[w]!;
              dag[k++] = w;
            }
          }
          if (su > 0) {
            dist[u] = next;
            sigma[u] = su;
            predFrom[tail] = from;
            predTo[tail] = k;
            queue[tail++] = u;
            nextTies += degree[u]!;
          } else {
            unreached[kept++] = u;
          }
        }
        unreachedCount = kept;
      }
      unreachedTies -= nextTies;
      frontierTies = nextTies;
      level = next;
      levelStart[level] = levelEnd;
    }
    // `level` is now one past the deepest level; levelStart[level] = tail.
    levelStart[level] = tail;
    this.count = tail;
    this.depth = level;
  }

  /** Resets what the last search touched. */
  clear(): void {
    const { order, level, sigma } = this;
    for (let i = 0; i < this.count; i++) {
      const v = order[i]!;
      level[v] = -1;
      sigma[v] = 0;
    }
    this.count = 0;
    this.depth = 0;
  }
}

/**
 * Dijkstra shortest-path DAGs of one weighted adjacency (tie length 1 / weight; pass an adjacency without
 * ties of weight 0, see `withoutZeroWeights`), one source at a time.
 *
 * @example
 * ```ts
 * import { DijkstraDag, toCsr } from "@vernetzt/core/graph";
 * import { parseEdgeList } from "@vernetzt/core/interop";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * // a–b strong (length 1/2), b–c (1/2) and a–c (1): two shortest paths from a to c
 * const { dataset } = parseEdgeList({ name: "netz.edgelist", data: "a b 2\nb c 2\na c 1" });
 * const dag = new DijkstraDag(toCsr(buildGraph(dataset!)).undirected);
 * dag.search(0);
 * dag.order.subarray(0, dag.count) //=> [0, 1, 2]
 * dag.distance //=> [0, 0.5, 1]
 * dag.sigma //=> [1, 1, 2]
 * // c's predecessors, as entries of c's row: c–a and c–b
 * Array.from(dag.pred.subarray(dag.predStart[2]!, dag.predStart[3]!), (e) => dag.adjacency.targets[e]) //=> [0, 1]
 * dag.clear();
 * dag.count //=> 0
 * ```
 */
export class DijkstraDag {
  /** Actors in the order they were settled; the first `count` entries are valid. */
  readonly order: Int32Array;
  /** Number of actors reached (the source included). */
  count = 0;
  /** Distance (sum of 1 / weight) from the source; +∞ for actors not reached. */
  readonly distance: Float64Array;
  /** Number of shortest paths from the source; 0 for actors not reached. */
  readonly sigma: Float64Array;
  /**
   * Shortest-path predecessors of `order[i]` as adjacency entries of its row (the predecessor is
   * `adjacency.targets[e]`): `pred[predStart[i] .. predStart[i + 1])`.
   */
  readonly pred: Int32Array;
  readonly predStart: Int32Array;
  private readonly cost: Float64Array;
  private readonly settled: Uint8Array;
  // Indexed binary heap of tentative nodes keyed by distance, with decrease-key: at most n entries.
  private readonly heap: Int32Array;
  private readonly keys: Float64Array;
  private readonly position: Int32Array;
  private readonly touched: Int32Array;
  private touchedCount = 0;

  constructor(readonly adjacency: Adjacency) {
    const { offsets, targets, weights } = adjacency;
    const n = offsets.length - 1;
    this.cost = new Float64Array(weights.length);
    for (let e = 0; e < weights.length; e++) this.cost[e] = 1 / weights[e]!;
    this.order = new Int32Array(n);
    this.distance = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
    this.sigma = new Float64Array(n);
    this.pred = new Int32Array(targets.length);
    this.predStart = new Int32Array(n + 1);
    this.settled = new Uint8Array(n);
    this.heap = new Int32Array(n);
    this.keys = new Float64Array(n);
    this.position = new Int32Array(n);
    this.touched = new Int32Array(n);
  }

  /** The DAG from source `s` (call `clear` before the next search). */
  search(s: number): void {
    const { offsets, targets } = this.adjacency;
    const {
      cost,
      distance: dist,
      settled,
      sigma,
      order,
      pred,
      predStart,
      heap,
      keys,
      position,
      touched,
    } = this;
    let nTouched = 0;
    let count = 0;
    let k = 0;
    dist[s] = 0;
    touched[nTouched++] = s;
    let size = 1;
    heap[0] = s;
    keys[0] = 0;
    position[s] = 0;
    while (size > 0) {
      const v = heap[0]!;
      const dv = dist[v]!;
      size--;
      if (size > 0) heapDown(heap, keys, position, size, heap[size]!, keys[size]!);
      settled[v] = 1;
      predStart[count] = k;
      order[count++] = v;
      let sv = v === s ? 1 : 0;
      for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e++) {
        const w = targets[e]!;
        const alt = dv + cost[e]!;
        if (settled[w] === 1) {
          if (sameLength(dist[w]! + cost[e]!, dv)) {
            sv += sigma[w]!;
            pred[k++] = e;
          }
        } else if (dist[w] === Number.POSITIVE_INFINITY) {
          touched[nTouched++] = w;
          dist[w] = alt;
          heapUp(heap, keys, position, size++, w, alt);
        } else if (alt < dist[w]! && !sameLength(alt, dist[w]!)) {
          dist[w] = alt;
          heapUp(heap, keys, position, position[w]!, w, alt);
        }
      }
      sigma[v] = sv;
    }
    predStart[count] = k;
    this.count = count;
    this.touchedCount = nTouched;
  }

  /** Resets what the last search touched. */
  clear(): void {
    const { touched, distance, settled, sigma } = this;
    for (let i = 0; i < this.touchedCount; i++) {
      const v = touched[i]!;
      distance[v] = Number.POSITIVE_INFINITY;
      settled[v] = 0;
      sigma[v] = 0;
    }
    this.count = 0;
    this.touchedCount = 0;
  }
}
