/**
 * generateNetwork: determinism, sizes, homophily, heavy tails, waves, and validity through core's loader.
 * Thresholds are derived from the options (e.g. within-district share ≈ withinDistrict), not copied from
 * output.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  type GeneratedNetwork,
  GenerateOptionError,
  generatedCsvTables,
  generateNetwork,
} from "@vernetzt/core/generate";
import type { Tie } from "@vernetzt/core/model";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { loadFolder } from "../../data/load-folder.js";

/** All CSV text of a network, file by file. */
const csvText = (network: GeneratedNetwork): string[] =>
  generatedCsvTables(network).map((t) => `${t.file}\n${[...t.lines()].join("\n")}`);

/** The ties of every wave, from one pass over the stream. */
function tiesByWave(network: GeneratedNetwork): Map<string, Tie[]> {
  const byWave = new Map<string, Tie[]>(network.waves.map((w) => [w, []]));
  for (const t of network.ties()) byWave.get(t.wave)!.push(t);
  return byWave;
}
const tiesOfWave = (network: GeneratedNetwork, wave: string): Tie[] => tiesByWave(network).get(wave)!;

function degrees(ties: readonly Tie[]): Map<string, number> {
  const degree = new Map<string, number>();
  for (const t of ties) {
    degree.set(t.source, (degree.get(t.source) ?? 0) + 1);
    degree.set(t.target, (degree.get(t.target) ?? 0) + 1);
  }
  return degree;
}

describe("generateNetwork", () => {
  it("gives byte-identical rows for the same seed and options", () => {
    const options = { actors: 800, seed: 42, waves: 3 };
    expect(csvText(generateNetwork(options))).toEqual(csvText(generateNetwork(options)));
  });

  it("gives different rows for a different seed", () => {
    const a = csvText(generateNetwork({ actors: 300, seed: 1 }));
    const b = csvText(generateNetwork({ actors: 300, seed: 2 }));
    expect(a[2]).not.toEqual(b[2]); // ties.csv
  });

  it("each stream can be restarted and yields the same rows again", () => {
    const network = generateNetwork({ actors: 200, seed: 5 });
    expect([...network.ties()]).toEqual([...network.ties()]);
    expect([...network.attendance()]).toEqual([...network.attendance()]);
  });

  it("has exactly the requested numbers of actors, districts and waves, with unique ids", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer(),
        (actors, k, waves, seed) => {
          const districts = Math.min(k, actors);
          const network = generateNetwork({ actors, districts, waves, seed });
          const rows = [...network.actors()];
          expect(rows).toHaveLength(actors);
          expect(new Set(rows.map((a) => a.id)).size).toBe(actors);
          const districtRows = [...network.districts()];
          expect(districtRows).toHaveLength(districts);
          // every district has at least one actor
          expect(new Set(rows.map((a) => a.district)).size).toBe(districts);
          expect(new Set([...network.ties()].map((t) => t.wave))).toSatisfy((s: Set<string>) =>
            [...s].every((w) => network.waves.includes(w)),
          );
        },
      ),
      { numRuns: 40 },
    );
  });

  it("never writes self-loops, duplicate ties in a wave, or ties to unknown actors", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 300 }), fc.integer(), (actors, seed) => {
        const network = generateNetwork({ actors, seed, waves: 2 });
        const ids = new Set([...network.actors()].map((a) => a.id));
        const seen = new Set<string>();
        for (const t of network.ties()) {
          expect(t.source).not.toBe(t.target);
          expect(ids.has(t.source) && ids.has(t.target)).toBe(true);
          const key = `${t.wave}|${[t.source, t.target].sort().join("|")}`;
          expect(seen.has(key)).toBe(false);
          seen.add(key);
        }
      }),
      { numRuns: 40 },
    );
  });

  it("has a mean degree near meanDegree (within the losses of unobserved and repeated ties)", () => {
    const meanDegree = 8;
    const network = generateNetwork({ actors: 20_000, meanDegree, seed: 9, responseRate: 1 });
    for (const ties of tiesByWave(network).values()) {
      const mean = (2 * ties.length) / 20_000;
      expect(mean).toBeGreaterThan(meanDegree * 0.85);
      expect(mean).toBeLessThan(meanDegree * 1.15);
    }
  });

  it("is district-homophilous: the share of ties inside a district is at least withinDistrict − 0.05", () => {
    for (const withinDistrict of [0.5, 0.8, 0.95]) {
      const network = generateNetwork({ actors: 20_000, withinDistrict, seed: 11, waves: 1 });
      const district = new Map([...network.actors()].map((a) => [a.id, a.district]));
      const ties = tiesOfWave(network, "1");
      const inside =
        ties.filter((t) => district.get(t.source) === district.get(t.target)).length / ties.length;
      // drawn with probability withinDistrict; membership ties (always inside) add a little
      expect(inside).toBeGreaterThan(withinDistrict - 0.05);
      expect(inside).toBeLessThan(withinDistrict + 0.1);
    }
  });

  it("is sector-homophilous: more same-sector ties than with random partners", () => {
    const withinSector = 0.5;
    const network = generateNetwork({ actors: 20_000, withinSector, seed: 12, waves: 1 });
    const actors = [...network.actors()];
    const sector = new Map(actors.map((a) => [a.id, a.sector]));
    const ties = tiesOfWave(network, "1").filter((t) => t.type !== "Mitgliedschaft");
    const same = ties.filter((t) => sector.get(t.source) === sector.get(t.target)).length / ties.length;
    // random pairing would give Σ share² (< 0.15 here); the model gives ≥ withinSector
    const shares = new Map<string, number>();
    for (const a of actors) shares.set(a.sector!, (shares.get(a.sector!) ?? 0) + 1 / actors.length);
    const random = [...shares.values()].reduce((s, p) => s + p * p, 0);
    expect(random).toBeLessThan(0.15);
    expect(same).toBeGreaterThan(withinSector);
  });

  it("has a heavy-tailed degree distribution: the biggest hub has many times the mean degree", () => {
    const network = generateNetwork({ actors: 20_000, seed: 13, waves: 1 });
    const degree = [...degrees(tiesOfWave(network, "1")).values()].sort((a, b) => b - a);
    const mean = degree.reduce((s, d) => s + d, 0) / 20_000;
    expect(degree[0]!).toBeGreaterThan(15 * mean);
    // and a heavier tail with a smaller exponent
    const heavier = generateNetwork({ actors: 20_000, seed: 13, waves: 1, degreeExponent: 2.1 });
    const heavierMax = Math.max(...degrees(tiesOfWave(heavier, "1")).values());
    expect(heavierMax).toBeGreaterThan(degree[0]!);
  });

  it("keeps most ties from one wave to the next, drops some and adds new ones", () => {
    const tieSurvival = 0.85;
    const network = generateNetwork({ actors: 10_000, tieSurvival, seed: 14, waves: 3, responseRate: 1 });
    const key = (t: Tie) => [t.source, t.target].sort().join("|");
    const waves = [...tiesByWave(network).values()].map((ties) => new Set(ties.map(key)));
    for (let w = 1; w < waves.length; w++) {
      const kept = [...waves[w - 1]!].filter((k) => waves[w]!.has(k)).length / waves[w - 1]!.size;
      expect(kept).toBeGreaterThan(tieSurvival - 0.08);
      expect(kept).toBeLessThan(Math.min(1, tieSurvival + 0.08));
      const added = [...waves[w]!].filter((k) => !waves[w - 1]!.has(k)).length;
      expect(added / waves[w]!.size).toBeGreaterThan(0.05);
    }
  });

  it("answers at about responseRate and observes a tie only when one of its actors answered", () => {
    const network = generateNetwork({ actors: 5000, responseRate: 0.75, seed: 15, waves: 2 });
    const answered = new Map<string, Set<string>>();
    for (const r of network.respondents()) {
      if (!answered.has(r.wave)) answered.set(r.wave, new Set());
      answered.get(r.wave)!.add(r.actor);
    }
    for (const [wave, ties] of tiesByWave(network)) {
      expect(answered.get(wave)!.size / 5000).toBeCloseTo(0.75, 1);
      const unobserved = ties.filter(
        (t) =>
          t.type !== "Mitgliedschaft" &&
          !answered.get(wave)!.has(t.source) &&
          !answered.get(wave)!.has(t.target),
      );
      expect(unobserved).toEqual([]);
    }
  });

  it("gives every person an organisation of the same district and a membership tie in every wave", () => {
    const network = generateNetwork({ actors: 3000, seed: 16, waves: 2 });
    const actors = new Map([...network.actors()].map((a) => [a.id, a]));
    const persons = [...actors.values()].filter((a) => a.kind === "person");
    expect(persons.length / actors.size).toBeCloseTo(0.15, 1);
    const memberships = new Set(
      [...network.ties()]
        .filter((t) => t.type === "Mitgliedschaft")
        .map((t) => `${t.wave}|${t.source}|${t.target}`),
    );
    for (const person of persons) {
      const organisation = actors.get(person.memberOf!)!;
      expect(organisation.kind).toBe("organisation");
      expect(organisation.district).toBe(person.district);
      for (const wave of network.waves)
        expect(memberships.has(`${wave}|${person.id}|${organisation.id}`)).toBe(true);
    }
    expect(persons.some((p) => p.consent === false)).toBe(true);
  });

  it("hosts meetings in rotation and lets only the district's actors attend", () => {
    const network = generateNetwork({ actors: 2000, seed: 17, meetingsPerWave: 4, meetingSize: 10 });
    const actors = new Map([...network.actors()].map((a) => [a.id, a]));
    const events = [...network.events()];
    expect(events).toHaveLength(network.options.districts * 4 * 3);
    const firstWave = events.filter((e) => e.wave === "1" && e.district === events[0]!.district);
    expect(new Set(firstWave.map((e) => e.host)).size).toBeGreaterThan(1);
    const byId = new Map(events.map((e) => [e.id, e]));
    const attendance = [...network.attendance()];
    for (const a of attendance) expect(actors.get(a.actor)!.district).toBe(byId.get(a.event)!.district);
    for (const e of events) {
      const present = attendance.filter((a) => a.event === e.id).map((a) => a.actor);
      expect(present).toContain(e.host);
      expect(present.length).toBeLessThanOrEqual(10);
    }
  });

  it("rejects bad options with a GenerateOptionError naming the option", () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ actors: 0 }, "actors"],
      [{ actors: 2.5 }, "actors"],
      [{ actors: 10, districts: 11 }, "districts"],
      [{ waves: 0 }, "waves"],
      [{ withinDistrict: 1.5 }, "withinDistrict"],
      [{ degreeExponent: 2 }, "degreeExponent"],
      [{ responseRate: 0 }, "responseRate"],
      [{ startDate: "2024-13-45" }, "startDate"],
      [{ startDate: "2023-02-29" }, "startDate"],
    ];
    for (const [options, option] of cases) {
      let caught: unknown;
      try {
        generateNetwork(options);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(GenerateOptionError);
      expect((caught as GenerateOptionError).option).toBe(option);
    }
  });
});

describe("generateNetwork written as CSV", () => {
  const folder = mkdtempSync(join(tmpdir(), "vernetzt-generate-"));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("validates through core's loader with zero errors and zero warnings", async () => {
    const network = generateNetwork({ actors: 3000, seed: 21 });
    for (const table of generatedCsvTables(network)) {
      writeFileSync(join(folder, table.file), `${[...table.lines()].join("\n")}\n`);
    }
    const { dataset, report } = await loadFolder(folder);
    expect(report.issues).toEqual([]);
    expect(dataset.actors).toHaveLength(3000);
    expect(dataset.waves).toEqual(["1", "2", "3"]);
    expect(dataset.districts).toHaveLength(network.options.districts);
    expect(Object.keys(dataset.respondents ?? {})).toEqual(["1", "2", "3"]);
    expect(dataset.ties.length).toBe([...network.ties()].length);
    expect(readFileSync(join(folder, "actors.csv"), "utf8").split("\n")[0]).toBe(
      "id,name,kind,sector,district,topics,offers,needs,member_of,lat,lon,consent",
    );
  });
});
