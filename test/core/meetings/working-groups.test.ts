/**
 * Working groups on a hand-made fixture (`test/fixtures/meetings`, counted by hand in its README): host
 * counts, regulars who never hosted, evenness, first-timers and returners, new ties; and what the view says
 * on data without meetings, districts or waves.
 */
import { join } from "node:path";
import { parseDataset } from "@vernetzt/core/io";
import {
  MeetingsOptionError,
  pielouEvenness,
  seriesTrend,
  type WorkingGroup,
  workingGroups,
} from "@vernetzt/core/meetings";
import type { Dataset } from "@vernetzt/core/model";
import { loadDataset } from "@vernetzt/core/node";
import { beforeAll, describe, expect, it } from "vitest";

const FIXTURE = join(import.meta.dirname, "../../fixtures/meetings");
let dataset: Dataset;
let groups: Map<string, WorkingGroup>;

beforeAll(async () => {
  const loaded = await loadDataset(FIXTURE, { lang: "en" });
  expect(loaded.report.issues).toEqual([]);
  dataset = loaded.dataset!;
  groups = new Map(workingGroups(dataset).groups.map((g) => [g.label, g]));
});

/** Pielou's J computed here from its definition (not through the code under test). */
const pielou = (counts: number[], categories: number) => {
  const total = counts.reduce((s, n) => s + n, 0);
  const h = -counts.reduce((s, n) => s + (n / total) * Math.log(n / total), 0);
  return h / Math.log(categories);
};

describe("workingGroups on the hand-made fixture", () => {
  it("groups meetings by the Arbeitskreis column, else by district, sorted by name", () => {
    expect([...groups.keys()]).toEqual(["AK Soziales Nord", "Runde Senioren", "Südviertel"]);
    expect(groups.get("AK Soziales Nord")!.basis).toBe("group");
    expect(groups.get("Südviertel")).toMatchObject({ basis: "district", group: "Süd", districts: ["Süd"] });
  });

  it("counts who hosted how often, most first", () => {
    const ak = groups.get("AK Soziales Nord")!;
    expect(ak.hosts).toEqual({ sb: 3, kg: 2, fz: 2 });
    expect(Object.keys(ak.hosts)).toEqual(["sb", "kg", "fz"]);
    expect(ak.hostedMeetings).toBe(7);
    expect(groups.get("Runde Senioren")!.hosts).toEqual({ fz: 4 });
  });

  it("lists the regulars who never hosted, a representative of a non-hosting club among them", () => {
    expect(groups.get("AK Soziales Nord")!.neverHosted).toEqual(["sv", "mv", "p2"]);
  });

  it("measures the evenness of hosting over hosts and regulars, and the city's share", () => {
    const ak = groups.get("AK Soziales Nord")!;
    expect(ak.potentialHosts).toBe(6);
    expect(ak.hostEvenness).toBeCloseTo(pielou([3, 2, 2], 6), 4);
    expect(ak.cityShare).toBeCloseTo(3 / 7, 4);
    const runde = groups.get("Runde Senioren")!;
    expect(runde.hostEvenness).toBe(0); // one host, one regular (p1) who never hosted
    expect(runde.cityShare).toBe(0);
  });

  it("finds first-timers, returners and who never came back", () => {
    const ak = groups.get("AK Soziales Nord")!;
    expect(ak.firstTimers).toEqual(["p1"]);
    expect(ak.neverReturned).toEqual(["p1"]);
    expect(ak.returning.sort()).toEqual(["fz", "kg", "mv", "p2", "sb", "sv"]);
    expect(ak.attendance.map((a) => [a.event, a.count, a.firstTime, a.returning])).toEqual([
      ["n1", 5, 5, 0],
      ["n2", 4, 0, 4],
      ["n3", 4, 1, 3],
      ["n4", 4, 0, 4],
      ["n5", 4, 1, 3],
      ["n6", 6, 0, 6],
      ["n7", 4, 0, 4],
    ]);
    // gs came to the last meeting of Süd: a first-timer, but not "never returned"
    const sued = groups.get("Südviertel")!;
    expect(sued.firstTimers).toEqual(["gs"]);
    expect(sued.neverReturned).toEqual([]);
  });

  it("shows a group with few meetings as starting and one that stopped as dormant", () => {
    expect(groups.get("Südviertel")!.status).toBe("starting");
    expect(groups.get("Runde Senioren")!.status).toBe("dormant");
    expect(groups.get("AK Soziales Nord")!.status).toBe("active");
  });

  it("counts meetings per year and mean attendance", () => {
    const ak = groups.get("AK Soziales Nord")!;
    expect(ak.meetingsPerYear).toEqual([
      { year: 2023, count: 3 },
      { year: 2024, count: 3 },
      { year: 2025, count: 1 },
    ]);
    expect(ak.meanAttendance).toBeCloseTo(31 / 7, 4);
    expect(ak.firstDate).toBe("2023-03-14");
    expect(ak.lastDate).toBe("2025-03-11");
  });

  it("describes the mix of kinds and sectors among distinct attendees", () => {
    const ak = groups.get("AK Soziales Nord")!;
    expect(ak.attendees).toBe(7);
    expect(ak.composition.byKind).toEqual({ organisation: 5, person: 2 });
    expect(ak.composition.bySector.Sportverein).toBe(2);
    expect(ak.composition.sectorEvenness).toBeCloseTo(pielou([1, 1, 1, 2, 1, 1], 6), 4);
  });

  it("finds the ties that formed between attendees after they met, and compares with the district", () => {
    const ak = groups.get("AK Soziales Nord")!;
    expect(ak.newTies.reason).toBeNull();
    expect(ak.newTies.pairs).toEqual([
      { a: "fz", b: "sv", met: "1", tied: "2" },
      { a: "sv", b: "mv", met: "2", tied: "3" },
    ]);
    // met while untied before the last wave: the 10 pairs of n1–n3 without sb–kg (tied), plus the new
    // pairs of wave 2 (p2 with sb, kg, sv, fz, mv; mv with sv)
    const wave1 = new Set<string>();
    const attendees = (event: string) =>
      dataset.attendance.filter((a) => a.event === event).map((a) => a.actor);
    for (const event of ["n1", "n2", "n3"]) {
      const present = attendees(event);
      for (const a of present) for (const b of present) if (a < b) wave1.add(`${a}|${b}`);
    }
    wave1.delete("kg|sb");
    expect(ak.newTies.pairsMet).toBe(wave1.size + 6);
    expect(ak.newTies.formed).toBe(2);
    // Nord has 7 actors (21 pairs); 19 of them met at the group, p1–mv and p1–p2 never sat together
    expect(ak.newTies.baseline).toEqual({ pairs: 2, formed: 0, share: 0 });
  });
});

describe("workingGroups on thin data says what is missing", () => {
  const base = [
    { name: "actors.csv", data: "id,name\na,Alpha\nb,Beta\nc,Gamma" },
    { name: "ties.csv", data: "source,target\na,b" },
  ];

  it("without meetings: no group, and 'meetings' missing", async () => {
    const { dataset } = await parseDataset(base);
    expect(workingGroups(dataset!)).toEqual({ groups: [], missing: ["meetings"] });
  });

  it("attendance only (no events file, no districts, one wave): one group of every meeting", async () => {
    const { dataset } = await parseDataset([
      ...base,
      { name: "attendance.csv", data: "event,actor\nm1,a\nm1,b\nm2,a\nm2,c" },
    ]);
    const result = workingGroups(dataset!);
    expect(result.missing).toEqual(["dates", "hosts", "groups", "districts", "waves", "sectors"]);
    expect(result.groups).toHaveLength(1);
    const [group] = result.groups;
    expect(group).toMatchObject({
      group: "",
      basis: "none",
      meetings: 2,
      status: "starting",
      hostEvenness: null,
    });
    expect(group!.firstTimers).toEqual(["b", "c"]);
    expect(group!.neverReturned).toEqual(["b"]);
    expect(group!.newTies.reason).toBe("one-wave");
  });

  it("rejects options it cannot use", () => {
    expect(() => workingGroups(dataset, { regularFrom: 0 })).toThrow(MeetingsOptionError);
  });
});

describe("the measures behind the view", () => {
  it("pielouEvenness is 1 for equal shares, 0 for one holder, and counts empty categories", () => {
    expect(pielouEvenness([3, 3, 3])).toBe(1);
    expect(pielouEvenness([9], 3)).toBe(0);
    expect(pielouEvenness([1, 1], 4)).toBeCloseTo(0.5, 4);
    expect(pielouEvenness([], 0)).toBeNull();
  });
  it("seriesTrend gives the least-squares slope and names the direction", () => {
    expect(seriesTrend([10, 8, 6, 4])).toEqual({ slope: -2, relativeChange: -0.8571, direction: "falling" });
    expect(seriesTrend([4, 4, 4])?.direction).toBe("steady");
    expect(seriesTrend([0, 0, 0])).toBeNull();
  });
});
