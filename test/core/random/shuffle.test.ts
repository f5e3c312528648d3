/**
 * The one Fisher–Yates shuffle: a permutation, the same for an `Rng` and the sfc32 state of the same seed,
 * uniform over all orders (chi-square on 3! orders), and a partial shuffle that draws a uniform sample.
 */
import { createRng, createRngState, shuffle, shuffleFirst } from "@vernetzt/core/random";
import { describe, expect, it } from "vitest";

describe("shuffle", () => {
  it("shuffle(values, random) permutes in place: the same values, in a seed-determined order", () => {
    const values = Array.from({ length: 50 }, (_, i) => i);
    shuffle(values, createRng(3));
    expect(values.slice().sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(values).not.toEqual(Array.from({ length: 50 }, (_, i) => i));
    const again = Array.from({ length: 50 }, (_, i) => i);
    shuffle(again, createRng(3));
    expect(again).toEqual(values);
  });

  it("shuffle(values, createRngState(seed)) gives the permutation of createRng(seed), also on typed arrays", () => {
    const plain = Array.from({ length: 200 }, (_, i) => i);
    const typed = Int32Array.from(plain);
    shuffle(plain, createRng("welle", 2));
    shuffle(typed, createRngState("welle", 2));
    expect(Array.from(typed)).toEqual(plain);
  });

  it("shuffle makes every order of three values about equally likely (chi-square, 5 degrees of freedom)", () => {
    const counts = new Map<string, number>();
    const random = createRng(11);
    const draws = 6000;
    for (let k = 0; k < draws; k++) {
      const values = ["a", "b", "c"];
      shuffle(values, random);
      counts.set(values.join(""), (counts.get(values.join("")) ?? 0) + 1);
    }
    expect(counts.size).toBe(6);
    const expected = draws / 6;
    const chiSquare = [...counts.values()].reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0);
    expect(chiSquare).toBeLessThan(20.5); // p ≈ 0.001 for 5 degrees of freedom
  });

  it("shuffleFirst(values, k, random) leaves a sample of k distinct values in front and all values kept", () => {
    const values = Array.from({ length: 30 }, (_, i) => i);
    shuffleFirst(values, 5, createRng(9));
    expect(new Set(values.slice(0, 5)).size).toBe(5);
    expect(values.slice().sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i));
    const whole = [1, 2, 3];
    shuffleFirst(whole, 10, createRng(9)); // k beyond the length: the whole list, nothing out of range
    expect(whole.slice().sort()).toEqual([1, 2, 3]);
  });

  it("shuffleFirst draws each value into the first place about equally often", () => {
    const first = new Array<number>(4).fill(0);
    const random = createRng(5);
    for (let k = 0; k < 4000; k++) {
      const values = [0, 1, 2, 3];
      shuffleFirst(values, 1, random);
      first[values[0]!]! += 1;
    }
    for (const count of first) expect(Math.abs(count - 1000)).toBeLessThan(150);
  });
});
