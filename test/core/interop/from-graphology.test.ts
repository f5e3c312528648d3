/** fromGraphology: any graphology graph → the graph every measure takes, without casts, without surprises. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { measureNetwork, strength } from "@vernetzt/core/centrality";
import { InvalidGraphError } from "@vernetzt/core/graph";
import { mixingMatrix } from "@vernetzt/core/groups";
import { fromGraphology, parseGraphologyJson } from "@vernetzt/core/interop";
import { buildGraph } from "@vernetzt/core/model";
import { DirectedGraph, MultiGraph, UndirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { FIXTURES } from "./helpers.js";

/** Adds the nodes an edge list needs (graphology's add*Edge wants them first). */
function withNodes<G extends { mergeNode(key: string): unknown }>(graph: G, ...keys: string[]): G {
  for (const key of keys) graph.mergeNode(key);
  return graph;
}

const arcs = (graph: ReturnType<typeof fromGraphology>) =>
  graph.mapEdges((_edge, attributes, source, target) => `${source}>${target}:${attributes.weight}`);

describe("fromGraphology", () => {
  it("keeps a directed or undirected graph's type", () => {
    const directed = new DirectedGraph();
    directed.mergeEdge("a", "b");
    expect(fromGraphology(directed).type).toBe("directed");
    const undirected = new UndirectedGraph();
    undirected.mergeEdge("a", "b");
    expect(fromGraphology(undirected).type).toBe("undirected");
  });

  it("gives a mixed graph the one direction all its edges have", () => {
    const allDirected = withNodes(new MultiGraph(), "a", "b", "c");
    allDirected.addDirectedEdge("a", "b");
    allDirected.addDirectedEdge("b", "c");
    expect(fromGraphology(allDirected).type).toBe("directed");
    expect(fromGraphology(allDirected).getAttribute("directed")).toBe(true);
    const allUndirected = withNodes(new MultiGraph(), "a", "b");
    allUndirected.addUndirectedEdge("a", "b");
    expect(fromGraphology(allUndirected).type).toBe("undirected");
  });

  it("turns an undirected edge of a graph with both kinds into two arcs, as buildGraph does", () => {
    const graph = withNodes(new MultiGraph(), "a", "b", "c");
    graph.addDirectedEdge("a", "b", { weight: 2 });
    graph.addUndirectedEdge("b", "c", { weight: 3 });
    expect(arcs(fromGraphology(graph))).toEqual(["a>b:2", "b>c:3", "c>b:3"]);
    expect(arcs(fromGraphology(graph, { directed: false }))).toEqual(["a>b:2", "b>c:3"]);
  });

  it("sums parallel edges and both arcs of a pair in the undirected union", () => {
    const graph = withNodes(new MultiGraph({ type: "directed" }), "a", "b");
    graph.addEdge("a", "b", { weight: 1 });
    graph.addEdge("a", "b", { weight: 2 });
    graph.addEdge("b", "a", { weight: 4 });
    expect(arcs(fromGraphology(graph))).toEqual(["a>b:3", "b>a:4"]);
    expect(arcs(fromGraphology(graph, { directed: false }))).toEqual(["a>b:7"]);
  });

  it("reads the weight as graphology-metrics does: an attribute, a function, or none", () => {
    const graph = withNodes(new UndirectedGraph(), "a", "b", "c", "d");
    graph.addEdge("a", "b", { weight: 2, value: 5 });
    graph.addEdge("b", "c", { weight: "heavy", value: 1 });
    graph.addEdge("c", "d");
    expect(arcs(fromGraphology(graph))).toEqual(["a>b:2", "b>c:1", "c>d:1"]);
    expect(arcs(fromGraphology(graph, { weight: "value" }))).toEqual(["a>b:5", "b>c:1", "c>d:1"]);
    expect(arcs(fromGraphology(graph, { weight: (_e, attributes) => (attributes.value ?? 0) * 10 }))).toEqual(
      ["a>b:50", "b>c:10", "c>d:0"],
    );
    expect(arcs(fromGraphology(graph, { weight: null }))).toEqual(["a>b:1", "b>c:1", "c>d:1"]);
  });

  it("refuses a negative or infinite weight, naming the edge", () => {
    const graph = withNodes(new UndirectedGraph(), "a", "b");
    graph.addEdge("a", "b", { weight: -1 });
    expect(() => fromGraphology(graph)).toThrow(InvalidGraphError);
    expect(() => fromGraphology(graph)).toThrow(/a.*b.*-1/);
    expect(() => fromGraphology(graph, { weight: () => Number.POSITIVE_INFINITY })).toThrow(
      InvalidGraphError,
    );
  });

  it("maps flat node attributes to actors: names, vernetzt's fields by their aliases, the rest as text", () => {
    const graph = new UndirectedGraph();
    graph.addNode("kita", { label: "Kita Sonnenschein", group: "Bildung", Stadtteil: "Nord", size: 12 });
    graph.addNode("verein", { name: "Sportverein", kind: "Verein", Themen: "Sport; Jugend", lat: "48,1" });
    graph.addNode("x", { type: "circle", lat: 123, tags: ["a", "b"], meta: { since: 1998 } });
    const network = fromGraphology(graph);
    expect(network.getNodeAttributes("kita")).toEqual({
      id: "kita",
      name: "Kita Sonnenschein",
      district: "Nord",
      topics: [],
      offers: [],
      needs: [],
      attributes: { group: "Bildung", size: "12" },
    });
    expect(network.getNodeAttributes("verein")).toMatchObject({
      name: "Sportverein",
      kind: "organisation",
      topics: ["Sport", "Jugend"],
      attributes: { lat: "48,1" }, // not a number JavaScript reads: kept as written
    });
    expect(network.getNodeAttributes("x")).toMatchObject({
      name: "x",
      attributes: { type: "circle", lat: "123", tags: '["a","b"]', meta: '{"since":1998}' },
    });
    expect(mixingMatrix(network, { attribute: "group" }).categories).toEqual(["Bildung"]);
  });

  it("measures a graph with self-loops without throwing: degree and strength count them, the rest leaves them out", () => {
    const withLoops = new UndirectedGraph({ allowSelfLoops: true });
    const without = new UndirectedGraph();
    for (const graph of [withLoops, without]) {
      graph.mergeEdge("a", "b", { weight: 2 });
      graph.mergeEdge("b", "c");
      graph.mergeEdge("c", "a");
    }
    withLoops.mergeEdge("a", "a", { weight: 5 });
    const looped = fromGraphology(withLoops);
    expect(looped.hasEdge("a", "a")).toBe(true);
    for (const weighted of [false, true]) {
      const a = measureNetwork(looped, { weighted });
      const b = measureNetwork(fromGraphology(without), { weighted });
      // networkx: a loop adds 2 to degree, 2 · weight to strength, 1 to in- and out-degree
      expect(a.actors.map((row) => [row.degree, row.strength, row.inDegree, row.outDegree])).toEqual([
        [4, 13, 3, 3],
        [2, 3, 2, 2],
        [2, 2, 2, 2],
      ]);
      expect(a.actors[0]!.pagerank).toBeGreaterThan(b.actors[0]!.pagerank);
      const counted = ["degree", "strength", "inDegree", "outDegree", "pagerank"];
      const rest = (rows: typeof a.actors) =>
        rows.map((row) => Object.entries(row).filter(([key]) => !counted.includes(key)));
      expect(rest(a.actors)).toEqual(rest(b.actors));
      expect(a.network).toEqual(b.network);
      expect(a.warnings).toEqual([
        expect.objectContaining({
          code: "self-loops-ignored",
          params: expect.objectContaining({ loops: 1 }),
        }),
      ]);
    }
  });

  it("leaves the input graph as it was", () => {
    const graph = new MultiGraph();
    graph.addNode("a", { label: "A", topics: ["x"] });
    graph.addNode("b");
    graph.addUndirectedEdge("a", "b", { weight: 2 });
    graph.addUndirectedEdge("a", "b", { weight: 3 });
    const before = JSON.stringify(graph.export());
    const network = fromGraphology(graph);
    network.updateNodeAttribute("a", "topics", (topics) => [...(topics ?? []), "y"]);
    expect(JSON.stringify(graph.export())).toBe(before);
  });

  it("measures a graphology graph exactly as the same network loaded from a file", () => {
    const file = join(FIXTURES, "real", "sigma", "les-miserables.json");
    const text = readFileSync(file, "utf8");
    const loaded = buildGraph(parseGraphologyJson({ name: "les-miserables.json", data: text }).dataset!);
    const adapted = fromGraphology(DirectedGraph.from(JSON.parse(text)));
    for (const weighted of [false, true]) {
      expect(measureNetwork(adapted, { weighted, seed: 1 })).toEqual(
        measureNetwork(loaded, { weighted, seed: 1 }),
      );
    }
    expect(strength(adapted)).toEqual(strength(loaded));
  });
});
