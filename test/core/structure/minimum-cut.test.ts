/**
 * Minimum cut: value equal to networkx (Edmonds–Karp flow value) and igraph `mincut` on every reference graph
 * (binary and weighted), and the source side equal to the actors networkx's residual network leaves
 * reachable from the source. On random small graphs (fast-check), against brute force over every split of
 * the actors, between two actors and between two groups: the value is the smallest cut, and the returned
 * source side is contained in the source side of every minimum cut (the cut closest to the source).
 */

import { MetricOptionError } from "@vernetzt/core/graph";
import { minimumCut } from "@vernetzt/core/structure";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { edgeFixtures, TOOLS, VARIANTS } from "../edges/reference-edges.js";
import { smallTieGraphs, toGraph } from "../edges/small-graphs.js";
import { deviation, fixtureGraph, makeGraph } from "../graph/build.js";

describe("minimumCut matches networkx and igraph", () => {
  for (const { graph: fixture, values } of edgeFixtures()) {
    for (const variant of VARIANTS) {
      for (const tool of TOOLS) {
        it(`${fixture.name} (${variant}) agrees with ${tool}`, () => {
          const expected = values[tool][variant].minimumCut;
          const cut = minimumCut(fixtureGraph(fixture), expected.source, expected.target, {
            weighted: variant === "weighted",
          });
          expect(deviation(cut.value, expected.value)).toBeLessThanOrEqual(1e-9);
          if (expected.sourceSide) expect(cut.sourceSide).toEqual(expected.sourceSide);
        });
      }
    }
  }
});

describe("minimumCut against brute force", () => {
  it("is the smallest cut, and the one closest to the source, between actors and between groups", () => {
    fc.assert(
      fc.property(
        smallTieGraphs(9),
        fc.boolean(),
        fc.nat(),
        fc.nat(),
        fc.boolean(),
        fc.nat(),
        (g, weighted, i, j, groups, draw) => {
          const n = g.ids.length;
          if (n < 2) return;
          const s = i % n;
          const t = (s + 1 + (j % (n - 1))) % n;
          // with `groups`, every other actor joins the source group, the target group or neither (from `draw`)
          const role = [...g.ids.keys()].map((v) =>
            v === s ? 0 : v === t ? 1 : groups ? Math.floor(draw / 3 ** (v % 12)) % 3 : 2,
          );
          const sources = g.ids.filter((_, v) => role[v] === 0);
          const targets = g.ids.filter((_, v) => role[v] === 1);
          const cut = minimumCut(toGraph(g), groups ? sources : g.ids[s]!, groups ? targets : g.ids[t]!, {
            weighted,
          });
          // capacity of each undirected pair (directed data: both directions summed)
          const capacity = new Map<string, number>();
          for (const [a, b, w] of g.edges) {
            const key = [a, b].sort().join("|");
            capacity.set(key, (capacity.get(key) ?? 0) + (weighted ? w : 1));
          }
          if (!weighted) for (const key of capacity.keys()) capacity.set(key, 1);
          const free = [...g.ids.keys()].filter((v) => role[v] === 2);
          let best = Number.POSITIVE_INFINITY;
          const minimal: Set<string>[] = [];
          for (let mask = 0; mask < 1 << free.length; mask++) {
            const side = new Set([
              ...sources,
              ...free.filter((_, k) => mask & (1 << k)).map((v) => g.ids[v]!),
            ]);
            let value = 0;
            for (const [key, c] of capacity) {
              const [a, b] = key.split("|");
              if (side.has(a!) !== side.has(b!)) value += c;
            }
            if (value < best - 1e-9) {
              best = value;
              minimal.length = 0;
            }
            if (Math.abs(value - best) <= 1e-9) minimal.push(side);
          }
          expect(deviation(cut.value, best)).toBeLessThanOrEqual(1e-9);
          for (const id of sources) expect(cut.sourceSide).toContain(id);
          for (const id of targets) expect(cut.targetSide).toContain(id);
          for (const side of minimal) for (const id of cut.sourceSide) expect(side.has(id)).toBe(true);
          expect(cut.ties.reduce((sum, tie) => sum + tie.capacity, 0)).toBeCloseTo(cut.value, 9);
        },
      ),
      { seed: 20261121, numRuns: 300 },
    );
  });

  it("is 0 with empty cut ties between actors that are not connected", () => {
    const graph = makeGraph(
      ["a", "b", "c", "d"],
      [
        ["a", "b"],
        ["c", "d"],
      ],
    );
    expect(minimumCut(graph, "a", "d")).toEqual({
      value: 0,
      sourceSide: ["a", "b"],
      targetSide: ["c", "d"],
      ties: [],
      weighted: false,
    });
  });

  it("names the option that is wrong", () => {
    const graph = makeGraph(["a", "b"], [["a", "b"]]);
    expect(() => minimumCut(graph, "a", "x")).toThrow(MetricOptionError);
    expect(() => minimumCut(graph, "x", "b")).toThrow(/source/);
    expect(() => minimumCut(graph, "a", "a")).toThrow(/other than the source/);
    expect(() => minimumCut(graph, ["a", "b"], ["b"])).toThrow(/other than the source/);
    expect(() => minimumCut(graph, [], "b")).toThrow(MetricOptionError);
  });
});
