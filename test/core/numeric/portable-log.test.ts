/**
 * portableLog(x): fdlibm's logarithm in plain arithmetic. Checked against the engine's Math.log (an
 * independent implementation, within 1 ulp of ln x by its own documentation) with a stated tolerance, and
 * against exact special values. That its bits are the same in Chromium as in Node is checked in
 * test/browser/core-in-browser.test.ts.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { portableLog } from "../../../packages/core/src/numeric/portable-log.js";

/** Two ulp of the result: fdlibm and the engine's log are each within 1 ulp of ln x. */
const withinTwoUlp = (a: number, b: number) =>
  Math.abs(a - b) <= 2 * Number.EPSILON * Math.max(Math.abs(b), 1e-300);

describe("portableLog(x)", () => {
  it("gives the IEEE special values: ln 0 = −∞, ln of a negative number or NaN = NaN, ln ∞ = ∞, ln 1 = 0", () => {
    expect(portableLog(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(portableLog(-0)).toBe(Number.NEGATIVE_INFINITY);
    expect(portableLog(-1)).toBeNaN();
    expect(portableLog(Number.NEGATIVE_INFINITY)).toBeNaN();
    expect(portableLog(Number.NaN)).toBeNaN();
    expect(portableLog(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
    expect(Object.is(portableLog(1), 0)).toBe(true);
  });

  it("gives ln 2 and ln 10 as the language's constants Math.LN2 and Math.LN10", () => {
    expect(portableLog(2)).toBe(Math.LN2);
    expect(portableLog(10)).toBe(Math.LN10);
  });

  it("handles subnormal arguments (2^-1074 → −1074·ln 2) and values next to 1", () => {
    expect(withinTwoUlp(portableLog(Number.MIN_VALUE), -1074 * Math.LN2)).toBe(true);
    // ln(1 + x) = x − x²/2 + …: within 2 ulp of x itself for these tiny x.
    expect(withinTwoUlp(portableLog(1 + Number.EPSILON), Number.EPSILON)).toBe(true);
    expect(withinTwoUlp(portableLog(1 - Number.EPSILON / 2), -Number.EPSILON / 2)).toBe(true);
  });

  it("agrees with Math.log within 2 ulp for every positive double", () => {
    fc.assert(
      fc.property(fc.double({ min: Number.MIN_VALUE, noNaN: true, noDefaultInfinity: true }), (x) =>
        withinTwoUlp(portableLog(x), Math.log(x)),
      ),
      { numRuns: 20_000, seed: 633 },
    );
  });

  it("agrees with Math.log within 2 ulp for the counts and shares a contingency table holds", () => {
    for (let n = 1; n <= 5000; n++) {
      expect(withinTwoUlp(portableLog(n), Math.log(n))).toBe(true);
      expect(withinTwoUlp(portableLog(1 / n), Math.log(1 / n))).toBe(true);
    }
  });
});
