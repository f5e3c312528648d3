import { louvainCommunities } from "@vernetzt/core/communities";
import { GroupsOptionError } from "@vernetzt/core/groups";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { relabelled, smallGraph, toGraph } from "../groups/arbitrary.js";
import { fixtureGraph, loadFixtures } from "../groups/reference-fixtures.js";

describe("louvainCommunities", () => {
  for (const fixture of loadFixtures()) {
    it(`reports the modularity networkx and igraph give its partition on ${fixture.name} (1e-9)`, () => {
      const result = louvainCommunities(fixtureGraph(fixture), { seed: fixture.ours!.seed });
      // The partition recorded when the fixture was made: networkx computed the modularity of exactly this one.
      expect(result.communities).toEqual(fixture.ours!.communities);
      expect(
        Math.abs(result.modularity! - fixture.expected.networkx.modularityOfOurPartition.weighted),
      ).toBeLessThan(1e-9);
      expect(
        Math.abs(result.modularity! - fixture.expected.igraph.modularityOfOurPartition.weighted),
      ).toBeLessThan(1e-9);
    });
  }

  it("finds the two factions of the karate club as a partition with modularity above 0.4", () => {
    const karate = loadFixtures().find((f) => f.name === "karate")!;
    const result = louvainCommunities(fixtureGraph(karate));
    expect(result.modularity!).toBeGreaterThan(0.4);
    expect(result.count).toBeGreaterThanOrEqual(2);
    expect(result.sizes.reduce((a, b) => a + b, 0)).toBe(34);
  });

  it("follows the tie weights: heavy ties end up inside communities", () => {
    // Two triangles whose middle edge is light or heavy decide which actors belong together.
    const cycle = (heavy: [string, string][]) =>
      toGraph({
        directed: false,
        actors: ["a", "b", "c", "d", "e", "f"].map((id) => ({ id, category: "x" })),
        ties: (
          [
            ["a", "b"],
            ["b", "c"],
            ["c", "d"],
            ["d", "e"],
            ["e", "f"],
            ["f", "a"],
          ] as [string, string][]
        ).map(([s, t]) => [s, t, heavy.some(([x, y]) => x === s && y === t) ? 10 : 1]),
      });
    const ab = louvainCommunities(
      cycle([
        ["a", "b"],
        ["c", "d"],
        ["e", "f"],
      ]),
    );
    expect(ab.communities).toEqual({ a: 0, b: 0, c: 1, d: 1, e: 2, f: 2 });
    const bc = louvainCommunities(
      cycle([
        ["b", "c"],
        ["d", "e"],
        ["f", "a"],
      ]),
    );
    expect(bc.communities).toEqual({ a: 0, b: 1, c: 1, d: 2, e: 2, f: 0 });
    const unweighted = louvainCommunities(
      cycle([
        ["a", "b"],
        ["c", "d"],
        ["e", "f"],
      ]),
      { weighted: false },
    );
    expect(unweighted.weighted).toBe(false);
    expect(unweighted.modularity).toBeLessThan(ab.modularity!);
  });

  it("numbers communities by first appearance in input order", () => {
    const result = louvainCommunities(
      fixtureGraph(loadFixtures().find((f) => f.name === "random-undirected")!),
    );
    let next = 0;
    for (const community of Object.values(result.communities)) {
      expect(community).toBeLessThanOrEqual(next);
      if (community === next) next++;
    }
    expect(next).toBe(result.count);
  });

  it("puts every isolated actor in a community of its own", () => {
    const sparse = fixtureGraph(loadFixtures().find((f) => f.name === "random-directed-sparse")!);
    const result = louvainCommunities(sparse);
    const isolated = sparse.filterNodes((node) => sparse.degree(node) === 0);
    expect(isolated.length).toBeGreaterThan(0);
    for (const actor of isolated) expect(result.sizes[result.communities[actor]!]).toBe(1);
  });

  it("gives every actor exactly one community, sizes summing to the number of actors", () => {
    fc.assert(
      fc.property(smallGraph(), fc.integer(), (g, seed) => {
        const graph = toGraph(g);
        const result = louvainCommunities(graph, { seed });
        expect(Object.keys(result.communities)).toEqual(graph.nodes());
        for (const c of Object.values(result.communities)) expect(c).toBeLessThan(result.count);
        expect(result.sizes.reduce((a, b) => a + b, 0)).toBe(graph.order);
        expect(result.sizes.every((size) => size > 0)).toBe(true);
      }),
    );
  });

  it("gives the same partition for the same seed, byte for byte", () => {
    fc.assert(
      fc.property(smallGraph(40), fc.integer(), (g, seed) => {
        const one = JSON.stringify(louvainCommunities(toGraph(g), { seed }));
        expect(JSON.stringify(louvainCommunities(toGraph(g), { seed }))).toBe(one);
      }),
    );
  });

  it("does not depend on actor ids: renamed actors in the same order get the same partition", () => {
    fc.assert(
      fc.property(smallGraph(), fc.integer(), (g, seed) => {
        const before = louvainCommunities(toGraph(g), { seed });
        const { graph, rename } = relabelled(g, false);
        const after = louvainCommunities(toGraph(graph), { seed });
        for (const [id, community] of Object.entries(before.communities)) {
          expect(after.communities[rename(id)]).toBe(community);
        }
        expect(after.modularity).toBe(before.modularity);
      }),
    );
  });

  it("finds a partition of the same quality when actors are reordered (Louvain depends on order)", () => {
    const karate = loadFixtures().find((f) => f.name === "karate")!;
    const before = louvainCommunities(fixtureGraph(karate));
    const after = louvainCommunities(
      fixtureGraph({ ...relabelled(karate).graph, attribute: karate.attribute }),
    );
    expect(Math.abs(after.modularity! - before.modularity!)).toBeLessThan(0.02);
  });

  it("rejects a non-integer seed and a resolution ≤ 0", () => {
    const graph = toGraph({ directed: false, actors: [{ id: "a", category: "x" }], ties: [] });
    expect(() => louvainCommunities(graph, { seed: 0.5 })).toThrow(GroupsOptionError);
    expect(() => louvainCommunities(graph, { resolution: 0 })).toThrow(GroupsOptionError);
  });

  it("gives a graph without ties one community per actor and modularity null", () => {
    const graph = toGraph({
      directed: false,
      actors: [
        { id: "a", category: "x" },
        { id: "b", category: "x" },
      ],
      ties: [],
    });
    expect(louvainCommunities(graph)).toMatchObject({
      communities: { a: 0, b: 1 },
      count: 2,
      modularity: null,
    });
  });
});
