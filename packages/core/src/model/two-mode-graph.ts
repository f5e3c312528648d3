/**
 * The two-mode (bipartite) network of actors × meetings: an edge joins an actor and a meeting it attended.
 * Node keys are prefixed (`actor:<id>`, `event:<id>`) because actor and meeting ids may coincide; the `part`
 * attribute says which side a node is on (as networkx's `bipartite` node attribute, igraph's `type`).
 */

import type Graph from "graphology";
import { UndirectedGraph } from "graphology";
import { copyActor } from "./build-graph.js";
import type { Actor, Dataset, MeetingEvent } from "./types.js";
import { eventsInWave } from "./waves.js";

export type TwoModeNodeAttributes =
  | { part: "actor"; id: string; label: string; actor: Actor }
  | { part: "event"; id: string; label: string; event: MeetingEvent };

export type TwoModeGraph = Graph<TwoModeNodeAttributes, { weight: number }, { name: string }>;

export interface TwoModeGraphOptions {
  /** Only meetings of this wave (and those without a wave). Default: every meeting. */
  wave?: string;
}

/** Node key of an actor in the two-mode graph. */
export const actorNodeKey = (id: string): string => `actor:${id}`;
/** Node key of a meeting in the two-mode graph. */
export const eventNodeKey = (id: string): string => `event:${id}`;

/** Builds the actor × meeting graph: every actor, then every meeting, then one edge per attendance. */
export function twoModeGraph(dataset: Dataset, options: TwoModeGraphOptions = {}): TwoModeGraph {
  const events = options.wave === undefined ? dataset.events : eventsInWave(dataset, options.wave);
  const graph: TwoModeGraph = new UndirectedGraph({ allowSelfLoops: false });
  graph.replaceAttributes({ name: dataset.name });
  for (const actor of dataset.actors) {
    graph.addNode(actorNodeKey(actor.id), {
      part: "actor",
      id: actor.id,
      label: actor.name,
      actor: copyActor(actor),
    });
  }
  for (const event of events) {
    graph.addNode(eventNodeKey(event.id), {
      part: "event",
      id: event.id,
      label: event.id,
      event: { ...event, attributes: { ...event.attributes } },
    });
  }
  for (const { event, actor } of dataset.attendance) {
    const source = actorNodeKey(actor);
    const target = eventNodeKey(event);
    if (graph.hasNode(source) && graph.hasNode(target) && !graph.hasEdge(source, target)) {
      graph.addEdgeWithKey(`e${graph.size}`, source, target, { weight: 1 });
    }
  }
  return graph;
}
