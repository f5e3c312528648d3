/**
 * The graphs of a dataset as figures and the dashboard draw them: one per survey wave (core's `buildGraph`) and their
 * union, for one layout shared by all waves. Pure (no Node APIs): used by the build-time data loaders and
 * by the upload worker in the browser.
 */
import { buildGraph, type Dataset, type VernetztGraph } from "@vernetzt/core";
import Graph from "graphology";

/** One graph per wave, in wave order. */
export function waveGraphs(dataset: Dataset): Map<string, VernetztGraph> {
  return new Map(dataset.waves.map((wave) => [wave, buildGraph(dataset, { wave })]));
}

/**
 * Every wave's graph in one, so actors keep their place when the wave filter changes. An edge's weight is
 * the sum over waves; its `attributes.waves` lists the waves that have it (read with {@link wavesOfUnionEdge}).
 */
export function unionOfWaves(dataset: Dataset, graphs: Map<string, VernetztGraph>): VernetztGraph {
  const union = new Graph({ type: dataset.directed ? "directed" : "undirected" }) as VernetztGraph;
  union.replaceAttributes({ name: dataset.name, wave: "", directed: dataset.directed });
  for (const actor of dataset.actors) union.addNode(actor.id, actor);
  for (const [wave, graph] of graphs) {
    graph.forEachEdge((_edge, attributes, source, target) => {
      const existing = union.edge(source, target);
      if (existing === undefined) {
        union.addEdge(source, target, { ...attributes, attributes: { waves: wave } });
      } else {
        union.updateEdgeAttributes(existing, (a) => ({
          ...a,
          weight: a.weight + attributes.weight,
          attributes: { waves: `${a.attributes.waves}\u0000${wave}` },
        }));
      }
    });
  }
  return union;
}

/** The waves an edge of {@link unionOfWaves} was observed in. */
export const wavesOfUnionEdge = (attributes: { attributes: Record<string, string> }): string[] =>
  (attributes.attributes.waves ?? "").split("\u0000").filter(Boolean);

/** The display name of an actor's district: the name from the districts table, else the value as given. */
export function districtNames(dataset: Dataset): (district: string | undefined) => string | undefined {
  const names = new Map(dataset.districts.map((d) => [d.id, d.name]));
  return (district) => (district === undefined ? undefined : (names.get(district) ?? district));
}
