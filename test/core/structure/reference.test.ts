/**
 * Network figures against networkx and igraph on the reference fixtures (see
 * `scripts/reference/make-fixtures.py`). Tolerance 1e-9, absolute for |x| ≤ 1, relative above.
 */

import { measureNetwork } from "@vernetzt/core/centrality";
import { describe, expect, it } from "vitest";
import { deviation, fixtureGraph, referenceFixtures, type Tool, type Variant } from "../graph/build.js";

const fixtures = referenceFixtures();

describe("network metrics match networkx and igraph", () => {
  for (const fixture of fixtures) {
    for (const variant of ["binary", "weighted"] as Variant[]) {
      const network = measureNetwork(fixtureGraph(fixture), { weighted: variant === "weighted" }).network;
      for (const tool of ["networkx", "igraph"] as Tool[]) {
        it(`${fixture.name} (${variant}) agrees with ${tool}`, () => {
          const expected = fixture[tool][variant].network;
          for (const [metric, value] of Object.entries(expected)) {
            const actual: unknown =
              metric === "bridges"
                ? network.bridges.map(([a, b]) => [fixture.nodes.indexOf(a), fixture.nodes.indexOf(b)])
                : network[metric as keyof typeof network];
            if (typeof value === "number" && typeof actual === "number") {
              expect(deviation(actual, value), metric).toBeLessThanOrEqual(1e-9);
            } else {
              expect(actual, metric).toEqual(value);
            }
          }
        });
      }
    }
  }
});
