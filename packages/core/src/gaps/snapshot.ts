/**
 * A compact, undirected, integer-indexed view of a vernetzt graph, shared by the gap, indicator and
 * recommendation code so each of them walks adjacency arrays instead of the graphology API.
 *
 * Direction is dropped on purpose: for "who knows whom" a tie exists between two actors when either
 * named the other (networkx `to_undirected()`, igraph `as.undirected(mode = "collapse")`). Weights are
 * ignored: every measure here counts ties.
 */
import type { Actor, VernetztGraph } from "../model/types.js";

export interface Snapshot {
  /** The actors, in the graph's node order (= input order). */
  actors: Actor[];
  /** Actor id → position in `actors`. */
  index: Map<string, number>;
  /** Neighbours of each actor, ascending, without the actor itself and without duplicates. */
  neighbours: number[][];
  /** Every tie once, as `[i, j]` with `i < j`, sorted. */
  edges: Array<[number, number]>;
}

/** Builds the undirected snapshot of `graph` (the graph is only read). */
export function snapshot(graph: VernetztGraph): Snapshot {
  const actors: Actor[] = [];
  const index = new Map<string, number>();
  graph.forEachNode((id, attributes) => {
    index.set(id, actors.length);
    actors.push(attributes);
  });
  const sets = actors.map(() => new Set<number>());
  graph.forEachEdge((_edge, _attributes, source, target) => {
    const i = index.get(source)!;
    const j = index.get(target)!;
    if (i === j) return;
    sets[i].add(j);
    sets[j].add(i);
  });
  const neighbours = sets.map((set) => [...set].sort((x, y) => x - y));
  const edges: Array<[number, number]> = [];
  neighbours.forEach((list, i) => {
    for (const j of list) if (j > i) edges.push([i, j]);
  });
  return { actors, index, neighbours, edges };
}
