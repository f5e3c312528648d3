/**
 * The ties of a graph as two typed arrays of actor indices (graph order), for linear-time group measures
 * and permutation tests that touch every tie many times. Internal to the groups and communities areas.
 */
import type { VernetztGraph } from "../model/types.js";

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

/** Collects the ties between included actors in the graph's edge order (self-loops left out). */
export function tieList(graph: VernetztGraph, include: (actorIndex: number) => boolean): TieList {
  const index = actorIndex(graph);
  const source = new Int32Array(graph.size);
  const target = new Int32Array(graph.size);
  let count = 0;
  let loops = 0;
  graph.forEachEdge((_, __, s, t) => {
    // a self-loop is no tie between two actors: the group measures leave it out (docs/metrics.md, Self-loops)
    if (s === t) {
      loops++;
      return;
    }
    const si = index.get(s)!;
    const ti = index.get(t)!;
    if (!include(si) || !include(ti)) return;
    source[count] = si;
    target[count] = ti;
    count++;
  });
  return {
    source: source.subarray(0, count),
    target: target.subarray(0, count),
    leftOut: graph.size - loops - count,
  };
}
