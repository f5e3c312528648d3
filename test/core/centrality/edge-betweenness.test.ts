/**
 * Tie betweenness: equal to networkx `edge_betweenness_centrality(normalized=False)` and igraph
 * `edge_betweenness(directed=False)` on every reference graph (binary and weighted, 1e-9), and two exact
 * identities on random graphs (fast-check): the ties at an actor carry 2·b(v) + r(v), and (unweighted) all
 * ties together carry the sum of the distances between connected pairs.
 */

import { betweenness, edgeBetweenness, edgeBetweennessArray } from "@vernetzt/core/centrality";
import { MetricOptionError, tiePairs, toCsr } from "@vernetzt/core/graph";
import { connectedComponents } from "@vernetzt/core/structure";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { edgeFixtures, TOOLS, VARIANTS } from "../edges/reference-edges.js";
import { type SmallTieGraph, smallTieGraphs, toGraph } from "../edges/small-graphs.js";
import { deviation, fixtureGraph, makeGraph } from "../graph/build.js";

describe("edgeBetweenness matches networkx and igraph", () => {
  for (const { graph: fixture, values } of edgeFixtures()) {
    for (const variant of VARIANTS) {
      const ties = edgeBetweenness(fixtureGraph(fixture), { weighted: variant === "weighted" });
      const position = new Map(fixture.nodes.map((id, i) => [id, i]));
      const mine = new Map(
        ties.map((t) => [`${position.get(t.source)}-${position.get(t.target)}`, t.betweenness]),
      );
      for (const tool of TOOLS) {
        it(`${fixture.name} (${variant}) agrees with ${tool}`, () => {
          const expected = values[tool][variant].edgeBetweenness;
          expect(expected.length).toBeGreaterThan(5);
          expect(ties.length).toBe(expected.length);
          for (const [i, j, value] of expected) {
            const actual = mine.get(`${Math.min(i, j)}-${Math.max(i, j)}`);
            expect(actual, `${fixture.nodes[i]} – ${fixture.nodes[j]}`).toBeDefined();
            expect(
              deviation(actual!, value),
              `${fixture.nodes[i]} – ${fixture.nodes[j]}`,
            ).toBeLessThanOrEqual(1e-9);
          }
        });
      }
    }
  }
});

/** Unweighted distances from `source` over the undirected view, by BFS (independent of the library). */
function distancesFrom(g: SmallTieGraph, source: string): Map<string, number> {
  const neighbours = new Map(g.ids.map((id) => [id, [] as string[]]));
  for (const [s, t] of g.edges) {
    neighbours.get(s)!.push(t);
    neighbours.get(t)!.push(s);
  }
  const dist = new Map([[source, 0]]);
  const queue = [source];
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    for (const w of neighbours.get(v)!) {
      if (dist.has(w)) continue;
      dist.set(w, dist.get(v)! + 1);
      queue.push(w);
    }
  }
  return dist;
}

describe("edgeBetweenness identities", () => {
  it("the ties at each actor carry 2·b(v) + r(v) (binary and weighted, directed data as its union)", () => {
    fc.assert(
      fc.property(smallTieGraphs(), fc.boolean(), (g, weighted) => {
        const graph = toGraph(g);
        const ties = edgeBetweenness(graph, { weighted });
        const node = betweenness(graph, { weighted });
        const reach = new Map<string, number>();
        for (const component of connectedComponents(graph))
          for (const id of component) reach.set(id, component.length - 1);
        for (const id of g.ids) {
          const incident = ties
            .filter((t) => t.source === id || t.target === id)
            .reduce((s, t) => s + t.betweenness, 0);
          expect(deviation(incident, 2 * node[id]! + reach.get(id)!), id).toBeLessThanOrEqual(1e-9);
        }
      }),
      { seed: 20261121, numRuns: 200 },
    );
  });

  it("unweighted, all ties together carry the sum of distances over connected pairs", () => {
    fc.assert(
      fc.property(smallTieGraphs(), (g) => {
        const total = edgeBetweenness(toGraph(g)).reduce((s, t) => s + t.betweenness, 0);
        let distances = 0;
        for (const id of g.ids) for (const d of distancesFrom(g, id).values()) distances += d;
        expect(deviation(total, distances / 2)).toBeLessThanOrEqual(1e-9);
      }),
      { seed: 7, numRuns: 200 },
    );
  });

  it("removing ties through the mask equals measuring the graph without them", () => {
    fc.assert(
      fc.property(
        smallTieGraphs(10, false),
        fc.boolean(),
        fc.infiniteStream(fc.boolean()),
        (g, weighted, drops) => {
          const graph = toGraph(g);
          const csr = toCsr(graph);
          const pairs = tiePairs(csr.undirected);
          const removed = new Uint8Array(pairs.count).map(() => (drops.next().value ? 1 : 0));
          const masked = edgeBetweennessArray(csr.undirected, pairs, weighted, removed);
          const kept: [string, string, number][] = [];
          for (let p = 0; p < pairs.count; p++) {
            if (removed[p] === 1) {
              expect(masked[p]).toBe(0);
              continue;
            }
            const [s, t] = [csr.ids[pairs.source[p]!]!, csr.ids[pairs.target[p]!]!];
            const weight = g.edges.find(([a, b]) => (a === s && b === t) || (a === t && b === s))![2];
            kept.push([s, t, weight]);
          }
          const fresh = edgeBetweenness(makeGraph(g.ids, kept), { weighted });
          for (const tie of fresh) {
            const p = [...Array(pairs.count).keys()].find(
              (q) => csr.ids[pairs.source[q]!] === tie.source && csr.ids[pairs.target[q]!] === tie.target,
            )!;
            expect(deviation(masked[p]!, tie.betweenness)).toBeLessThanOrEqual(1e-12);
          }
        },
      ),
      { seed: 11, numRuns: 150 },
    );
  });

  it("a bridge carries the product of the sizes of the two sides", () => {
    // a 4-path a–b–c–d plus a triangle d–e–f: the tie c–d separates {a, b, c} from {d, e, f}
    const graph = makeGraph(
      ["a", "b", "c", "d", "e", "f"],
      [
        ["a", "b"],
        ["b", "c"],
        ["c", "d"],
        ["d", "e"],
        ["e", "f"],
        ["f", "d"],
      ],
    );
    const ties = edgeBetweenness(graph);
    expect(ties.find((t) => t.source === "c" && t.target === "d")!.betweenness).toBe(9);
    expect(ties.find((t) => t.source === "a" && t.target === "b")!.betweenness).toBe(5);
    expect(ties.find((t) => t.source === "e" && t.target === "f")!.betweenness).toBe(1);
  });

  it("refuses an option it cannot use", () => {
    const graph = makeGraph(["a", "b"], [["a", "b"]]);
    expect(() => edgeBetweenness(graph, { weighted: "yes" as unknown as boolean })).toThrow(
      MetricOptionError,
    );
  });
});
