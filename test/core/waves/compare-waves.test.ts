import { UnknownWaveError } from "@vernetzt/core/model";
import { compareWaves, WavesOptionError } from "@vernetzt/core/waves";
import { describe, expect, it } from "vitest";
import { makeDataset } from "../gaps/graph-fixture.js";

const actors = [
  { id: "a", district: "Nord" },
  { id: "b", district: "Nord" },
  { id: "c", district: "Süd" },
  { id: "d", district: "Süd" },
  { id: "e", district: "Ost" },
];

// Wave 1: a–b, b–c, c–d.  Wave 2: a–b, b–c, c–e, a–d (c–d lost; c–e and a–d new; e joins).
const waves: Record<string, Array<[string, string]>> = {
  "1": [
    ["a", "b"],
    ["b", "c"],
    ["c", "d"],
  ],
  "2": [
    ["b", "a"],
    ["b", "c"],
    ["e", "c"],
    ["a", "d"],
  ],
};
const dataset = makeDataset(actors, waves);
/** The same network of residents (kind person): small districts could identify them. */
const residents = makeDataset(
  actors.map((a) => ({ ...a, kind: "person" })),
  waves,
);

describe("compareWaves", () => {
  it("compareWaves(dataset, from, to) lists new and lost actors and ties, undirected, in input order", () => {
    const result = compareWaves(dataset, "1", "2");
    expect(result.actors).toEqual({ new: ["e"], lost: [] });
    expect(result.ties.new).toEqual([
      { source: "a", target: "d" },
      { source: "c", target: "e" },
    ]);
    expect(result.ties.lost).toEqual([{ source: "c", target: "d" }]);
  });

  it("compareWaves(dataset, from, to) reports the change of degree and normalised betweenness", () => {
    const result = compareWaves(dataset, "1", "2");
    const c = result.centrality.find((entry) => entry.actor === "c")!;
    expect(c.degree).toEqual({ from: 2, to: 2, change: 0 });
    // Wave 1 path a–b–c–d (n = 5 with isolate e): c lies on a–d and b–d: 2 / ((5−1)(5−2)/2) = 1/3.
    expect(c.betweenness.from).toBeCloseTo(1 / 3, 12);
    // Wave 2 path d–a–b–c–e: c lies on the paths from d, a and b to e: 3 / 6 = 1/2.
    expect(c.betweenness.to).toBeCloseTo(1 / 2, 12);
    expect(c.betweenness.change).toBeCloseTo(1 / 2 - 1 / 3, 12);
    expect(result.centrality.map((entry) => entry.actor)).toEqual(["a", "b", "c", "d", "e"]);
  });

  it("compareWaves(dataset, from, to) tells which districts gained or lost ties across district borders", () => {
    const result = compareWaves(dataset, "1", "2", { minGroupSize: 1 });
    // Wave 1 cross ties: b–c (Nord–Süd). Wave 2: b–c, c–e (Süd–Ost), a–d (Nord–Süd).
    expect(result.districts.crossDistrictTies).toEqual([
      { district: "Nord", suppressed: false, from: 1, to: 2, change: 1 },
      { district: "Ost", suppressed: false, from: 0, to: 1, change: 1 },
      { district: "Süd", suppressed: false, from: 1, to: 3, change: 2 },
    ]);
    expect(result.districts.gained).toEqual(["Nord", "Ost", "Süd"]);
    expect(result.districts.lost).toEqual([]);
  });

  it("compareWaves(dataset, from, to, {minGroupSize}) withholds the figures of smaller districts with persons and names them in neither list", () => {
    const result = compareWaves(residents, "1", "2", { minGroupSize: 2 });
    expect(result.minGroupSize).toBe(2);
    expect(result.districts.crossDistrictTies).toEqual([
      { district: "Nord", suppressed: false, from: 1, to: 2, change: 1 },
      { district: "Ost", suppressed: true, from: null, to: null, change: null },
      { district: "Süd", suppressed: false, from: 1, to: 3, change: 2 },
    ]);
    expect(result.districts.gained).toEqual(["Nord", "Süd"]);
    // Default k = 5: every district here is smaller.
    const shut = compareWaves(residents, "1", "2");
    expect(shut.districts.crossDistrictTies.every((d) => d.suppressed && d.change === null)).toBe(true);
    expect([shut.districts.gained, shut.districts.lost]).toEqual([[], []]);
    // Nothing else depends on the districts' size.
    const { districts: _a, minGroupSize: _b, ...rest } = shut;
    const { districts: _c, minGroupSize: _d, ...same } = result;
    expect(rest).toEqual(same);
  });

  it("compareWaves(dataset, from, to) shows small districts of organisations only", () => {
    const result = compareWaves(dataset, "1", "2");
    expect(result.districts.crossDistrictTies.map((d) => [d.district, d.suppressed, d.change])).toEqual([
      ["Nord", false, 1],
      ["Ost", false, 1],
      ["Süd", false, 2],
    ]);
  });

  it("compareWaves(dataset, from, to, {minGroupSize: 0}) is an option error", () => {
    expect(() => compareWaves(dataset, "1", "2", { minGroupSize: 0 })).toThrow(WavesOptionError);
  });

  it("compareWaves(dataset, from, to) gives every indicator component in both waves", () => {
    const result = compareWaves(dataset, "1", "2");
    expect(result.indicator.components.isolated).toEqual({ from: 0.8, to: 1, change: 1 - 0.8 });
    expect(result.indicator.components.connected.to).toBe(1);
    expect(result.indicator.value.change).toBeCloseTo(
      result.indicator.value.to! - result.indicator.value.from!,
      12,
    );
  });

  it("compareWaves(dataset, from, to) counts respondents without ties as present", () => {
    const withRespondents = { ...dataset, respondents: { "1": ["e"], "2": ["d"] } };
    expect(compareWaves(withRespondents, "1", "2").actors).toEqual({ new: [], lost: [] });
  });

  it("compareWaves(dataset, from, to, {betweennessSamples}) estimates betweenness; with every actor it is exact", () => {
    const exact = compareWaves(dataset, "1", "2");
    expect(compareWaves(dataset, "1", "2", { betweennessSamples: 5 })).toEqual(exact);
    const sampled = compareWaves(dataset, "1", "2", { betweennessSamples: 2, seed: 3 });
    expect(sampled.centrality.map((c) => c.degree)).toEqual(exact.centrality.map((c) => c.degree));
  });

  it("compareWaves(dataset, from, to) rejects a wave the dataset does not have", () => {
    expect(() => compareWaves(dataset, "1", "9")).toThrow(UnknownWaveError);
  });
});
