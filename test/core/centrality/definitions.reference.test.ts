/**
 * The measures researchers compare by definition (issue #24) against networkx and igraph on the fixtures of
 * `scripts/reference/make-definition-fixtures.py`: the graphs of the reference fixtures plus directed graphs
 * with many reciprocated ties, sinks, sources and isolates. Tolerance 1e-9, absolute for |x| ≤ 1, relative above.
 * igraph has no Onnela clustering and no effective size: those are checked against networkx only.
 */
import { analyze } from "@vernetzt/core/analysis";
import { directedPathMetrics } from "@vernetzt/core/centrality";
import { toCsr } from "@vernetzt/core/graph";
import { clusteringWeightedArray, structuralHolesDirected } from "@vernetzt/core/structure";
import { describe, expect, it } from "vitest";
import { deviation, fixtureGraph, referenceFixtures, type Tool, type Variant } from "../graph/build.js";

const fixtures = referenceFixtures("reference-definitions");

function computed(fixture: (typeof fixtures)[number], variant: Variant): Record<string, ArrayLike<unknown>> {
  const csr = toCsr(fixtureGraph(fixture));
  const weighted = variant === "weighted";
  const paths = directedPathMetrics(csr, { weighted });
  const holes = structuralHolesDirected(csr, { weighted });
  return {
    clusteringWeighted: clusteringWeightedArray(csr),
    betweennessDirected: paths.betweennessDirected,
    closenessDirected: paths.closenessDirected,
    constraintDirected: holes.constraint,
    effectiveSizeDirected: holes.effectiveSize,
  };
}

describe("the new definitions match networkx and igraph to 1e-9", () => {
  it("has undirected and directed fixtures, and igraph values for every directed measure it has", () => {
    const directed = fixtures.filter((f) => f.directed);
    expect(fixtures.length).toBeGreaterThanOrEqual(10);
    expect(directed.map((f) => f.name)).toEqual(
      expect.arrayContaining(["directed-reciprocal", "directed-scale-free", "random-directed"]),
    );
    for (const fixture of directed) {
      expect(Object.keys(fixture.networkx.binary.actor).sort()).toEqual([
        "betweennessDirected",
        "closenessDirected",
        "clusteringWeighted",
        "constraintDirected",
        "effectiveSizeDirected",
      ]);
      expect(Object.keys(fixture.igraph.weighted.actor).sort()).toEqual([
        "betweennessDirected",
        "closenessDirected",
        "constraintDirected",
      ]);
    }
  });
  for (const fixture of fixtures) {
    for (const variant of ["binary", "weighted"] as Variant[]) {
      const values = computed(fixture, variant);
      for (const tool of ["networkx", "igraph"] as Tool[]) {
        const expected = fixture[tool][variant].actor;
        if (Object.keys(expected).length === 0) continue;
        it(`${fixture.name} (${variant}) agrees with ${tool} on ${Object.keys(expected).join(", ")}`, () => {
          for (const [measure, reference] of Object.entries(expected)) {
            const actual = values[measure]!;
            expect(actual.length, measure).toBe(reference.length);
            reference.forEach((value, i) => {
              const where = `${measure} of ${fixture.nodes[i]}`;
              if (typeof value === "number") {
                expect(deviation(actual[i] as number, value), where).toBeLessThanOrEqual(1e-9);
              } else {
                expect(actual[i], where).toBe(value);
              }
            });
          }
        });
      }
    }
  }
});

describe("analyze writes the new definitions as fields (the registry's descriptors), equal to the references", () => {
  const DIRECTED = [
    "betweennessDirected",
    "closenessDirected",
    "constraintDirected",
    "effectiveSizeDirected",
  ];
  for (const fixture of fixtures) {
    for (const variant of ["binary", "weighted"] as Variant[]) {
      const weighted = variant === "weighted";
      const written = [...(fixture.directed ? DIRECTED : []), ...(weighted ? ["clusteringWeighted"] : [])];
      it(`${fixture.name} (${variant}): ${written.join(", ") || "none of them"}`, () => {
        const { actors } = analyze(fixtureGraph(fixture), { weighted, permutations: 0 });
        const fields = Object.keys(actors[0]!);
        // new fields come last, after every field the row had before
        expect(fields.slice(fields.length - written.length)).toEqual(written);
        for (const field of [...DIRECTED, "clusteringWeighted"].filter((f) => !written.includes(f))) {
          expect(fields, field).not.toContain(field);
        }
        for (const measure of written) {
          const reference = fixture.networkx[variant].actor[measure]!;
          reference.forEach((value, i) => {
            const actual = (actors[i] as unknown as Record<string, unknown>)[measure];
            const where = `${measure} of ${fixture.nodes[i]}`;
            if (typeof value === "number") {
              expect(deviation(actual as number, value), where).toBeLessThanOrEqual(1e-9);
            } else {
              expect(actual, where).toBe(value);
            }
          });
        }
      });
    }
  }
});
