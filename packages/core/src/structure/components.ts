/**
 * Connected components of the undirected (union) view: for directed data these are the weakly connected
 * components, as networkx `weakly_connected_components` / igraph `connected_components(mode="weak")`.
 *
 * Components are numbered in order of their first actor (input order); the largest component is the one
 * with most actors, the earliest-numbered among equals, so the choice is stable.
 */
import { componentIndex } from "../graph/components.js";
import { csrOf, type GraphInput } from "../graph/csr.js";
import { shared } from "../measures/context.js";
import type { NetworkMeasure } from "../measures/types.js";

/** Kept here for callers of `@vernetzt/core/structure`; the numbering lives with the graph view. */
export { type ComponentIndex, componentIndex } from "../graph/components.js";

/**
 * The components as lists of actor ids, in order of their first actor; each list in input order.
 *
 * @example
 * ```ts
 * import { connectedComponents } from "@vernetzt/core/structure";
 * import { parseEdgeList } from "@vernetzt/core/interop";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * const { dataset } = parseEdgeList({ name: "netz.edgelist", data: "a b\nc d\nd e" });
 * const graph = buildGraph(dataset!);
 * connectedComponents(graph) //=> [["a", "b"], ["c", "d", "e"]]
 * ```
 */
export function connectedComponents(graph: GraphInput): string[][] {
  const csr = csrOf(graph);
  const { membership, sizes } = componentIndex(csr);
  const lists: string[][] = sizes.map(() => []);
  for (let i = 0; i < csr.n; i++) lists[membership[i]!]!.push(csr.ids[i]!);
  return lists;
}

/** The components of a measure run. */
export const COMPONENTS = shared("components", (context) => componentIndex(context.view));

export const componentsMeasure = {
  id: "components",
  scope: "network",
  label: { de: "Getrennte Teile (Komponenten)", en: "Separate parts (components)" },
  explanation: {
    de: "In wie viele Teile das Netzwerk zerfällt, zwischen denen es keinen Weg gibt; ein Akteur ohne Beziehung ist ein Teil für sich.",
    en: "How many parts the network falls into with no path between them; an actor without ties is a part of its own.",
  },
  unit: { de: "Teile", en: "parts" },
  range: "0 … n",
  reference: {
    formula: "(weakly) connected components of the undirected view",
    citation: null,
    networkx: "number_connected_components(G.to_undirected())",
    igraph: 'connected_components(mode="weak")',
    sna: 'components(g, connected="weak")',
    note: null,
  },
  options: [],
  schema: { type: "integer", minimum: 0 },
  compute: (context) => context.use(COMPONENTS).sizes.length,
} as const satisfies NetworkMeasure;

export const largestComponentMeasure = {
  id: "largestComponent",
  scope: "network",
  label: {
    de: "Akteure im größten Teil (größte Komponente)",
    en: "Actors in the largest part (largest component)",
  },
  explanation: {
    de: "Wie viele Akteure der größte zusammenhängende Teil des Netzwerks hat.",
    en: "How many actors the largest connected part of the network has.",
  },
  unit: { de: "Akteure", en: "actors" },
  range: "0 … n",
  reference: {
    formula: "actors in the component with most actors",
    citation: null,
    networkx: "len(max(connected_components(G.to_undirected()), key=len))",
    igraph: "max(connected_components().sizes())",
    sna: 'max(component.dist(g, connected="weak")$csize)',
    note: "of equal ones, the one with the earliest actor",
  },
  options: [],
  schema: { type: "integer", minimum: 0 },
  compute: (context) => {
    const { sizes, largest } = context.use(COMPONENTS);
    return largest === -1 ? 0 : sizes[largest]!;
  },
} as const satisfies NetworkMeasure;
