/** The seeded generators and sampling helpers behind `generateNetwork`. */

import { createRng, hashSeed, hashUnit, sfc32Next } from "@vernetzt/core/random";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  allocate,
  poisson,
  powerLawRank,
  sampleDistinct,
} from "../../../packages/core/src/generate/sampling.js";

describe("createRng", () => {
  it("repeats its sequence for the same seed and differs for another", () => {
    const take = (seed: number | string) => Array.from({ length: 5 }, createRng(seed));
    expect(take(7)).toEqual(take(7));
    expect(take("seven")).toEqual(take("seven"));
    expect(take(7)).not.toEqual(take(8));
  });

  it("returns floats in [0, 1) with mean 1/2 and variance 1/12 (tolerance 0.01 over 100,000 draws)", () => {
    const rng = createRng(1);
    let sum = 0;
    let squares = 0;
    const n = 100_000;
    for (let i = 0; i < n; i++) {
      const x = rng();
      expect(x >= 0 && x < 1).toBe(true);
      sum += x;
      squares += x * x;
    }
    const mean = sum / n;
    expect(mean).toBeCloseTo(0.5, 2);
    expect(squares / n - mean * mean).toBeCloseTo(1 / 12, 2);
  });

  it("fills ten equal bins evenly (chi-square below the 0.1 % critical value 27.9, 9 degrees of freedom)", () => {
    const rng = createRng("bins");
    const bins = new Array(10).fill(0);
    for (let i = 0; i < 50_000; i++) bins[Math.floor(rng() * 10)]++;
    const chi2 = bins.reduce((s, b) => s + (b - 5000) ** 2 / 5000, 0);
    expect(chi2).toBeLessThan(27.9);
  });
});

describe("hashSeed", () => {
  it("depends on every part and on their order", () => {
    expect(hashSeed(1, "a", 2)).toBe(hashSeed(1, "a", 2));
    expect(hashSeed(1, "a", 2)).not.toBe(hashSeed(2, "a", 1));
    expect(hashSeed(1, "a")).not.toBe(hashSeed(1, "b"));
    expect(hashSeed(2 ** 32 + 1)).not.toBe(hashSeed(1));
    expect(hashSeed(1.5)).not.toBe(hashSeed(1));
    expect(hashSeed(-1)).not.toBe(hashSeed(2 ** 32 - 1));
  });

  it("gives 32-bit unsigned integers, and hashUnit floats in [0, 1)", () => {
    fc.assert(
      fc.property(fc.integer(), fc.string(), (n, s) => {
        const h = hashSeed(n, s);
        expect(Number.isInteger(h) && h >= 0 && h < 2 ** 32).toBe(true);
        const u = hashUnit(n, s);
        expect(u >= 0 && u < 1).toBe(true);
      }),
    );
  });
});

describe("sampling", () => {
  it("allocate(total, weights) splits exactly, in proportion up to rounding", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.array(fc.double({ min: 0.01, max: 10, noNaN: true }), { minLength: 1, maxLength: 20 }),
        (total, weights) => {
          const parts = allocate(total, weights);
          expect(parts.reduce((s, p) => s + p, 0)).toBe(total);
          const sum = weights.reduce((s, w) => s + w, 0);
          const worst = Math.max(...parts.map((p, i) => Math.abs(p - (total * weights[i]!) / sum)));
          expect(worst).toBeLessThan(1);
        },
      ),
    );
  });

  it("poisson(rng, λ) has mean λ (within 3 %) on both sides of the method switch at 30", () => {
    for (const mean of [0.5, 4, 29, 31, 200]) {
      const rng = createRng("poisson", mean);
      let sum = 0;
      for (let i = 0; i < 20_000; i++) sum += poisson(rng, mean);
      expect(Math.abs(sum / 20_000 - mean) / mean).toBeLessThan(0.03);
    }
  });

  it("powerLawRank(rng, n, a) stays in [0, n) and follows x^-a: ranks 0 and 9 as their probability masses", () => {
    const rng = createRng("ranks");
    const n = 1000;
    const exponent = 2 / 3;
    const counts = new Array(n).fill(0);
    let outside = 0;
    for (let i = 0; i < 400_000; i++) {
      const r = powerLawRank(rng, n, exponent);
      if (r >= 0 && r < n) counts[r]++;
      else outside++;
    }
    expect(outside).toBe(0);
    // probability mass of [r + 1, r + 2) under x^-a: ratio of ranks 0 and 9
    const mass = (r: number) => (r + 2) ** (1 - exponent) - (r + 1) ** (1 - exponent);
    expect(counts[0] / counts[9]).toBeCloseTo(mass(0) / mass(9), 0); // ≈ 3.7, within 0.5
  });

  it("sampleDistinct returns k distinct items of the input", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer(), { maxLength: 30 }),
        fc.nat(40),
        fc.integer(),
        (items, k, seed) => {
          const sample = sampleDistinct(createRng(seed), items, k);
          expect(sample).toHaveLength(Math.min(k, items.length));
          expect(new Set(sample).size).toBe(sample.length);
          for (const x of sample) expect(items).toContain(x);
        },
      ),
    );
  });
});

/** sfc32 straight from its definition (PractRand), in BigInt with explicit 32-bit masks: an independent oracle. */
function sfc32Reference(state: bigint[]): bigint {
  const mask = 0xffffffffn;
  const [a, b, c, counter] = state as [bigint, bigint, bigint, bigint];
  const t = (a + b + counter) & mask;
  const rotated = ((c << 21n) | (c >> 11n)) & mask;
  state[0] = b ^ (b >> 9n);
  state[1] = (c + (c << 3n)) & mask;
  state[2] = (rotated + t) & mask;
  state[3] = (counter + 1n) & mask;
  return t;
}

describe("sfc32Next", () => {
  it("sfc32Next(state) equals sfc32 computed from its definition for any start state", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 0xffffffff }), { minLength: 4, maxLength: 4 }),
        (words) => {
          const state = Int32Array.from(words.map((w) => w | 0));
          const reference = words.map(BigInt);
          for (let i = 0; i < 50; i++) expect(sfc32Next(state)).toBe(Number(sfc32Reference(reference)));
        },
      ),
      { numRuns: 200 },
    );
  });
});
