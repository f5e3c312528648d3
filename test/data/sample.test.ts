import { readFileSync } from "node:fs";
import { join } from "node:path";
import { workingGroups } from "@vernetzt/core/meetings";
import type { Dataset } from "@vernetzt/core/model";
import { transferProjects } from "@vernetzt/core/projects";
import { beforeAll, describe, expect, it } from "vitest";
import {
  districtById,
  graphEdges,
  loadFolder,
  reachable,
  regeneratesByteForByte,
  tiesOf,
} from "./load-folder.js";

const FOLDER = join(import.meta.dirname, "../../data/sample");
let dataset: Dataset;
let issues: Awaited<ReturnType<typeof loadFolder>>["report"]["issues"];

beforeAll(async () => {
  const loaded = await loadFolder(FOLDER);
  dataset = loaded.dataset;
  issues = loaded.report.issues;
});

const districtId = (name: string): string => dataset.districts.find((d) => d.name === name)!.id;
const actorId = (name: string): string => dataset.actors.find((a) => a.name === name)!.id;

/** Ties of a wave whose two actors lie in different districts. */
function crossDistrictTies(wave: string) {
  const district = districtById(dataset);
  return tiesOf(dataset, wave).filter((t) => district.get(t.source) !== district.get(t.target));
}

/** Ties of a wave that touch district `d` and leave it. */
const crossTiesOf = (wave: string, d: string) => {
  const district = districtById(dataset);
  return crossDistrictTies(wave).filter((t) => district.get(t.source) === d || district.get(t.target) === d);
};

describe("data/sample (Weidenbrunn)", () => {
  it("loads through the core loader with zero errors and zero warnings", () => {
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(issues).toEqual([]);
  });

  it("is a mid-sized city: 12 districts, about 100,000 inhabitants, 150–300 actors of every sector", () => {
    expect(dataset.districts).toHaveLength(12);
    const population = dataset.districts.reduce((s, d) => s + (d.population ?? 0), 0);
    expect(population).toBeGreaterThan(90_000);
    expect(population).toBeLessThan(110_000);
    expect(dataset.actors.length).toBeGreaterThanOrEqual(150);
    expect(dataset.actors.length).toBeLessThanOrEqual(300);
    const sectors = new Set(dataset.actors.map((a) => a.sector));
    for (const sector of [
      "Stadtverwaltung",
      "Wohlfahrtsverband",
      "Kirchengemeinde",
      "Sportverein",
      "Kulturverein",
    ]) {
      expect(sectors).toContain(sector);
    }
    for (const sector of ["Migrantenselbstorganisation", "Initiative", "Jugendarbeit", "Schule", "Kita"]) {
      expect(sectors).toContain(sector);
    }
    expect(dataset.actors.every((a) => a.district !== undefined)).toBe(true);
    expect(new Set(dataset.actors.map((a) => a.kind))).toEqual(new Set(["organisation", "person", "group"]));
  });

  it("has persons who represent an organisation, some of whom did not consent to be named", () => {
    const persons = dataset.actors.filter((a) => a.kind === "person");
    expect(persons.length).toBeGreaterThanOrEqual(10);
    const ids = new Set(dataset.actors.map((a) => a.id));
    expect(persons.every((p) => p.memberOf !== undefined && ids.has(p.memberOf))).toBe(true);
    expect(persons.some((p) => p.consent === false)).toBe(true);
    expect(persons.some((p) => p.consent === true)).toBe(true);
  });

  it("has three waves with a response rate between 70 % and 90 % each", () => {
    expect(dataset.waves).toEqual(["1", "2", "3"]);
    for (const wave of dataset.waves) {
      const rate = (dataset.respondents?.[wave]?.length ?? 0) / dataset.actors.length;
      expect(rate).toBeGreaterThanOrEqual(0.7);
      expect(rate).toBeLessThanOrEqual(0.9);
    }
  });

  it("records a tie only when at least one of its actors answered (memberships aside)", () => {
    for (const wave of dataset.waves) {
      const answered = new Set(dataset.respondents![wave]);
      const unobserved = tiesOf(dataset, wave).filter(
        (t) => t.type !== "Mitgliedschaft" && !answered.has(t.source) && !answered.has(t.target),
      );
      expect(unobserved).toEqual([]);
    }
  });

  it("Talhausen stays isolated: no tie to another district in any wave, but ties inside", () => {
    const talhausen = districtId("Talhausen");
    const district = districtById(dataset);
    for (const wave of dataset.waves) {
      expect(crossTiesOf(wave, talhausen)).toEqual([]);
      const leaving = graphEdges(dataset, wave).filter(
        (e) => (district.get(e.source) === talhausen) !== (district.get(e.target) === talhausen),
      );
      expect(leaving).toEqual([]);
      const inside = tiesOf(dataset, wave).filter((t) => district.get(t.source) === talhausen);
      expect(inside.length).toBeGreaterThan(5);
    }
    // …and it is the only district without any outside tie.
    const isolated = dataset.districts.filter((d) =>
      dataset.waves.every((w) => crossTiesOf(w, d.id).length === 0),
    );
    expect(isolated.map((d) => d.name)).toEqual(["Talhausen"]);
  });

  it("the city-wide network meeting of wave 2 brings districts together: cross-district ties rise", () => {
    const meeting = dataset.events.find((e) => e.attributes.Titel?.startsWith("Netzwerktreffen"));
    expect(meeting).toBeDefined();
    const attendees = new Set(dataset.attendance.filter((a) => a.event === meeting!.id).map((a) => a.actor));
    const district = districtById(dataset);
    expect(new Set([...attendees].map((a) => district.get(a))).size).toBeGreaterThanOrEqual(8);
    const before = crossDistrictTies("1").length;
    const after = crossDistrictTies("2").length;
    expect(after).toBeGreaterThan(before * 1.3);
    // the new cross-district ties of wave 2 are mostly between people who met there
    const key = (s: string, t: string) => [s, t].sort().join("|");
    const wave1 = new Set(crossDistrictTies("1").map((t) => key(t.source, t.target)));
    const fresh = crossDistrictTies("2").filter((t) => !wave1.has(key(t.source, t.target)));
    const met = fresh.filter((t) => attendees.has(t.source) && attendees.has(t.target));
    expect(met.length / fresh.length).toBeGreaterThan(0.5);
  });

  it("Eichenried's working group grows: more attend its meetings and it has more ties inside, wave by wave", () => {
    const eichenried = districtId("Eichenried");
    const district = districtById(dataset);
    const meanAttendance = dataset.waves.map((wave) => {
      const meetings = dataset.events.filter(
        (e) => e.district === eichenried && e.wave === wave && e.attributes.Titel?.startsWith("Arbeitskreis"),
      );
      const attendance = dataset.attendance.filter((a) => meetings.some((m) => m.id === a.event)).length;
      return attendance / meetings.length;
    });
    const inside = dataset.waves.map(
      (wave) =>
        tiesOf(dataset, wave).filter(
          (t) => district.get(t.source) === eichenried && district.get(t.target) === eichenried,
        ).length,
    );
    for (let w = 1; w < dataset.waves.length; w++) {
      expect(meanAttendance[w]!).toBeGreaterThan(meanAttendance[w - 1]!);
      expect(inside[w]!).toBeGreaterThan(inside[w - 1]!);
    }
    expect(meanAttendance[2]! / meanAttendance[0]!).toBeGreaterThan(2);
  });

  it("a key person leaves before wave 3 and Lerchenberg's bridge to the city breaks", () => {
    const ingrid = actorId("Ingrid Vogel");
    const lerchenberg = districtId("Lerchenberg");
    const hub = actorId("Fachbereich Soziales und Integration");
    const lerchenbergActors = dataset.actors
      .filter((a) => a.district === lerchenberg && a.id !== ingrid)
      .map((a) => a.id);
    for (const wave of ["1", "2"]) {
      const ties = tiesOf(dataset, wave);
      // connected to the city hall through her…
      const withHer = reachable(ties, hub);
      expect(lerchenbergActors.filter((a) => withHer.has(a)).length).toBeGreaterThan(3);
      // …and only through her: every tie leaving Lerchenberg is hers
      expect(crossTiesOf(wave, lerchenberg).every((t) => t.source === ingrid || t.target === ingrid)).toBe(
        true,
      );
      const withoutHer = reachable(
        ties.filter((t) => t.source !== ingrid && t.target !== ingrid),
        hub,
      );
      expect(lerchenbergActors.filter((a) => withoutHer.has(a))).toEqual([]);
    }
    // the same holds in the analysis graph (ties plus co-attendance at meetings)
    for (const wave of dataset.waves) {
      const edges = graphEdges(dataset, wave);
      const withoutHer = reachable(
        edges.filter((e) => e.source !== ingrid && e.target !== ingrid),
        hub,
      );
      expect(lerchenbergActors.filter((a) => withoutHer.has(a))).toEqual([]);
      const reach = reachable(edges, hub);
      expect(lerchenbergActors.some((a) => reach.has(a))).toBe(wave !== "3");
    }
    const wave3 = tiesOf(dataset, "3");
    expect(wave3.filter((t) => t.source === ingrid || t.target === ingrid)).toEqual([]);
    expect(dataset.respondents!["3"]).not.toContain(ingrid);
    expect(crossTiesOf("3", lerchenberg)).toEqual([]);
    const reach = reachable(wave3, hub);
    expect(lerchenbergActors.filter((a) => reach.has(a))).toEqual([]);
  });

  it("Nordstadt and Mühlbach share their main topics but never have a tie between them", () => {
    const [north, mill] = [districtId("Nordstadt"), districtId("Mühlbach")];
    const district = districtById(dataset);
    const topTopics = (d: string) => {
      const counts = new Map<string, number>();
      for (const a of dataset.actors.filter((x) => x.district === d)) {
        for (const t of a.topics) counts.set(t, (counts.get(t) ?? 0) + 1);
      }
      return [...counts]
        .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
        .slice(0, 2)
        .map(([t]) => t);
    };
    expect(new Set(topTopics(north))).toEqual(new Set(topTopics(mill)));
    for (const wave of dataset.waves) {
      const between = (t: { source: string; target: string }) => {
        const pair = new Set([district.get(t.source), district.get(t.target)]);
        return pair.has(north) && pair.has(mill);
      };
      expect(tiesOf(dataset, wave).filter(between)).toEqual([]);
      expect(graphEdges(dataset, wave).filter(between)).toEqual([]);
      // it is a gap, not isolation: both have more ties to other districts than the median district
      const outside = dataset.districts.map((d) => crossTiesOf(wave, d.id).length).sort((a, b) => a - b);
      const median = outside[Math.floor(outside.length / 2)]!;
      expect(crossTiesOf(wave, north).length).toBeGreaterThan(median);
      expect(crossTiesOf(wave, mill).length).toBeGreaterThan(median);
    }
  });

  it("plants at least four offer/need complements between actors who never have a tie", () => {
    const offeredBy = new Map<string, string[]>();
    const soughtBy = new Map<string, string[]>();
    for (const a of dataset.actors) {
      for (const item of a.offers) offeredBy.set(item, [...(offeredBy.get(item) ?? []), a.id]);
      for (const item of a.needs) soughtBy.set(item, [...(soughtBy.get(item) ?? []), a.id]);
    }
    const edges = [...dataset.ties, ...dataset.waves.flatMap((w) => graphEdges(dataset, w))];
    const tied = new Set(edges.flatMap((t) => [`${t.source}|${t.target}`, `${t.target}|${t.source}`]));
    const complements = [...offeredBy]
      .filter(([item, offerers]) => offerers.length === 1 && soughtBy.get(item)?.length === 1)
      .map(([item, [offerer]]) => ({ item, offerer: offerer!, seeker: soughtBy.get(item)![0]! }))
      .filter((c) => c.offerer !== c.seeker && !tied.has(`${c.offerer}|${c.seeker}`));
    expect(complements.length).toBeGreaterThanOrEqual(4);
    // both sides are part of the network (a recommender has something to start from)
    for (const c of complements) {
      for (const id of [c.offerer, c.seeker]) {
        expect(dataset.ties.some((t) => t.source === id || t.target === id)).toBe(true);
      }
    }
  });

  it("Rosenbühl-Sonnenhalde's meetings rotate: every meeting of a wave has a different host", () => {
    const rs = districtId("Rosenbühl-Sonnenhalde");
    for (const wave of dataset.waves) {
      const hosts = dataset.events.filter((e) => e.district === rs && e.wave === wave).map((e) => e.host);
      expect(hosts.length).toBeGreaterThanOrEqual(3);
      expect(new Set(hosts).size).toBe(hosts.length);
    }
  });

  it("every meeting names its working group, and working groups meet within their district", () => {
    const district = districtById(dataset);
    expect(dataset.events.every((e) => e.group !== undefined)).toBe(true);
    for (const event of dataset.events.filter(
      (e) => e.group !== "Netzwerktreffen Integration und Teilhabe",
    )) {
      const present = dataset.attendance
        .filter((a) => a.event === event.id)
        .map((a) => district.get(a.actor));
      expect(new Set(present), event.id).toEqual(new Set([event.district]));
    }
  });

  it("Runde Jugend Weststadt: hosts rotate, guests come once, and ties form between people who met there", () => {
    const group = workingGroups(dataset).groups.find((g) => g.group === "Runde Jugend Weststadt")!;
    expect(group.meetings).toBe(6);
    expect(Object.values(group.hosts).every((n) => n === 1)).toBe(true);
    expect(group.neverReturned.length).toBeGreaterThanOrEqual(2);
    const { share, baseline } = group.newTies;
    expect(share!).toBeGreaterThan(3 * baseline!.share!);
  });

  it("Runde Senioren Oststadt is just starting: two meetings in the latest year", () => {
    const group = workingGroups(dataset).groups.find((g) => g.group === "Runde Senioren Oststadt")!;
    expect(group.status).toBe("starting");
    expect(group.meetingsPerYear).toEqual([{ year: 2025, count: 2 }]);
  });

  it("five transfer projects spread between districts; Talhausen took one up without any tie to the city", () => {
    const result = transferProjects(dataset);
    expect(result.missing).toEqual([]);
    expect(result.projects).toHaveLength(5);
    const adoptions = result.projects.flatMap((p) => p.adoptions);
    expect(adoptions.find((a) => a.district === districtId("Talhausen"))!.connection).toBe("none");
    expect(adoptions.filter((a) => a.connection !== "none").length).toBeGreaterThanOrEqual(4);
    const sprachcafe = result.projects.find((p) => p.project === "Sprachcafé")!;
    expect(sprachcafe.candidates[0]!.district).toBe(districtId("Nordstadt"));
  });

  it("is marked fictional in its README", () => {
    const readme = readFileSync(join(FOLDER, "README.md"), "utf8");
    expect(readme).toMatch(/fiktiv/i);
    expect(readme).toMatch(/fictional/i);
  });
});

regeneratesByteForByte("data/scripts/make-sample.ts", FOLDER);
