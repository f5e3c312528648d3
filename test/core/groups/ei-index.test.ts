import { eiIndex, GroupsOptionError } from "@vernetzt/core/groups";
import { createRng } from "@vernetzt/core/random";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { relabelled, smallGraph, toGraph } from "./arbitrary.js";
import { fixtureGraph, loadFixtures } from "./reference-fixtures.js";

// Two triangles, "Nord" {a,b,c} and "Süd" {d,e,f}, joined by one bridge c–d; g has no district, h no ties.
const twoTriangles = (directed = false) =>
  fixtureGraph({
    directed,
    attribute: "district",
    actors: [
      ...["a", "b", "c"].map((id) => ({ id, category: "Nord" })),
      ...["d", "e", "f"].map((id) => ({ id, category: "Süd" })),
      { id: "g", category: null },
      { id: "h", category: "West" },
    ],
    ties: [
      ["a", "b", 1],
      ["b", "c", 1],
      ["c", "a", 1],
      ["d", "e", 1],
      ["e", "f", 1],
      ["f", "d", 1],
      ["c", "d", 1],
      ["g", "a", 1],
    ],
  });

describe("eiIndex", () => {
  it("is (E − I) / (E + I) overall and per category, null for a category without ties", () => {
    const result = eiIndex(twoTriangles(), { permutations: 0 });
    expect(result.external).toBe(1);
    expect(result.internal).toBe(6);
    expect(result.index).toBeCloseTo(-5 / 7, 15);
    expect(result.perCategory).toEqual([
      { category: "Nord", external: 1, internal: 3, index: -0.5 },
      { category: "Süd", external: 1, internal: 3, index: -0.5 },
      { category: "West", external: 0, internal: 0, index: null },
    ]);
    expect(result.uncategorised).toEqual(["g"]);
    expect(result.tiesLeftOut).toBe(1);
    expect(result.test).toBeNull();
  });

  it("ignores tie direction", () => {
    const undirected = eiIndex(twoTriangles(false), { permutations: 0 });
    const directed = eiIndex(twoTriangles(true), { permutations: 0 });
    expect(directed.index).toBe(undirected.index);
    expect(directed.perCategory).toEqual(undirected.perCategory);
  });

  for (const fixture of loadFixtures()) {
    it(`agrees with the formula over the networkx graph on ${fixture.name}`, () => {
      const result = eiIndex(fixtureGraph(fixture), { attribute: fixture.attribute, permutations: 0 });
      const { ei } = fixture.expected.formula;
      expect(result.external).toBe(ei.external);
      expect(result.internal).toBe(ei.internal);
      expect(result.index).toBeCloseTo((ei.external - ei.internal) / (ei.external + ei.internal), 14);
      for (const category of result.perCategory) {
        expect(category.external).toBe(ei.perCategory[category.category]!.external);
        expect(category.internal).toBe(ei.perCategory[category.category]!.internal);
      }
    });
  }

  it("finds karate's factions significantly inward-looking: p = 1/1001 on the low side", () => {
    const karate = loadFixtures().find((f) => f.name === "karate")!;
    const result = eiIndex(fixtureGraph(karate), { attribute: karate.attribute });
    expect(result.test!.permutations).toBe(1000);
    // The factions split along the ties: no permutation has as many ties inside, so p = 1/1001.
    expect(result.test!.pLower).toBeCloseTo(1 / 1001, 15);
    expect(result.test!.pTwoSided).toBeCloseTo(2 / 1001, 15);
    expect(result.test!.pUpper).toBe(1);
    expect(result.test!.mean).toBeGreaterThan(result.index!);
  });

  it("gives p-values in (0, 1] and a permutation mean near the expectation under random labels", () => {
    const random = loadFixtures().find((f) => f.name === "random-undirected")!;
    const result = eiIndex(fixtureGraph(random), {
      attribute: random.attribute,
      permutations: 2000,
      seed: 7,
    });
    const test = result.test!;
    for (const p of [test.pLower, test.pUpper, test.pTwoSided]) {
      expect(p).toBeGreaterThan(0);
      expect(p).toBeLessThanOrEqual(1);
    }
    expect(test.pLower + test.pUpper).toBeGreaterThanOrEqual(1); // ties at the observed value count twice
    expect(test.min).toBeLessThanOrEqual(test.mean);
    expect(test.max).toBeGreaterThanOrEqual(test.mean);
    // Random districts on a random graph: the observed index sits inside the permutation distribution.
    expect(test.pTwoSided).toBeGreaterThan(0.01);
  });

  it("gives byte-identical results for the same seed and different ones for another seed", () => {
    const graph = fixtureGraph(loadFixtures().find((f) => f.name === "random-directed")!);
    const one = JSON.stringify(eiIndex(graph, { seed: 3 }));
    expect(JSON.stringify(eiIndex(graph, { seed: 3 }))).toBe(one);
    expect(JSON.stringify(eiIndex(graph, { seed: 4 }))).not.toBe(one);
  });

  it("uses a given rng instead of the seed", () => {
    let calls = 0;
    const rng = () => {
      calls++;
      return 0.5;
    };
    const result = eiIndex(twoTriangles(), { permutations: 10, rng });
    expect(calls).toBeGreaterThan(0);
    expect(result.test!.seed).toBeNull();
  });

  it("draws from the seed exactly the numbers createRng(seed) gives (the fast path changes nothing)", () => {
    const graph = fixtureGraph(loadFixtures().find((f) => f.name === "random-directed")!);
    for (const seed of [1, 3, 99]) {
      const bySeed = eiIndex(graph, { seed, permutations: 999 });
      const byRng = eiIndex(graph, { rng: createRng(seed), permutations: 999 });
      expect({ ...bySeed.test, seed: null }).toEqual(byRng.test);
    }
  });

  it("rejects invalid options with GroupsOptionError", () => {
    expect(() => eiIndex(twoTriangles(), { permutations: -1 })).toThrow(GroupsOptionError);
    expect(() => eiIndex(twoTriangles(), { permutations: 1.5 })).toThrow(GroupsOptionError);
    expect(() => eiIndex(twoTriangles(), { seed: Number.NaN })).toThrow(GroupsOptionError);
    expect(() => eiIndex(twoTriangles(), { attribute: " " })).toThrow(GroupsOptionError);
  });

  it("does not change when actors are renamed and reordered", () => {
    fc.assert(
      fc.property(smallGraph(), (g) => {
        const before = eiIndex(toGraph(g), { permutations: 0 });
        const after = eiIndex(toGraph(relabelled(g).graph), { permutations: 0 });
        expect(after.index).toBe(before.index);
        expect(after.perCategory).toEqual(before.perCategory);
      }),
    );
  });
});
