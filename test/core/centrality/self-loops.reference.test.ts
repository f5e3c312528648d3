/**
 * Self-loops (issue #24): degree, strength, in-/out-degree and PageRank count a tie from an actor to itself as
 * networkx does (the fixtures of `scripts/reference/make-self-loop-fixtures.py`, tolerance 1e-9); every other
 * measure runs without a throw, leaves the loops out, and the result names them ("self-loops-ignored").
 */
import { analyze, MEASURES, measureNetwork } from "@vernetzt/core/analysis";
import { degree, edgeBetweenness, inDegree, outDegree, pagerank, strength } from "@vernetzt/core/centrality";
import { girvanNewman, louvainCommunities, modularity } from "@vernetzt/core/communities";
import { toCsr } from "@vernetzt/core/graph";
import { layout } from "@vernetzt/core/layout";
import type { Measure } from "@vernetzt/core/measures";
import { describe, expect, it } from "vitest";
import { deviation, fixtureGraph, makeGraph, referenceFixtures, type Variant } from "../graph/build.js";

const fixtures = referenceFixtures("reference-self-loops");

type Values = Record<string, ArrayLike<number>>;

function computed(fixture: (typeof fixtures)[number], variant: Variant): Values {
  const graph = fixtureGraph(fixture);
  const ids = fixture.nodes;
  const byId = (record: Record<string, number>) => ids.map((id) => record[id]!);
  return {
    degree: byId(degree(graph)),
    strength: byId(strength(graph)),
    inDegree: byId(inDegree(graph)),
    outDegree: byId(outDegree(graph)),
    pagerank: byId(pagerank(graph, { weighted: variant === "weighted" })),
  };
}

function expectClose(
  actual: ArrayLike<unknown>,
  reference: readonly unknown[],
  label: string,
  nodes: string[],
) {
  expect(actual.length, label).toBe(reference.length);
  reference.forEach((value, i) => {
    expect(deviation(actual[i] as number, value as number), `${label} of ${nodes[i]}`).toBeLessThanOrEqual(
      1e-9,
    );
  });
}

describe("self-loops count in degree, strength and PageRank as in networkx (1e-9)", () => {
  it("has undirected and directed fixtures with loops, a loop of weight 0 and an actor whose only tie is its loop", () => {
    expect(fixtures.map((f) => f.name).sort()).toEqual([
      "loops-directed",
      "loops-karate",
      "loops-undirected",
    ]);
    for (const fixture of fixtures) {
      const loops = fixture.edges.filter(([s, t]) => s === t);
      expect(loops.length, fixture.name).toBeGreaterThanOrEqual(3);
      expect(toCsr(fixtureGraph(fixture)).selfLoops, fixture.name).toBe(loops.length);
    }
    expect(fixtures.find((f) => f.name === "loops-directed")!.edges).toContainEqual([
      "zero-loop",
      "zero-loop",
      0,
    ]);
  });

  for (const fixture of fixtures) {
    for (const variant of ["binary", "weighted"] as Variant[]) {
      const values = computed(fixture, variant);
      for (const tool of ["networkx", "igraph"] as const) {
        const expected = fixture[tool][variant].actor;
        it(`${fixture.name} (${variant}) agrees with ${tool} on ${Object.keys(expected).join(", ")}`, () => {
          expect(Object.keys(expected).length).toBeGreaterThanOrEqual(2);
          for (const [measure, reference] of Object.entries(expected)) {
            expectClose(values[measure]!, reference, measure, fixture.nodes);
          }
        });
      }
      it(`${fixture.name} (${variant}): modularity of a fixed partition counts the loops as networkx`, () => {
        const partition = Object.fromEntries(fixture.nodes.map((id, i) => [id, i % 3]));
        const q = modularity(fixtureGraph(fixture), partition, { weighted: variant === "weighted" });
        const reference = fixture.networkx[variant].network.modularityMod3 as number;
        expect(deviation(q!, reference)).toBeLessThanOrEqual(1e-9);
      });
      it(`${fixture.name} (${variant}): analyze writes the same degree, strength and PageRank`, () => {
        const { actors } = analyze(fixtureGraph(fixture), {
          weighted: variant === "weighted",
          permutations: 0,
        });
        const rows = actors as unknown as Record<string, number>[];
        for (const [measure, reference] of Object.entries(fixture.networkx[variant].actor)) {
          expectClose(
            rows.map((row) => row[measure]!),
            reference,
            `analyze ${measure}`,
            fixture.nodes,
          );
        }
      });
    }
  }
});

describe("a graph with self-loops: every measure runs, and the result names the loops it left out", () => {
  const counted = [
    "degree",
    "strength",
    "pagerank",
    "inDegree",
    "outDegree",
    "community",
    "modularity",
    "communities",
    "communityNMI",
    "communityARI",
  ];
  for (const fixture of fixtures) {
    for (const weighted of [false, true]) {
      it(`${fixture.name}${weighted ? " (weighted)" : ""}: analyze with groups runs every measure and notes the loops`, () => {
        const graph = fixtureGraph(fixture);
        graph.forEachNode((id) =>
          graph.setNodeAttribute(id, "district", Number(id) % 2 === 0 ? "Nord" : "Süd"),
        );
        const analysis = analyze(graph, { weighted, permutations: 19 });
        const note = analysis.warnings.find((w) => w.code === "self-loops-ignored");
        const loops = fixture.edges.filter(([s, t]) => s === t);
        expect(note?.params).toMatchObject({ loops: loops.length });
        if (note?.code !== "self-loops-ignored") throw new Error("no note");
        expect(note.params.actors).toEqual(fixture.nodes.filter((id) => loops.some(([s]) => s === id)));
        const run = (MEASURES as readonly Measure[])
          .filter(
            (m) =>
              m.scope !== "tie" &&
              (m.when !== "directed" || fixture.directed) &&
              (m.needs !== "directed" || fixture.directed) &&
              (m.needs !== "weighted" || weighted),
          )
          .map((m) => m.id);
        expect([...note.params.measures, ...note.params.counted].sort()).toEqual([...run].sort());
        expect(note.params.counted.sort()).toEqual(counted.filter((id) => run.includes(id)).sort());
        expect(note.params.measures).toEqual(
          expect.arrayContaining(["betweenness", "closeness", "clustering", "constraint", "coreNumber"]),
        );
        for (const row of analysis.actors) {
          for (const [field, value] of Object.entries(row)) {
            if (typeof value === "number") expect(Number.isNaN(value), `${row.id}.${field}`).toBe(false);
          }
        }
        expect(JSON.stringify(analysis)).not.toContain("null,null,null,null");
      });
    }
    it(`${fixture.name}: the functions outside analyze run too (tie betweenness, Louvain, Girvan–Newman)`, () => {
      const graph = fixtureGraph(fixture);
      expect(() => measureNetwork(graph)).not.toThrow();
      expect(measureNetwork(graph).warnings.map((w) => w.code)).toContain("self-loops-ignored");
      expect(edgeBetweenness(graph).length).toBe(toCsr(graph).undirectedTieCount);
      expect(louvainCommunities(graph, { seed: 1 }).count).toBeGreaterThan(0);
      expect(girvanNewman(graph, { maxCommunities: 4 }).levels.length).toBeGreaterThan(1);
    });
  }

  for (const fixture of fixtures) {
    it(`${fixture.name}: the measures that leave loops out give the values of the graph without them`, () => {
      const withDistricts = (edges: typeof fixture.edges) => {
        const graph = makeGraph(fixture.nodes, edges, fixture.directed);
        graph.forEachNode((id, attributes) => {
          attributes.district = ["Nord", "Süd", "Mitte"][fixture.nodes.indexOf(id) % 3]!;
        });
        return graph;
      };
      const loops = withDistricts(fixture.edges);
      const plain = withDistricts(fixture.edges.filter(([s, t]) => s !== t));
      for (const weighted of [false, true]) {
        const a = analyze(loops, { weighted, permutations: 19 });
        const b = analyze(plain, { weighted, permutations: 19 });
        const note = a.warnings.find((w) => w.code === "self-loops-ignored");
        if (note?.code !== "self-loops-ignored") throw new Error("no note");
        for (const measure of note.params.measures) {
          const scope = MEASURES.find((m) => m.id === measure)!.scope;
          if (scope === "actor") {
            const field = (rows: typeof a.actors) =>
              rows.map((row) => (row as unknown as Record<string, unknown>)[measure]);
            expect(field(a.actors), measure).toEqual(field(b.actors));
          } else if (scope === "network") {
            expect(a.network[measure as keyof typeof a.network], measure).toEqual(
              b.network[measure as keyof typeof b.network],
            );
          } else {
            const group = (x: typeof a) => (x.groups.district as unknown as Record<string, unknown>)[measure];
            expect(group(a), measure).toEqual(group(b));
          }
        }
        expect(a.network.ties).toBe(b.network.ties);
      }
    });
  }

  it("an actor whose only tie is a loop: degree 2, PageRank as networkx, no note about other actors", () => {
    const graph = makeGraph(
      ["a", "b", "c"],
      [
        ["a", "b"],
        ["c", "c", 3],
      ],
    );
    expect(degree(graph)).toEqual({ a: 1, b: 1, c: 2 });
    expect(strength(graph)).toEqual({ a: 1, b: 1, c: 6 });
    // networkx: the walk at c stays at c with probability α; a and b share the rest
    const rank = pagerank(graph);
    expect(rank.c).toBeCloseTo(0.05 / 0.15, 12);
    expect(analyze(graph).warnings).toEqual([
      expect.objectContaining({
        code: "self-loops-ignored",
        params: expect.objectContaining({ actors: ["c"] }),
      }),
    ]);
  });

  it("layout and Louvain run on a graph with loops, also with an actor called constructor", () => {
    const graph = makeGraph(
      ["constructor", "b", "c", "d"],
      [
        ["constructor", "b"],
        ["b", "c"],
        ["c", "d"],
        ["constructor", "constructor", 2],
        ["d", "d"],
      ],
    );
    expect(Object.keys(layout(graph)).sort()).toEqual(["b", "c", "constructor", "d"]);
    expect(Object.keys(louvainCommunities(graph, { seed: 1 }).communities)).toHaveLength(4);
  });

  it("a graph without loops has no note and the same values as before", () => {
    const graph = makeGraph(
      ["a", "b", "c"],
      [
        ["a", "b"],
        ["b", "c", 2],
      ],
    );
    expect(analyze(graph).warnings).toEqual([]);
    expect(degree(graph)).toEqual({ a: 1, b: 2, c: 1 });
    expect(toCsr(graph).loops.nodes.length).toBe(0);
  });
});
