/**
 * The graph of one wave of a typed-column dataset (`io/column-dataset.ts`), without a graphology graph: the
 * ties as arrays in the order `buildGraph` adds its edges, and the CSR view every metric takes.
 *
 * The same rules as `buildGraph` for a dataset without meetings and survey levels: nodes are the actors in
 * input order; the ties of the wave become one edge per pair (undirected) or per arc (directed), parallel ties
 * merged with their weights summed in row order, the edge keeping the ends of its first tie. So every measure
 * gives the same numbers as on `toCsr(buildGraph(dataset))` (tested), and Louvain the same partition
 * (`communities/louvain.ts`, `louvainOfTies`). The graphology graph stays the public model: build it with
 * the normal reader and `buildGraph` when a caller needs it.
 */
import type { CodedColumn, ColumnDataset } from "../io/column-dataset.js";
import { UnknownWaveError } from "../model/errors.js";
import { type CsrGraph, countingOrder, csrFromTies, type TieArrays } from "./csr.js";

/** One wave of a column dataset as a graph. */
export interface ColumnGraph {
  readonly wave: string;
  readonly directed: boolean;
  /** The edges in `buildGraph`'s order, with their ends as `buildGraph` stores them. */
  readonly ties: TieArrays;
  /** The CSR view of these edges (the same as `toCsr(buildGraph(dataset))`). */
  readonly csr: CsrGraph;
  /** The categorical actor fields, coded. */
  readonly fields: ColumnDataset["fields"];
}

/**
 * The graph of `wave` (default: the latest) of a column dataset.
 *
 * @example
 * ```ts
 * import { columnGraph } from "@vernetzt/core/graph";
 * import { readColumnDataset } from "@vernetzt/core/io";
 *
 * const result = readColumnDataset([
 *   { name: "actors.csv", data: "id,name\na,Kita\nb,Schule\nc,Verein" },
 *   { name: "ties.csv", data: "source,target,weight,type,wave\na,b,2,Kooperation,1\nb,a,1,Austausch,1\nb,c,1,,2" },
 * ]);
 * if (!("dataset" in result)) throw new Error(result.unsupported.reason);
 * const first = columnGraph(result.dataset, "1");
 * [...first.ties.source, ...first.ties.target, ...first.ties.weight] //=> [0, 1, 3]
 * columnGraph(result.dataset).csr.m //=> 1
 * ```
 */
export function columnGraph(dataset: ColumnDataset, wave?: string): ColumnGraph {
  const selected = wave ?? dataset.waves.at(-1)!;
  const code = dataset.waves.indexOf(selected);
  if (code < 0) throw new UnknownWaveError(selected, dataset.waves);
  const { source, target, weight, wave: waveOf } = dataset.ties;
  const directed = dataset.directed;
  // the ties of the wave, each pair (arc) keyed by its ends (low, high); two stable counting sorts put equal
  // keys next to each other in row order: each run is one edge, placed at its first tie, weights summed in order
  let count = 0;
  for (let e = 0; e < waveOf.length; e++) if (waveOf[e] === code) count++;
  const rows = new Int32Array(count);
  const low = new Int32Array(count);
  const high = new Int32Array(count);
  for (let e = 0, k = 0; e < waveOf.length; e++) {
    if (waveOf[e] !== code) continue;
    const swap = !directed && target[e]! < source[e]!;
    rows[k] = e;
    low[k] = swap ? target[e]! : source[e]!;
    high[k++] = swap ? source[e]! : target[e]!;
  }
  const n = dataset.ids.length;
  const order = countingOrder(n, low, countingOrder(n, high, null));
  const head = new Int32Array(count).fill(-1);
  const sum = new Float64Array(count);
  for (let j = 0; j < count; ) {
    const first = order[j]!;
    let total = 0;
    let k = j;
    for (; k < count && low[order[k]!] === low[first] && high[order[k]!] === high[first]; k++) {
      total += weight[rows[order[k]!]!]!;
    }
    head[first] = first;
    sum[first] = total;
    j = k;
  }
  const s = new Int32Array(count);
  const t = new Int32Array(count);
  const w = new Float64Array(count);
  let m = 0;
  for (let k = 0; k < count; k++) {
    if (head[k] !== k) continue;
    s[m] = source[rows[k]!]!;
    t[m] = target[rows[k]!]!;
    w[m++] = sum[k]!;
  }
  const ties = { source: s.slice(0, m), target: t.slice(0, m), weight: w.slice(0, m) };
  return {
    wave: selected,
    directed,
    ties,
    csr: csrFromTies(dataset.ids, dataset.indexOf, directed, ties),
    fields: dataset.fields,
  };
}

/**
 * The values of a coded column per actor (undefined for an empty cell), for `categorizeValues`.
 *
 * @example
 * ```ts
 * import { columnValues } from "@vernetzt/core/graph";
 *
 * columnValues({ values: ["Nord", "Süd"], codes: Int32Array.of(1, -1, 0) }) //=> ["Süd", undefined, "Nord"]
 * ```
 */
export function columnValues(column: CodedColumn): Array<string | undefined> {
  return Array.from(column.codes, (code) => (code < 0 ? undefined : column.values[code]));
}

/**
 * The ties (in order) whose both ends are included, as the group measures take them (`tieList` of a graph).
 *
 * @example
 * ```ts
 * import { tiesAmong } from "@vernetzt/core/graph";
 *
 * const ties = { source: Int32Array.of(0, 1), target: Int32Array.of(1, 2), weight: Float64Array.of(1, 1) };
 * const among = tiesAmong(ties, (i) => i !== 2);
 * [[...among.source], [...among.target], among.leftOut] //=> [[0], [1], 1]
 * ```
 */
export function tiesAmong(
  ties: TieArrays,
  include: (actorIndex: number) => boolean,
): { source: Int32Array; target: Int32Array; leftOut: number } {
  const m = ties.source.length;
  const source = new Int32Array(m);
  const target = new Int32Array(m);
  let count = 0;
  for (let e = 0; e < m; e++) {
    const s = ties.source[e]!;
    const t = ties.target[e]!;
    if (!include(s) || !include(t)) continue;
    source[count] = s;
    target[count++] = t;
  }
  return { source: source.subarray(0, count), target: target.subarray(0, count), leftOut: m - count };
}
