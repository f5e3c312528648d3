import { nominalAssortativity } from "@vernetzt/core/groups";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { relabelled, smallGraph, toGraph } from "./arbitrary.js";
import { fixtureGraph, loadFixtures } from "./reference-fixtures.js";

describe("nominalAssortativity", () => {
  for (const fixture of loadFixtures()) {
    it(`equals networkx and igraph on ${fixture.name} (1e-12)`, () => {
      const { coefficient } = nominalAssortativity(fixtureGraph(fixture), { attribute: fixture.attribute });
      expect(coefficient).not.toBeNull();
      expect(coefficient!).toBeCloseTo(fixture.expected.networkx.assortativity!, 12);
      expect(coefficient!).toBeCloseTo(fixture.expected.igraph.assortativityNominal!, 12);
    });
  }

  it("is 1 when every tie stays inside a category and −1 for a perfect two-category bipartite graph", () => {
    const inside = fixtureGraph({
      directed: false,
      attribute: "district",
      actors: [
        { id: "a", category: "Nord" },
        { id: "b", category: "Nord" },
        { id: "c", category: "Süd" },
        { id: "d", category: "Süd" },
      ],
      ties: [
        ["a", "b", 1],
        ["c", "d", 1],
      ],
    });
    expect(nominalAssortativity(inside).coefficient).toBe(1);
    inside.clearEdges();
    inside.addEdge("a", "c", { weight: 1, types: [], attributes: {} });
    inside.addEdge("b", "d", { weight: 1, types: [], attributes: {} });
    expect(nominalAssortativity(inside).coefficient).toBe(-1);
  });

  it("is null (networkx: nan) when all tie ends are in one category", () => {
    const graph = fixtureGraph({
      directed: true,
      attribute: "district",
      actors: [
        { id: "a", category: "Nord" },
        { id: "b", category: "Nord" },
        { id: "c", category: null },
      ],
      ties: [
        ["a", "b", 1],
        ["b", "c", 1],
      ],
    });
    const result = nominalAssortativity(graph);
    expect(result.coefficient).toBeNull();
    expect(result.tiesLeftOut).toBe(1);
  });

  it("does not change when actors are renamed and reordered", () => {
    fc.assert(
      fc.property(smallGraph(), (g) => {
        const before = nominalAssortativity(toGraph(g)).coefficient;
        const after = nominalAssortativity(toGraph(relabelled(g).graph)).coefficient;
        if (before === null) expect(after).toBeNull();
        else expect(after).toBeCloseTo(before, 12);
      }),
    );
  });
});
