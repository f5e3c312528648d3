import { type GapReason, GapsOptionError, gapReasonText, gaps } from "@vernetzt/core/gaps";
import { UnknownAttributeError } from "@vernetzt/core/groups";
import type { ActorAttributes, NetworkAttributes, TieAttributes, VernetztGraph } from "@vernetzt/core/model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ActorSpec, makeGraph } from "./graph-fixture.js";

/** Reasons in words, as the CLI and the dashboard show them. */
const words = (reasons: readonly GapReason[], lang: "de" | "en" = "de") =>
  reasons.map((reason) => gapReasonText(reason, lang));

/** Four districts of 6 actors; every pair of districts has ties except Nord–Süd (the planted gap). */
function plantedGap() {
  const districts = ["Nord", "Süd", "Ost", "West"];
  const actors: ActorSpec[] = districts.flatMap((district) =>
    Array.from({ length: 6 }, (_, i) => ({
      id: `${district}${i}`,
      district,
      sector: i % 2 === 0 ? "Verein" : "Kirche",
      topics: district === "Nord" || district === "Süd" ? ["Senioren", "Integration"] : ["Sport"],
      offers: district === "Nord" && i === 0 ? ["Räume"] : [],
      needs: district === "Süd" && i === 1 ? ["räume"] : [],
    })),
  );
  const ties: Array<[string, string]> = [];
  for (const [i, a] of actors.entries()) {
    for (const [j, b] of actors.entries()) {
      if (j <= i) continue;
      const pair = [a.district, b.district].sort().join("-");
      if (pair === "Nord-Süd") continue;
      if (a.district === b.district ? (i + j) % 3 === 0 : (i * 5 + j) % 4 === 0) ties.push([a.id, b.id]);
    }
  }
  return { actors, ties };
}

describe("gaps", () => {
  it("gaps(graph) ranks two large categories with no ties between them as the top gap", () => {
    const { actors, ties } = plantedGap();
    const result = gaps(makeGraph(actors, ties), { permutations: 199 });
    const top = result.gaps[0];
    expect([top.a, top.b].sort()).toEqual(["Nord", "Süd"]);
    expect(top.observed).toBe(0);
    expect(top.expected).toBeGreaterThan(3);
    expect(top.ratio).toBe(0);
    expect(top.pValue).toBeLessThan(0.05);
  });

  it("gaps(graph) explains a gap with counts, shared topics and complementary offers in German", () => {
    const { actors, ties } = plantedGap();
    const top = gaps(makeGraph(actors, ties), { permutations: 99 }).gaps[0];
    expect(words(top.reasons)[0]).toMatch(/^0 Verbindungen, \d+(,\d)? erwartet$/);
    expect(words(top.reasons)).toContain("beide arbeiten zu Senioren und Integration");
    expect(words(top.reasons)).toContain("in Nord angeboten und in Süd gesucht: Räume");
    expect(top.reasons[0]!.code).toBe("observed-expected");
    expect(words(top.reasons).at(-1)).toMatch(
      /^weniger Verbindungen als zufällig zu erwarten \(p = 0,0\d+\)$/,
    );
  });

  it("gaps(graph, {labels}) uses display names; gapReasonText speaks English", () => {
    const { actors, ties } = plantedGap();
    const top = gaps(makeGraph(actors, ties), { permutations: 0, labels: { Nord: "North" } }).gaps[0];
    expect(words(top.reasons, "en")[0]).toMatch(/^0 ties, \d+(\.\d)? expected$/);
    expect(words(top.reasons, "en")).toContain("offered in North and sought in Süd: Räume");
    expect(top.pValue).toBeNull();
  });

  it("gaps(graph) uses the configuration-model expectation S_a·S_b/(2m), S_a²/(4m) on the diagonal", () => {
    // a(N) – b(S) – c(S): m = 2, S_N = 1, S_S = 3.
    const graph = makeGraph(
      [
        { id: "a", district: "N" },
        { id: "b", district: "S" },
        { id: "c", district: "S" },
      ],
      [
        ["a", "b"],
        ["b", "c"],
      ],
    );
    const result = gaps(graph, { expectation: "degree", minGroupSize: 1, permutations: 0 });
    expect(result.categories).toEqual(["N", "S"]);
    expect(result.observed).toEqual([
      [0, 1],
      [1, 1],
    ]);
    expect(result.expected[0][1]).toBeCloseTo(0.75, 12);
    expect(result.expected[1][0]).toBeCloseTo(0.75, 12);
    expect(result.expected[0][0]).toBeCloseTo(0.125, 12);
    expect(result.expected[1][1]).toBeCloseTo(1.125, 12);
    expect(result.gaps).toEqual([]); // 1 observed ≥ 0.75 expected: no gap
  });

  it("gaps(graph, {expectation: 'external'}) expects X_a·X_b/(2M_x − 1) from the ties across borders", () => {
    // Cross ties: N–S twice, N–O once → X_N = 3, X_S = 2, X_O = 1, 2M_x = 6. Within ties are not modelled.
    const graph = makeGraph(
      [
        { id: "n1", district: "N" },
        { id: "n2", district: "N" },
        { id: "s1", district: "S" },
        { id: "s2", district: "S" },
        { id: "o1", district: "O" },
      ],
      [
        ["n1", "s1"],
        ["n2", "s2"],
        ["n1", "o1"],
        ["n1", "n2"],
      ],
    );
    const result = gaps(graph, { expectation: "external", minGroupSize: 1, permutations: 0, minExpected: 0 });
    expect(result.categories).toEqual(["N", "O", "S"]);
    const [n, o, s] = [0, 1, 2];
    expect(result.expected[n][s]).toBeCloseTo((3 * 2) / 5, 12);
    expect(result.expected[n][o]).toBeCloseTo((3 * 1) / 5, 12);
    expect(result.expected[o][s]).toBeCloseTo((1 * 2) / 5, 12);
    expect(result.expected[n][n]).toBe(1); // observed, not modelled
    expect(result.gaps.map((g) => [g.a, g.b])).toEqual([["O", "S"]]);
  });

  it("gaps(graph, {expectation: 'external'}) still finds the planted gap, with a stub-matching p-value", () => {
    const { actors, ties } = plantedGap();
    const top = gaps(makeGraph(actors, ties), { expectation: "external", permutations: 199 }).gaps[0];
    expect([top.a, top.b].sort()).toEqual(["Nord", "Süd"]);
    expect(top.observed).toBe(0);
    expect(top.pValue).toBeLessThan(0.05);
  });

  it("gaps(graph) leaves out actors without a value, with their ties", () => {
    const graph = makeGraph(
      [{ id: "a", district: "N" }, { id: "b", district: "S" }, { id: "x" }],
      [
        ["a", "b"],
        ["a", "x"],
      ],
    );
    const result = gaps(graph, { minGroupSize: 1, permutations: 0 });
    expect(result.observed).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it("gaps(graph, {by: 'district×sector'}) combines two attributes", () => {
    const { actors, ties } = plantedGap();
    const result = gaps(makeGraph(actors, ties), { by: "district×sector", minGroupSize: 1, permutations: 0 });
    expect(result.by).toBe("district×sector");
    expect(result.categories).toContain("Nord×Kirche");
    expect(result.categories).toHaveLength(8);
    const northSouth = result.gaps.filter(
      (g) => [g.a.split("×")[0], g.b.split("×")[0]].sort().join() === "Nord,Süd",
    );
    expect(northSouth).toHaveLength(4); // every Nord×sector – Süd×sector pair
    for (const gap of northSouth) expect(gap.observed).toBe(0);
    const named = gaps(makeGraph(actors, ties), {
      minGroupSize: 1,
      by: "district×sector",
      permutations: 0,
      labels: { Nord: "Nordstadt", Süd: "Südstadt" },
    });
    expect(named.gaps.flatMap((g) => words(g.reasons))).toContain(
      "in Nordstadt×Verein angeboten und in Südstadt×Kirche gesucht: Räume",
    );
  });

  it("gaps(graph, {by}) reports an attribute no actor has as UnknownAttributeError", () => {
    const graph = makeGraph([{ id: "a", district: "N" }], []);
    expect(() => gaps(graph, { by: "sector" })).toThrow(UnknownAttributeError);
    expect(() => gaps(graph, { by: "district×sector" })).toThrow(UnknownAttributeError);
  });

  it("gaps(graph, options) rejects impossible options with GapsOptionError", () => {
    const graph = makeGraph([{ id: "a", district: "N" }], []);
    expect(() => gaps(graph, { permutations: -1 })).toThrow(GapsOptionError);
    expect(() => gaps(graph, { seed: 1.5 })).toThrow(GapsOptionError);
    expect(() => gaps(graph, { expectation: "random" as "degree" })).toThrow(GapsOptionError);
  });

  it("gaps(graph, {seed}) is deterministic: same seed, byte-identical result", () => {
    const { actors, ties } = plantedGap();
    const run = (seed: number) => JSON.stringify(gaps(makeGraph(actors, ties), { seed, permutations: 99 }));
    expect(run(7)).toBe(run(7));
  });

  it("observed and (degree model) expected both sum to the ties among categorised actors, in any actor order", () => {
    const districts = ["A", "B", "C"];
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 12 }),
        fc.array(fc.tuple(fc.nat(11), fc.nat(11))),
        fc.array(fc.nat(), { minLength: 12, maxLength: 12 }),
        (n, pairs, order) => {
          const actors = Array.from({ length: n }, (_, i) => ({ id: `a${i}`, district: districts[i % 3] }));
          const ties = pairs
            .filter(([i, j]) => i < n && j < n && i !== j)
            .map(([i, j]): [string, string] => [`a${i}`, `a${j}`]);
          const shuffled = [...actors].sort((x, y) => order[+x.id.slice(1)] - order[+y.id.slice(1)]);
          const options = { expectation: "degree", minGroupSize: 1, permutations: 0 } as const;
          const a = gaps(makeGraph(actors, ties), options);
          const b = gaps(makeGraph(shuffled, ties), options);
          const m = new Set(ties.map(([s, t]) => [s, t].sort().join())).size;
          const upper = (matrix: Array<Array<number | null>>) =>
            matrix.reduce<number>((sum, row, i) => sum + row.slice(i).reduce<number>((x, y) => x + y!, 0), 0);
          expect(upper(a.observed)).toBe(m);
          expect(upper(a.expected)).toBeCloseTo(m, 9);
          expect(b.observed).toEqual(a.observed);
          expect(b.expected.flat().map((x) => x!.toFixed(9))).toEqual(
            a.expected.flat().map((x) => x!.toFixed(9)),
          );
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("gaps on directed data", () => {
  it("gaps(graph) counts a pair once, whichever of the two named the other", async () => {
    const { DirectedGraph } = await import("graphology");
    const directed: VernetztGraph = new DirectedGraph<ActorAttributes, TieAttributes, NetworkAttributes>();
    directed.replaceAttributes({ name: "test", wave: "1", directed: true });
    const undirected = makeGraph(
      [
        { id: "a", district: "N" },
        { id: "b", district: "S" },
        { id: "c", district: "S" },
      ],
      [
        ["a", "b"],
        ["b", "c"],
      ],
    );
    undirected.forEachNode((id, attributes) => {
      directed.addNode(id, attributes);
    });
    const tie = { weight: 1, types: [], attributes: {} };
    directed.addEdge("a", "b", tie);
    directed.addEdge("b", "a", tie); // reciprocal: still one tie
    directed.addEdge("c", "b", tie);
    const expected = gaps(undirected, { permutations: 0 });
    expect(gaps(directed, { permutations: 0 })).toEqual(expected);
  });
});

describe("gaps: small-group suppression", () => {
  /**
   * The planted-gap city plus "Klein", a district of 3 actors with no tie to Nord (expected > 1); one of them a
   * resident (kind person) unless `persons` is false.
   */
  function withSmallDistrict({ persons = true } = {}) {
    const { actors, ties } = plantedGap();
    const small: ActorSpec[] = [0, 1, 2].map((i) => ({
      id: `Klein${i}`,
      district: "Klein",
      topics: ["Sport"],
      kind: persons && i === 2 ? "person" : "organisation",
    }));
    const more: Array<[string, string]> = ["Süd", "Ost", "West"].flatMap((d) =>
      [0, 1, 2].flatMap(
        (i): Array<[string, string]> => [
          [`Klein${i}`, `${d}${i}`],
          [`Klein${i}`, `${d}${i + 3}`],
        ],
      ),
    );
    return {
      actors: [...actors, ...small],
      ties: [...ties, ...more, ["Klein0", "Klein1"] as [string, string]],
    };
  }

  it("gaps(graph) withholds the figures of every pair with a district below 5 actors, and flags them", () => {
    const { actors, ties } = withSmallDistrict();
    const result = gaps(makeGraph(actors, ties), { permutations: 49 });
    const k = result.categories.indexOf("Klein");
    expect(result.minGroupSize).toBe(5);
    expect(result.suppressedCategories).toEqual(["Klein"]);
    expect(result.groupSizes[k]).toBe(3);
    for (const matrix of [result.observed, result.expected]) {
      expect(matrix[k].every((cell) => cell === null)).toBe(true);
      expect(matrix.every((row) => row[k] === null)).toBe(true);
      expect(matrix.flat().filter((cell) => cell === null)).toHaveLength(2 * result.categories.length - 1);
    }
    const hidden = result.gaps.filter((g) => g.a === "Klein" || g.b === "Klein");
    expect(hidden.length).toBeGreaterThan(0);
    for (const gap of hidden) {
      expect(gap).toMatchObject({
        observed: null,
        expected: null,
        ratio: null,
        pValue: null,
        suppressed: true,
      });
      expect(words(gap.reasons)[0]).toContain("< 5");
      expect(words(gap.reasons).join(" ")).not.toMatch(/Verbindung|p =/);
    }
    // Listed after every shown gap, so that the rank does not bound the counts.
    const firstHidden = result.gaps.findIndex((g) => g.suppressed);
    expect(result.gaps.slice(firstHidden).every((g) => g.suppressed)).toBe(true);
    expect(result.gaps.slice(0, firstHidden).every((g) => !g.suppressed && g.observed !== null)).toBe(true);
  });

  it("gaps(graph) publishes a small district of organisations only: no person could be identified", () => {
    const { actors, ties } = withSmallDistrict({ persons: false });
    const result = gaps(makeGraph(actors, ties), { permutations: 49 });
    const k = result.categories.indexOf("Klein");
    expect(result.groupSizes[k]).toBe(3);
    expect(result.suppressedCategories).toEqual([]);
    expect(result.observed[k][k]).toBe(1);
    expect(result.observed.flat().includes(null)).toBe(false);
    expect(result.gaps.some((g) => g.suppressed)).toBe(false);
  });

  it("gaps(graph, {minGroupSize: 1}) publishes every figure; the other pairs are the same either way", () => {
    const { actors, ties } = withSmallDistrict();
    const graph = makeGraph(actors, ties);
    const open = gaps(graph, { permutations: 49, minGroupSize: 1 });
    const shut = gaps(graph, { permutations: 49 });
    expect(open.suppressedCategories).toEqual([]);
    expect(open.observed.flat().includes(null)).toBe(false);
    const k = open.categories.indexOf("Klein");
    expect(open.observed[k][k]).toBe(1);
    for (const [a, row] of shut.observed.entries()) {
      for (const [b, cell] of row.entries()) if (cell !== null) expect(cell).toBe(open.observed[a][b]);
    }
    const shown = (r: typeof open) => r.gaps.filter((g) => g.a !== "Klein" && g.b !== "Klein");
    expect(shown(shut)).toEqual(shown(open));
  });

  it("gaps(graph, {minGroupSize}) rejects a size below 1 or not whole with GapsOptionError", () => {
    const graph = makeGraph([{ id: "a", district: "N" }], []);
    expect(() => gaps(graph, { minGroupSize: 0 })).toThrow(GapsOptionError);
    expect(() => gaps(graph, { minGroupSize: 2.5 })).toThrow(GapsOptionError);
  });
});

describe("gaps: categories with no tie to any other", () => {
  /** The planted-gap city plus two cut-off districts: "Insel" (6 actors, tied inside) and "Rand" (5, none). */
  function withCutOffDistricts() {
    const { actors, ties } = plantedGap();
    const island: ActorSpec[] = Array.from({ length: 6 }, (_, i) => ({
      id: `Insel${i}`,
      district: "Insel",
      needs: i === 0 ? ["Räume"] : [],
      offers: i === 1 ? ["räume"] : [],
    }));
    const edge: ActorSpec[] = Array.from({ length: 5 }, (_, i) => ({
      id: `Rand${i}`,
      district: "Rand",
      kind: i === 0 ? "person" : "organisation",
    }));
    const inside: Array<[string, string]> = [
      ["Insel0", "Insel1"],
      ["Insel1", "Insel2"],
      ["Insel3", "Insel4"],
    ];
    return { actors: [...actors, ...island, ...edge], ties: [...ties, ...inside] };
  }

  for (const expectation of ["external", "degree"] as const) {
    it(`gaps(graph, {expectation: '${expectation}'}) reports cut-off districts as isolated, most actors first`, () => {
      const { actors, ties } = withCutOffDistricts();
      const result = gaps(makeGraph(actors, ties), { expectation, permutations: 0 });
      expect(result.isolated.map((c) => [c.category, c.actors, c.tiesInside])).toEqual([
        ["Insel", 6, 3],
        ["Rand", 5, 0],
      ]);
      expect(words(result.isolated[0].reasons)[0]).toBe(
        "keine einzige Verbindung in einen anderen Stadtteil: 6 Akteure, 3 Verbindungen nur untereinander",
      );
      // Nord offers Räume, which Insel seeks; Süd seeks räume, which Insel offers.
      expect(words(result.isolated[0].reasons).slice(1)).toEqual([
        "in Insel gesucht und anderswo angeboten: Räume",
        "in Insel angeboten und anderswo gesucht: räume",
      ]);
      // The pairs are counted as before; the planted pair is still the first gap.
      const i = result.categories.indexOf("Insel");
      expect(result.observed[i].filter((_, j) => j !== i).every((cell) => cell === 0)).toBe(true);
      expect([result.gaps[0].a, result.gaps[0].b].sort()).toEqual(["Nord", "Süd"]);
    });
  }

  it("gaps(graph) names no isolated category when every category has a tie across its border", () => {
    const { actors, ties } = plantedGap();
    expect(gaps(makeGraph(actors, ties), { permutations: 0 }).isolated).toEqual([]);
  });

  it("gaps(graph) calls nothing isolated with a single category, and never names a suppressed one", () => {
    const one = makeGraph(
      Array.from({ length: 6 }, (_, i) => ({ id: `a${i}`, district: "Nord" })),
      [["a0", "a1"]],
    );
    expect(gaps(one, { permutations: 0 }).isolated).toEqual([]);
    const { actors, ties } = withCutOffDistricts();
    const graph = makeGraph(actors, ties);
    expect(gaps(graph, { permutations: 0, minGroupSize: 6 }).isolated.map((c) => c.category)).toEqual([
      "Insel",
    ]);
  });

  it("gaps(graph, {lang: 'en', by: 'sector'}) words an isolated sector in English", () => {
    const graph = makeGraph(
      [
        ...Array.from({ length: 5 }, (_, i) => ({ id: `k${i}`, sector: "Kita" })),
        ...Array.from({ length: 5 }, (_, i) => ({ id: `s${i}`, sector: "Schule" })),
        ...Array.from({ length: 5 }, (_, i) => ({ id: `v${i}`, sector: "Verein" })),
      ],
      [
        ["k0", "s0"],
        ["k1", "s1"],
        ["v0", "v1"],
      ],
    );
    const result = gaps(graph, { by: "sector", permutations: 0 });
    expect(result.isolated.map((c) => c.category)).toEqual(["Verein"]);
    expect(words(result.isolated[0].reasons, "en")).toEqual([
      "not a single tie to another sector: 5 actors, 1 tie only among themselves",
    ]);
  });
});
