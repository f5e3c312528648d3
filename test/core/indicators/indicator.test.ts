import {
  COMPONENT_NAMES,
  IndicatorOptionError,
  indicator,
  normalQuantile,
  waveIndicator,
} from "@vernetzt/core/indicators";
import { UnknownWaveError } from "@vernetzt/core/model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ActorSpec, makeDataset, makeGraph } from "../gaps/graph-fixture.js";

/** Three districts of three actors; values of networkx 2.8.8 recorded below. */
const ringActors: ActorSpec[] = [
  ["a1", "A", "V"],
  ["a2", "A", "K"],
  ["a3", "A", "V"],
  ["b1", "B", "K"],
  ["b2", "B", "V"],
  ["b3", "B", "K"],
  ["c1", "C", "V"],
  ["c2", "C", "V"],
  ["c3", "C", "K"],
].map(([id, district, sector]) => ({ id, district, sector }));
const ringTies: Array<[string, string]> = [
  ["a1", "a2"],
  ["a2", "a3"],
  ["a1", "a3"],
  ["b1", "b2"],
  ["b2", "b3"],
  ["c1", "c2"],
  ["c2", "c3"],
  ["a3", "b1"],
  ["b3", "c1"],
  ["c3", "a1"],
  ["a2", "b2"],
];

describe("indicator 6.3.3", () => {
  it("waveIndicator(graph) computes connected, reach2 and isolated on a path with an isolate", () => {
    const graph = makeGraph(
      [{ id: "a" }, { id: "b" }, { id: "c" }, { id: "d" }],
      [
        ["a", "b"],
        ["b", "c"],
      ],
    );
    const result = waveIndicator(graph, undefined);
    expect(result.components.connected).toBeCloseTo(3 / 4, 12);
    expect(result.components.reach2).toBeCloseTo(3 / 6, 12);
    expect(result.components.isolated).toBeCloseTo(3 / 4, 12);
    expect(result.components.crossDistrict).toBeNull();
    expect(result.components.crossSector).toBeNull();
    expect(result.value).toBeCloseTo((3 / 4 + 1 / 2 + 3 / 4) / 3, 12);
    expect(result.notes).toHaveLength(3); // two components do not apply, no districts
    expect(result.notes[0]).toContain("nicht im Mittelwert");
    expect(result.byDistrict).toEqual({});
  });

  it("crossDistrict equals 1 − nominal assortativity (networkx attribute_assortativity_coefficient)", () => {
    // networkx 2.8.8: r(district) = 0.44654088050314467, r(sector) = -0.6923076923076925 (capped at 1).
    const result = waveIndicator(makeGraph(ringActors, ringTies), undefined);
    expect(result.components.crossDistrict).toBeCloseTo(1 - 0.44654088050314467, 12);
    expect(result.components.crossSector).toBe(1);
    expect(result.components.connected).toBe(1);
    expect(result.components.isolated).toBe(1);
  });

  it("crossDistrict is 0 when every tie stays inside its district", () => {
    const result = waveIndicator(
      makeGraph(
        ringActors,
        ringTies.filter(([s, t]) => s[0] === t[0]),
      ),
      undefined,
    );
    expect(result.components.crossDistrict).toBe(0);
  });

  it("byDistrict gives the components for the actors of each district", () => {
    const result = waveIndicator(makeGraph(ringActors, ringTies), undefined, { minGroupSize: 3 });
    expect(Object.keys(result.byDistrict)).toEqual(["A", "B", "C"]);
    const a = result.byDistrict.A.components;
    expect(a.connected).toBe(1);
    expect(a.reach2).toBe(1); // a1, a2, a3 form a triangle
    // A: 9 tie ends, 3 leave A; S_A = 9, 2m = 22 → E = 9·(1 − 9/22)
    expect(a.crossDistrict).toBeCloseTo(3 / (9 * (1 - 9 / 22)), 12);
  });

  it("byDistrict hides the figures of districts smaller than minGroupSize (default 5) with a person in them", () => {
    // a2 a resident: district A (3 actors) could identify her
    const withPerson = ringActors.map((a) => (a.id === "a2" ? { ...a, kind: "person" } : a));
    const graph = makeGraph(withPerson, ringTies);
    const hidden = waveIndicator(graph, undefined).byDistrict.A;
    expect(hidden).toMatchObject({ value: null, actors: 3, suppressed: true });
    expect(Object.values(hidden.components).every((value) => value === null)).toBe(true);
    const shown = waveIndicator(graph, undefined, { minGroupSize: 3 }).byDistrict.A;
    expect(shown.suppressed).toBe(false);
    expect(shown.value).not.toBeNull();
    expect(() => waveIndicator(graph, undefined, { minGroupSize: 0 })).toThrow(IndicatorOptionError);
    // B and C are organisations only: shown although they are as small
    expect(waveIndicator(graph, undefined).byDistrict.B).toMatchObject({ actors: 3, suppressed: false });
    expect(waveIndicator(graph, undefined).byDistrict.C.value).not.toBeNull();
  });

  it("indicator(dataset) reports every wave with response rate and a seeded bootstrap interval", () => {
    const dataset = makeDataset(
      ringActors,
      { "2024": ringTies.slice(0, 6), "2025": ringTies },
      { respondents: { "2025": ["a1", "a2", "b1", "b2", "c1", "c3"] } },
    );
    const result = indicator(dataset, { replicates: 100, seed: 3 });
    expect(result.waves.map((w) => w.wave)).toEqual(["2024", "2025"]);
    expect(result.waves[0].interval).toBeUndefined();
    expect(result.waves[0].responseRate).toBeUndefined();
    const last = result.waves[1];
    expect(last.responseRate).toBeCloseTo(6 / 9, 12);
    const [low, high] = last.interval!;
    expect(low).toBeGreaterThanOrEqual(0);
    expect(high).toBeLessThanOrEqual(1);
    expect(high - low).toBeGreaterThan(0);
    expect(low).toBeLessThan(last.value!);
    expect(high).toBeGreaterThan(last.value!);
    if (high < 1 && low > 0) expect(last.value! - low).toBeCloseTo(high - last.value!, 12);
    expect(JSON.stringify(indicator(dataset, { replicates: 100, seed: 3 }))).toBe(JSON.stringify(result));
  });

  it("normalQuantile(p) matches R qnorm", () => {
    // R 4: qnorm(0.975) = 1.959963984540054, qnorm(0.95) = 1.644853626951472, qnorm(0.001) = -3.090232306167813
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 8);
    expect(normalQuantile(0.95)).toBeCloseTo(1.644853626951472, 8);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232306167813, 7);
    expect(normalQuantile(0.5)).toBe(0);
  });

  it("indicator(dataset, {waves}) rejects an unknown wave and impossible options", () => {
    const dataset = makeDataset(ringActors, { "1": ringTies });
    expect(() => indicator(dataset, { waves: ["7"] })).toThrow(UnknownWaveError);
    expect(() => indicator(dataset, { level: 1.5 })).toThrow(IndicatorOptionError);
    expect(() => indicator(dataset, { replicates: -1 })).toThrow(IndicatorOptionError);
  });

  it("every component lies in [0, 1] and the value is the mean of those that apply", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 14 }),
        fc.array(fc.tuple(fc.nat(13), fc.nat(13))),
        fc.array(fc.constantFrom("N", "S", "O", undefined), { minLength: 14, maxLength: 14 }),
        (n, pairs, districts) => {
          const actors = Array.from({ length: n }, (_, i) =>
            districts[i] ? { id: `x${i}`, district: districts[i] } : { id: `x${i}` },
          );
          const ties = pairs
            .filter(([i, j]) => i < n && j < n && i !== j)
            .map(([i, j]): [string, string] => [`x${i}`, `x${j}`]);
          const result = waveIndicator(makeGraph(actors, ties), undefined);
          const values = COMPONENT_NAMES.map((c) => result.components[c]).filter((v) => v !== null);
          for (const v of values) expect(v).toBeGreaterThanOrEqual(0);
          for (const v of values) expect(v).toBeLessThanOrEqual(1);
          expect(result.value).toBeCloseTo(values.reduce((s, v) => s + v, 0) / values.length, 12);
        },
      ),
      { numRuns: 150 },
    );
  });
});
