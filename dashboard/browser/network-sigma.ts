/**
 * Step 3 of the network view: sigma's renderer for the graph. Display is kept apart from data: the node and
 * edge reducers only look up what `network-looks.ts` derived (colour and size per shown actor) and the
 * selected actor's partners, so a camera move costs one small object per node and edge. Hover does not go
 * through them: it is drawn by the hover layer (`hover-layer.ts`).
 */
import type Graph from "graphology";
import Sigma from "sigma";
import { EdgeLineProgram } from "sigma/rendering";
import type { labelDrawer } from "./labels.js";
import type { EdgeAttributes, NodeAttributes } from "./network-graph.js";
import { DIMMED, type NetworkLooks } from "./network-looks.js";

const EDGE_HIGHLIGHT = "#555555";
/** From these sizes on, edges / labels are hidden while the camera moves. */
export const BIG_EDGES = 5000;
const BIG_NODES = 2000;

/** What the reducers read, current at each render. */
export interface SigmaInputs {
  looks: () => NetworkLooks;
  selected: () => string | null;
  /** The selected actor's partners through the ties shown. */
  focusPartners: () => ReadonlySet<string>;
}

export function networkSigma(
  graph: Graph,
  container: HTMLElement,
  labels: ReturnType<typeof labelDrawer>,
  inputs: SigmaInputs,
): Sigma {
  return new Sigma(graph, container, {
    allowInvalidContainer: true,
    labelFont: "system-ui, sans-serif",
    labelSize: 13,
    labelWeight: "500",
    labelColor: { color: "#1A1A1A" },
    labelDensity: 0.2,
    labelGridCellSize: 120,
    labelRenderedSizeThreshold: 6,
    zIndex: true,
    stagePadding: 24,
    // Big networks stay fluid while panning and zooming: edges and labels are drawn again when the move ends.
    hideEdgesOnMove: graph.size > BIG_EDGES,
    // Thin WebGL lines (2 vertices per tie) instead of sigma's default rectangles (6) for many ties.
    ...(graph.size > BIG_EDGES && {
      defaultEdgeType: "line",
      edgeProgramClasses: { line: EdgeLineProgram },
    }),
    hideLabelsOnMove: graph.order > BIG_NODES,
    defaultDrawNodeLabel: labels.drawLabel,
    defaultDrawNodeHover: labels.drawHover,
    nodeReducer: (node, attributes) => {
      const a = attributes as NodeAttributes;
      const look = inputs.looks().looks.get(node);
      if (!look) return { x: a.x, y: a.y, size: 0, color: DIMMED, label: "", hidden: true };
      const focus = inputs.selected();
      if (focus && focus !== node && !inputs.focusPartners().has(node)) {
        return { x: a.x, y: a.y, size: look.size, color: DIMMED, label: "", zIndex: 0 };
      }
      return {
        x: a.x,
        y: a.y,
        size: look.size,
        color: look.colour,
        // A dimmed actor (another category than the one picked in the legend) keeps its place but no label.
        label: look.colour === DIMMED ? "" : a.label,
        zIndex: look.colour === DIMMED ? 0 : 1,
        highlighted: node === focus,
      };
    },
    edgeReducer: (edge, attributes) => {
      const a = attributes as EdgeAttributes;
      if (!inputs.looks().visibleEdges.has(edge)) return { size: a.size, color: a.color, hidden: true };
      const focus = inputs.selected();
      if (focus && !graph.hasExtremity(edge, focus)) return { size: a.size, color: a.color, hidden: true };
      return focus ? { size: a.size, color: EDGE_HIGHLIGHT, zIndex: 1 } : { size: a.size, color: a.color };
    },
  });
}
