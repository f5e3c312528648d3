/**
 * Sampled path metrics on a seeded random graph (400 actors, average degree 6, built by the test with
 * `createRng`): exact at k = n, reproducible per seed, and within the documented Hoeffding error bound.
 */

import { betweennessSampleError, pathMetrics } from "@vernetzt/core/centrality";
import { createRng } from "@vernetzt/core/random";
import { describe, expect, it } from "vitest";
import { makeGraph } from "../graph/build.js";

function randomGraph(n: number, ties: number, seed: number) {
  const rng = createRng(seed);
  const nodes = Array.from({ length: n }, (_, i) => `a${i}`);
  const seen = new Set<string>();
  const edges: [string, string][] = [];
  while (edges.length < ties) {
    const s = Math.floor(rng() * n);
    const t = Math.floor(rng() * n);
    const key = s < t ? `${s}-${t}` : `${t}-${s}`;
    if (s === t || seen.has(key)) continue;
    seen.add(key);
    edges.push([nodes[s]!, nodes[t]!]);
  }
  return makeGraph(nodes, edges);
}

const graph = randomGraph(400, 1200, 42);
const exact = pathMetrics(graph);

describe("sampled path metrics", () => {
  it("betweennessSampleError(n, k, δ) is 2 sqrt(ln(2n/δ) / (2k)) (linear scaling), weighted half that", () => {
    expect(betweennessSampleError(100_000, 500, 0.05)).toBeCloseTo(2 * Math.sqrt(Math.log(4e6) / 1000), 12);
    expect(betweennessSampleError(100_000, 500, 0.05, true)).toBeCloseTo(Math.sqrt(Math.log(4e6) / 1000), 12);
    expect(betweennessSampleError(400, 100)).toBeLessThan(betweennessSampleError(400, 50));
  });

  it("pathMetrics({samples: n}) is the exact computation", () => {
    expect(pathMetrics(graph, { samples: 400 })).toEqual(exact);
  });

  it("pathMetrics({samples, seed}) is reproducible and marks itself sampled", () => {
    const a = pathMetrics(graph, { samples: 50, seed: 9 });
    expect(a).toEqual(pathMetrics(graph, { samples: 50, seed: 9 }));
    expect(a.sampled).toBe(true);
    expect(a.sources).toBe(50);
    expect(a.betweenness).not.toEqual(pathMetrics(graph, { samples: 50, seed: 10 }).betweenness);
  });

  it("sampled normalised betweenness stays within the Hoeffding bound for δ = 0.001", () => {
    const k = 100;
    const epsilon = betweennessSampleError(400, k, 0.001);
    for (const seed of [1, 2, 3]) {
      const est = pathMetrics(graph, { samples: k, seed }).betweennessNormalized;
      const worst = Math.max(
        ...Object.keys(est).map((id) => Math.abs(est[id]! - exact.betweennessNormalized[id]!)),
      );
      expect(worst).toBeLessThanOrEqual(epsilon);
      expect(worst).toBeGreaterThan(0);
    }
  });

  it("sampled betweenness is unbiased: the mean over many seeds approaches the exact value", () => {
    const runs = 40;
    const ids = Object.keys(exact.betweenness);
    const mean = new Map(ids.map((id) => [id, 0]));
    for (let seed = 0; seed < runs; seed++) {
      const est = pathMetrics(graph, { samples: 40, seed }).betweenness;
      for (const id of ids) mean.set(id, mean.get(id)! + est[id]! / runs);
    }
    const total = (f: (id: string) => number) => ids.reduce((s, id) => s + f(id), 0);
    const relative = Math.abs(total((id) => mean.get(id)!) - total((id) => exact.betweenness[id]!));
    expect(relative / total((id) => exact.betweenness[id]!)).toBeLessThan(0.02);
  });

  it("sampled closeness, harmonic and average path length are close; the diameter is a lower bound", () => {
    const est = pathMetrics(graph, { samples: 100, seed: 4 });
    for (const id of Object.keys(exact.closeness)) {
      if (exact.closeness[id] === 0) continue;
      expect(Math.abs(est.closeness[id]! / exact.closeness[id]! - 1), id).toBeLessThan(0.1);
      expect(Math.abs(est.harmonic[id]! / exact.harmonic[id]! - 1), id).toBeLessThan(0.1);
    }
    expect(Math.abs(est.averagePathLength / exact.averagePathLength - 1)).toBeLessThan(0.02);
    expect(est.diameter).toBeLessThanOrEqual(exact.diameter);
    expect(est.diameter).toBeGreaterThanOrEqual(exact.diameter / 2);
  });

  it("components with fewer than two sampled sources get exact closeness", () => {
    const g = makeGraph(
      ["a", "b", "c", "x", "y", "z"],
      [
        ["a", "b"],
        ["b", "c"],
        ["x", "y"],
        ["y", "z"],
      ],
    );
    const full = pathMetrics(g);
    for (let seed = 0; seed < 5; seed++) {
      const est = pathMetrics(g, { samples: 1, seed });
      expect(est.closeness).toEqual(full.closeness);
      expect(est.harmonic).toEqual(full.harmonic);
    }
  });
});
