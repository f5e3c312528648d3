import { categorizeActors, UnknownAttributeError } from "@vernetzt/core/groups";
import { describe, expect, it } from "vitest";
import { fixtureGraph } from "./reference-fixtures.js";

const graph = fixtureGraph({
  directed: false,
  attribute: "district",
  actors: [
    { id: "a", category: "Zentrum" },
    { id: "b", category: "Äußere Neustadt" },
    { id: "c", category: "  oberer Hang " },
    { id: "d", category: null },
    { id: "e", category: "Altstadt" },
    { id: "f", category: "" },
    { id: "g", category: "Zentrum" },
  ],
  ties: [],
});

describe("categorizeActors", () => {
  it("sorts categories with German collation (Ä next to A, case-insensitive first)", () => {
    expect(categorizeActors(graph, "district").categories).toEqual([
      "Altstadt",
      "Äußere Neustadt",
      "oberer Hang",
      "Zentrum",
    ]);
  });

  it("reports actors without a value (missing or blank) and counts category sizes", () => {
    const result = categorizeActors(graph, "district");
    expect(result.uncategorised).toEqual(["d", "f"]);
    expect(Array.from(result.codes)).toEqual([3, 1, 2, -1, 0, -1, 3]);
    expect(result.sizes).toEqual([1, 1, 1, 2]);
  });

  it("reads any key of attributes and accepts a function", () => {
    graph.setNodeAttribute("a", "attributes", { Träger: "Kirche" });
    expect(categorizeActors(graph, "Träger").categories).toEqual(["Kirche"]);
    expect(categorizeActors(graph, (actor) => actor.id.toUpperCase()).categories).toEqual([
      "A",
      "B",
      "C",
      "D",
      "E",
      "F",
      "G",
    ]);
  });

  it("throws UnknownAttributeError naming the attributes that do have values", () => {
    expect(() => categorizeActors(graph, "sector")).toThrow(UnknownAttributeError);
    try {
      categorizeActors(graph, "sector");
    } catch (error) {
      expect((error as UnknownAttributeError).params.available).toContain("district");
    }
  });
});
