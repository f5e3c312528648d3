import { describe, expect, it } from "vitest";
import { chartWidth } from "../../dashboard/browser/chart-width.js";

describe("chartWidth", () => {
  it("never hands Plot a width smaller than its margins before the page is laid out", () => {
    // Framework's width is 0 before layout; 260 px is the widest left margin a page uses.
    expect(chartWidth(0, 900)).toBeGreaterThan(260 + 40);
    expect(chartWidth(Number.NaN, 900)).toBe(chartWidth(0, 900));
  });
  it("follows the page between the floor and the ceiling", () => {
    expect(chartWidth(700, 900)).toBe(700);
    expect(chartWidth(1400, 900)).toBe(900);
  });
  it("keeps a small chart at its own size instead of widening it to the floor", () => {
    expect(chartWidth(0, 300)).toBe(300);
    expect(chartWidth(1000, 300)).toBe(300);
  });
});
