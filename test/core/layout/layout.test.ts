import fc from "fast-check";
import Graph from "graphology";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_LAYOUT_OPTIONS,
  LayoutOptionError,
  layout,
} from "../../../packages/core/src/layout/layout.js";
import { seededPositions } from "../../../packages/core/src/layout/seeded-positions.js";
import type { VernetztGraph } from "../../../packages/core/src/model/types.js";
import { createRng } from "../../../packages/core/src/random/rng.js";

/** A graph of `n` actors a0 … a(n−1) with the given ties (weight 1). */
function graphOf(n: number, ties: Array<[number, number]>, type: "undirected" | "directed" = "undirected") {
  const graph = new Graph({ type }) as VernetztGraph;
  for (let i = 0; i < n; i++) {
    graph.addNode(`a${i}`, {
      id: `a${i}`,
      name: `Akteur ${i}`,
      topics: [],
      offers: [],
      needs: [],
      attributes: {},
    });
  }
  for (const [s, t] of ties) graph.addEdge(`a${s}`, `a${t}`, { weight: 1, types: [], attributes: {} });
  return graph;
}

/** Two 5-cliques {a0..a4} and {a5..a9}, joined by the single tie a4–a5. */
function twoCliques() {
  const ties: Array<[number, number]> = [];
  for (const offset of [0, 5]) {
    for (let i = 0; i < 5; i++) for (let j = i + 1; j < 5; j++) ties.push([offset + i, offset + j]);
  }
  ties.push([4, 5]);
  return graphOf(10, ties);
}

const distance = (p: { x: number; y: number }, q: { x: number; y: number }) =>
  Math.hypot(p.x - q.x, p.y - q.y);

describe("seededPositions", () => {
  it("seededPositions(ids, seed) draws x then y in [-1, 1) in the order of ids", () => {
    const positions = seededPositions(["b", "a"], 1);
    const random = createRng(1);
    expect(positions.get("b")).toEqual({ x: random() * 2 - 1, y: random() * 2 - 1 });
    expect(positions.get("a")).toEqual({ x: random() * 2 - 1, y: random() * 2 - 1 });
    expect([...positions.keys()]).toEqual(["b", "a"]);
  });
});

describe("layout", () => {
  it("layout(graph) gives byte-identical output for the same graph and options", () => {
    const first = JSON.stringify(layout(twoCliques(), { seed: 7, iterations: 200 }));
    const second = JSON.stringify(layout(twoCliques(), { seed: 7, iterations: 200 }));
    expect(second).toBe(first);
  });

  it("layout(graph, {seed}) gives another picture for another seed", () => {
    const a = layout(twoCliques(), { seed: 1 });
    const b = layout(twoCliques(), { seed: 2 });
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(b));
  });

  it("layout(graph) does not change the graph", () => {
    const graph = twoCliques();
    const before = JSON.stringify(graph.export());
    layout(graph);
    expect(JSON.stringify(graph.export())).toBe(before);
  });

  it("layout(graph) puts actors of one clique closer together than actors of different cliques", () => {
    const positions = layout(twoCliques());
    const within: number[] = [];
    const between: number[] = [];
    for (let i = 0; i < 10; i++) {
      for (let j = i + 1; j < 10; j++) {
        const d = distance(positions[`a${i}`]!, positions[`a${j}`]!);
        (i < 5 === j < 5 ? within : between).push(d);
      }
    }
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean(within)).toBeLessThan(mean(between) / 2);
  });

  it("layout(graph) centres positions on the origin and scales the farthest actor to distance 1", () => {
    const positions = Object.values(layout(twoCliques()));
    const radius = Math.max(...positions.map((p) => Math.hypot(p.x, p.y)));
    expect(radius).toBeCloseTo(1, 5);
    expect(positions.reduce((s, p) => s + p.x, 0) / positions.length).toBeCloseTo(0, 5);
    expect(positions.reduce((s, p) => s + p.y, 0) / positions.length).toBeCloseTo(0, 5);
  });

  it("layout(graph) of an empty graph is empty and of one actor is the origin", () => {
    expect(layout(graphOf(0, []))).toEqual({});
    expect(layout(graphOf(1, []))).toEqual({ a0: { x: 0, y: 0 } });
  });

  it("layout(graph, {weighted: false}) ignores tie weights", () => {
    const light = graphOf(3, [
      [0, 1],
      [1, 2],
    ]);
    const heavy = light.copy() as VernetztGraph;
    heavy.setEdgeAttribute("a0", "a1", "weight", 5);
    expect(layout(heavy, { weighted: false })).toEqual(layout(light, { weighted: false }));
    expect(layout(heavy)).not.toEqual(layout(light));
  });

  it("layout(graph) lays out directed graphs", () => {
    const positions = layout(graphOf(3, [[0, 1]], "directed"));
    expect(Object.keys(positions)).toEqual(["a0", "a1", "a2"]);
  });

  it("layout(graph, options) rejects a bad seed or iteration count naming the option", () => {
    for (const [options, option] of [
      [{ seed: -1 }, "seed"],
      [{ seed: 1.5 }, "seed"],
      [{ iterations: 0 }, "iterations"],
      [{ iterations: Number.NaN }, "iterations"],
    ] as const) {
      const attempt = () => layout(twoCliques(), options);
      expect(attempt).toThrow(LayoutOptionError);
      try {
        attempt();
      } catch (error) {
        expect((error as LayoutOptionError).option).toBe(option);
      }
    }
  });

  it("DEFAULT_LAYOUT_OPTIONS are used when no options are given", () => {
    expect(layout(twoCliques())).toEqual(layout(twoCliques(), { ...DEFAULT_LAYOUT_OPTIONS }));
  });

  it("layout(graph) gives every actor a finite position within the unit circle, in node order", () => {
    const arbitraryGraph = fc.integer({ min: 2, max: 25 }).chain((n) =>
      fc.tuple(
        fc.constant(n),
        fc.uniqueArray(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), {
          maxLength: 40,
          selector: ([s, t]) => `${Math.min(s, t)}-${Math.max(s, t)}`,
        }),
        fc.nat(1000),
      ),
    );
    fc.assert(
      fc.property(arbitraryGraph, ([n, pairs, seed]) => {
        const graph = graphOf(
          n,
          pairs.filter(([s, t]) => s !== t),
        );
        const positions = layout(graph, { seed, iterations: 50 });
        expect(Object.keys(positions)).toEqual(graph.nodes());
        for (const p of Object.values(positions)) {
          expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
          expect(Math.hypot(p.x, p.y)).toBeLessThanOrEqual(1 + 1e-5);
        }
      }),
      { numRuns: 60, seed: 20261121 },
    );
  });
});
