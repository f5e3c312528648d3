/**
 * portableCbrt(x): the cube root in plain arithmetic. Checked against the engine's Math.cbrt (an independent
 * implementation) within 2 ulp, and against exact cubes. That its bits are the same in Chromium as in Node is
 * checked in test/browser/core-in-browser.test.ts.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { portableCbrt } from "../../../packages/core/src/numeric/portable-cbrt.js";

const withinTwoUlp = (a: number, b: number) =>
  Math.abs(a - b) <= 2 * Number.EPSILON * Math.max(Math.abs(b), 1e-300);

describe("portableCbrt(x)", () => {
  it("gives the exact root of exact cubes, and 0, −0, ±∞ and NaN as they are", () => {
    for (const r of [1, 2, 3, 10, 0.5, 0.25, 1024]) {
      expect(portableCbrt(r * r * r)).toBe(r);
      expect(portableCbrt(-(r * r * r))).toBe(-r);
    }
    expect(Object.is(portableCbrt(0), 0)).toBe(true);
    expect(Object.is(portableCbrt(-0), -0)).toBe(true);
    expect(portableCbrt(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
    expect(portableCbrt(Number.NaN)).toBeNaN();
  });

  it("agrees with Math.cbrt within 2 ulp, subnormal arguments included", () => {
    expect(withinTwoUlp(portableCbrt(Number.MIN_VALUE), Math.cbrt(Number.MIN_VALUE))).toBe(true);
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) =>
        withinTwoUlp(portableCbrt(x), Math.cbrt(x)),
      ),
      { numRuns: 10_000, seed: 20261207 },
    );
  });
});
