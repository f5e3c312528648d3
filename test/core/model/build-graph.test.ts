/**
 * buildGraph: one wave (latest by default), every actor a node in input order, parallel ties merged (weights
 * summed, types united), undirected ties as two arcs in a directed graph, co-attendance ties added.
 * Co-attendance weights are checked against networkx's `bipartite.weighted_projected_graph` (values below were
 * computed with networkx 2.8.8 on the same attendance; see the comment at COAT_NETWORKX).
 */

import {
  buildGraph,
  coAttendanceTies,
  type Dataset,
  eventsInWave,
  latestWave,
  respondentsInWave,
  sortWaves,
  tiesInWave,
  twoModeGraph,
  UnknownWaveError,
} from "@vernetzt/core/model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

function actor(id: string) {
  return { id, name: id.toUpperCase(), topics: [], offers: [], needs: [], attributes: {} };
}
function tie(source: string, target: string, extra: Partial<Dataset["ties"][number]> = {}) {
  return { source, target, weight: 1, wave: "1", directed: false, attributes: {}, ...extra };
}
function dataset(extra: Partial<Dataset> = {}): Dataset {
  return {
    name: "test",
    actors: ["a", "b", "c", "d"].map(actor),
    ties: [],
    districts: [],
    events: [],
    attendance: [],
    waves: ["1"],
    directed: false,
    ...extra,
  };
}

describe("buildGraph", () => {
  it("has every actor as a node in input order, isolates included", () => {
    const graph = buildGraph(dataset({ ties: [tie("c", "a")] }));
    expect(graph.nodes()).toEqual(["a", "b", "c", "d"]);
    expect(graph.type).toBe("undirected");
    expect(graph.getNodeAttributes("b").name).toBe("B");
    expect(graph.getAttributes()).toEqual({ name: "test", wave: "1", directed: false });
  });
  it("uses the latest wave by default and a given wave on request", () => {
    const d = dataset({
      ties: [tie("a", "b", { wave: "1" }), tie("c", "d", { wave: "2" })],
      waves: ["1", "2"],
    });
    expect(
      buildGraph(d)
        .edges()
        .map((e) => buildGraph(d).extremities(e)),
    ).toEqual([["c", "d"]]);
    const first = buildGraph(d, { wave: "1" });
    expect(first.edges().map((e) => first.extremities(e))).toEqual([["a", "b"]]);
  });
  it("throws UnknownWaveError for a wave the dataset does not have", () => {
    expect(() => buildGraph(dataset(), { wave: "7" })).toThrow(UnknownWaveError);
  });
  it("merges parallel ties: weights summed, types sorted union, latest date, first attributes", () => {
    const graph = buildGraph(
      dataset({
        ties: [
          tie("a", "b", { weight: 2, type: "Kooperation", date: "2024-01-01", attributes: { note: "eins" } }),
          tie("b", "a", {
            weight: 0.5,
            type: "Austausch",
            date: "2024-06-01",
            attributes: { note: "zwei", x: "y" },
          }),
          tie("a", "b", { weight: 1, type: "Kooperation", directed: true }),
        ],
      }),
    );
    expect(graph.size).toBe(1);
    expect(graph.getEdgeAttributes(graph.edge("a", "b")!)).toEqual({
      weight: 3.5,
      types: ["Austausch", "Kooperation"],
      date: "2024-06-01",
      attributes: { note: "eins", x: "y" },
    });
  });
  it("in a directed graph, makes two arcs of an undirected tie and one of a directed tie", () => {
    const graph = buildGraph(
      dataset({
        ties: [
          tie("a", "b"),
          tie("c", "d", { directed: true }),
          tie("d", "c", { directed: true, weight: 2 }),
        ],
      }),
      { directed: true },
    );
    expect(graph.type).toBe("directed");
    expect(graph.edges().map((e) => [...graph.extremities(e), graph.getEdgeAttribute(e, "weight")])).toEqual([
      ["a", "b", 1],
      ["b", "a", 1],
      ["c", "d", 1],
      ["d", "c", 2],
    ]);
  });
  it("in an undirected graph, unites reciprocal arcs (weights summed)", () => {
    const graph = buildGraph(
      dataset({
        ties: [tie("a", "b", { directed: true }), tie("b", "a", { directed: true, weight: 3 })],
        directed: true,
      }),
      { directed: false },
    );
    expect(graph.size).toBe(1);
    expect(graph.getEdgeAttribute(graph.edge("a", "b")!, "weight")).toBe(4);
  });
  it("adds co-attendance ties unless asked not to", () => {
    const d = dataset({
      ties: [tie("a", "b", { type: "Kooperation" })],
      events: [{ id: "m1", attributes: {} }],
      attendance: [
        { event: "m1", actor: "a" },
        { event: "m1", actor: "b" },
      ],
    });
    const graph = buildGraph(d);
    expect(graph.getEdgeAttributes(graph.edge("a", "b")!)).toMatchObject({
      weight: 2,
      types: ["Kooperation", "co_attendance"],
    });
    expect(buildGraph(d, { coAttendance: false }).getEdgeAttribute("e0", "weight")).toBe(1);
  });
  it("does not change the dataset", () => {
    const d = dataset({ ties: [tie("a", "b"), tie("a", "b", { type: "x" })] });
    const copy = structuredClone(d);
    const graph = buildGraph(d);
    graph.setNodeAttribute("a", "name", "changed");
    expect(d).toEqual(copy);
  });
});

// networkx 2.8.8: B = Graph(); B.add_edges_from(attendance); P = bipartite.weighted_projected_graph(B, actors)
// → a–b 2, a–c 1, b–c 1, c–d 1 (m1: a,b,c; m2: a,b; m3: c,d)
const COAT_NETWORKX = [
  ["a", "b", 2],
  ["a", "c", 1],
  ["b", "c", 1],
  ["c", "d", 1],
];

describe("coAttendanceTies", () => {
  const d = dataset({
    events: [
      { id: "m1", attributes: {} },
      { id: "m2", attributes: {}, wave: "1" },
      { id: "m3", attributes: {} },
      { id: "m4", attributes: {}, wave: "2" },
    ],
    attendance: [
      { event: "m1", actor: "c" },
      { event: "m1", actor: "a" },
      { event: "m1", actor: "b" },
      { event: "m2", actor: "b" },
      { event: "m2", actor: "a" },
      { event: "m3", actor: "d" },
      { event: "m3", actor: "c" },
      { event: "m4", actor: "a" },
      { event: "m4", actor: "d" },
    ],
    waves: ["1", "2"],
  });
  it("counts shared meetings of a wave (meetings without wave count in every wave), as networkx", () => {
    const ties = coAttendanceTies(d, "1");
    expect(ties.map((t) => [t.source, t.target, t.weight])).toEqual(COAT_NETWORKX);
    expect(ties.every((t) => t.type === "co_attendance" && !t.directed && t.wave === "1")).toBe(true);
  });
  it("uses the meetings of the requested wave only", () => {
    expect(coAttendanceTies(d, "2").map((t) => [t.source, t.target, t.weight])).toEqual([
      ["a", "b", 1],
      ["a", "c", 1],
      ["a", "d", 1],
      ["b", "c", 1],
      ["c", "d", 1],
    ]);
  });
  it("gives the two-mode graph actors × meetings", () => {
    const graph = twoModeGraph(d);
    expect(graph.order).toBe(8);
    expect(graph.size).toBe(9);
    expect(graph.getNodeAttribute("event:m1", "part")).toBe("event");
    expect(graph.neighbors("actor:a").sort()).toEqual(["event:m1", "event:m2", "event:m4"]);
    expect(twoModeGraph(d, { wave: "1" }).order).toBe(7);
  });
});

describe("waves", () => {
  it("sorts numeric waves numerically, others by first appearance", () => {
    expect(sortWaves(["10", "2", "1"])).toEqual(["1", "2", "10"]);
    expect(sortWaves(["Frühjahr", "Herbst", "Frühjahr"])).toEqual(["Frühjahr", "Herbst"]);
  });
  it("picks ties, meetings and respondents of a wave, the latest by default", () => {
    const d = dataset({
      ties: [tie("a", "b", { wave: "1" }), tie("a", "c", { wave: "2" })],
      events: [
        { id: "m1", attributes: {}, wave: "1" },
        { id: "m0", attributes: {} },
      ],
      waves: ["1", "2"],
      respondents: { "1": ["a"] },
    });
    expect(latestWave(d)).toBe("2");
    expect(tiesInWave(d).map((t) => t.target)).toEqual(["c"]);
    expect(eventsInWave(d, "1").map((e) => e.id)).toEqual(["m1", "m0"]);
    expect(respondentsInWave(d, "1")).toEqual(["a"]);
    expect(respondentsInWave(d)).toEqual([]);
    expect(respondentsInWave(dataset())).toBeUndefined();
  });
});

describe("buildGraph invariants (fast-check)", () => {
  const tiesArb = fc.array(
    fc.record({
      s: fc.constantFrom("a", "b", "c", "d"),
      t: fc.constantFrom("a", "b", "c", "d"),
      weight: fc.integer({ min: 1, max: 5 }),
      directed: fc.boolean(),
      type: fc.constantFrom(undefined, "Kooperation", "Austausch"),
    }),
    { maxLength: 20 },
  );
  const toDataset = (
    rows: Array<{ s: string; t: string; weight: number; directed: boolean; type?: string | undefined }>,
  ) =>
    dataset({
      ties: rows
        .filter((r) => r.s !== r.t)
        .map((r) =>
          tie(r.s, r.t, { weight: r.weight, directed: r.directed, ...(r.type ? { type: r.type } : {}) }),
        ),
    });
  it("keeps the total weight: every tie once undirected, undirected ties twice when directed", () => {
    fc.assert(
      fc.property(tiesArb, fc.boolean(), (rows, directed) => {
        const d = toDataset(rows);
        const graph = buildGraph(d, { directed });
        const total = graph.reduceEdges((sum, _e, attributes) => sum + attributes.weight, 0);
        const expected = d.ties.reduce((sum, t) => sum + t.weight * (directed && !t.directed ? 2 : 1), 0);
        expect(total).toBe(expected);
        expect(graph.selfLoopCount).toBe(0);
      }),
      { seed: 633 },
    );
  });
  it("does not depend on the order of the ties (except edge keys)", () => {
    fc.assert(
      fc.property(tiesArb, fc.boolean(), (rows, directed) => {
        const d = toDataset(rows);
        const reversed = { ...d, ties: [...d.ties].reverse() };
        const edges = (g: ReturnType<typeof buildGraph>) =>
          g
            .mapEdges((_e, a, s, t) => JSON.stringify([directed ? [s, t] : [s, t].sort(), a.weight, a.types]))
            .sort();
        expect(edges(buildGraph(reversed, { directed }))).toEqual(edges(buildGraph(d, { directed })));
      }),
      { seed: 634 },
    );
  });
});
