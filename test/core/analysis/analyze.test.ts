import { AnalyzeOptionError, analyze, groupAttributes } from "@vernetzt/core/analysis";
import { betweenness, pagerank } from "@vernetzt/core/centrality";
import { brokerage, UnknownAttributeError } from "@vernetzt/core/groups";
import type { ActorAttributes, TieAttributes, VernetztGraph } from "@vernetzt/core/model";
import Ajv2020 from "ajv/dist/2020.js";
import fc from "fast-check";
import Graph from "graphology";
import { describe, expect, it } from "vitest";
import schema from "../../../docs/schemas/analyze.schema.json" with { type: "json" };

const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

type Spec = { id: string; district?: string; sector?: string; kind?: string };

/** A small vernetzt graph: two districts joined by one broker, plus an isolate. */
function graph(specs: Spec[], ties: [string, string][], type: "undirected" | "directed" = "undirected") {
  const g: VernetztGraph = new Graph<ActorAttributes, TieAttributes>({
    type,
    allowSelfLoops: false,
  }) as VernetztGraph;
  g.replaceAttributes({ name: "test", wave: "1", directed: type === "directed" });
  for (const s of specs) {
    g.addNode(s.id, { ...s, name: `Actor ${s.id}`, topics: [], offers: [], needs: [], attributes: {} });
  }
  for (const [a, b] of ties) g.addEdge(a, b, { weight: 1, types: [], attributes: {} });
  return g;
}

const SPECS: Spec[] = [
  { id: "a", district: "Nord", sector: "Kirche" },
  { id: "b", district: "Nord", sector: "Sport" },
  { id: "c", district: "Nord", sector: "Kirche" },
  { id: "d", district: "Süd", sector: "Sport" },
  { id: "e", district: "Süd", sector: "Kirche" },
  { id: "f", district: "Süd" },
  { id: "g" },
];
const TIES: [string, string][] = [
  ["a", "b"],
  ["b", "c"],
  ["a", "c"],
  ["c", "d"],
  ["d", "e"],
  ["e", "f"],
  ["d", "f"],
];

describe("analyze", () => {
  it("analyze(graph) returns JSON that satisfies the public schema", () => {
    const result = analyze(graph(SPECS, TIES), { permutations: 99 });
    expect(validate(JSON.parse(JSON.stringify(result))), JSON.stringify(validate.errors)).toBe(true);
  });

  it("analyze(graph, {minGroupSize}) flags the categories below k with persons and keeps every figure (schema contract)", () => {
    // the actors as residents (kind person): small categories could identify them
    const residents = SPECS.map((s) => ({ ...s, kind: "person" }));
    const flagged = analyze(graph(residents, TIES), { permutations: 0, minGroupSize: 3 });
    const open = analyze(graph(residents, TIES), { permutations: 0, minGroupSize: 1 });
    expect(flagged.options.minGroupSize).toBe(3);
    expect(flagged.groups.district.groupSizes).toEqual([3, 3]);
    expect(flagged.groups.district.suppressedCategories).toEqual([]);
    expect(flagged.groups.sector.categories).toEqual(["Kirche", "Sport"]);
    expect(flagged.groups.sector.groupSizes).toEqual([3, 2]);
    expect(flagged.groups.sector.suppressedCategories).toEqual(["Sport"]);
    expect(open.groups.sector.suppressedCategories).toEqual([]);
    // Default k = 5 flags every category of this small graph — of residents, not of organisations.
    expect(analyze(graph(residents, TIES), { permutations: 0 }).groups.district.suppressedCategories).toEqual(
      ["Nord", "Süd"],
    );
    expect(analyze(graph(SPECS, TIES), { permutations: 0 }).groups.district.suppressedCategories).toEqual([]);
    const { options: _a, groups: g1, ...rest1 } = flagged;
    const { options: _b, groups: g2, ...rest2 } = open;
    expect(rest1).toEqual(rest2);
    expect(g1.sector.mixing).toEqual(g2.sector.mixing);
    expect(validate(JSON.parse(JSON.stringify(flagged))), JSON.stringify(validate.errors)).toBe(true);
    expect(() => analyze(graph(SPECS, TIES), { minGroupSize: 0 })).toThrow(AnalyzeOptionError);
  });

  it("analyze(graph) reports each measure as its own module computes it", () => {
    const g = graph(SPECS, TIES);
    const result = analyze(g, { permutations: 0 });
    const between = betweenness(g);
    const rank = pagerank(g);
    for (const actor of result.actors) {
      expect(actor.betweenness).toBe(between[actor.id]);
      expect(actor.pagerank).toBe(rank[actor.id]);
      expect(actor.name).toBe(`Actor ${actor.id}`);
    }
    expect(result.actors.find((a) => a.id === "c")?.brokerage?.district).toEqual(
      brokerage(g, { attribute: "district" }).actors.c,
    );
    expect(result.network).toMatchObject({ actors: 7, ties: 7, components: 2, largestComponent: 6 });
    expect(result.network.articulationPoints).toEqual(["c", "d"]);
    expect(result.network.bridges).toEqual([["c", "d"]]);
  });

  it("analyze(graph) analyses district, sector and kind only when actors have values", () => {
    const g = graph(SPECS, TIES);
    expect(groupAttributes(g)).toEqual(["district", "sector"]);
    const result = analyze(g, { permutations: 0 });
    expect(Object.keys(result.groups)).toEqual(["district", "sector"]);
    expect(result.groups.district.categories).toEqual(["Nord", "Süd"]);
    expect(result.groups.district.mixing).toEqual([
      [3, 1],
      [0, 3],
    ]);
    expect(result.groups.district.uncategorised).toBe(1);
    expect(result.groups.district.eiIndex).toBeCloseTo((1 - 6) / 7, 12);
  });

  it("analyze(graph) without categories has no groups and no brokerage", () => {
    const g = graph(
      SPECS.map(({ id }) => ({ id })),
      TIES,
    );
    const result = analyze(g);
    expect(result.groups).toEqual({});
    expect(result.actors.every((a) => a.brokerage === undefined)).toBe(true);
    expect(validate(JSON.parse(JSON.stringify(result)))).toBe(true);
  });

  it("analyze(graph, {groupBy}) throws UnknownAttributeError for an attribute nobody has", () => {
    expect(() => analyze(graph(SPECS, TIES), { groupBy: ["colour"] })).toThrow(UnknownAttributeError);
  });

  it("analyze(directed graph) adds in- and out-degree, reciprocity and directed density", () => {
    const result = analyze(graph(SPECS, [...TIES, ["b", "a"]], "directed"), { permutations: 0 });
    expect(result.network.directed).toBe(true);
    expect(result.network.reciprocity).toBeCloseTo(2 / 8, 12);
    expect(result.network.directedDensity).toBeCloseTo(8 / 42, 12);
    const a = result.actors.find((x) => x.id === "a")!;
    expect([a.inDegree, a.outDegree, a.degree]).toEqual([1, 2, 2]);
  });

  it("analyze(undirected graph) has no directed-only fields", () => {
    const result = analyze(graph(SPECS, TIES), { permutations: 0 });
    expect(result.network).not.toHaveProperty("reciprocity");
    expect(result.actors[0]).not.toHaveProperty("inDegree");
  });

  it("analyze(graph) is deterministic and independent of actor order (property)", () => {
    const reference = analyze(graph(SPECS, TIES), { permutations: 50 });
    expect(JSON.stringify(analyze(graph(SPECS, TIES), { permutations: 50 }))).toBe(JSON.stringify(reference));
    fc.assert(
      fc.property(
        fc.shuffledSubarray(SPECS, { minLength: SPECS.length }),
        fc.shuffledSubarray(TIES, { minLength: TIES.length }),
        (specs, ties) => {
          const result = analyze(graph(specs, ties), { permutations: 0 });
          for (const actor of result.actors) {
            const ref = reference.actors.find((a) => a.id === actor.id)!;
            for (const key of [
              "degree",
              "betweenness",
              "closeness",
              "harmonic",
              "coreNumber",
              "clustering",
            ] as const) {
              expect(actor[key]).toBeCloseTo(ref[key], 12);
            }
            expect(actor.eigenvector).toBeCloseTo(ref.eigenvector, 8);
            expect(actor.brokerage).toEqual(ref.brokerage);
          }
          expect(result.groups.district.mixing).toEqual(reference.groups.district.mixing);
        },
      ),
      { numRuns: 30 },
    );
  });
});
