import { buildGraph, UnknownWaveError } from "@vernetzt/core/model";
import { compareWaves, tieOrigins } from "@vernetzt/core/waves";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { makeDataset } from "../gaps/graph-fixture.js";

const actors = ["a", "b", "c", "d", "e"].map((id) => ({ id }));

// Wave 1: reported a–b, c–d; the working group (a, b, c) meets. Wave 2: reported a–b, d–e; a big meeting
// (a, b, c, d, e) ties everybody. Wave 3: reported a–b only, no meeting.
const dataset = makeDataset(
  actors,
  {
    "1": [
      ["a", "b"],
      ["c", "d"],
    ],
    "2": [
      ["b", "a"],
      ["d", "e"],
    ],
    "3": [["a", "b"]],
  },
  {
    events: [
      { id: "ak", wave: "1", attributes: {} },
      { id: "forum", wave: "2", attributes: {} },
      { id: "leer", wave: "2", attributes: {} },
    ],
    attendance: [
      ...["a", "b", "c"].map((actor) => ({ event: "ak", actor })),
      ...["a", "b", "c", "d", "e", "e"].map((actor) => ({ event: "forum", actor })),
      { event: "forum", actor: "unbekannt" },
    ],
  },
);

describe("tieOrigins", () => {
  it("tieOrigins(dataset, wave) splits the wave's ties into reported ones and those only from meetings", () => {
    const first = tieOrigins(dataset, "1");
    expect(first).toEqual({
      wave: "1",
      ties: 4,
      reported: 2,
      meetingsOnly: [
        { source: "a", target: "c" },
        { source: "b", target: "c" },
      ],
      meetings: [{ event: "ak", attendees: 3, unreportedPairs: 2 }],
    });
  });

  it("tieOrigins counts a meeting's attendees once, skips unknown actors and meetings nobody attended", () => {
    const second = tieOrigins(dataset, "2");
    expect(second.ties).toBe(10); // everybody with everybody
    expect(second.reported).toBe(2);
    expect(second.meetingsOnly).toHaveLength(8);
    expect(second.meetings).toEqual([{ event: "forum", attendees: 5, unreportedPairs: 8 }]);
  });

  it("tieOrigins(dataset) takes the latest wave; an unknown wave is an UnknownWaveError", () => {
    expect(tieOrigins(dataset)).toMatchObject({
      wave: "3",
      ties: 1,
      reported: 1,
      meetingsOnly: [],
      meetings: [],
    });
    expect(() => tieOrigins(dataset, "9")).toThrow(UnknownWaveError);
  });

  it("a wave's ties equal the previous wave's plus the new minus the lost (compareWaves), by origin", () => {
    const before = tieOrigins(dataset, "2");
    const after = tieOrigins(dataset, "3");
    const change = compareWaves(dataset, "2", "3");
    expect(after.ties).toBe(before.ties + change.ties.new.length - change.ties.lost.length);
    const key = (p: { source: string; target: string }) => `${p.source}|${p.target}`;
    const fromMeetings = new Set(before.meetingsOnly.map(key));
    // every tie lost after the forum was one the forum alone had made
    expect(change.ties.lost.filter((p) => fromMeetings.has(key(p)))).toHaveLength(8);
  });

  it("reported + meetingsOnly is always the number of ties of the wave's undirected graph", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(5), fc.nat(5))),
        fc.array(fc.tuple(fc.nat(2), fc.nat(5))),
        (pairs, visits) => {
          const ids = ["p0", "p1", "p2", "p3", "p4", "p5"];
          const ties = pairs.filter(([i, j]) => i !== j).map(([i, j]): [string, string] => [ids[i], ids[j]]);
          const data = makeDataset(
            ids.map((id) => ({ id })),
            { "1": ties },
            {
              events: ["m0", "m1", "m2"].map((id) => ({ id, attributes: {} })),
              attendance: visits.map(([m, i]) => ({ event: `m${m}`, actor: ids[i] })),
            },
          );
          const origins = tieOrigins(data, "1");
          expect(origins.reported + origins.meetingsOnly.length).toBe(origins.ties);
          expect(origins.ties).toBe(buildGraph(data, { wave: "1", directed: false }).size);
        },
      ),
      { numRuns: 100 },
    );
  });
});
