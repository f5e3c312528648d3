import { CsrGraph, csrOf, InvalidGraphError, toCsr } from "@vernetzt/core/graph";
import type { VernetztGraph } from "@vernetzt/core/model";
import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { makeGraph } from "./build.js";

const rows = (csr: CsrGraph, which: "undirected" | "outgoing" | "incoming") => {
  const { offsets, targets, weights } = csr[which];
  return csr.ids.map((id, i) => {
    const out: string[] = [];
    for (let e = offsets[i]!; e < offsets[i + 1]!; e++) out.push(`${csr.ids[targets[e]!]}:${weights[e]}`);
    return `${id}>${out.join(",")}`;
  });
};

describe("toCsr", () => {
  it("toCsr(undirected graph) lists every partner once per side, rows sorted by actor order", () => {
    const csr = toCsr(
      makeGraph(
        ["c", "a", "b"],
        [
          ["b", "c", 2],
          ["a", "c"],
        ],
      ),
    );
    expect(csr.ids).toEqual(["c", "a", "b"]);
    expect(csr.n).toBe(3);
    expect(csr.m).toBe(2);
    expect(rows(csr, "undirected")).toEqual(["c>a:1,b:2", "a>c:1", "b>c:2"]);
    expect(csr.outgoing).toBe(csr.undirected);
    expect(csr.degree(0)).toBe(2);
  });

  it("toCsr(directed graph) keeps arcs and merges both directions into the union, summing weights", () => {
    const csr = toCsr(
      makeGraph(
        ["a", "b", "c"],
        [
          ["a", "b", 2],
          ["b", "a", 3],
          ["c", "a"],
        ],
        true,
      ),
    );
    expect(csr.m).toBe(3);
    expect(csr.undirectedTieCount).toBe(2);
    expect(rows(csr, "undirected")).toEqual(["a>b:5,c:1", "b>a:5", "c>a:1"]);
    expect(rows(csr, "outgoing")).toEqual(["a>b:2", "b>a:3", "c>a:1"]);
    expect(rows(csr, "incoming")).toEqual(["a>b:3,c:1", "b>a:2", "c>"]);
    expect(csr.indexOf.get("c")).toBe(2);
  });

  it("toCsr reads a missing weight as 1", () => {
    const graph = new Graph({ type: "undirected" }) as unknown as VernetztGraph;
    graph.addNode("a");
    graph.addNode("b");
    (graph as unknown as Graph).addEdge("a", "b");
    expect(Array.from(toCsr(graph).undirected.weights)).toEqual([1, 1]);
  });

  it("toCsr leaves self-loops out and counts them, never throws for them", () => {
    const loop = makeGraph(["a", "b"], [["a", "b", 2]]);
    loop.addEdge("a", "a", { weight: 1, types: [], attributes: {} });
    const csr = toCsr(loop);
    expect([csr.m, csr.selfLoops, csr.degree(0)]).toEqual([1, 1, 1]);
    expect(csr.undirected.weights).toEqual(Float64Array.of(2, 2));
    expect(toCsr(makeGraph(["a", "b"], [["a", "b"]])).selfLoops).toBe(0);
  });

  it("toCsr rejects mixed graphs and negative weights with InvalidGraphError", () => {
    const mixed = new Graph() as unknown as VernetztGraph;
    expect(() => toCsr(mixed)).toThrow(InvalidGraphError);
    const negative = makeGraph(["a", "b"], [["a", "b", -1]]);
    expect(() => toCsr(negative)).toThrow(InvalidGraphError);
    expect(toCsr(makeGraph(["a", "b"], [["a", "b", 0]])).undirected.weights).toEqual(Float64Array.of(0, 0));
    try {
      toCsr(negative);
    } catch (error) {
      expect((error as InvalidGraphError).params).toMatchObject({
        reason: "weight",
        actor: "a",
        target: "b",
      });
    }
  });

  it("toCsr rejects a multi graph with InvalidGraphError", () => {
    const multi = new Graph({ type: "undirected", multi: true }) as unknown as VernetztGraph;
    expect(() => toCsr(multi)).toThrow(InvalidGraphError);
  });

  it("csrOf returns a CSR view unchanged and builds one from a graph", () => {
    const csr = toCsr(makeGraph(["a"], []));
    expect(csrOf(csr)).toBe(csr);
    expect(csrOf(makeGraph(["a"], []))).toBeInstanceOf(CsrGraph);
  });

  it("toCsr of an empty graph has no actors and no ties", () => {
    const csr = toCsr(makeGraph([], []));
    expect([csr.n, csr.m, csr.undirected.offsets.length]).toEqual([0, 0, 1]);
  });
});
