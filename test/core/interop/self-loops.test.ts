/**
 * Where a self-loop enters (issue #24): the files of graph tools keep it (TIE_SELF_LOOP_KEPT) and `buildGraph`
 * makes it one edge v–v; people's tables (vernetzt's spreadsheets, Kumu) report it (TIE_SELF_LOOP) and leave it out.
 */

import { degree, pagerank, strength } from "@vernetzt/core/centrality";
import { parseAnyDataset, parseEdgeList, parseGraphologyJson } from "@vernetzt/core/interop";
import { parseDataset } from "@vernetzt/core/io";
import { buildGraph } from "@vernetzt/core/model";
import { describe, expect, it } from "vitest";

const codes = (result: { report: { issues: { code: string }[] } }) => result.report.issues.map((i) => i.code);

describe("self-loops on the way in", () => {
  it("a graphology JSON keeps its loop, and buildGraph makes it one edge", () => {
    const json = JSON.stringify({
      options: { type: "undirected", multi: false, allowSelfLoops: true },
      nodes: [{ key: "a" }, { key: "b" }],
      edges: [
        { source: "a", target: "b", attributes: { weight: 2 } },
        { source: "b", target: "b", attributes: { weight: 3 } },
      ],
    });
    const result = parseGraphologyJson({ name: "g.json", data: json });
    expect(codes(result)).toEqual(["TIE_SELF_LOOP_KEPT"]);
    const graph = buildGraph(result.dataset!);
    expect(graph.selfLoopCount).toBe(1);
    expect(degree(graph)).toEqual({ a: 1, b: 3 });
    expect(strength(graph)).toEqual({ a: 2, b: 8 });
  });

  it("an undirected loop in a directed graph is one arc v → v (networkx's to_directed keeps it once)", () => {
    const result = parseEdgeList({ name: "g.edgelist", data: "a b\nb b" });
    const graph = buildGraph(result.dataset!, { directed: true });
    expect(graph.selfLoopCount).toBe(1);
    expect(graph.size).toBe(3);
    // networkx: pagerank(Graph([(a, b), (b, b)]), weight=None) = {a: 0.350877…, b: 0.649122…} (= 20/57, 37/57)
    const rank = pagerank(graph);
    expect(rank.a).toBeCloseTo(0.35087719298245634, 12);
    expect(rank.b).toBeCloseTo(0.6491228070175437, 12);
    expect(pagerank(buildGraph(result.dataset!))).toEqual(rank);
  });

  it("GEXF and GraphML keep loops; a ties table and a Kumu sheet report them and leave them out", async () => {
    const graphml =
      '<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="undirected">' +
      '<node id="a"/><node id="b"/><edge source="a" target="b"/><edge source="a" target="a"/></graph></graphml>';
    const fromGraphml = await parseAnyDataset([{ name: "g.graphml", data: graphml }]);
    expect(codes(fromGraphml)).toEqual(["TIE_SELF_LOOP_KEPT"]);
    expect(fromGraphml.dataset!.ties).toHaveLength(2);

    const table = await parseDataset([
      { name: "actors.csv", data: "id,name\na,A\nb,B" },
      { name: "ties.csv", data: "source,target\na,b\na,a" },
    ]);
    expect(codes(table)).toEqual(["TIE_SELF_LOOP"]);
    expect(table.dataset!.ties).toHaveLength(1);

    const kumu = await parseAnyDataset([
      { name: "Elements.csv", data: "Label,Type\nA,Org\nB,Org" },
      { name: "Connections.csv", data: "From,To\nA,B\nA,A" },
    ]);
    expect(codes(kumu)).toContain("TIE_SELF_LOOP");
    expect(kumu.dataset!.ties).toHaveLength(1);
  });
});
