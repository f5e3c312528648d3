import { describe, expect, it } from "vitest";
import { categoryScale, MISSING_COLOUR, OKABE_ITO, OTHER_COLOUR } from "../../dashboard/browser/palette.js";

describe("categoryScale", () => {
  it("categoryScale(values) gives the most frequent category the first Okabe–Ito colour", () => {
    const scale = categoryScale(["Süd", "Nord", "Nord", "Mitte", "Nord", "Süd"]);
    expect(scale.legend.map((e) => e.value)).toEqual(["Nord", "Süd", "Mitte"]);
    expect(scale.colour("Nord")).toBe(OKABE_ITO[0]);
    expect(scale.colour("Süd")).toBe(OKABE_ITO[1]);
    expect(scale.legend.map((e) => e.count)).toEqual([3, 2, 1]);
  });

  it("categoryScale(values) orders equally frequent categories by German collation", () => {
    const scale = categoryScale(["Zoo", "Ärzte", "Bad"]);
    expect(scale.legend.map((e) => e.value)).toEqual(["Ärzte", "Bad", "Zoo"]);
  });

  it("categoryScale(values) gives a missing value light grey and lists it last", () => {
    const scale = categoryScale(["A", undefined, "", "A"]);
    expect(scale.colour(undefined)).toBe(MISSING_COLOUR);
    expect(scale.legend.at(-1)).toEqual({ value: null, colour: MISSING_COLOUR, count: 2 });
  });

  it("categoryScale(values) groups the rarest categories beyond eight into one grey", () => {
    const values = Array.from({ length: 10 }, (_, i) => Array(20 - i).fill(`k${i}`)).flat();
    const scale = categoryScale(values);
    expect(scale.legend).toHaveLength(8);
    expect(scale.otherCount).toBe(3);
    expect(scale.legend.at(-1)).toEqual({ value: "*other", colour: OTHER_COLOUR, count: 13 + 12 + 11 });
    expect(scale.colour("k9")).toBe(OTHER_COLOUR);
    // The grey ones are still named, most frequent first, so the legend can list every category.
    expect(scale.others).toEqual([
      { value: "k7", count: 13 },
      { value: "k8", count: 12 },
      { value: "k9", count: 11 },
    ]);
    expect(new Set(scale.legend.slice(0, 7).map((e) => e.colour)).size).toBe(7);
  });
});
