/**
 * Property tests (fast-check): relabelling the actors and inserting them (and their ties) in another order
 * changes no value of any actor or network measure (up to 1e-9, summation order may differ). Exception by
 * definition: when several components share the largest size, the path figures describe the one with the
 * earliest actor, so they may change with the order.
 */

import { measureNetwork, pathMetrics } from "@vernetzt/core/centrality";
import { toCsr } from "@vernetzt/core/graph";
import { componentIndex } from "@vernetzt/core/structure";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { distinctTies } from "../edges/small-graphs.js";
import { makeGraph } from "../graph/build.js";

const graphs = fc
  .record({
    n: fc.integer({ min: 1, max: 14 }),
    directed: fc.boolean(),
    pairs: fc.array(fc.tuple(fc.nat(13), fc.nat(13), fc.integer({ min: 1, max: 5 })), { maxLength: 40 }),
  })
  .chain(({ n, directed, pairs }) => {
    const edges = distinctTies(n, directed, pairs);
    return fc.record({
      n: fc.constant(n),
      directed: fc.constant(directed),
      edges: fc.constant(edges),
      order: fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }),
      edgeOrder: fc.shuffledSubarray([...edges.keys()], { minLength: edges.length, maxLength: edges.length }),
    });
  });

const near = (a: unknown, b: unknown, path: string): void => {
  if (typeof a === "number" && typeof b === "number") {
    expect(Math.abs(a - b) / Math.max(1, Math.abs(b)), path).toBeLessThanOrEqual(1e-9);
  } else {
    expect(a, path).toEqual(b);
  }
};

describe("measures do not depend on actor labels or order", () => {
  it("relabelling and reordering actors and ties changes no value", () => {
    fc.assert(
      fc.property(graphs, fc.boolean(), ({ n, directed, edges, order, edgeOrder }, weighted) => {
        const ids = [...Array(n).keys()].map((i) => `a${i}`);
        const label = (i: number) => `x${(i * 7 + 3) % 101}-${i}`;
        const g1 = makeGraph(
          ids,
          edges.map(([s, t, w]) => [ids[s]!, ids[t]!, w] as const),
          directed,
        );
        const g2 = makeGraph(
          order.map(label),
          edgeOrder.map((e) => {
            const [s, t, w] = edges[e]!;
            return [label(s), label(t), w] as const;
          }),
          directed,
        );
        const m1 = measureNetwork(g1, { weighted });
        const m2 = measureNetwork(g2, { weighted });
        const rows2 = new Map(m2.actors.map((r) => [r.id, r]));
        m1.actors.forEach((row, i) => {
          const other = rows2.get(label(i))!;
          for (const [key, value] of Object.entries(row)) {
            if (key !== "id") near(other[key as keyof typeof other], value, `${key} of ${row.id}`);
          }
        });
        const rename = (id: string) => label(Number(id.slice(1)));
        const { articulationPoints, bridges, ...rest1 } = m1.network;
        const { articulationPoints: ap2, bridges: br2, ...rest2 } = m2.network;
        const { sizes } = componentIndex(toCsr(g1));
        const tiedLargest = sizes.filter((size) => size === Math.max(...sizes)).length > 1;
        for (const [key, value] of Object.entries(rest1)) {
          if (tiedLargest && (key === "averagePathLength" || key === "diameter")) continue;
          near(rest2[key as keyof typeof rest2], value, key);
        }
        expect(new Set(ap2)).toEqual(new Set(articulationPoints.map(rename)));
        const norm = (pairs: [string, string][]) => new Set(pairs.map((p) => [...p].sort().join("|")));
        expect(norm(br2)).toEqual(norm(bridges.map(([a, b]) => [rename(a), rename(b)])));
      }),
      { numRuns: 200, seed: 20261121 },
    );
  });
});

describe("weighted paths with every weight 1 are the unweighted paths", () => {
  it("pathMetrics({weighted: true}) on unit weights equals pathMetrics()", () => {
    fc.assert(
      fc.property(graphs, ({ n, edges }) => {
        const ids = [...Array(n).keys()].map((i) => `a${i}`);
        const pairs = new Map(edges.map(([s, t]) => [`${Math.min(s, t)}-${Math.max(s, t)}`, [s, t]]));
        const g = makeGraph(
          ids,
          [...pairs.values()].map(([s, t]) => [ids[s!]!, ids[t!]!, 1] as const),
        );
        const a = pathMetrics(g, { weighted: true });
        const b = pathMetrics(g);
        for (const key of ["betweenness", "closeness", "harmonic"] as const) {
          for (const id of ids) near(a[key][id], b[key][id], `${key} of ${id}`);
        }
        near(a.averagePathLength, b.averagePathLength, "averagePathLength");
        near(a.diameter, b.diameter, "diameter");
      }),
      { numRuns: 150, seed: 7 },
    );
  });
});
