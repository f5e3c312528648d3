/**
 * The two-mode (bipartite) network of actors × meetings: an edge joins an actor and a meeting it attended.
 * Node keys are prefixed (`actor:<id>`, `event:<id>`) because actor and meeting ids may coincide; the `part`
 * attribute says which side a node is on (as networkx's `bipartite` node attribute, igraph's `type`).
 */

import { UndirectedGraph } from "graphology";
import type { AbstractGraph } from "graphology-types";
import { copyActor } from "./build-graph.js";
import type { Actor, Dataset, MeetingEvent } from "./types.js";
import { eventsInWave } from "./waves.js";

export type TwoModeNodeAttributes =
  | { part: "actor"; id: string; label: string; actor: Actor }
  | { part: "event"; id: string; label: string; event: MeetingEvent };

export type TwoModeGraph = AbstractGraph<TwoModeNodeAttributes, { weight: number }, { name: string }>;

export interface TwoModeGraphOptions {
  /** Only meetings of this wave (and those without a wave). Default: every meeting. */
  wave?: string;
}

/**
 * Node key of an actor in the two-mode graph.
 *
 * @example
 * ```ts
 * import { actorNodeKey } from "@vernetzt/core/model";
 *
 * actorNodeKey("kita") //=> "actor:kita"
 * ```
 */
export const actorNodeKey = (id: string): string => `actor:${id}`;
/**
 * Node key of a meeting in the two-mode graph.
 *
 * @example
 * ```ts
 * import { eventNodeKey } from "@vernetzt/core/model";
 *
 * eventNodeKey("ak1") //=> "event:ak1"
 * ```
 */
export const eventNodeKey = (id: string): string => `event:${id}`;

/**
 * Builds the actor × meeting graph: every actor, then every meeting, then one edge per attendance.
 *
 * @example
 * ```ts
 * import { parseDataset } from "@vernetzt/core/io";
 * import { actorNodeKey, twoModeGraph } from "@vernetzt/core/model";
 *
 * const { dataset } = await parseDataset([
 *   { name: "actors.csv", data: "id,name\na,Stadtteilbüro\nb,Familienzentrum\nc,Sportverein" },
 *   { name: "ties.csv", data: "source,target\na,b" },
 *   { name: "events.csv", data: "id\nak1\nak2" },
 *   { name: "attendance.csv", data: "event,actor\nak1,a\nak1,b\nak2,a" },
 * ]);
 * const graph = twoModeGraph(dataset!);
 * graph.order //=> 5
 * graph.size //=> 3
 * graph.degree(actorNodeKey("a")) //=> 2
 * ```
 */
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
