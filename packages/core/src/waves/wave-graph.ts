/**
 * The graph of one survey wave, for the wave-by-wave analyses (indicator, compare).
 * Every actor of the dataset is a node (input order); the ties are those of the wave, undirected,
 * merged by summing weights. TEMPORARY stand-in until `model/buildGraph` lands; then this delegates.
 */
import Graph from "graphology";
import type { Dataset, VernetztGraph } from "../model/types.js";

export function graphForWave(dataset: Dataset, wave: string): VernetztGraph {
  const graph: VernetztGraph = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  graph.replaceAttributes({ name: dataset.name, wave, directed: false });
  for (const actor of dataset.actors) graph.addNode(actor.id, actor);
  for (const tie of dataset.ties) {
    if (tie.wave !== wave || tie.source === tie.target) continue;
    if (!graph.hasNode(tie.source) || !graph.hasNode(tie.target)) continue;
    if (graph.hasEdge(tie.source, tie.target)) {
      graph.updateEdgeAttribute(tie.source, tie.target, "weight", (w) => (w ?? 0) + tie.weight);
    } else {
      graph.addEdge(tie.source, tie.target, {
        weight: tie.weight,
        types: tie.type ? [tie.type] : [],
        attributes: {},
      });
    }
  }
  return graph;
}
