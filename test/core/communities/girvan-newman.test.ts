/**
 * Girvan–Newman: every level equals networkx `girvan_newman` run with vernetzt's documented rule for equal
 * values, on every reference graph (binary and weighted); where networkx's and igraph's own rules agree at
 * every level (no ambiguous choice), vernetzt agrees with both. Structural properties on random graphs
 * (fast-check): levels nest, counts rise, the ties removed add up, modularity is that of the level.
 */

import { girvanNewman, modularity } from "@vernetzt/core/communities";
import { MetricOptionError } from "@vernetzt/core/graph";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { edgeFixtures, VARIANTS } from "../edges/reference-edges.js";
import { smallTieGraphs, toGraph } from "../edges/small-graphs.js";
import { fixtureGraph, makeGraph } from "../graph/build.js";

const same = (a: number[][], b: number[][]) => JSON.stringify(a) === JSON.stringify(b);

describe("girvanNewman matches networkx and igraph", () => {
  for (const { graph: fixture, values } of edgeFixtures()) {
    for (const variant of VARIANTS) {
      const result = girvanNewman(fixtureGraph(fixture), { weighted: variant === "weighted" });
      const levels = result.levels.map((l) => fixture.nodes.map((id) => l.communities[id]!));
      it(`${fixture.name} (${variant}): every level equals networkx with the same rule for equal values`, () => {
        const expected = values.networkx[variant].girvanNewman;
        expect(expected.length).toBeGreaterThan(5);
        expect(levels).toEqual(expected);
      });
      const networkxDefault = values.networkx[variant].girvanNewmanDefault!;
      const igraphDefault = values.igraph[variant].girvanNewman;
      // igraph gives only the levels its merges allow; compare those by number of communities.
      const igraphAgrees = igraphDefault.every((l) =>
        networkxDefault.some((m) => JSON.stringify(m) === JSON.stringify(l)),
      );
      if (igraphAgrees && same(networkxDefault, values.networkx[variant].girvanNewman)) {
        it(`${fixture.name} (${variant}): equals networkx's and igraph's own hierarchies (no ambiguous step)`, () => {
          expect(levels).toEqual(networkxDefault);
          for (const level of igraphDefault) expect(levels).toContainEqual(level);
        });
      }
    }
  }

  it("the graphs without ambiguous steps include the karate club and the Florentine families", () => {
    const unambiguous = edgeFixtures().filter(({ values }) =>
      VARIANTS.every((v) => same(values.networkx[v].girvanNewmanDefault!, values.networkx[v].girvanNewman)),
    );
    expect(unambiguous.map((f) => f.graph.name)).toEqual(expect.arrayContaining(["karate", "florentine"]));
  });
});

describe("girvanNewman structure", () => {
  it("levels nest, counts rise, every tie is removed once, modularity is the level's", () => {
    fc.assert(
      fc.property(smallTieGraphs(), fc.boolean(), (g, weighted) => {
        const graph = toGraph(g);
        const { levels, best } = girvanNewman(graph, { weighted });
        expect(levels.at(-1)!.count).toBe(g.ids.length);
        expect(levels[0]!.removed).toEqual([]);
        const removed = levels.flatMap((l) => l.removed.map((t) => [t.source, t.target].sort().join("|")));
        const undirectedTies = new Set(g.edges.map(([s, t]) => [s, t].sort().join("|")));
        expect(removed.length).toBe(undirectedTies.size);
        expect(new Set(removed)).toEqual(undirectedTies);
        for (let i = 1; i < levels.length; i++) {
          expect(levels[i]!.count).toBeGreaterThan(levels[i - 1]!.count);
          expect(levels[i]!.removed.length).toBeGreaterThan(0);
          // nested: actors together at level i were together at level i − 1
          for (const a of g.ids)
            for (const b of g.ids)
              if (levels[i]!.communities[a] === levels[i]!.communities[b])
                expect(levels[i - 1]!.communities[a]).toBe(levels[i - 1]!.communities[b]);
        }
        for (const level of levels) {
          expect(level.sizes.reduce((s, x) => s + x, 0)).toBe(g.ids.length);
          expect(level.modularity).toBe(modularity(graph, level.communities, { weighted }));
        }
        const qs = levels.map((l) => l.modularity ?? Number.NEGATIVE_INFINITY);
        if (levels.some((l) => l.modularity !== null)) expect(qs[best]).toBe(Math.max(...qs));
        else expect(best).toBe(0);
      }),
      { seed: 20261121, numRuns: 150 },
    );
  });

  it("stops at maxCommunities", () => {
    const graph = makeGraph(
      ["a", "b", "c", "d", "e", "f"],
      [
        ["a", "b"],
        ["b", "c"],
        ["c", "a"],
        ["d", "e"],
        ["e", "f"],
        ["f", "d"],
        ["c", "d"],
      ],
    );
    const result = girvanNewman(graph, { maxCommunities: 2 });
    expect(result.levels.map((l) => l.count)).toEqual([1, 2]);
    expect(result.levels[1]!.removed).toEqual([{ source: "c", target: "d", betweenness: 9 }]);
    expect(girvanNewman(graph).levels.map((l) => l.count)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("refuses a graph above maxTies and options it cannot use, saying what to do", () => {
    const graph = makeGraph(
      ["a", "b", "c"],
      [
        ["a", "b"],
        ["b", "c"],
      ],
    );
    expect(() => girvanNewman(graph, { maxTies: 1 })).toThrow(/louvainCommunities/);
    expect(() => girvanNewman(graph, { maxTies: 1 })).toThrow(MetricOptionError);
    expect(() => girvanNewman(graph, { maxCommunities: 0 })).toThrow(MetricOptionError);
    expect(() => girvanNewman(graph, { weighted: 1 as unknown as boolean })).toThrow(MetricOptionError);
    expect(girvanNewman(graph, { maxTies: 2 }).levels.length).toBe(3);
  });
});
