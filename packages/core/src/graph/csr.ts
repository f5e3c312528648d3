/**
 * A compact, read-only compressed-sparse-row (CSR) view of a `VernetztGraph`, built once per analysis so
 * every metric runs over typed arrays instead of graphology's per-call closures.
 *
 * Node `i` is the i-th actor in graphology's node order (= input order). Three adjacencies are kept:
 * - `undirected`: every partner once, the union of both directions. For directed data the weight of a
 *   pair is the SUM of the weights of both directions (`w_uv + w_vu`, networkx's `mutual_weight`), so the
 *   strength of an actor is the same in both views. Every "undirected" measure uses this view.
 * - `outgoing` and `incoming`: the arcs as given (for undirected graphs both are the same object as `undirected`).
 * Rows are sorted by neighbour index, so the view is identical for identical input.
 *
 * Self-loops (a tie from an actor to itself) are in no adjacency: `loops` lists them apart, so the measures
 * that define them (degree, strength, PageRank: as networkx counts them) add them and every other measure
 * reads the adjacencies without them (`docs/metrics.md`, "Self-loops").
 */
import type { VernetztGraph } from "../model/types.js";
import { InvalidGraphError } from "./errors.js";

/** One adjacency in CSR form: the neighbours of node `i` are `targets[offsets[i] .. offsets[i + 1])`. */
export interface Adjacency {
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  /** Tie weight of each entry of `targets` (intensity, ≥ 0; 0 = a tie without intensity, see `positive-ties.ts`). */
  readonly weights: Float64Array;
}

/** The self-loops of a graph: one entry per loop, in the graph's edge order (at most one per actor). */
export interface SelfLoops {
  /** Actor index of each loop. */
  readonly nodes: Int32Array;
  /** Weight of each loop (≥ 0, as the ties' weights). */
  readonly weights: Float64Array;
}

/** A graph without self-loops. */
export const NO_SELF_LOOPS: SelfLoops = Object.freeze({
  nodes: new Int32Array(0),
  weights: new Float64Array(0),
});

/**
 * The CSR view of one graph. Build it with `toCsr(graph)`; every metric also accepts it directly.
 *
 * @example
 * ```ts
 * import { toCsr } from "@vernetzt/core/graph";
 * import { parseEdgeList } from "@vernetzt/core/interop";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * const edges = "kita jugend 2\nkita sport\nsport kita";
 * const { dataset } = parseEdgeList({ name: "netz.edgelist", data: edges }, { directed: true });
 * const graph = buildGraph(dataset!);
 * const csr = toCsr(graph);
 * [csr.n, csr.m, csr.undirectedTieCount] //=> [3, 3, 2]
 * csr.indexOf.get("sport") //=> 2
 * csr.partnerCount(0) //=> 2
 * csr.degree(0) //=> 2
 * csr.outgoing.targets //=> [1, 2, 0]
 * csr.undirected.weights //=> [2, 2, 2, 2]
 * ```
 */
export class CsrGraph {
  /** Number of actors. */
  readonly n: number;
  /** Number of ties of the graph as given (arcs for directed graphs). */
  readonly m: number;
  constructor(
    /** Actor ids, index → id, in graph order. */
    readonly ids: readonly string[],
    /** Actor id → index. */
    readonly indexOf: ReadonlyMap<string, number>,
    readonly directed: boolean,
    readonly undirected: Adjacency,
    readonly outgoing: Adjacency,
    readonly incoming: Adjacency,
    /**
     * Number of ties from an actor to itself in the graph, left out of every adjacency (listed in `loops`).
     * 0 for most graphs.
     */
    readonly selfLoops = 0,
    /**
     * The self-loops themselves: degree, strength and PageRank count them (as networkx does), every other
     * measure leaves them out.
     */
    readonly loops: SelfLoops = NO_SELF_LOOPS,
  ) {
    this.n = ids.length;
    this.m = directed ? outgoing.targets.length : undirected.targets.length / 2;
  }

  /** Number of partners of node `i` in the undirected (union) view. */
  partnerCount(i: number): number {
    return this.undirected.offsets[i + 1]! - this.undirected.offsets[i]!;
  }

  /** @deprecated The same as {@link CsrGraph.partnerCount} (kept for callers of earlier versions). */
  degree(i: number): number {
    return this.partnerCount(i);
  }

  /** Number of pairs tied in either direction (= `m` for undirected graphs). */
  get undirectedTieCount(): number {
    return this.undirected.targets.length / 2;
  }
}

/** A graph or its CSR view: what every metric accepts. */
export type GraphInput = VernetztGraph | CsrGraph;

/**
 * Returns the CSR view of `input`, building it unless it already is one.
 *
 * @example
 * ```ts
 * import { csrOf } from "@vernetzt/core/graph";
 * import { parseEdgeList } from "@vernetzt/core/interop";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * const { dataset } = parseEdgeList({ name: "netz.edgelist", data: "a b\nb c" });
 * const graph = buildGraph(dataset!);
 * const csr = csrOf(graph);
 * csrOf(csr) === csr //=> true
 * ```
 */
export function csrOf(input: GraphInput): CsrGraph {
  return input instanceof CsrGraph ? input : toCsr(input);
}

/**
 * Builds the CSR view of a graph. Throws `InvalidGraphError` for mixed or multi graphs and weights that are
 * not finite numbers ≥ 0. Self-loops are left out of the adjacencies (listed in `loops`, counted in `selfLoops`). A missing weight counts as 1; a
 * weight of 0 keeps the tie (weighted path measures do not pass through it: `withoutZeroWeights`).
 *
 * @example
 * ```ts
 * import { toCsr } from "@vernetzt/core/graph";
 * import { parseEdgeList } from "@vernetzt/core/interop";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * const { dataset } = parseEdgeList({ name: "netz.edgelist", data: "a b 2\nb c" });
 * const graph = buildGraph(dataset!);
 * const csr = toCsr(graph);
 * csr.ids //=> ["a", "b", "c"]
 * csr.undirected.offsets //=> [0, 1, 3, 4]
 * csr.undirected.targets //=> [1, 0, 2, 1]
 * csr.undirected.weights //=> [2, 2, 1, 1]
 * ```
 */
export function toCsr(graph: VernetztGraph): CsrGraph {
  if (graph.type === "mixed") throw new InvalidGraphError({ reason: "mixed" });
  if (graph.multi) throw new InvalidGraphError({ reason: "multi" });
  const directed = graph.type === "directed";
  const ids = graph.nodes();
  const indexOf = new Map<string, number>();
  for (let i = 0; i < ids.length; i++) indexOf.set(ids[i]!, i);
  const m = graph.size - countSelfLoops(graph);
  const src = new Int32Array(m);
  const tgt = new Int32Array(m);
  const w = new Float64Array(m);
  let e = 0;
  graph.forEachEdge((_key, attributes, source, target) => {
    const weight = attributes.weight === undefined ? 1 : attributes.weight;
    if (typeof weight !== "number" || !(weight >= 0) || !Number.isFinite(weight)) {
      throw new InvalidGraphError({ reason: "weight", actor: source, target, weight: String(weight) });
    }
    if (source === target) return;
    src[e] = indexOf.get(source)!;
    tgt[e] = indexOf.get(target)!;
    w[e] = weight;
    e++;
  });
  const count = graph.size - m;
  const loops = count === 0 ? NO_SELF_LOOPS : selfLoopsOf(graph, indexOf, count);
  return csrFromTies(ids, indexOf, directed, { source: src, target: tgt, weight: w }, count, loops);
}

/** Ties as parallel typed arrays of actor indices and weights: tie `e` runs from `source[e]` to `target[e]`. */
export interface TieArrays {
  readonly source: Int32Array;
  readonly target: Int32Array;
  readonly weight: Float64Array;
}

/**
 * The CSR view of ties given as arrays (no parallel ties: each pair or arc once; self-loops apart, as counted
 * `selfLoops` and listed `loops`), the same
 * view `toCsr` builds from a graph with these ties in this order. For readers that never build a graphology
 * graph (the typed-column path of `graph/column-graph.ts`).
 *
 * @example
 * ```ts
 * import { csrFromTies } from "@vernetzt/core/graph";
 *
 * const ids = ["a", "b", "c"];
 * const ties = { source: Int32Array.of(0, 1), target: Int32Array.of(1, 2), weight: Float64Array.of(2, 1) };
 * const csr = csrFromTies(ids, new Map(ids.map((id, i) => [id, i])), false, ties);
 * csr.undirected.targets //=> [1, 0, 2, 1]
 * csr.undirected.weights //=> [2, 2, 1, 1]
 * ```
 */
export function csrFromTies(
  ids: readonly string[],
  indexOf: ReadonlyMap<string, number>,
  directed: boolean,
  ties: TieArrays,
  selfLoops = 0,
  loops: SelfLoops = NO_SELF_LOOPS,
): CsrGraph {
  const { source: src, target: tgt, weight: w } = ties;
  const n = ids.length;
  const both = buildAdjacency(n, concat(src, tgt), concat(tgt, src), concat(w, w), directed);
  if (!directed) return new CsrGraph(ids, indexOf, false, both, both, both, selfLoops, loops);
  const out = buildAdjacency(n, src, tgt, w, false);
  const inn = buildAdjacency(n, tgt, src, w, false);
  return new CsrGraph(ids, indexOf, true, both, out, inn, selfLoops, loops);
}

function countSelfLoops(graph: VernetztGraph): number {
  let loops = 0;
  graph.forEachEdge((_key, _attributes, source, target) => {
    if (source === target) loops++;
  });
  return loops;
}

/** The `count` self-loops of a graph whose weights `toCsr` has checked. */
function selfLoopsOf(graph: VernetztGraph, indexOf: ReadonlyMap<string, number>, count: number): SelfLoops {
  const nodes = new Int32Array(count);
  const weights = new Float64Array(count);
  let k = 0;
  graph.forEachEdge((_key, attributes, source, target) => {
    if (source !== target) return;
    nodes[k] = indexOf.get(source)!;
    weights[k++] = attributes.weight === undefined ? 1 : attributes.weight;
  });
  return { nodes, weights };
}

function concat<T extends Int32Array | Float64Array>(a: T, b: T): T {
  const c = new (a.constructor as new (length: number) => T)(a.length + b.length);
  c.set(a);
  c.set(b, a.length);
  return c;
}

/**
 * Two counting-sort passes (by target, then stably by source) give rows sorted by neighbour; with
 * `merge`, repeated (source, target) pairs become one entry whose weight is the sum.
 */
function buildAdjacency(
  n: number,
  src: Int32Array,
  tgt: Int32Array,
  w: Float64Array,
  merge: boolean,
): Adjacency {
  const byTarget = countingOrder(n, tgt, null);
  const order = countingOrder(n, src, byTarget);
  const offsets = new Int32Array(n + 1);
  const targets = new Int32Array(order.length);
  const weights = new Float64Array(order.length);
  let k = 0;
  let row = 0;
  for (let j = 0; j < order.length; j++) {
    const a = order[j]!;
    const s = src[a]!;
    while (row < s) offsets[++row] = k;
    if (merge && k > offsets[s]! && targets[k - 1] === tgt[a]) {
      weights[k - 1] += w[a]!;
    } else {
      targets[k] = tgt[a]!;
      weights[k] = w[a]!;
      k++;
    }
  }
  while (row < n) offsets[++row] = k;
  return k === order.length
    ? { offsets, targets, weights }
    : { offsets, targets: targets.slice(0, k), weights: weights.slice(0, k) };
}

/**
 * Stable counting sort of the positions `within` (default 0..len-1) by `keys` (each in 0..n-1).
 *
 * @example
 * ```ts
 * import { countingOrder } from "@vernetzt/core/graph";
 *
 * countingOrder(3, Int32Array.of(2, 0, 2, 1), null) //=> [1, 3, 0, 2]
 * ```
 */
export function countingOrder(n: number, keys: Int32Array, within: Int32Array | null): Int32Array {
  const len = keys.length;
  const start = new Int32Array(n + 1);
  for (let i = 0; i < len; i++) start[keys[i]! + 1]++;
  for (let i = 0; i < n; i++) start[i + 1] += start[i]!;
  const order = new Int32Array(len);
  for (let j = 0; j < len; j++) {
    const a = within === null ? j : within[j]!;
    order[start[keys[a]!]!++] = a;
  }
  return order;
}
