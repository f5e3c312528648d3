import {
  DEFAULT_LAYOUT_OPTIONS,
  groupedPositions,
  LayoutOptionError,
  layout,
  seededPositions,
} from "@vernetzt/core/layout";
import type { VernetztGraph } from "@vernetzt/core/model";
import { createRng } from "@vernetzt/core/random";
import fc from "fast-check";
import Graph from "graphology";
import { describe, expect, it } from "vitest";

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
      [{ groupBy: "" }, "groupBy"],
      [{ groupBy: 3 as unknown as string }, "groupBy"],
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

/** Three districts of 20 actors each (Nord, Mitte, Süd, interleaved in node order), ties mostly inside them. */
function threeDistricts() {
  const names = ["Nord", "Mitte", "Süd"];
  const ties: Array<[number, number]> = [];
  const random = createRng(3);
  for (let k = 0; k < 200; k++) {
    const s = Math.floor(random() * 60);
    const inside = random() < 0.9;
    const t = inside ? (s % 3) + 3 * Math.floor(random() * 20) : Math.floor(random() * 60);
    if (s !== t) ties.push([s, t]);
  }
  const graph = graphOf(60, []);
  for (let i = 0; i < 60; i++) graph.setNodeAttribute(`a${i}`, "district", names[i % 3]);
  for (const [s, t] of ties)
    if (!graph.hasEdge(`a${s}`, `a${t}`))
      graph.addEdge(`a${s}`, `a${t}`, { weight: 1, types: [], attributes: {} });
  return graph;
}

const meanDistances = (
  positions: Record<string, { x: number; y: number }> | Map<string, { x: number; y: number }>,
) => {
  const at = (id: string) => (positions instanceof Map ? positions.get(id)! : positions[id]!);
  const within: number[] = [];
  const between: number[] = [];
  for (let i = 0; i < 60; i++) {
    for (let j = i + 1; j < 60; j++)
      (i % 3 === j % 3 ? within : between).push(distance(at(`a${i}`), at(`a${j}`)));
  }
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  return { within: mean(within), between: mean(between) };
};

describe("layout with groupBy", () => {
  it("groupedPositions(graph, attribute, seed) starts each district's actors around a place of their own", () => {
    const { within, between } = meanDistances(groupedPositions(threeDistricts(), "district", 1));
    expect(within).toBeLessThan(between / 2);
    // random starts do not know the districts
    const random = meanDistances(seededPositions(threeDistricts().nodes(), 1));
    expect(random.within).toBeGreaterThan(random.between * 0.8);
  });

  it("layout(graph, {groupBy}) keeps districts apart after few steps and is byte-identical run after run", () => {
    const options = { groupBy: "district", iterations: 30 };
    const positions = layout(threeDistricts(), options);
    const { within, between } = meanDistances(positions);
    expect(within).toBeLessThan(between);
    expect(JSON.stringify(layout(threeDistricts(), options))).toBe(JSON.stringify(positions));
    expect(JSON.stringify(positions)).not.toBe(JSON.stringify(layout(threeDistricts(), { iterations: 30 })));
  });

  it("layout(graph, {groupBy}) lays out actors without the attribute as one group of their own", () => {
    const graph = threeDistricts();
    for (let i = 0; i < 6; i++) graph.removeNodeAttribute(`a${i}`, "district");
    const positions = layout(graph, { groupBy: "district", iterations: 10 });
    expect(Object.keys(positions)).toEqual(graph.nodes());
    for (const p of Object.values(positions)) expect(Math.hypot(p.x, p.y)).toBeLessThanOrEqual(1 + 1e-5);
    expect(Object.keys(layout(twoCliques(), { groupBy: "district" }))).toEqual(twoCliques().nodes());
  });
});
