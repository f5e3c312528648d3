import {
  betweenness,
  DEFAULT_EIGENVECTOR_OPTIONS,
  DEFAULT_PAGERANK_OPTIONS,
  DEFAULT_PATH_METRICS_OPTIONS,
  eigenvector,
  measureNetwork,
  pagerank,
} from "@vernetzt/core/centrality";
import { ConvergenceError, MetricOptionError } from "@vernetzt/core/graph";
import { constraint } from "@vernetzt/core/structure";
import { describe, expect, it } from "vitest";
import { makeGraph } from "../graph/build.js";

const g = makeGraph(
  ["a", "b", "c", "d"],
  [
    ["a", "b"],
    ["b", "c"],
    ["c", "d"],
    ["a", "c"],
  ],
);

describe("metric options", () => {
  it("defaults are binary ties, exact paths, α = 0.85 and tight tolerances", () => {
    expect(DEFAULT_PATH_METRICS_OPTIONS).toEqual({ weighted: false, samples: null, seed: 1 });
    expect(DEFAULT_PAGERANK_OPTIONS).toMatchObject({ alpha: 0.85, weighted: false, tolerance: 1e-12 });
    expect(DEFAULT_EIGENVECTOR_OPTIONS).toMatchObject({ weighted: false, tolerance: 1e-12 });
  });

  it("invalid options throw MetricOptionError naming the option", () => {
    const bad: Array<[() => unknown, string]> = [
      [() => betweenness(g, { samples: 0 }), "samples"],
      [() => betweenness(g, { samples: 1.5 }), "samples"],
      [() => betweenness(g, { weighted: "yes" as unknown as boolean }), "weighted"],
      [() => pagerank(g, { alpha: 1 }), "alpha"],
      [() => pagerank(g, { tolerance: 0 }), "tolerance"],
      [() => eigenvector(g, { maxIterations: 0 }), "maxIterations"],
      [() => constraint(g, { weighted: 1 as unknown as boolean }), "weighted"],
      [() => measureNetwork(g, { seed: -1 }), "seed"],
    ];
    for (const [call, option] of bad) {
      expect(call).toThrow(MetricOptionError);
      try {
        call();
      } catch (error) {
        expect((error as MetricOptionError).params.option).toBe(option);
      }
    }
  });

  it("a power iteration that cannot reach its tolerance throws ConvergenceError", () => {
    expect(() => pagerank(g, { maxIterations: 2 })).toThrow(ConvergenceError);
    expect(() => eigenvector(g, { maxIterations: 2 })).toThrow(ConvergenceError);
  });
});
