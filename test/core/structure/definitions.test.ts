/** The new definitions of issue #24 on hand-made graphs: how they relate to the existing measures. */

import { betweenness, betweennessDirected, closeness, closenessDirected } from "@vernetzt/core/centrality";
import { MetricOptionError } from "@vernetzt/core/graph";
import {
  clustering,
  clusteringWeighted,
  constraint,
  constraintDirected,
  effectiveSize,
  effectiveSizeDirected,
} from "@vernetzt/core/structure";
import { describe, expect, it } from "vitest";
import { makeGraph } from "../graph/build.js";

const nodes = ["a", "b", "c", "d", "e"];
const ties: [string, string, number][] = [
  ["a", "b", 3],
  ["b", "c", 1],
  ["c", "a", 2],
  ["c", "d", 5],
  ["d", "e", 1],
  ["e", "c", 4],
];

describe("directed betweenness and closeness", () => {
  it("betweennessDirected(undirected graph) counts each unordered pair twice", () => {
    const graph = makeGraph(nodes, ties);
    const once = betweenness(graph);
    for (const [id, value] of Object.entries(betweennessDirected(graph))) expect(value).toBe(2 * once[id]!);
  });
  it("closenessDirected(undirected graph) is closeness", () => {
    const graph = makeGraph(nodes, ties);
    const plain = closeness(graph, { weighted: true });
    const directed = closenessDirected(graph, { weighted: true });
    for (const id of nodes) expect(directed[id]).toBeCloseTo(plain[id]!, 12);
  });
  it("closenessDirected reads incoming distances: a source nobody reaches has 0", () => {
    const graph = makeGraph(
      ["s", "x", "y"],
      [
        ["s", "x"],
        ["x", "y"],
        ["y", "x"],
      ],
      true,
    );
    expect(closenessDirected(graph)).toEqual({ s: 0, x: 1, y: (2 / 2) * (2 / 3) });
  });
  it("a weighted shortcut takes the paths: a strong two-step route beats a weak arc", () => {
    // a → c directly with weight 1 (length 1), or a → b → c with weights 4 (length 1/4 + 1/4)
    const graph = makeGraph(
      ["a", "b", "c"],
      [
        ["a", "c", 1],
        ["a", "b", 4],
        ["b", "c", 4],
      ],
      true,
    );
    expect(betweennessDirected(graph)).toEqual({ a: 0, b: 0, c: 0 });
    expect(betweennessDirected(graph, { weighted: true })).toEqual({ a: 0, b: 1, c: 0 });
  });
  it("node order does not change the values", () => {
    const forward = makeGraph(nodes, ties, true);
    const backward = makeGraph([...nodes].reverse(), [...ties].reverse(), true);
    for (const weighted of [false, true]) {
      const a = betweennessDirected(forward, { weighted });
      const b = betweennessDirected(backward, { weighted });
      const c = closenessDirected(forward, { weighted });
      const d = closenessDirected(backward, { weighted });
      for (const id of nodes) {
        expect(b[id]).toBeCloseTo(a[id]!, 12);
        expect(d[id]).toBeCloseTo(c[id]!, 12);
      }
    }
  });
  it("a wrong option is a MetricOptionError naming it", () => {
    const graph = makeGraph(nodes, ties, true);
    expect(() => betweennessDirected(graph, { weighted: "yes" as unknown as boolean })).toThrow(
      MetricOptionError,
    );
  });
});

describe("weighted clustering (Onnela)", () => {
  it("equals clustering when every tie has the same weight", () => {
    const graph = makeGraph(
      nodes,
      ties.map(([s, t]) => [s, t, 2]),
    );
    const plain = clustering(graph);
    for (const [id, value] of Object.entries(clusteringWeighted(graph)))
      expect(value).toBeCloseTo(plain[id]!, 14);
  });
  it("is below the plain clustering when the triangle's ties are weaker than the strongest tie", () => {
    const graph = makeGraph(nodes, ties);
    const plain = clustering(graph);
    const weighted = clusteringWeighted(graph);
    for (const id of nodes) expect(weighted[id]!).toBeLessThanOrEqual(plain[id]!);
    expect(weighted.a).toBeCloseTo(Math.cbrt((3 / 5) * (1 / 5) * (2 / 5)), 12);
  });
  it("sums both directions of directed data (a reciprocated pair weighs twice)", () => {
    const once = makeGraph(
      ["a", "b", "c"],
      [
        ["a", "b"],
        ["b", "c"],
        ["c", "a"],
      ],
      true,
    );
    const twice = makeGraph(
      ["a", "b", "c"],
      [
        ["a", "b"],
        ["b", "a"],
        ["b", "c"],
        ["c", "a"],
      ],
      true,
    );
    expect(clusteringWeighted(once)).toEqual({ a: 1, b: 1, c: 1 });
    // a–b weighs 2 (the largest), b–c and c–a 1: ∛(1 · 1/2 · 1/2)
    expect(clusteringWeighted(twice).c).toBeCloseTo(Math.cbrt(1 / 4), 12);
  });
});

describe("directed constraint and effective size", () => {
  it("equal the undirected ones when no tie is reciprocated", () => {
    const graph = makeGraph(nodes, ties, true);
    expect(constraintDirected(graph)).toEqual(constraint(graph));
    expect(effectiveSizeDirected(graph)).toEqual(effectiveSize(graph));
  });
  it("count a reciprocated pair twice (networkx's mutual weight)", () => {
    const graph = makeGraph(
      ["a", "b", "c"],
      [
        ["a", "b"],
        ["b", "a"],
        ["a", "c"],
      ],
      true,
    );
    expect(constraintDirected(graph).a).toBeCloseTo((2 / 3) ** 2 + (1 / 3) ** 2, 14);
    expect(constraint(graph).a).toBeCloseTo(0.5, 14);
  });
  it("weighted, are the weighted undirected-view values (w_uv + w_vu)", () => {
    const graph = makeGraph(nodes, [...ties, ["b", "a", 2]], true);
    expect(constraintDirected(graph, { weighted: true })).toEqual(constraint(graph, { weighted: true }));
  });
  it("give an actor that only receives ties its value and an isolate null", () => {
    const graph = makeGraph(["a", "sink", "alone"], [["a", "sink"]], true);
    expect(constraintDirected(graph)).toEqual({ a: 1, sink: 1, alone: null });
    expect(effectiveSizeDirected(graph)).toEqual({ a: 1, sink: 1, alone: null });
  });
});
