import { mixingMatrix, symmetricMixing } from "@vernetzt/core/groups";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { relabelled, smallGraph, toGraph } from "./arbitrary.js";
import { fixtureGraph, loadFixtures } from "./reference-fixtures.js";

const tiny = (directed: boolean) =>
  fixtureGraph({
    directed,
    attribute: "district",
    actors: [
      { id: "a", category: "Nord" },
      { id: "b", category: "Nord" },
      { id: "c", category: "Süd" },
      { id: "d", category: null },
    ],
    ties: [
      ["a", "b", 1],
      ["b", "c", 1],
      ["c", "a", 2],
      ["c", "d", 1],
    ],
  });

describe("mixingMatrix", () => {
  it("counts each undirected tie once, upper triangular, diagonal = ties inside", () => {
    const result = mixingMatrix(tiny(false));
    expect(result.categories).toEqual(["Nord", "Süd"]);
    expect(result.matrix).toEqual([
      [1, 2],
      [0, 0],
    ]);
    expect(symmetricMixing(result.matrix)).toEqual([
      [1, 2],
      [2, 0],
    ]);
    expect(result.ties).toBe(3);
    expect(result.uncategorised).toEqual(["d"]);
    expect(result.tiesLeftOut).toBe(1);
  });

  it("counts directed ties from row category to column category", () => {
    expect(mixingMatrix(tiny(true)).matrix).toEqual([
      [1, 1],
      [1, 0],
    ]);
  });

  for (const fixture of loadFixtures()) {
    it(`equals networkx attribute_mixing_matrix on ${fixture.name} (undirected: networkx = ours + oursᵀ)`, () => {
      const result = mixingMatrix(fixtureGraph(fixture), { attribute: fixture.attribute });
      const nx = fixture.expected.networkx;
      const at = (name: string) => nx.mixingCategories.indexOf(name);
      expect([...result.categories].sort()).toEqual([...nx.mixingCategories].sort());
      result.categories.forEach((a, i) => {
        result.categories.forEach((b, j) => {
          const ours = result.matrix[i]![j]! + (fixture.directed ? 0 : result.matrix[j]![i]!);
          expect(ours).toBe(nx.mixingMatrix[at(a)]![at(b)]);
        });
      });
    });
  }

  it("sums to the number of ties among categorised actors, every tie counted once", () => {
    fc.assert(
      fc.property(smallGraph(), (g) => {
        const result = mixingMatrix(toGraph(g));
        const has = new Map(g.actors.map((a) => [a.id, a.category !== null]));
        const expected = g.ties.filter(([s, t]) => has.get(s) && has.get(t)).length;
        let sum = 0;
        for (const row of result.matrix) for (const value of row) sum += value;
        expect(sum).toBe(expected);
        expect(result.ties + result.tiesLeftOut).toBe(g.ties.length);
      }),
    );
  });

  it("does not change when actors are renamed and reordered", () => {
    fc.assert(
      fc.property(smallGraph(), (g) => {
        const before = mixingMatrix(toGraph(g));
        const after = mixingMatrix(toGraph(relabelled(g).graph));
        expect(after.matrix).toEqual(before.matrix);
        expect(after.categories).toEqual(before.categories);
      }),
    );
  });
});
