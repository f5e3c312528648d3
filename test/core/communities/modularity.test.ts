import { modularity } from "@vernetzt/core/communities";
import { describe, expect, it } from "vitest";
import { fixtureGraph, loadFixtures } from "../groups/reference-fixtures.js";

describe("modularity", () => {
  for (const fixture of loadFixtures()) {
    it(`equals networkx modularity (weighted, unweighted, resolution 2) on ${fixture.name} (1e-9)`, () => {
      const graph = fixtureGraph(fixture);
      const partition = fixture.ours!.communities;
      const nx = fixture.expected.networkx.modularityOfOurPartition;
      expect(Math.abs(modularity(graph, partition)! - nx.weighted)).toBeLessThan(1e-9);
      expect(Math.abs(modularity(graph, partition, { weighted: false })! - nx.unweighted)).toBeLessThan(1e-9);
      expect(
        Math.abs(modularity(graph, partition, { resolution: 2 })! - nx.weightedResolution2),
      ).toBeLessThan(1e-9);
    });
  }

  it("is 1/2 for two disjoint edges in two communities and 0 for one community", () => {
    // Two components, each its own community: Q = Σ (1/2 − (2/4)²) = 2 · 1/4 = 1/2.
    const graph = fixtureGraph({
      directed: false,
      attribute: "district",
      actors: ["a", "b", "c", "d"].map((id) => ({ id, category: null })),
      ties: [
        ["a", "b", 1],
        ["c", "d", 1],
      ],
    });
    expect(modularity(graph, { a: 0, b: 0, c: 1, d: 1 })).toBe(0.5);
    expect(modularity(graph, { a: 0, b: 0, c: 0, d: 0 })).toBe(0);
  });
});
