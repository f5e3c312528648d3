import { BROKERAGE_ROLES, type BrokerageRole, brokerage } from "@vernetzt/core/groups";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { relabelled, smallGraph, toGraph } from "./arbitrary.js";
import { fixtureGraph, loadFixtures } from "./reference-fixtures.js";

const SNA_COLUMNS: Record<BrokerageRole, "w_I" | "w_O" | "b_IO" | "b_OI" | "b_O" | "t"> = {
  coordinator: "w_I",
  itinerant: "w_O",
  representative: "b_IO",
  gatekeeper: "b_OI",
  liaison: "b_O",
  total: "t",
};

/** s → b → t with the given districts of s, b and t; optionally the closing tie s → t. */
const path = ([cs, cb, ct]: [string, string, string], closed = false) =>
  fixtureGraph({
    directed: true,
    attribute: "district",
    actors: [
      { id: "s", category: cs },
      { id: "b", category: cb },
      { id: "t", category: ct },
    ],
    ties: [["s", "b", 1], ["b", "t", 1], ...(closed ? [["s", "t", 1] as [string, string, number]] : [])],
  });

describe("brokerage", () => {
  const cases: [BrokerageRole, [string, string, string]][] = [
    ["coordinator", ["A", "A", "A"]],
    ["itinerant", ["B", "A", "B"]],
    ["representative", ["A", "A", "B"]],
    ["gatekeeper", ["B", "A", "A"]],
    ["liaison", ["B", "A", "C"]],
  ];
  for (const [role, categories] of cases) {
    it(`counts s → b → t with districts ${categories.join(", ")} as one ${role} for b`, () => {
      const result = brokerage(path(categories));
      for (const r of BROKERAGE_ROLES) {
        expect(result.actors.b![r]).toBe(r === role || r === "total" ? 1 : 0);
      }
      expect(result.actors.s!.total).toBe(0);
      expect(result.total.total).toBe(1);
    });
  }

  it("does not count a pair whose ends are tied directly", () => {
    expect(brokerage(path(["A", "A", "B"], true)).actors.b!.total).toBe(0);
  });

  it("reads an undirected tie as both directions", () => {
    const graph = fixtureGraph({
      directed: false,
      attribute: "district",
      actors: [
        { id: "s", category: "A" },
        { id: "b", category: "A" },
        { id: "t", category: "B" },
      ],
      ties: [
        ["s", "b", 1],
        ["b", "t", 1],
      ],
    });
    // s → b → t is a representative, t → b → s a gatekeeper.
    expect(brokerage(graph).actors.b).toEqual({
      coordinator: 0,
      itinerant: 0,
      representative: 1,
      gatekeeper: 1,
      liaison: 0,
      total: 2,
    });
  });

  it("leaves out actors without a value and their ties", () => {
    const graph = path(["A", "A", "B"]);
    graph.removeNodeAttribute("t", "district");
    const without = brokerage(graph);
    expect(Object.keys(without.actors)).toEqual(["s", "b"]);
    expect(without.actors.b!.total).toBe(0);
    expect(without.uncategorised).toEqual(["t"]);
    expect(without.tiesLeftOut).toBe(1);
  });

  for (const fixture of loadFixtures()) {
    it(`equals R sna::brokerage raw.nli and z.nli on ${fixture.name}`, () => {
      const result = brokerage(fixtureGraph(fixture), { attribute: fixture.attribute, zScores: true });
      const sna = fixture.expected.sna;
      expect(Object.keys(result.actors)).toEqual(sna.actors);
      sna.actors.forEach((id, i) => {
        for (const role of BROKERAGE_ROLES) {
          expect(result.actors[id]![role]).toBe(sna["raw.nli"][i]![SNA_COLUMNS[role]]);
          const z = sna["z.nli"][i]![SNA_COLUMNS[role]];
          if (z === null) expect(result.z!.actors[id]![role]).toBeNull();
          else expect(result.z!.actors[id]![role]).toBeCloseTo(z, 9);
        }
      });
    });

    it(`equals R sna::brokerage raw.gli, exp.gli, sd.gli and z.gli on ${fixture.name}`, () => {
      const result = brokerage(fixtureGraph(fixture), { attribute: fixture.attribute, zScores: true });
      const sna = fixture.expected.sna;
      const close = (ours: number | null, theirs: number | null) => {
        if (theirs === null) expect(ours).toBeNull();
        else expect(Math.abs(ours! - theirs)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(theirs)));
      };
      for (const role of BROKERAGE_ROLES) {
        const column = SNA_COLUMNS[role];
        expect(result.total[role]).toBe(sna["raw.gli"][column]);
        close(result.z!.total.expected[role], sna["exp.gli"][column]);
        close(result.z!.total.sd[role], sna["sd.gli"][column]);
        close(result.z!.total.z[role], sna["z.gli"][column]);
      }
    });
  }

  it("leaves z-scores out unless asked", () => {
    expect(brokerage(path(["A", "A", "B"])).z).toBeNull();
  });

  it("agrees with a direct count over all triples of the definition", () => {
    fc.assert(
      fc.property(smallGraph(12), (g) => {
        const result = brokerage(toGraph(g));
        const category = new Map(g.actors.map((a) => [a.id, a.category]));
        const ids = g.actors.filter((a) => a.category !== null).map((a) => a.id);
        const arcs = new Set<string>();
        for (const [s, t] of g.ties) {
          arcs.add(`${s}>${t}`);
          if (!g.directed) arcs.add(`${t}>${s}`);
        }
        for (const b of ids) {
          const expected = Object.fromEntries(BROKERAGE_ROLES.map((r) => [r, 0])) as Record<
            BrokerageRole,
            number
          >;
          for (const s of ids) {
            for (const t of ids) {
              if (s === t || s === b || t === b) continue;
              if (!arcs.has(`${s}>${b}`) || !arcs.has(`${b}>${t}`) || arcs.has(`${s}>${t}`)) continue;
              const [cs, cb, ct] = [category.get(s), category.get(b), category.get(t)];
              const role: BrokerageRole =
                cs === cb && cb === ct
                  ? "coordinator"
                  : cs === ct
                    ? "itinerant"
                    : cs === cb
                      ? "representative"
                      : cb === ct
                        ? "gatekeeper"
                        : "liaison";
              expected[role]++;
              expected.total++;
            }
          }
          expect(result.actors[b]).toEqual(expected);
        }
      }),
    );
  });

  it("does not change when actors are renamed and reordered", () => {
    fc.assert(
      fc.property(smallGraph(), (g) => {
        const before = brokerage(toGraph(g));
        const { graph, rename } = relabelled(g);
        const after = brokerage(toGraph(graph));
        for (const [id, counts] of Object.entries(before.actors))
          expect(after.actors[rename(id)]).toEqual(counts);
        expect(after.total).toEqual(before.total);
      }),
    );
  });
});
