/**
 * The ties of a graph as two typed arrays of actor indices (graph order), for linear-time group measures
 * and permutation tests that touch every tie many times; and, with an attribute's categorisation, what every
 * group measure reads (`CategorisedTies`). In a measure run both are built once: the graph's ties once per
 * analysis (numbered by its indexed view), the categorisation and the ties among the categorised actors once
 * per attribute (`CATEGORISED_TIES`), however many group measures read them. Internal to the groups and
 * communities areas.
 */
import { graphOf, groupShared, shared } from "../measures/context.js";
import type { VernetztGraph } from "../model/types.js";
import {
  CATEGORIZATION,
  type Categorization,
  type CategoryAttribute,
  categorizeActors,
} from "./categories.js";

/** Ties among the actors with `include[i] === true`, each once, as index pairs; and how many were left out. */
export interface TieList {
  source: Int32Array;
  target: Int32Array;
  /** Ties with at least one end outside `include`. */
  leftOut: number;
}

/** Index of every actor id in graph order. */
export function actorIndex(graph: VernetztGraph): Map<string, number> {
  const index = new Map<string, number>();
  let i = 0;
  graph.forEachNode((id) => {
    index.set(id, i++);
  });
  return index;
}

/**
 * Collects the ties between included actors in the graph's edge order (self-loops left out).
 * The same as `tiesAmong(graphTies(graph), include)`.
 */
export function tieList(graph: VernetztGraph, include: (actorIndex: number) => boolean): TieList {
  return tiesAmong(graphTies(graph), include);
}

/**
 * Every tie of the graph between two actors, once, in the graph's edge order (self-loops left out;
 * `leftOut` = 0). `index`: the actor numbering to use (default: graph order, as `actorIndex`; an analysis
 * passes its indexed view's `indexOf`, the same numbering, so the graph's ids are looked up once).
 */
export function graphTies(
  graph: VernetztGraph,
  index: ReadonlyMap<string, number> = actorIndex(graph),
): TieList {
  const source = new Int32Array(graph.size);
  const target = new Int32Array(graph.size);
  let count = 0;
  graph.forEachEdge((_, __, s, t) => {
    // a self-loop is no tie between two actors: the group measures leave it out (docs/metrics.md, Self-loops)
    if (s === t) return;
    source[count] = index.get(s)!;
    target[count] = index.get(t)!;
    count++;
  });
  return { source: source.subarray(0, count), target: target.subarray(0, count), leftOut: 0 };
}

/** The ties of `all` among the actors with `include(i)`, in the same order; the others count as left out. */
export function tiesAmong(all: TieList, include: (actorIndex: number) => boolean): TieList {
  const m = all.source.length;
  const source = new Int32Array(m);
  const target = new Int32Array(m);
  let count = 0;
  for (let e = 0; e < m; e++) {
    const si = all.source[e]!;
    const ti = all.target[e]!;
    if (!include(si) || !include(ti)) continue;
    source[count] = si;
    target[count] = ti;
    count++;
  }
  return {
    source: source.subarray(0, count),
    target: target.subarray(0, count),
    leftOut: all.leftOut + m - count,
  };
}

/** What every group measure reads: the categorisation of one attribute and the ties among its categorised actors. */
export interface CategorisedTies {
  readonly groups: Categorization;
  readonly ties: TieList;
  /** Whether the ties are directed (`source` names `target`). */
  readonly directed: boolean;
}

/**
 * Categorises the actors by `attribute` and collects the ties among the categorised ones (for one measure on
 * its own; a measure run shares both, see `CATEGORISED_TIES`).
 */
export function categorisedTies(graph: VernetztGraph, attribute: CategoryAttribute): CategorisedTies {
  const groups = categorizeActors(graph, attribute);
  const ties = tiesAmong(graphTies(graph), (i) => groups.codes[i]! >= 0);
  return { groups, ties, directed: graph.type === "directed" };
}

/** Every tie of the run's graph once, numbered by its indexed view: built once per analysis. */
const GRAPH_TIES = shared("ties in graph order", (context) =>
  graphTies(graphOf(context, "groups"), context.view.indexOf),
);

/** `CategorisedTies` of a group attribute in a measure run: each attribute categorised and filtered once. */
export const CATEGORISED_TIES = groupShared("categorised ties", (context, group): CategorisedTies => {
  const groups = group.use(CATEGORIZATION);
  const ties = tiesAmong(context.use(GRAPH_TIES), (i) => groups.codes[i]! >= 0);
  return { groups, ties, directed: context.view.directed };
});
