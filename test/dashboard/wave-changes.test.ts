/**
 * The Überblick's "what changed since the last wave" (`waveChanges` in `dashboard/loaders/overview-data.ts`,
 * sentences in `dashboard/browser/wave-changes-reading.ts`): a hand-made five-actor city whose changes are
 * counted by hand below, the mini fixture against core's `compareWaves`, and the one-wave minimal fixture.
 */
import { join } from "node:path";
import { type Actor, compareWaves, type Dataset, pseudonymize, type Tie } from "@vernetzt/core";
import { loadDataset } from "@vernetzt/core/node";
import { describe, expect, it } from "vitest";
import { waveChangesAbsence, waveChangesReading } from "../../dashboard/browser/wave-changes-reading.js";
import { overviewData, waveChanges } from "../../dashboard/loaders/overview-data.js";

const root = join(import.meta.dirname, "../..");

const actor = (id: string, district: string): Actor => ({
  id,
  name: id.toUpperCase(),
  district,
  topics: [],
  offers: [],
  needs: [],
  attributes: {},
});
const tie = (source: string, target: string, wave: string): Tie => ({
  source,
  target,
  wave,
  weight: 1,
  directed: false,
  attributes: {},
});

/**
 * Tieless actors added to every district below `size` actors, so that its figures are not withheld by
 * small-group suppression (k = 5, `minGroupSize` of `compareWaves`); they change no tie count.
 */
function padded(dataset: Dataset, size = 5): Dataset {
  const count = new Map<string, number>();
  for (const a of dataset.actors) if (a.district) count.set(a.district, (count.get(a.district) ?? 0) + 1);
  const extra = [...count].flatMap(([district, n]) =>
    Array.from({ length: Math.max(0, size - n) }, (_, i) => actor(`pad-${district}-${i}`, district)),
  );
  return { ...dataset, actors: [...dataset.actors, ...extra] };
}

/**
 * Wave 1: a–b (N–N), b–c (N–S). Wave 2: a–b, a–d (N–S), c–d (S–S), e–a (M–N).
 * New actors: d, e (no tie in wave 1). New ties a–d, c–d, a–e (two cross districts); lost b–c (cross).
 * Cross-district ties per district: N 1 → 2, S 1 → 1, M 0 → 1.
 */
const smallCity: Dataset = {
  name: "test",
  actors: [actor("a", "N"), actor("b", "N"), actor("c", "S"), actor("d", "S"), actor("e", "M")],
  ties: [
    tie("a", "b", "1"),
    tie("b", "c", "1"),
    tie("a", "b", "2"),
    tie("a", "d", "2"),
    tie("c", "d", "2"),
    tie("e", "a", "2"),
  ],
  districts: [
    { id: "N", name: "Nordstadt", attributes: {} },
    { id: "S", name: "Südhang", attributes: {} },
    { id: "M", name: "Mitte", attributes: {} },
  ],
  events: [],
  attendance: [],
  waves: ["1", "2"],
  directed: false,
};

/** The same city with every district padded to five actors. */
const city = padded(smallCity);

describe("waveChanges(dataset)", () => {
  it("counts new and lost actors and ties, cross-district ties and the districts that gained links", () => {
    expect(waveChanges(city)).toEqual({
      from: "1",
      to: "2",
      actors: { new: 2, lost: 0, newNames: ["D", "E"], lostNames: [] },
      ties: { before: 2, after: 4, new: 3, lost: 1, newFromMeetings: 0, lostFromMeetings: 0 },
      crossDistrictTies: { new: 2, lost: 1, newFromMeetings: 0, lostFromMeetings: 0 },
      districts: {
        gained: [
          { district: "Mitte", from: 0, to: 1 },
          { district: "Nordstadt", from: 1, to: 2 },
        ],
        lost: [],
      },
    });
  });

  it("names no district with fewer than 5 actors, persons among them (small-group suppression), but still counts the ties", () => {
    const residents = { ...smallCity, actors: smallCity.actors.map((a) => ({ ...a, kind: "person" })) };
    const changes = waveChanges(residents)!;
    expect(changes.districts).toEqual({ gained: [], lost: [] });
    expect(changes.ties).toMatchObject({ new: 3, lost: 1 });
    expect(waveChangesReading(overviewData(residents)).some((s) => s.includes("Nordstadt"))).toBe(false);
    // the same small districts of organisations are named
    expect(waveChanges(smallCity)!.districts.gained.map((d) => d.district)).toEqual(["Mitte", "Nordstadt"]);
  });

  it("has no cross-district figures for a dataset without districts", () => {
    const plain = { ...city, actors: city.actors.map(({ district: _d, ...a }) => a), districts: [] };
    const changes = waveChanges(plain)!;
    expect(changes.crossDistrictTies).toBeNull();
    expect(changes.ties).toMatchObject({ new: 3, lost: 1 });
  });

  it("agrees with core's compareWaves on the mini fixture's last two waves", async () => {
    const mini = pseudonymize(
      (await loadDataset(join(root, "dashboard/fixtures/mini"), { lang: "de" })).dataset!,
    );
    const changes = overviewData(mini).changes!;
    const [from, to] = mini.waves.slice(-2) as [string, string];
    const core = compareWaves(mini, from, to);
    expect(changes).toMatchObject({ from, to });
    expect(changes.actors.new).toBe(core.actors.new.length);
    expect(changes.actors.lost).toBe(core.actors.lost.length);
    expect(changes.ties).toMatchObject({ new: core.ties.new.length, lost: core.ties.lost.length });
    expect(changes.ties.after).toBe(changes.ties.before + changes.ties.new - changes.ties.lost);
    expect(changes.districts.gained.map((d) => d.district)).toEqual(core.districts.gained);
    expect(changes.districts.lost.map((d) => d.district)).toEqual(core.districts.lost);
    expect(changes.ties.new).toBeGreaterThan(0);
  });

  it("is null for a dataset with one wave, and the page says why", async () => {
    const minimal = (await loadDataset(join(root, "test/fixtures/minimal"), { lang: "de" })).dataset!;
    const overview = overviewData(minimal);
    expect(overview.changes).toBeNull();
    expect(waveChangesReading(overview)).toEqual([]);
    expect(waveChangesAbsence(overview)).toMatch(/nur eine Befragungswelle/);
  });
});

describe("waveChangesReading(overview)", () => {
  it("names the new actors and writes German counts with singular and plural", () => {
    const sentences = waveChangesReading(overviewData(city));
    expect(sentences).toContain("Neu dabei: 2 Akteure – „D“ und „E“.");
    expect(sentences).toContain(
      "3 Verbindungen sind neu entstanden, 1 Verbindung ist weggefallen: 2 + 3 − 1 = 4 Verbindungen in Welle 2.",
    );
    expect(sentences).toContain(
      "Mehr Verbindungen in andere Stadtteile haben jetzt: Mitte (0 → 1), Nordstadt (1 → 2).",
    );
    expect(waveChangesAbsence(overviewData(city))).toBeNull();
  });

  it("counts the actors beyond the listed names as 'weitere' in de-DE numbers", () => {
    const many: Dataset = {
      ...city,
      actors: Array.from({ length: 1202 }, (_, i) => actor(`x${i}`, "N")),
      ties: [
        tie("x0", "x1", "1"),
        ...Array.from({ length: 1200 }, (_, i) => tie("x0", `x${i + 2}`, "2")),
        tie("x0", "x1", "2"),
      ],
    };
    const sentences = waveChangesReading(overviewData(many));
    expect(sentences[1]).toBe("Neu dabei: 1.200 Akteure – „X2“, „X3“, „X4“, „X5“, „X6“ und 1.195 weitere.");
  });
});

describe("waveChanges(dataset) with many districts", () => {
  it("lists the districts with the biggest change first and the sentence names eight of them", () => {
    // Districts D0…D9; in wave 2, Di has i + 1 ties to district H (D0's one tie replaces wave 1's hub–d0, so
    // D0 is unchanged): H and D1…D9 gained, ten districts, eight named.
    const actors = [actor("hub", "H"), ...Array.from({ length: 10 }, (_, i) => actor(`d${i}`, `D${i}`))];
    const ties = [tie("hub", "d0", "1")];
    for (let i = 0; i < 10; i++) {
      for (let k = 0; k <= i; k++) {
        const partner = `p${i}-${k}`;
        actors.push(actor(partner, "H"));
        ties.push(tie(`d${i}`, partner, "2"));
      }
    }
    const many = padded({ ...city, actors, ties, districts: [] });
    const changes = waveChanges(many)!;
    expect(changes.districts.gained.slice(0, 3).map((d) => d.district)).toEqual(["H", "D9", "D8"]);
    const sentence = waveChangesReading(overviewData(many)).find((s) => s.startsWith("Mehr Verbindungen"))!;
    expect(sentence).toMatch(
      /^Mehr Verbindungen in andere Stadtteile haben jetzt: H \(1 → 55\), D9 \(0 → 10\)/,
    );
    expect(sentence).toMatch(/und 2 weitere Stadtteile\.$/);
  });
});
