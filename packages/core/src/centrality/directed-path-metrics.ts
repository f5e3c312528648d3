/**
 * Path measures along the direction of the ties, from one shortest-path sweep per source over the arcs as
 * given (`csr.outgoing`); for undirected data every tie is an arc both ways.
 *
 * - betweennessDirected(v) = Σ_{s≠v≠t} σ_st(v) / σ_st over ORDERED pairs (s, t), σ_st = number of shortest
 *   directed paths from s to t (Freeman 1977, doi:10.2307/3033543; Brandes 2001,
 *   doi:10.1080/0022250X.2001.9990249) = networkx `betweenness_centrality(DiGraph, normalized=False)` = igraph
 *   `betweenness(directed=True)`. Raw, as the issue asks; networkx's `normalized=True` divides by (n − 1)(n − 2).
 * - closenessDirected(v) = (r − 1) / Σ_u d(u, v) · (r − 1) / (n − 1): INCOMING distances, r − 1 = actors that
 *   reach v; 0 when none does (Wasserman & Faust 1994, eq. 5.3 with the improvement for disconnected graphs)
 *   = networkx `closeness_centrality(DiGraph)` (wf_improved=True, which reverses the graph: distances TO v)
 *   = igraph `closeness(mode="in", normalized=True)` · (r − 1)/(n − 1). R sna's `closeness(gmode="digraph")`
 *   uses outgoing distances and is 0 for every actor that cannot reach all others: not this one.
 *
 * `weighted: true`: the length of an arc is 1 / weight, as for the undirected path measures
 * (`path-metrics.ts`; an arc of weight 0 has no finite length and carries no path); two lengths within 1e-10 of each other relative to their sum count as equal (igraph's
 * rule; `graph/path-length.ts`). Always exact (no sampling): O(n·m) unweighted, O(n·m log n) weighted.
 *
 * Brandes' dependencies are pulled from DAG successors in reverse settle order, recomputing the successor test
 * (d(v) + len(v, w) = d(w), w settled after v) from the arcs, so no predecessor lists are stored; σ is summed
 * over the same relation when an actor is settled (its incoming arcs from actors settled before it).
 */
import type { Adjacency, CsrGraph } from "../graph/csr.js";
import { heapDown, heapUp } from "../graph/indexed-heap.js";
import { checkBoolean } from "../graph/options.js";
import { sameLength } from "../graph/path-length.js";
import { withoutZeroWeights } from "../graph/positive-ties.js";
import { shared } from "../measures/context.js";

const MODULE = "vernetzt/centrality/directed-path-metrics";

/** Options of `betweennessDirected`, `closenessDirected` and `directedPathMetrics`. */
export interface DirectedPathMetricsOptions {
  /** Use tie weights, arc length = 1 / weight. Default `false`: every arc has length 1. */
  weighted: boolean;
}

export const DEFAULT_DIRECTED_PATH_METRICS_OPTIONS: DirectedPathMetricsOptions = { weighted: false };

/** Both directed path measures by actor index. */
export interface DirectedPathMetricsArrays {
  betweennessDirected: Float64Array;
  closenessDirected: Float64Array;
}

/**
 * Resolves and validates the options of the directed path measures.
 *
 * @example
 * ```ts
 * import { resolveDirectedPathMetricsOptions } from "@vernetzt/core/centrality";
 *
 * resolveDirectedPathMetricsOptions() //=> { weighted: false }
 * ```
 */
export function resolveDirectedPathMetricsOptions(
  options: Partial<DirectedPathMetricsOptions> = {},
): DirectedPathMetricsOptions {
  const resolved = { ...DEFAULT_DIRECTED_PATH_METRICS_OPTIONS, ...options };
  checkBoolean(MODULE, "weighted", resolved.weighted);
  return resolved;
}

/** The directed sweep of a run (directed data only), shared by the descriptors of both measures. */
export const DIRECTED_PATH_SWEEP = shared("directed path sweep", (context) =>
  directedPathMetrics(context.view, { weighted: context.settings.weighted }),
);

/**
 * Directed betweenness and closeness by actor index, from one sweep (see the file comment).
 *
 * @example
 * ```ts
 * import { directedPathMetrics } from "@vernetzt/core/centrality";
 * import { toCsr } from "@vernetzt/core/graph";
 * import { parseEdgeList } from "@vernetzt/core/interop";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * // a → b → c: b lies on the one path from a to c; c is reached by a (2 steps) and b (1 step)
 * const { dataset } = parseEdgeList({ name: "kette.edgelist", data: "a b\nb c" }, { directed: true });
 * const arrays = directedPathMetrics(toCsr(buildGraph(dataset!)), { weighted: false });
 * arrays.betweennessDirected //=> [0, 1, 0]
 * arrays.closenessDirected //=> [0, 0.5, 0.6667]
 * ```
 */
export function directedPathMetrics(
  csr: CsrGraph,
  options: DirectedPathMetricsOptions,
): DirectedPathMetricsArrays {
  const n = csr.n;
  const view = options.weighted ? withoutZeroWeights(csr) : csr;
  const sweep = createSweep(n);
  const betweenness = new Float64Array(n);
  const incomingDistance = new Float64Array(n);
  const reachedBy = new Int32Array(n);
  const forward = options.weighted ? dijkstraFrom : bfsFrom;
  for (let s = 0; s < n; s++) {
    const count = forward(view, s, sweep);
    const { order, dist } = sweep;
    for (let i = 1; i < count; i++) {
      const t = order[i]!;
      incomingDistance[t] += dist[t]!;
      reachedBy[t]++;
    }
    accumulateDependencies(view.outgoing, count, sweep, options.weighted, betweenness);
    sweep.reset(count);
  }
  const closeness = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    const r = reachedBy[v]!;
    if (r > 0) closeness[v] = ((r / (n - 1)) * r) / incomingDistance[v]!;
  }
  return { betweennessDirected: betweenness, closenessDirected: closeness };
}

/** Work arrays of one sweep, allocated once per call and reset where a source touched them. */
interface Sweep {
  /** Actors in settle order; `rank[v]` = position of v in it, −1 when not reached. */
  order: Int32Array;
  rank: Int32Array;
  dist: Float64Array;
  sigma: Float64Array;
  delta: Float64Array;
  heap: Int32Array;
  keys: Float64Array;
  position: Int32Array;
  reset(count: number): void;
}

function createSweep(n: number): Sweep {
  const sweep: Sweep = {
    order: new Int32Array(n),
    rank: new Int32Array(n).fill(-1),
    dist: new Float64Array(n).fill(Number.POSITIVE_INFINITY),
    sigma: new Float64Array(n),
    delta: new Float64Array(n),
    heap: new Int32Array(n),
    keys: new Float64Array(n),
    position: new Int32Array(n).fill(-1),
    reset(count) {
      for (let i = 0; i < count; i++) {
        const v = sweep.order[i]!;
        sweep.rank[v] = -1;
        sweep.dist[v] = Number.POSITIVE_INFINITY;
        sweep.sigma[v] = 0;
        sweep.delta[v] = 0;
        sweep.position[v] = -1;
      }
    },
  };
  return sweep;
}

/** Breadth-first search along the arcs from `s`; returns the number of actors reached (s included). */
function bfsFrom(csr: CsrGraph, s: number, sweep: Sweep): number {
  const { offsets, targets } = csr.outgoing;
  const { order, rank, dist, sigma } = sweep;
  dist[s] = 0;
  sigma[s] = 1;
  rank[s] = 0;
  order[0] = s;
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    const v = order[head]!;
    const next = dist[v]! + 1;
    for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e++) {
      const w = targets[e]!;
      if (rank[w] === -1) {
        rank[w] = tail;
        order[tail++] = w;
        dist[w] = next;
      }
      if (dist[w] === next) sigma[w] += sigma[v]!;
    }
  }
  return tail;
}

/**
 * Dijkstra along the arcs from `s` (length 1 / weight); σ of an actor is summed when it is settled, over its
 * incoming arcs from actors settled before it that lie on a shortest path. Returns the number reached.
 */
function dijkstraFrom(csr: CsrGraph, s: number, sweep: Sweep): number {
  const out = csr.outgoing;
  const inn = csr.incoming;
  const { order, rank, dist, sigma, heap, keys, position } = sweep;
  dist[s] = 0;
  heap[0] = s;
  keys[0] = 0;
  position[s] = 0;
  let size = 1;
  let count = 0;
  while (size > 0) {
    const v = heap[0]!;
    const dv = dist[v]!;
    size--;
    if (size > 0) heapDown(heap, keys, position, size, heap[size]!, keys[size]!);
    rank[v] = count;
    order[count++] = v;
    let sv = v === s ? 1 : 0;
    for (let e = inn.offsets[v]!, end = inn.offsets[v + 1]!; e < end; e++) {
      const u = inn.targets[e]!;
      if (rank[u] !== -1 && u !== v && sameLength(dist[u]! + 1 / inn.weights[e]!, dv)) sv += sigma[u]!;
    }
    sigma[v] = sv;
    for (let e = out.offsets[v]!, end = out.offsets[v + 1]!; e < end; e++) {
      const w = out.targets[e]!;
      if (rank[w] !== -1) continue;
      const alt = dv + 1 / out.weights[e]!;
      if (dist[w] === Number.POSITIVE_INFINITY) {
        dist[w] = alt;
        heapUp(heap, keys, position, size++, w, alt);
      } else if (alt < dist[w]! && !sameLength(alt, dist[w]!)) {
        dist[w] = alt;
        heapUp(heap, keys, position, position[w]!, w, alt);
      }
    }
  }
  return count;
}

/**
 * Brandes' backward pass: δ(v) = Σ_{w DAG successor of v} σ(v)/σ(w) · (1 + δ(w)), in reverse settle order;
 * adds δ(v) to `betweenness` for every v but the source.
 */
function accumulateDependencies(
  out: Adjacency,
  count: number,
  sweep: Sweep,
  weighted: boolean,
  betweenness: Float64Array,
): void {
  const { order, rank, dist, sigma, delta } = sweep;
  for (let i = count - 1; i > 0; i--) {
    const v = order[i]!;
    const dv = dist[v]!;
    let pull = 0;
    for (let e = out.offsets[v]!, end = out.offsets[v + 1]!; e < end; e++) {
      const w = out.targets[e]!;
      if (rank[w]! <= i) continue;
      const successor = weighted ? sameLength(dv + 1 / out.weights[e]!, dist[w]!) : dist[w] === dv + 1;
      if (successor) pull += (1 + delta[w]!) / sigma[w]!;
    }
    delta[v] = sigma[v]! * pull;
    betweenness[v] += delta[v]!;
  }
}
