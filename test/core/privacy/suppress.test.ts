import { formatSuppressed, groupSizes, resolveSuppression, suppressSmall } from "@vernetzt/core/privacy";
import { describe, expect, it } from "vitest";

describe("suppressSmall", () => {
  it("suppressSmall(value, size) hides values of groups smaller than the default k = 5", () => {
    expect(suppressSmall(0.4, 4)).toEqual({ value: null, suppressed: true, below: 5 });
    expect(suppressSmall(0.4, 5)).toEqual({ value: 0.4, suppressed: false });
  });

  it("suppressSmall(value, size, {k}) uses the configured threshold", () => {
    expect(suppressSmall(3, 9, { k: 10 }).suppressed).toBe(true);
    expect(suppressSmall(3, 1, { k: 1 }).suppressed).toBe(false);
  });

  it("formatSuppressed(entry) writes '< k' for suppressed values", () => {
    expect(formatSuppressed(suppressSmall(12, 2), String)).toBe("< 5");
    expect(formatSuppressed(suppressSmall(12, 7), String)).toBe("12");
  });

  it("resolveSuppression rejects a k that is not a whole number of at least 1", () => {
    expect(() => resolveSuppression({ k: 0 })).toThrow(RangeError);
    expect(() => resolveSuppression({ k: 2.5 })).toThrow(/"k"/);
  });
});

describe("groupSizes", () => {
  it("groupSizes(codes, count) counts the members of each category and skips -1 (no category)", () => {
    expect(groupSizes(Int32Array.from([0, 2, -1, 2, 2, 0]), 4)).toEqual([2, 0, 3, 0]);
    expect(groupSizes([], 2)).toEqual([0, 0]);
  });
});
