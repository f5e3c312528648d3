/**
 * Hand-made graphs whose values are known in closed form (star, path, triangle, two-actor chain).
 * Tolerance 1e-12 unless stated.
 */

import {
  betweenness,
  betweennessNormalized,
  closeness,
  degree,
  eigenvector,
  harmonicCloseness,
  inDegree,
  measureNetwork,
  outDegree,
  pagerank,
  pathMetrics,
  strength,
} from "@vernetzt/core/centrality";
import { ConvergenceError } from "@vernetzt/core/graph";
import { describe, expect, it } from "vitest";
import { makeGraph } from "../graph/build.js";

const star = makeGraph(
  ["c", "l1", "l2", "l3", "l4"],
  [
    ["c", "l1"],
    ["c", "l2", 3],
    ["c", "l3"],
    ["c", "l4"],
  ],
);
const close = (actual: Record<string, number>, expected: Record<string, number>, tolerance = 1e-12) => {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const [id, value] of Object.entries(expected))
    expect(Math.abs(actual[id]! - value), id).toBeLessThan(tolerance);
};

describe("centrality on a star of four leaves", () => {
  it("betweenness(star) gives the centre every one of the 6 leaf pairs", () => {
    close(betweenness(star), { c: 6, l1: 0, l2: 0, l3: 0, l4: 0 });
    close(betweennessNormalized(star), { c: 1, l1: 0, l2: 0, l3: 0, l4: 0 });
  });

  it("closeness(star) is 1 for the centre and 4/7 for a leaf", () => {
    close(closeness(star), { c: 1, l1: 4 / 7, l2: 4 / 7, l3: 4 / 7, l4: 4 / 7 });
  });

  it("harmonicCloseness(star) is 4 for the centre and 1 + 3/2 for a leaf", () => {
    close(harmonicCloseness(star), { c: 4, l1: 2.5, l2: 2.5, l3: 2.5, l4: 2.5 });
  });

  it("eigenvector(star) converges on this bipartite graph to 1/√2 and 1/√8", () => {
    const leaf = 1 / Math.sqrt(8);
    close(eigenvector(star), { c: Math.SQRT1_2, l1: leaf, l2: leaf, l3: leaf, l4: leaf }, 1e-10);
  });

  it("degree(star) counts partners and strength sums weights", () => {
    expect(degree(star)).toEqual({ c: 4, l1: 1, l2: 1, l3: 1, l4: 1 });
    expect(strength(star)).toEqual({ c: 6, l1: 1, l2: 3, l3: 1, l4: 1 });
    expect(inDegree(star)).toEqual(degree(star));
    expect(outDegree(star)).toEqual(degree(star));
  });

  it("pagerank(star) sums to 1 and ranks the centre highest", () => {
    const rank = pagerank(star);
    const total = Object.values(rank).reduce((a, b) => a + b, 0);
    expect(Math.abs(total - 1)).toBeLessThan(1e-12);
    // Closed form: leaf x = (1 − α)/n + α c/4, c = (1 − α)/n + α · 4x.
    const alpha = 0.85;
    const leaf = ((1 - alpha) / 5 + (alpha * (1 - alpha)) / 20) / (1 - alpha * alpha);
    const centre = (1 - alpha) / 5 + alpha * 4 * leaf;
    expect(Math.abs(rank.l1! - leaf)).toBeLessThan(1e-12);
    expect(Math.abs(rank.c! - centre)).toBeLessThan(1e-12);
  });
});

describe("path metrics", () => {
  it("pathMetrics(path a–b–c) has average path length 4/3 and diameter 2", () => {
    const p = pathMetrics(
      makeGraph(
        ["a", "b", "c"],
        [
          ["a", "b"],
          ["b", "c"],
        ],
      ),
    );
    expect(p.betweenness).toEqual({ a: 0, b: 1, c: 0 });
    expect(p.averagePathLength).toBeCloseTo(4 / 3, 14);
    expect(p.diameter).toBe(2);
    expect(p.sampled).toBe(false);
    expect(p.sources).toBe(3);
  });

  it("pathMetrics({weighted: true}) reads weight as intensity: a weak direct tie is a long path", () => {
    const g = makeGraph(
      ["a", "b", "c"],
      [
        ["a", "b", 1],
        ["b", "c", 1],
        ["a", "c", 0.4],
      ],
    );
    expect(betweenness(g).b).toBe(0);
    expect(betweenness(g, { weighted: true }).b).toBe(1);
    expect(pathMetrics(g, { weighted: true }).diameter).toBe(2);
  });

  it("pathMetrics({weighted: true}) counts shortest paths equal up to rounding (1/3 + 1/15 = 2/5) as equal", () => {
    const g = makeGraph(
      ["a", "b", "c", "d"],
      [
        ["a", "b", 3],
        ["b", "d", 15],
        ["a", "c", 5],
        ["c", "d", 5],
      ],
    );
    // a–d via b = 1/3 + 1/15 = 0.39999999999999997 in floating point, via c = 1/5 + 1/5 = 0.4.
    expect(1 / 3 + 1 / 15).not.toBe(1 / 5 + 1 / 5);
    const b = betweenness(g, { weighted: true });
    expect(b.b).toBeCloseTo(0.5, 12);
    expect(b.c).toBeCloseTo(0.5, 12);
  });

  it("closeness and harmonic of an isolate are 0, and an isolate does not count in the largest component", () => {
    const g = makeGraph(["a", "b", "z"], [["a", "b"]]);
    expect(closeness(g)).toEqual({ a: 0.5, b: 0.5, z: 0 });
    expect(harmonicCloseness(g)).toEqual({ a: 1, b: 1, z: 0 });
    expect(pathMetrics(g).averagePathLength).toBe(1);
  });

  it("pathMetrics on an empty graph and on one actor gives zeros", () => {
    for (const g of [makeGraph([], []), makeGraph(["a"], [])]) {
      const p = pathMetrics(g);
      expect([p.averagePathLength, p.diameter]).toEqual([0, 0]);
    }
    expect(pathMetrics(makeGraph(["a"], [])).closeness).toEqual({ a: 0 });
  });
});

describe("directed data", () => {
  const g = makeGraph(
    ["a", "b", "c"],
    [
      ["a", "b", 2],
      ["b", "a", 1],
      ["a", "c"],
    ],
    true,
  );

  it("inDegree and outDegree follow the arcs; degree counts a mutual pair once", () => {
    expect(inDegree(g)).toEqual({ a: 1, b: 1, c: 1 });
    expect(outDegree(g)).toEqual({ a: 2, b: 1, c: 0 });
    expect(degree(g)).toEqual({ a: 2, b: 1, c: 1 });
    expect(strength(g)).toEqual({ a: 4, b: 3, c: 1 });
  });

  it("pagerank on a chain a → b spreads the dangling mass of b uniformly", () => {
    const rank = pagerank(makeGraph(["a", "b"], [["a", "b"]], true));
    expect(rank.b).toBeCloseTo(0.925 / 1.425, 12);
    expect(rank.a).toBeCloseTo(1 - 0.925 / 1.425, 12);
  });

  it("betweenness of directed data uses the union of both directions", () => {
    expect(betweenness(g)).toEqual({ a: 1, b: 0, c: 0 });
  });
});

describe("measureNetwork", () => {
  it("measureNetwork rows agree with every stand-alone function", () => {
    const g = makeGraph(
      ["a", "b", "c", "d", "e", "f"],
      [
        ["a", "b", 2],
        ["b", "c"],
        ["c", "a", 3],
        ["c", "d"],
        ["d", "e", 5],
        ["e", "c"],
      ],
    );
    for (const weighted of [false, true]) {
      const rows = measureNetwork(g, { weighted }).actors;
      const byId = (key: "betweenness" | "closeness" | "harmonic" | "eigenvector" | "pagerank") =>
        Object.fromEntries(rows.map((r) => [r.id, r[key]]));
      expect(byId("betweenness")).toEqual(betweenness(g, { weighted }));
      expect(byId("closeness")).toEqual(closeness(g, { weighted }));
      expect(byId("harmonic")).toEqual(harmonicCloseness(g, { weighted }));
      expect(byId("eigenvector")).toEqual(eigenvector(g, { weighted }));
      expect(byId("pagerank")).toEqual(pagerank(g, { weighted }));
      expect(rows.map((r) => r.id)).toEqual(["a", "b", "c", "d", "e", "f"]);
      expect(rows[5]).toMatchObject({ degree: 0, constraint: null, effectiveSize: null, closeness: 0 });
    }
  });

  it("measureNetwork gives byte-identical JSON on repeated runs", () => {
    const g = makeGraph(
      ["a", "b", "c", "d"],
      [
        ["a", "b"],
        ["b", "c"],
        ["c", "d"],
        ["d", "a"],
        ["a", "c"],
      ],
    );
    expect(JSON.stringify(measureNetwork(g, { samples: 2, seed: 5 }))).toBe(
      JSON.stringify(measureNetwork(g, { samples: 2, seed: 5 })),
    );
  });
});

describe("measureNetwork when the eigenvector iteration stalls", () => {
  it("a 400-actor chain keeps the last eigenvector iterate, warns, and keeps every other measure", () => {
    const ids = Array.from({ length: 400 }, (_, i) => `a${i}`);
    const chain = makeGraph(
      ids,
      ids.slice(1).map((id, i) => [ids[i]!, id] as const),
    );
    expect(() => eigenvector(chain)).toThrow(ConvergenceError);
    const m = measureNetwork(chain);
    expect(m.warnings.map((w) => w.code)).toEqual(["eigenvector-no-convergence"]);
    // The last iterate is already close to the true vector: centre highest, symmetric.
    expect(m.actors[200]!.eigenvector).toBeGreaterThan(m.actors[0]!.eigenvector * 10);
    expect(m.actors[100]!.eigenvector).toBeCloseTo(m.actors[299]!.eigenvector, 12);
    expect(m.actors[1]!.betweenness).toBe(398);
    expect(m.network.diameter).toBe(399);
    expect(measureNetwork(star).warnings).toEqual([]);
  });
});

describe("eigenvector on disconnected graphs", () => {
  it("two equal triangles share the mass; a path with a smaller eigenvalue and an isolate get 0", () => {
    const g = makeGraph(
      ["a", "b", "c", "x", "y", "z", "p", "q", "r", "i"],
      [
        ["a", "b"],
        ["b", "c"],
        ["a", "c"],
        ["x", "y"],
        ["y", "z"],
        ["x", "z"],
        ["p", "q"],
        ["q", "r"],
      ],
    );
    const e = eigenvector(g);
    for (const id of ["a", "b", "c", "x", "y", "z"]) expect(e[id]).toBeCloseTo(1 / Math.sqrt(6), 12);
    for (const id of ["p", "q", "r", "i"]) expect(e[id]).toBe(0);
  });

  it("a graph without ties has the uniform vector 1/√n", () => {
    expect(eigenvector(makeGraph(["a", "b", "c", "d"], []))).toEqual({ a: 0.5, b: 0.5, c: 0.5, d: 0.5 });
  });

  it("components with nearly equal eigenvalues converge quickly (chains of 40 and 41 actors)", () => {
    const chain = (prefix: string, length: number) => Array.from({ length }, (_, i) => `${prefix}${i}`);
    const left = chain("l", 40);
    const right = chain("r", 41);
    const ties = [left, right].flatMap((ids) => ids.slice(1).map((id, i) => [ids[i]!, id] as const));
    const e = eigenvector(makeGraph([...left, ...right], ties), { maxIterations: 50_000 });
    expect(left.every((id) => e[id] === 0)).toBe(true);
    expect(e.r20).toBeGreaterThan(e.r0!);
  });
});
