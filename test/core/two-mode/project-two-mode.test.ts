/**
 * projectTwoMode and twoModeDegree: hand-checked small networks, networkx reference values
 * (`scripts/reference/two-mode.py` → `reference.json`: Davis Southern Women relabelled, and a seeded random
 * bipartite graph), the model's actor × meeting graph, errors, and invariants (fast-check).
 */

import { betweenness } from "@vernetzt/core/centrality";
import { coAttendanceTies, type Dataset, twoModeGraph } from "@vernetzt/core/model";
import {
  projectTwoMode,
  TwoModeError,
  TwoModeOptionError,
  twoModeDegree,
  twoModeNetwork,
} from "@vernetzt/core/two-mode";
import fc from "fast-check";
import { UndirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import reference from "./reference.json" with { type: "json" };

const TOLERANCE = 1e-12;

type Edge = [string, string, number];

function edges(graph: ReturnType<typeof projectTwoMode>): Edge[] {
  return graph.mapEdges((_e, a, s, t) => [s, t, a.weight] as Edge);
}

describe("projectTwoMode on a hand-made network", () => {
  // Meeting m1: a, b, c (n = 3); m2: a, b (n = 2); m3: d alone.
  const graph = twoModeNetwork(
    [
      { member: "a", group: "m1" },
      { member: "b", group: "m1" },
      { member: "c", group: "m1" },
      { member: "a", group: "m2" },
      { member: "b", group: "m2" },
      { member: "d", group: "m3" },
    ],
    { memberMode: "person", groupMode: "event" },
  );

  it("count weighting is the number of shared groups", () => {
    expect(edges(projectTwoMode(graph, { mode: "person" }))).toEqual([
      ["a", "b", 2],
      ["a", "c", 1],
      ["b", "c", 1],
    ]);
  });

  it("newman weighting sums 1/(n_p − 1) and single-member groups add nothing", () => {
    const projected = projectTwoMode(graph, { mode: "person", weighting: "newman" });
    expect(edges(projected)).toEqual([
      ["a", "b", 1 / 2 + 1],
      ["a", "c", 1 / 2],
      ["b", "c", 1 / 2],
    ]);
    expect(projected.hasNode("d")).toBe(true);
    expect(projected.degree("d")).toBe(0);
    expect(projected.getEdgeAttribute("a", "b", "attributes")).toEqual({ shared: "2" });
  });

  it("projects onto the other mode too", () => {
    expect(edges(projectTwoMode(graph, { mode: "event" }))).toEqual([["m1", "m2", 2]]);
  });

  it("returns a graph every metric takes", () => {
    const projected = projectTwoMode(graph, { mode: "person" });
    expect(betweenness(projected)).toEqual({ a: 0, b: 0, c: 0, d: 0 });
    expect(projected.getAttribute("directed")).toBe(false);
  });

  it("does not change the two-mode network", () => {
    const before = JSON.stringify(graph.export());
    projectTwoMode(graph, { mode: "person", weighting: "newman" });
    expect(JSON.stringify(graph.export())).toBe(before);
  });
});

describe("projectTwoMode agrees with networkx", () => {
  for (const [name, network] of Object.entries(reference.networks)) {
    const graph = twoModeNetwork(
      network.memberships.map(([member, group]) => ({ member: member!, group: group! })),
      { memberMode: "member", groupMode: "group" },
    );
    for (const id of network.members)
      if (!graph.hasNode(id)) graph.addNode(id, { mode: "member", label: id });

    it(`${name}: weighted_projected_graph (count)`, () => {
      expect(edges(projectTwoMode(graph, { mode: "member" }))).toEqual(network.count);
    });

    it(`${name}: collaboration_weighted_projected_graph (newman) within ${TOLERANCE}`, () => {
      const ours = edges(projectTwoMode(graph, { mode: "member", weighting: "newman" }));
      expect(ours.map(([s, t]) => [s, t])).toEqual(network.newman.map(([s, t]) => [s, t]));
      ours.forEach(([, , w], i) => {
        expect(Math.abs(w - (network.newman[i]![2] as number))).toBeLessThan(TOLERANCE);
      });
    });

    it(`${name}: bipartite.degree_centrality`, () => {
      const ours = twoModeDegree(graph, { normalized: true });
      const flat = { ...ours.member, ...ours.group };
      expect(Object.keys(flat).sort()).toEqual(Object.keys(network.degreeCentrality).sort());
      for (const [node, value] of Object.entries(network.degreeCentrality)) {
        expect(Math.abs(flat[node]! - value)).toBeLessThan(TOLERANCE);
      }
    });
  }
});

describe("projectTwoMode on a dataset's actor × meeting graph", () => {
  const dataset: Dataset = {
    name: "treffen",
    actors: ["a", "b", "c"].map((id) => ({
      id,
      name: `Akteur ${id}`,
      topics: [],
      offers: [],
      needs: [],
      attributes: {},
    })),
    ties: [],
    districts: [],
    events: [
      { id: "a", attributes: {} },
      { id: "t2", attributes: {} },
    ],
    attendance: [
      { event: "a", actor: "a" },
      { event: "a", actor: "b" },
      { event: "t2", actor: "a" },
      { event: "t2", actor: "b" },
      { event: "t2", actor: "c" },
    ],
    waves: ["1"],
    directed: false,
  };

  it("keeps actor ids and actors, and its count weights equal the co-attendance ties", () => {
    const projected = projectTwoMode(twoModeGraph(dataset), { mode: "actor" });
    expect(projected.nodes()).toEqual(["a", "b", "c"]);
    expect(projected.getNodeAttribute("a", "name")).toBe("Akteur a");
    expect(edges(projected)).toEqual(coAttendanceTies(dataset).map((t) => [t.source, t.target, t.weight]));
  });

  it("two-mode degree counts meetings per actor and actors per meeting, apart when ids coincide", () => {
    expect(twoModeDegree(twoModeGraph(dataset))).toEqual({
      actor: { a: 2, b: 2, c: 1 },
      event: { a: 2, t2: 3 },
    });
  });
});

describe("projectTwoMode errors", () => {
  const graph = twoModeNetwork([{ member: "a", group: "g" }]);

  it("rejects an unknown mode, naming the modes", () => {
    expect(() => projectTwoMode(graph, { mode: "person" })).toThrow(TwoModeError);
    try {
      projectTwoMode(graph, { mode: "person" });
    } catch (error) {
      expect((error as TwoModeError).params).toMatchObject({
        reason: "unknown-mode",
        modes: ["member", "group"],
      });
    }
  });

  it("rejects an unknown weighting", () => {
    expect(() => projectTwoMode(graph, { mode: "member", weighting: "jaccard" as never })).toThrow(
      TwoModeOptionError,
    );
  });

  it("rejects nodes without a mode and ties within one mode", () => {
    const noMode = new UndirectedGraph();
    noMode.addNode("x");
    expect(() => projectTwoMode(noMode, { mode: "member" })).toThrow(TwoModeError);
    const inside = twoModeNetwork([
      { member: "a", group: "g" },
      { member: "b", group: "g" },
    ]);
    inside.addEdge("a", "b");
    expect(() => projectTwoMode(inside, { mode: "member" })).toThrow(/both have the mode "member"/);
  });

  it("rejects an id that is both a member and a group", () => {
    expect(() =>
      twoModeNetwork([
        { member: "a", group: "b" },
        { member: "b", group: "c" },
      ]),
    ).toThrow(TwoModeError);
  });
});

describe("projectTwoMode invariants", () => {
  const memberships = fc.array(
    fc.record({
      member: fc.constantFrom("a", "b", "c", "d", "e"),
      group: fc.constantFrom("G1", "G2", "G3", "G4"),
    }),
    { minLength: 1, maxLength: 20 },
  );

  it("each member's newman strength is the number of its groups with another member", () => {
    fc.assert(
      fc.property(memberships, (list) => {
        const graph = twoModeNetwork(list);
        const projected = projectTwoMode(graph, { mode: "member", weighting: "newman" });
        projected.forEachNode((member) => {
          const strength = projected.reduceEdges(member, (sum, _e, a) => sum + a.weight, 0);
          const groups = graph.neighbors(member).filter((g) => graph.degree(g) > 1).length;
          expect(Math.abs(strength - groups)).toBeLessThan(1e-9);
        });
      }),
    );
  });

  it("the order of memberships changes neither ties nor weights (as sets)", () => {
    fc.assert(
      fc.property(
        memberships.chain((list) =>
          fc.tuple(
            fc.constant(list),
            fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }),
          ),
        ),
        ([list, shuffled]) => {
          const key = (g: ReturnType<typeof projectTwoMode>) =>
            edges(g)
              .map(([s, t, w]) => `${[s, t].sort().join("-")}:${w}`)
              .sort();
          expect(key(projectTwoMode(twoModeNetwork(shuffled), { mode: "member" }))).toEqual(
            key(projectTwoMode(twoModeNetwork(list), { mode: "member" })),
          );
        },
      ),
    );
  });
});
