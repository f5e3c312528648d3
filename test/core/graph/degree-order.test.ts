import { degreeOrdered, toCsr } from "@vernetzt/core/graph";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { makeGraph } from "./build.js";

/** A random simple undirected graph on 2–30 actors with weights 1–5. */
const randomGraph = fc.integer({ min: 2, max: 30 }).chain((n) =>
  fc
    .uniqueArray(
      // Pairs a < b < n (never a self-tie), generated directly: no filter, so no retries.
      fc
        .tuple(fc.nat(n - 2), fc.nat(n), fc.integer({ min: 1, max: 5 }))
        .map(([a, offset, w]) => [a, a + 1 + (offset % (n - 1 - a)), w] as const),
      { selector: ([a, b]) => `${a}-${b}`, maxLength: 80 },
    )
    .map((edges) =>
      makeGraph(
        Array.from({ length: n }, (_, i) => `a${i}`),
        edges.map(([a, b, w]) => [`a${a}`, `a${b}`, w] as const),
      ),
    ),
);

describe("degreeOrdered", () => {
  it("numbers actors by decreasing degree, equal degrees in input order", () => {
    // a1 has 3 partners, a0 and a2 two each, a3 one, a4 none.
    const csr = toCsr(
      makeGraph(
        ["a0", "a1", "a2", "a3", "a4"],
        [
          ["a0", "a1"],
          ["a1", "a2"],
          ["a1", "a3"],
          ["a0", "a2"],
        ],
      ),
    );
    const { order, rank } = degreeOrdered(csr.undirected);
    expect(Array.from(order)).toEqual([1, 0, 2, 3, 4]);
    expect(Array.from(rank)).toEqual([1, 0, 2, 3, 4]);
  });

  it("keeps every tie and its weight under the new numbering, rows sorted, degrees non-increasing", () => {
    fc.assert(
      fc.property(randomGraph, (graph) => {
        const { undirected: input } = toCsr(graph);
        const { adjacency, rank, order } = degreeOrdered(input);
        const n = rank.length;
        const ties = (
          offsets: Int32Array,
          targets: Int32Array,
          weights: Float64Array,
          map: (v: number) => number,
        ) => {
          const out: string[] = [];
          for (let v = 0; v < n; v++)
            for (let e = offsets[v]!; e < offsets[v + 1]!; e++)
              out.push(`${map(v)}-${map(targets[e]!)}:${weights[e]}`);
          return out.sort();
        };
        expect(ties(adjacency.offsets, adjacency.targets, adjacency.weights, (v) => order[v]!)).toEqual(
          ties(input.offsets, input.targets, input.weights, (v) => v),
        );
        for (let r = 0; r < n; r++) {
          expect(rank[order[r]!]).toBe(r);
          const row = adjacency.targets.subarray(adjacency.offsets[r]!, adjacency.offsets[r + 1]!);
          expect(Array.from(row)).toEqual(Array.from(row).sort((a, b) => a - b));
          if (r > 0) {
            const degree = (x: number) => adjacency.offsets[x + 1]! - adjacency.offsets[x]!;
            expect(degree(r)).toBeLessThanOrEqual(degree(r - 1));
            if (degree(r) === degree(r - 1)) expect(order[r]!).toBeGreaterThan(order[r - 1]!);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
