/**
 * Every per-actor measure against networkx and igraph on the reference fixtures (karate club, Florentine
 * families, seeded random graphs: disconnected with isolates, directed, weighted, bipartite; a barbell).
 * Tolerance 1e-9 (eigenvector and PageRank 1e-8), absolute for |x| ≤ 1, relative above.
 */

import { type ActorMetricsRow, measureNetwork } from "@vernetzt/core/centrality";
import { describe, expect, it } from "vitest";
import { deviation, fixtureGraph, referenceFixtures, type Tool, type Variant } from "../graph/build.js";

const TOLERANCE: Record<string, number> = { eigenvector: 1e-8, pagerank: 1e-8 };
const fixtures = referenceFixtures();

describe("actor metrics match networkx and igraph", () => {
  it("has the fixtures", () => {
    expect(fixtures.map((f) => f.name)).toEqual(
      expect.arrayContaining(["karate", "florentine", "random-directed", "random-bipartite"]),
    );
  });
  for (const fixture of fixtures) {
    for (const variant of ["binary", "weighted"] as Variant[]) {
      const rows = measureNetwork(fixtureGraph(fixture), { weighted: variant === "weighted" }).actors;
      for (const tool of ["networkx", "igraph"] as Tool[]) {
        it(`${fixture.name} (${variant}) agrees with ${tool}`, () => {
          const expected = fixture[tool][variant].actor;
          expect(Object.keys(expected).length).toBeGreaterThan(5);
          for (const [metric, values] of Object.entries(expected)) {
            const tolerance = TOLERANCE[metric] ?? 1e-9;
            values.forEach((value, i) => {
              const actual = rows[i]![metric as keyof ActorMetricsRow];
              const where = `${metric} of ${fixture.nodes[i]}`;
              if (typeof value === "number" && typeof actual === "number") {
                expect(deviation(actual, value), where).toBeLessThanOrEqual(tolerance);
              } else {
                expect(actual, where).toBe(value);
              }
            });
          }
        });
      }
    }
  }
});
