/**
 * The unweighted sweep (direction-optimising BFS: levels expanded top-down or bottom-up) against a textbook
 * Brandes written here (top-down BFS with predecessor lists), on random graphs with several components,
 * leaves and isolates, where both directions are taken. Tolerance 1e-12 relative (summation order differs).
 */

import type { Adjacency } from "@vernetzt/core/graph";
import { createAccumulators, foldLeaves, sweepPaths } from "@vernetzt/core/graph";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

/** Undirected CSR from an edge list of n nodes (duplicates and self-pairs dropped). */
function adjacency(n: number, edges: [number, number][]): Adjacency {
  const rows: Set<number>[] = Array.from({ length: n }, () => new Set());
  for (const [a, b] of edges) {
    if (a === b) continue;
    rows[a]!.add(b);
    rows[b]!.add(a);
  }
  const offsets = new Int32Array(n + 1);
  const list: number[] = [];
  rows.forEach((row, i) => {
    list.push(...[...row].sort((x, y) => x - y));
    offsets[i + 1] = list.length;
  });
  return { offsets, targets: Int32Array.from(list), weights: new Float64Array(list.length).fill(1) };
}

/** Brandes (2001) as published: BFS, predecessor lists, dependency accumulation; plus distance sums. */
function textbook(adj: Adjacency) {
  const n = adj.offsets.length - 1;
  const betweenness = new Float64Array(n);
  const distanceSums = new Float64Array(n);
  const harmonic = new Float64Array(n);
  const eccentricity = new Float64Array(n);
  for (let s = 0; s < n; s++) {
    const dist = new Array<number>(n).fill(-1);
    const sigma = new Array<number>(n).fill(0);
    const pred: number[][] = Array.from({ length: n }, () => []);
    const order: number[] = [];
    dist[s] = 0;
    sigma[s] = 1;
    const queue = [s];
    while (queue.length > 0) {
      const v = queue.shift()!;
      order.push(v);
      for (let e = adj.offsets[v]!; e < adj.offsets[v + 1]!; e++) {
        const w = adj.targets[e]!;
        if (dist[w] === -1) {
          dist[w] = dist[v]! + 1;
          queue.push(w);
        }
        if (dist[w] === dist[v]! + 1) {
          sigma[w] += sigma[v]!;
          pred[w]!.push(v);
        }
      }
    }
    const delta = new Array<number>(n).fill(0);
    for (const w of order.reverse()) {
      for (const v of pred[w]!) delta[v] += (sigma[v]! / sigma[w]!) * (1 + delta[w]!);
      if (w !== s) betweenness[w] += delta[w]!;
      if (w !== s) {
        distanceSums[s] += dist[w]!;
        harmonic[s] += 1 / dist[w]!;
        eccentricity[s] = Math.max(eccentricity[s]!, dist[w]!);
      }
    }
  }
  return { betweenness, distanceSums, harmonic, eccentricity };
}

const close = (actual: Float64Array, expected: Float64Array) => {
  for (let i = 0; i < expected.length; i++) {
    expect(Math.abs(actual[i]! - expected[i]!)).toBeLessThanOrEqual(
      1e-12 * Math.max(1, Math.abs(expected[i]!)),
    );
  }
};

describe("sweepPaths (unweighted)", () => {
  it("agrees with textbook Brandes on random graphs with several components, leaves and isolates", () => {
    const graphs = fc
      .integer({ min: 2, max: 60 })
      .chain((n) =>
        fc.tuple(
          fc.constant(n),
          fc.array(fc.tuple(fc.nat({ max: n - 1 }), fc.nat({ max: n - 1 })), { maxLength: 4 * n }),
        ),
      );
    fc.assert(
      fc.property(graphs, ([n, edges]) => {
        const adj = adjacency(n, edges);
        const acc = createAccumulators(n, true, false);
        sweepPaths(
          adj,
          Int32Array.from({ length: n }, (_, i) => i),
          false,
          1,
          acc,
        );
        const expected = textbook(adj);
        close(acc.betweenness!, expected.betweenness);
        close(acc.sourceDistanceSum, expected.distanceSums);
        close(acc.sourceInverseDistanceSum, expected.harmonic);
        close(acc.eccentricity, expected.eccentricity);
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it("gives the same values with leaves folded into their partner's sweep (sparse graphs, many leaves)", () => {
    // At most n edges over n nodes: forests, stars, pairs and isolates, where most actors are leaves.
    const graphs = fc
      .integer({ min: 2, max: 60 })
      .chain((n) =>
        fc.tuple(
          fc.constant(n),
          fc.array(fc.tuple(fc.nat({ max: n - 1 }), fc.nat({ max: n - 1 })), { maxLength: n }),
        ),
      );
    let foldedSomewhere = 0;
    fc.assert(
      fc.property(graphs, ([n, edges]) => {
        const adj = adjacency(n, edges);
        const { sources, folded } = foldLeaves(adj);
        foldedSomewhere += folded.leaves.length;
        const acc = createAccumulators(n, true, false);
        sweepPaths(adj, sources, false, 1, acc, { folded });
        const expected = textbook(adj);
        close(acc.betweenness!, expected.betweenness);
        close(acc.sourceDistanceSum, expected.distanceSums);
        close(acc.sourceInverseDistanceSum, expected.harmonic);
        close(acc.eccentricity, expected.eccentricity);
      }),
      { seed: 7, numRuns: 300 },
    );
    expect(foldedSomewhere).toBeGreaterThan(300);
  });

  it("takes the bottom-up direction: a star's centre has all the betweenness", () => {
    // From a leaf, level 1 (the centre, n − 1 ties) has more ties than the unreached leaves: bottom-up.
    const n = 30;
    const adj = adjacency(
      n,
      Array.from({ length: n - 1 }, (_, i): [number, number] => [0, i + 1]),
    );
    const acc = createAccumulators(n, true, false);
    sweepPaths(
      adj,
      Int32Array.from({ length: n }, (_, i) => i),
      false,
      1,
      acc,
    );
    expect(acc.betweenness![0]).toBe((n - 1) * (n - 2));
    expect(acc.betweenness!.slice(1).every((b) => b === 0)).toBe(true);
  });
});
