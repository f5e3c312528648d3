import { sampleSources } from "@vernetzt/core/graph";
import { describe, expect, it } from "vitest";

describe("sampleSources", () => {
  it("sampleSources(n, k, seed) returns k distinct ascending indices in [0, n)", () => {
    const s = Array.from(sampleSources(100, 30, 7));
    expect(s).toHaveLength(30);
    expect(new Set(s).size).toBe(30);
    expect(s).toEqual([...s].sort((a, b) => a - b));
    expect(s.every((i) => i >= 0 && i < 100)).toBe(true);
  });

  it("sampleSources is the same for the same seed and differs for another seed", () => {
    expect(sampleSources(1000, 50, 3)).toEqual(sampleSources(1000, 50, 3));
    expect(sampleSources(1000, 50, 3)).not.toEqual(sampleSources(1000, 50, 4));
  });

  it("sampleSources(n, n) returns every index", () => {
    expect(Array.from(sampleSources(5, 5, 1))).toEqual([0, 1, 2, 3, 4]);
  });
});
