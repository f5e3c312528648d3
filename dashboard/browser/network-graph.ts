/**
 * Step 1 of the network view: the graphology graph sigma draws, built once from `network.json` (the union of
 * all waves; every tie knows the waves it was observed in). Filters never change it: they go through sigma's
 * reducers (`network-sigma.ts`) with what `network-looks.ts` derives.
 */
import Graph from "graphology";
import type { NetworkData, NetworkNode } from "./network-data.js";

export interface NodeAttributes extends NetworkNode {
  label: string;
  size: number;
  color: string;
}

export interface EdgeAttributes {
  size: number;
  color: string;
  waves: string[];
}

/** Ties in grey; lighter in dense drawings, so clusters stay visible through the lines. */
export const edgeColour = (ties: number): string => (ties > 300 ? "#D4D4D4" : "#B4B4B4");

/** The graph of `data`: nodes in input order, one edge per tie of the union of waves. */
export function networkGraph(data: NetworkData): Graph {
  const graph = new Graph({ type: data.directed ? "directed" : "undirected" });
  for (const node of data.nodes) {
    graph.addNode(node.id, { ...node, label: node.name, size: 1, color: "#000" });
  }
  for (const edge of data.edges) {
    graph.addEdge(edge.source, edge.target, {
      size: Math.min(1 + Math.log2(edge.weight), 4),
      color: edgeColour(data.edges.length),
      waves: edge.waves,
    });
  }
  return graph;
}
