/**
 * Step 2 of the network view: what is drawn, derived from the view's state (filters, colouring, size, the
 * wave, a legend entry picked) whenever a control changes — never on hover. Which actors and ties are shown,
 * each shown actor's colour and size, and the ties each actor has in the selection. Pure: the reducers of
 * `network-sigma.ts`, the legend, the profile and the table only look these up.
 */
import type Graph from "graphology";
import type { NetworkData, NetworkNode } from "./network-data.js";
import type { EdgeAttributes } from "./network-graph.js";
import { type CategoryScale, categoryScale } from "./palette.js";

export type Colouring = NetworkData["colourings"][number];

/** What the view shows; every control writes one field. */
export interface NetworkViewState {
  colourBy: Colouring | "";
  /** Measure key, or "" for equal sizes. */
  sizeBy: string;
  district: string;
  sector: string;
  topic: string;
  wave: string;
  /** A category of the current colouring picked in the legend: its actors stand out, the rest is dimmed. */
  emphasis: string | null;
  /** The actor whose profile is open. */
  selected: string | null;
  hovered: string | null;
}

/** The view as it opens, and as "Ansicht zurücksetzen" makes it again: first colouring and measure, no filter. */
export function initialState(data: NetworkData): NetworkViewState {
  return {
    colourBy: data.colourings[0] ?? "",
    sizeBy: data.measures[0]?.key ?? "",
    district: "",
    sector: "",
    topic: "",
    wave: "",
    emphasis: null,
    selected: null,
    hovered: null,
  };
}

/** Colour and size of one shown actor. */
export interface Look {
  colour: string;
  size: number;
}

export interface NetworkLooks {
  scale: CategoryScale;
  visible: Set<string>;
  visibleEdges: Set<string>;
  /** Ties of each shown actor in the current selection. */
  tieCount: Map<string, number>;
  looks: Map<string, Look>;
}

/** Disc sizes in screen pixels: smaller for larger networks, so clusters stay readable. */
export interface NodeSizes {
  max: number;
  equal: number;
}

export const DIMMED = "#E6E6E6";
export const OKABE_BLUE = "#0072B2";

export function nodeSizes(actors: number): NodeSizes {
  const max = actors <= 50 ? 18 : actors <= 300 ? 11 : 7;
  return { max, equal: max / 2 };
}

/** The wave whose measures and communities are shown: the chosen one, else the latest. */
export const shownWave = (data: NetworkData, state: NetworkViewState): string =>
  state.wave || data.waves[data.waves.length - 1] || "";

export const measureOf = (
  data: NetworkData,
  state: NetworkViewState,
  node: NetworkNode,
  key: string,
): number => node.centrality[shownWave(data, state)]?.[key] ?? 0;

export const categoryOf = (
  data: NetworkData,
  state: NetworkViewState,
  node: NetworkNode,
  colouring: Colouring,
): string | undefined =>
  colouring === "community" ? node.community[shownWave(data, state)] : node[colouring];

/** Derives what is drawn from `state`. */
export function networkLooks(
  data: NetworkData,
  graph: Graph,
  state: NetworkViewState,
  sizes: NodeSizes,
): NetworkLooks {
  const colourBy = state.colourBy;
  const category = (n: NetworkNode) => (colourBy ? categoryOf(data, state, n, colourBy) : undefined);
  const scale = categoryScale(data.nodes.map(category));
  const visible = new Set(
    data.nodes
      .filter(
        (n) =>
          (!state.district || n.district === state.district) &&
          (!state.sector || n.sector === state.sector) &&
          (!state.topic || n.topics.includes(state.topic)),
      )
      .map((n) => n.id),
  );
  const visibleEdges = new Set(
    graph.filterEdges(
      (_e, a, s, t) =>
        visible.has(s) && visible.has(t) && (!state.wave || (a as EdgeAttributes).waves.includes(state.wave)),
    ),
  );
  const tieCount = new Map([...visible].map((id) => [id, 0]));
  for (const edge of visibleEdges) {
    for (const end of graph.extremities(edge)) tieCount.set(end, (tieCount.get(end) ?? 0) + 1);
  }
  const maxMeasure = data.nodes.reduce((max, n) => Math.max(max, measureOf(data, state, n, state.sizeBy)), 0);
  const looks = new Map<string, Look>();
  for (const n of data.nodes) {
    if (!visible.has(n.id)) continue;
    const value = state.sizeBy ? measureOf(data, state, n, state.sizeBy) : 0;
    const size =
      state.sizeBy && maxMeasure > 0
        ? sizes.max * (0.25 + 0.75 * Math.sqrt(value / maxMeasure))
        : sizes.equal;
    const picked = state.emphasis === null || category(n) === state.emphasis;
    const colour = !picked ? DIMMED : colourBy ? scale.colour(category(n)) : OKABE_BLUE;
    looks.set(n.id, { colour, size });
  }
  return { scale, visible, visibleEdges, tieCount, looks };
}
