/**
 * Dataset → the graph every metric takes (`VernetztGraph`) for one wave.
 *
 * Nodes: every actor, in input order (isolates included). Edges: the ties of the wave plus, by default, the
 * co-attendance ties of its meetings. A directed graph has one arc per directed tie and two reciprocal arcs per
 * undirected tie; an undirected graph has one edge per tie whatever its direction (the union, as networkx's
 * `to_undirected()` but with weights summed). Parallel ties are merged: weights summed, `types` the sorted union,
 * `date` the latest, extra attributes of the first tie win. A self-loop (kept only from a graph tool's file,
 * `TIE_SELF_LOOP_KEPT`) is one edge v–v, also in a directed graph (networkx's `to_directed()` keeps it once).
 * Survey reports of one pair are first symmetrised into one tie by the dataset's level rule, and ties below its
 * minimum level left out (`tie-levels.ts`; default: rule `max`, every level); co-attendance ties count at
 * level 2, so a view of level 3 leaves them out.
 */
import { DirectedGraph, UndirectedGraph } from "graphology";
import { coAttendanceTies } from "./co-attendance.js";
import { CO_ATTENDANCE_LEVEL, tiesAtLevel } from "./tie-levels.js";
import type { Actor, Dataset, Tie, TieAttributes, TieLevel, VernetztGraph } from "./types.js";
import { resolveWave } from "./waves.js";

export interface BuildGraphOptions {
  /** Wave to build. Default: the latest wave (`dataset.waves` last). */
  wave?: string;
  /** Directed graph? Default: `dataset.directed`. */
  directed?: boolean;
  /** Add co-attendance ties from meetings (`attendance`). Default `true`. */
  coAttendance?: boolean;
}

export const DEFAULT_BUILD_GRAPH_OPTIONS: Required<Omit<BuildGraphOptions, "wave" | "directed">> = {
  coAttendance: true,
};

/**
 * Builds the graph of one wave; throws `UnknownWaveError` for a wave the dataset does not have.
 *
 * @example
 * ```ts
 * import { parseDataset } from "@vernetzt/core/io";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * const { dataset } = await parseDataset([
 *   { name: "actors.csv", data: "id,name\nquartier,Quartiersbüro\nkita,Kita Sonnenschein\njugend,Jugendtreff" },
 *   { name: "ties.csv", data: "source,target,wave\nquartier,kita,2023\nquartier,kita,2024\nkita,jugend,2024" },
 * ]);
 * const graph = buildGraph(dataset!); // the latest wave, 2024
 * graph.order //=> 3
 * graph.size //=> 2
 * graph.getAttribute("wave") //=> "2024"
 * buildGraph(dataset!, { wave: "2023" }).size //=> 1
 * ```
 */
export function buildGraph(dataset: Dataset, options: BuildGraphOptions = {}): VernetztGraph {
  const wave = resolveWave(dataset, options.wave);
  const directed = options.directed ?? dataset.directed;
  const coAttendance = options.coAttendance ?? DEFAULT_BUILD_GRAPH_OPTIONS.coAttendance;
  const attributes = { name: dataset.name, wave, directed };
  const graph: VernetztGraph = directed
    ? new DirectedGraph({ allowSelfLoops: true })
    : new UndirectedGraph({ allowSelfLoops: true });
  graph.replaceAttributes(attributes);
  for (const actor of dataset.actors) graph.addNode(actor.id, copyActor(actor));
  const ties = tiesAtLevel(dataset, wave);
  const minLevel = dataset.levelView?.minLevel ?? 1;
  if (coAttendance && minLevel <= CO_ATTENDANCE_LEVEL) ties.push(...coAttendanceTies(dataset, wave));
  for (const tie of ties) {
    if (!graph.hasNode(tie.source) || !graph.hasNode(tie.target)) continue;
    addTie(graph, tie.source, tie.target, tie);
    if (directed && !tie.directed && tie.source !== tie.target) addTie(graph, tie.target, tie.source, tie);
  }
  return graph;
}

function addTie(graph: VernetztGraph, source: string, target: string, tie: Tie): void {
  const existing = graph.edge(source, target);
  if (existing === undefined) {
    const attributes: TieAttributes = {
      weight: tie.weight,
      types: tie.type === undefined ? [] : [tie.type],
      attributes: { ...tie.attributes },
    };
    if (tie.date !== undefined) attributes.date = tie.date;
    if (tie.level !== undefined) attributes.level = tie.level;
    graph.addEdgeWithKey(`e${graph.size}`, source, target, attributes);
    return;
  }
  graph.updateEdgeAttributes(existing, (current) => {
    const merged: TieAttributes = {
      weight: current.weight + tie.weight,
      types:
        tie.type === undefined || current.types.includes(tie.type)
          ? current.types
          : [...current.types, tie.type].sort(),
      attributes: { ...tie.attributes, ...current.attributes },
    };
    const date = [current.date, tie.date]
      .filter((d): d is string => d !== undefined)
      .sort()
      .at(-1);
    if (date !== undefined) merged.date = date;
    const level = Math.max(current.level ?? 0, tie.level ?? 0);
    if (level > 0) merged.level = level as TieLevel;
    return merged;
  });
}

/**
 * A copy of an actor that shares nothing mutable with the dataset (faster than `structuredClone`).
 *
 * @example
 * ```ts
 * import { copyActor } from "@vernetzt/core/model";
 * import type { Actor } from "@vernetzt/core/model";
 *
 * const actor: Actor = { id: "kita", name: "Kita", topics: ["Familie"], offers: [], needs: [], attributes: {} };
 * const copy = copyActor(actor);
 * copy.topics.push("Sprache");
 * actor.topics //=> ["Familie"]
 * copy.topics //=> ["Familie", "Sprache"]
 * ```
 */
export function copyActor(actor: Actor): Actor {
  return {
    ...actor,
    topics: [...actor.topics],
    offers: [...actor.offers],
    needs: [...actor.needs],
    attributes: { ...actor.attributes },
  };
}
