import {
  adjustedRandIndex,
  communityAttributeAgreement,
  normalizedMutualInformation,
} from "@vernetzt/core/communities";
import { LabelingLengthError } from "@vernetzt/core/groups";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fixtureGraph, loadFixtures } from "../groups/reference-fixtures.js";

const labels = fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 60 });
const twoLabelings = labels.chain((a) =>
  fc.array(fc.integer({ min: 0, max: 4 }), { minLength: a.length, maxLength: a.length }).map((b) => [a, b]),
);

describe("normalizedMutualInformation and adjustedRandIndex", () => {
  for (const fixture of loadFixtures()) {
    it(`equal the Python formulas and igraph for our communities vs the categories on ${fixture.name}`, () => {
      const result = communityAttributeAgreement(fixtureGraph(fixture), fixture.ours!.communities, {
        attribute: fixture.attribute,
      });
      const formula = fixture.expected.formula.agreementOfOurPartition;
      const igraph = fixture.expected.igraph.agreementOfOurPartition;
      expect(result.normalizedMutualInformation).toBeCloseTo(formula.nmi, 12);
      expect(result.normalizedMutualInformation).toBeCloseTo(igraph.nmi, 12);
      expect(result.adjustedRandIndex).toBeCloseTo(formula.ari, 12);
      expect(result.adjustedRandIndex).toBeCloseTo(igraph.ari, 12);
      expect(result.actors + result.uncategorised.length).toBe(fixture.actors.length);
    });
  }

  it("know a worked example: [0,0,1,1] vs [0,0,1,2]", () => {
    // H(U) = ln 2, H(V) = 1.5 ln 2, I = ln 2 → NMI = 1 / 1.25 = 0.8.
    // ARI: index Σ C(n_ij, 2) = 1, expected 2·1/6 = 1/3, maximum (2 + 1)/2 → (1 − 1/3) / (3/2 − 1/3) = 4/7.
    expect(normalizedMutualInformation([0, 0, 1, 1], [0, 0, 1, 2])).toBeCloseTo(0.8, 14);
    expect(adjustedRandIndex([0, 0, 1, 1], [0, 0, 1, 2])).toBeCloseTo(4 / 7, 14);
  });

  it("follow scikit-learn's special cases", () => {
    expect(normalizedMutualInformation([1, 1, 1], ["a", "a", "a"])).toBe(1);
    expect(normalizedMutualInformation([], [])).toBe(1);
    expect(normalizedMutualInformation([1, 1, 1], [1, 2, 3])).toBe(0);
    expect(adjustedRandIndex([1, 2, 3], [4, 5, 6])).toBe(1);
    expect(adjustedRandIndex([], [])).toBe(1);
  });

  it("are 1 for the same partition under other names, symmetric, and NMI lies in [0, 1]", () => {
    fc.assert(
      fc.property(twoLabelings, ([a, b]) => {
        const renamed = a!.map((x) => `c${(x * 7) % 5}`);
        expect(normalizedMutualInformation(a!, renamed)).toBeCloseTo(1, 12);
        expect(adjustedRandIndex(a!, renamed)).toBeCloseTo(1, 12);
        expect(normalizedMutualInformation(a!, b!)).toBeCloseTo(normalizedMutualInformation(b!, a!), 12);
        expect(adjustedRandIndex(a!, b!)).toBeCloseTo(adjustedRandIndex(b!, a!), 12);
        const nmi = normalizedMutualInformation(a!, b!);
        expect(nmi).toBeGreaterThanOrEqual(0);
        expect(nmi).toBeLessThanOrEqual(1 + 1e-12);
      }),
    );
  });

  it("reject labelings of different lengths with LabelingLengthError", () => {
    expect(() => normalizedMutualInformation([1, 2], [1])).toThrow(LabelingLengthError);
    expect(() => adjustedRandIndex([1], [1, 2])).toThrow(LabelingLengthError);
  });
});
