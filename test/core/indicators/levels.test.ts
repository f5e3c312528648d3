/**
 * The indicator per level of goal 6.3.3: each level's components on the ties of that level and above, the
 * pairs each side named, the non-response of the wave, and the composite's own level (`minLevel`).
 * Figures are counted by hand on a six-actor path (fictional ids).
 */

import { indicator, nonResponse, reportedPairs } from "@vernetzt/core/indicators";
import { parseDataset } from "@vernetzt/core/io";
import { describe, expect, it } from "vitest";

// a–b (3 by a, 3 by b), b–c (2 by b only), c–d (1 by c, 3 by d), d–e (1 by d); e and f never answered
const ACTORS = "id,name,district\na,A,Nord\nb,B,Nord\nc,C,Nord\nd,D,Süd\ne,E,Süd\nf,F,Süd";
const TIES = [
  "source,target,Stufe,gemeldet von",
  "a,b,arbeiten zusammen,a",
  "b,a,3,b",
  "b,c,kennen uns,b",
  "c,d,wissen voneinander,c",
  "d,c,3,d",
  "d,e,1,d",
].join("\n");

async function survey(respondents = "actor\na\nb\nc\nd") {
  const { dataset } = await parseDataset([
    { name: "actors.csv", data: ACTORS },
    { name: "ties.csv", data: TIES },
    { name: "respondents.csv", data: respondents },
  ]);
  return dataset!;
}

describe("reportedPairs", () => {
  it("counts pairs named by one or both sides at each level", async () => {
    expect(reportedPairs(await survey(), "1")).toEqual({
      1: { reported: 4, confirmed: 2, oneSided: 2 },
      2: { reported: 3, confirmed: 1, oneSided: 2 },
      3: { reported: 2, confirmed: 1, oneSided: 1 },
    });
  });
});

describe("nonResponse", () => {
  it("counts the pairs with at least one and with two respondents", () => {
    expect(nonResponse(6, 4)).toEqual({
      actors: 6,
      respondents: 4,
      pairs: 15,
      pairsAnswered: 14,
      pairsBothAnswered: 6,
    });
    expect(nonResponse(3, 0).pairsAnswered).toBe(0);
  });
});

describe("indicator levels", () => {
  it("reports aware, know and cooperate with their ties, reach and reported pairs (rule max)", async () => {
    const [wave] = indicator(await survey(), { replicates: 0, minGroupSize: 1 }).waves;
    const levels = wave!.levels!;
    expect(Object.keys(levels)).toEqual(["aware", "know", "cooperate"]);
    // ≥1: path a–b–c–d–e; ≥2: a–b–c–d; 3: a–b, c–d
    expect([levels.aware.ties, levels.know.ties, levels.cooperate.ties]).toEqual([4, 3, 2]);
    // ordered pairs within two steps, of 6·5 = 30: path of 5 → 14, path of 4 → 10, two pairs → 4
    expect(levels.aware.components.reach2).toBeCloseTo(14 / 30, 12);
    expect(levels.know.components.reach2).toBeCloseTo(10 / 30, 12);
    expect(levels.cooperate.components.reach2).toBeCloseTo(4 / 30, 12);
    expect(levels.cooperate.components.isolated).toBeCloseTo(4 / 6, 12);
    expect(levels.know.pairs).toEqual({ reported: 3, confirmed: 1, oneSided: 2 });
    expect(levels.aware.byDistrict.Nord?.components.connected).toBe(1);
    expect(wave!.nonResponse).toEqual(nonResponse(6, 4));
    // the composite is the level-1 figure by default
    expect(wave!.value).toBe(levels.aware.value);
  });

  it("applies the rule: confirmed keeps a–b and c–d, min drops b–c (c answered, did not name b)", async () => {
    const confirmed = indicator(await survey(), { replicates: 0, rule: "confirmed" }).waves[0]!.levels!;
    expect([confirmed.aware.ties, confirmed.know.ties, confirmed.cooperate.ties]).toEqual([2, 1, 1]);
    const min = indicator(await survey(), { replicates: 0, rule: "min" }).waves[0]!.levels!;
    // a–b 3, c–d 1, d–e 1 (e did not answer: reconstructed from d); b–c gone
    expect([min.aware.ties, min.know.ties, min.cooperate.ties]).toEqual([3, 1, 1]);
  });

  it("computes the composite on minLevel and above when asked", async () => {
    const result = indicator(await survey(), { replicates: 0, minLevel: 3 });
    expect(result.minLevel).toBe(3);
    const wave = result.waves[0]!;
    expect(wave.value).toBe(wave.levels!.cooperate.value);
    expect(wave.components).toEqual(wave.levels!.cooperate.components);
  });

  it("gives each level a bootstrap interval over the respondents", async () => {
    const wave = indicator(await survey(), { replicates: 50, seed: 3 }).waves[0]!;
    for (const level of Object.values(wave.levels!)) {
      expect(level.interval).toHaveLength(2);
      expect(level.interval![0]).toBeLessThanOrEqual(level.value!);
      expect(level.interval![1]).toBeGreaterThanOrEqual(level.value!);
    }
  });

  it("says which ties got a level by default", async () => {
    const { dataset } = await parseDataset([
      { name: "actors.csv", data: ACTORS },
      { name: "ties.csv", data: "source,target,level\na,b,2\nb,c,\nc,d," },
    ]);
    const notes = indicator(dataset!, { replicates: 0, lang: "en" }).waves[0]!.notes;
    expect(notes).toContain("2 ties have no level and count as level 3 (working together).");
  });

  it("says that meetings count as level 2 only in a wave that has meetings", async () => {
    const { dataset } = await parseDataset([
      { name: "actors.csv", data: ACTORS },
      { name: "ties.csv", data: "source,target,level,wave\na,b,2,1\nc,d,3,2" },
      { name: "events.csv", data: "id,wave\nm1,1" },
      { name: "attendance.csv", data: "event,actor\nm1,e\nm1,f" },
    ]);
    const [first, second] = indicator(dataset!, { replicates: 0, lang: "en" }).waves;
    const note = "Attending the same meeting counts as level 2 (knowing each other).";
    expect(first!.notes).toContain(note);
    expect(second!.notes).not.toContain(note);
  });
});
