/**
 * Hand-made graphs and datasets for the tests of gaps, indicators, waves, recommendations and handouts.
 * Builds the graph directly (not through model/buildGraph) so these tests pin only their own area.
 */

import type { Actor, Dataset, Tie, VernetztGraph } from "@vernetzt/core/model";
import Graph from "graphology";

export type ActorSpec = Partial<Actor> & { id: string };

export function actor(spec: ActorSpec): Actor {
  return { name: spec.id, topics: [], offers: [], needs: [], attributes: {}, ...spec };
}

/** An undirected vernetzt graph of `actors` (in order) and `ties` (pairs of ids). */
export function makeGraph(
  actors: readonly ActorSpec[],
  ties: ReadonlyArray<readonly [string, string]>,
  wave = "1",
): VernetztGraph {
  const graph: VernetztGraph = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  graph.replaceAttributes({ name: "test", wave, directed: false });
  for (const spec of actors) graph.addNode(spec.id, actor(spec));
  for (const [source, target] of ties) {
    if (!graph.hasEdge(source, target))
      graph.addEdge(source, target, { weight: 1, types: [], attributes: {} });
  }
  return graph;
}

/** A dataset of `actors` and per-wave tie lists. */
export function makeDataset(
  actors: readonly ActorSpec[],
  tiesByWave: Record<string, ReadonlyArray<readonly [string, string]>>,
  extra: Partial<Dataset> = {},
): Dataset {
  const ties: Tie[] = Object.entries(tiesByWave).flatMap(([wave, pairs]) =>
    pairs.map(([source, target]) => ({ source, target, weight: 1, wave, directed: false, attributes: {} })),
  );
  return {
    name: "test",
    actors: actors.map(actor),
    ties,
    districts: [],
    events: [],
    attendance: [],
    waves: Object.keys(tiesByWave),
    directed: false,
    ...extra,
  };
}

/** All pairs of `ids` as ties (a clique). */
export function clique(ids: readonly string[]): Array<[string, string]> {
  return ids.flatMap((a, i) => ids.slice(i + 1).map((b): [string, string] => [a, b]));
}
