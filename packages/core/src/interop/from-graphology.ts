/**
 * A graph the researcher already has — any graphology graph — as the graph every vernetzt measure takes.
 *
 * - **Direction.** A `directed` or `undirected` graph keeps its type. A `mixed` graph becomes directed when all
 *   its edges are directed and undirected when all are undirected; with both kinds, directed, each undirected
 *   edge becoming two opposite arcs — the rule `buildGraph` applies to a dataset with both kinds of ties.
 *   `directed` overrides: `false` gives the undirected union (networkx `to_undirected()`, weights summed).
 * - **Weights** are read as graphology-metrics reads them (graphology-utils' `createEdgeWeightGetter`): the
 *   attribute `weight` by default, another attribute, a function `(edge, attributes, source, target, …) =>
 *   number`, or `null` for 1 everywhere; a missing or non-numeric value counts 1. Weights are intensities
 *   (`docs/metrics.md`): a weight must be a finite number ≥ 0, else `InvalidGraphError` names the edge.
 * - **Parallel edges** (multi graphs, and the two arcs of a pair in the undirected union) become one tie whose
 *   weight is their sum, as in `buildGraph` and networkx's `mutual_weight`.
 * - **Self-loops** are kept as they are: degree, strength and PageRank count them as networkx does, the other
 *   measures leave them out (`docs/metrics.md`, "Self-loops").
 * - **Node attributes** stay flat attributes: `name`, else `label`, else the key is the actor's name;
 *   vernetzt's actor fields are recognised under their names and aliases (`district`/`Stadtteil`,
 *   `sector`/`Bereich`, `kind`, `topics`, `lat`, `lon`, …, as in a spreadsheet's header); every other attribute
 *   (`group`, `color`, `club`, …) is kept as text in `attributes`, so the group measures can use it
 *   (`mixingMatrix(graph, { attribute: "group" })`). A value a field cannot take (a `kind` that is not one of
 *   vernetzt's kinds, a `lat` that is no number) is kept as an attribute under its own name.
 *
 * Pure: the input graph is read, never changed; the result shares nothing mutable with it.
 */
import { DirectedGraph, UndirectedGraph } from "graphology";
import type { AbstractGraph, Attributes } from "graphology-types";
import { createEdgeWeightGetter } from "graphology-utils/getters.js";
import { InvalidGraphError } from "../graph/errors.js";
import { booleanOf, fieldOf, kindOf } from "../io/aliases.js";
import { parseList } from "../io/values.js";
import type { Actor, TieAttributes, VernetztGraph } from "../model/types.js";
import { DEFAULT_WAVE } from "../model/types.js";

/** How a graphology graph becomes a vernetzt graph. */
export interface FromGraphologyOptions {
  /**
   * The edge weight: an attribute name, a function of the edge (graphology's edge mapper), or `null` for 1 on
   * every edge. Default `"weight"`. A missing or non-numeric value counts 1 (graphology-metrics' rule).
   */
  weight?: string | ((edge: string, attributes: Attributes, source: string, target: string) => number) | null;
  /** Directed result? Default: the graph's own direction (see the module comment for mixed graphs). */
  directed?: boolean;
  /** The network's name. Default: the graph attribute `name`, else `"graph"`. */
  name?: string;
  /** The wave the graph stands for. Default `DEFAULT_WAVE` ("1"). */
  wave?: string;
}

export const DEFAULT_FROM_GRAPHOLOGY_OPTIONS = { weight: "weight", wave: DEFAULT_WAVE } as const;

/**
 * The vernetzt graph of any graphology graph.
 *
 * @example
 * ```ts
 * import Graph from "graphology";
 * import { fromGraphology } from "@vernetzt/core/interop";
 * import { degree, strength } from "@vernetzt/core/centrality";
 * import { mixingMatrix } from "@vernetzt/core/groups";
 *
 * const graph = new Graph({ type: "mixed", multi: true });
 * graph.addNode("kita", { label: "Kita Sonnenschein", group: "Bildung" });
 * graph.addNode("jugend", { label: "Jugendtreff", group: "Jugend" });
 * graph.addNode("schule", { group: "Bildung", Stadtteil: "Nord" });
 * graph.addUndirectedEdge("kita", "jugend", { value: 2 });
 * graph.addUndirectedEdge("kita", "jugend", { value: 1 });
 * graph.addUndirectedEdge("jugend", "schule");
 * const network = fromGraphology(graph, { weight: "value" });
 * network.type //=> "undirected"
 * network.getNodeAttribute("kita", "name") //=> "Kita Sonnenschein"
 * network.getNodeAttribute("schule", "district") //=> "Nord"
 * strength(network) //=> { kita: 3, jugend: 4, schule: 1 }
 * degree(network) //=> { kita: 1, jugend: 2, schule: 1 }
 * mixingMatrix(network, { attribute: "group" }).categories //=> ["Bildung", "Jugend"]
 * ```
 */
export function fromGraphology(graph: AbstractGraph, options: FromGraphologyOptions = {}): VernetztGraph {
  const weightOf = createEdgeWeightGetter(
    options.weight === undefined ? DEFAULT_FROM_GRAPHOLOGY_OPTIONS.weight : (options.weight ?? undefined),
  ).fromEntry;
  const directed = options.directed ?? isDirected(graph);
  const name = options.name ?? String(graph.getAttribute("name") ?? "graph");
  const result: VernetztGraph = directed
    ? new DirectedGraph({ allowSelfLoops: true })
    : new UndirectedGraph({ allowSelfLoops: true });
  result.replaceAttributes({ name, wave: options.wave ?? DEFAULT_FROM_GRAPHOLOGY_OPTIONS.wave, directed });
  graph.forEachNode((node, attributes) => {
    result.addNode(node, actorOf(node, attributes));
  });
  graph.forEachEdge((edge, attributes, source, target, sourceAttributes, targetAttributes, undirected) => {
    const weight = weightOf(edge, attributes, source, target, sourceAttributes, targetAttributes, undirected);
    if (!Number.isFinite(weight) || weight < 0) {
      throw new InvalidGraphError({ reason: "weight", actor: source, target, weight: String(weight) });
    }
    addTie(result, source, target, weight);
    if (directed && undirected && source !== target) addTie(result, target, source, weight);
  });
  return result;
}

/** Directed unless every edge is undirected (an edgeless mixed graph is undirected). */
function isDirected(graph: AbstractGraph): boolean {
  if (graph.type !== "mixed") return graph.type === "directed";
  return graph.directedSize > 0;
}

function addTie(graph: VernetztGraph, source: string, target: string, weight: number): void {
  const existing = graph.edge(source, target);
  if (existing === undefined) {
    const attributes: TieAttributes = { weight, types: [], attributes: {} };
    graph.addEdgeWithKey(`e${graph.size}`, source, target, attributes);
  } else {
    graph.updateEdgeAttribute(existing, "weight", (current) => (current ?? 0) + weight);
  }
}

/** A node's attributes as an actor (see the module comment). */
function actorOf(node: string, attributes: Attributes): Actor {
  const actor: Actor = { id: node, name: node, topics: [], offers: [], needs: [], attributes: {} };
  const named = attributes.name ?? attributes.label;
  if (named !== undefined && named !== null && String(named).trim() !== "") actor.name = String(named);
  for (const [key, value] of Object.entries(attributes)) {
    if (key === "name" || key === "label" || value === undefined || value === null) continue;
    if (!setField(actor, fieldOf("actors", key), value)) actor.attributes[key] = textOf(value);
  }
  return actor;
}

/** Sets the actor field a value belongs to; false when it is no field or the value does not fit it. */
function setField(actor: Actor, field: string | undefined, value: unknown): boolean {
  const text = textOf(value).trim();
  switch (field) {
    case "kind": {
      const kind = kindOf(text);
      if (kind) actor.kind = kind;
      return kind !== undefined;
    }
    case "sector":
    case "district":
    case "memberOf":
      if (text !== "") actor[field] = text;
      return text !== "";
    case "topics":
    case "offers":
    case "needs":
      actor[field] = parseList(Array.isArray(value) ? value.map(String) : text);
      return true;
    case "lat":
    case "lon": {
      const number = typeof value === "number" ? value : Number(text);
      const fits = Number.isFinite(number) && Math.abs(number) <= (field === "lat" ? 90 : 180) && text !== "";
      if (fits) actor[field] = number;
      return fits;
    }
    case "consent": {
      const consent = typeof value === "boolean" ? value : booleanOf(text);
      if (consent !== undefined) actor.consent = consent;
      return consent !== undefined;
    }
    default:
      return false;
  }
}

function textOf(value: unknown): string {
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}
