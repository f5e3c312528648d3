/**
 * The Überblick's first screen (`dashboard/loaders/first-screen-data.ts`, `overview-data.ts`,
 * `wave-labels.ts`): on the fictional sample city (`data/sample`, story in its dataset.json), the mini fixture,
 * the minimal fixture (4 actors, no districts) and hand-made datasets.
 */
import { join } from "node:path";
import { type Dataset, pseudonymize } from "@vernetzt/core";
import { loadDataset } from "@vernetzt/core/node";
import { beforeAll, describe, expect, it } from "vitest";
import { dashboardPart } from "../../dashboard/loaders/dashboard-data.js";
import { bestIntroductions, firstScreenData } from "../../dashboard/loaders/first-screen-data.js";
import { gapsData } from "../../dashboard/loaders/gaps-data.js";
import { NO_NOTE, type OverviewData, overviewData } from "../../dashboard/loaders/overview-data.js";
import { recommendationsData } from "../../dashboard/loaders/recommendations-data.js";
import { waveLabels } from "../../dashboard/loaders/wave-labels.js";
import { makeDataset } from "../core/gaps/graph-fixture.js";

const root = join(import.meta.dirname, "../..");
let sample: Dataset;
let overview: OverviewData;

beforeAll(async () => {
  sample = pseudonymize((await loadDataset(join(root, "data/sample"), { lang: "de" })).dataset!);
  overview = overviewData(sample);
});

describe("waveLabels(dataset, given)", () => {
  const dated = (dates: Record<string, string>) =>
    makeDataset(
      [{ id: "a" }, { id: "b" }],
      Object.fromEntries(Object.keys(dates).map((wave) => [wave, [["a", "b"] as [string, string]]])),
      {
        events: Object.entries(dates).map(([wave, date]) => ({ id: `m${wave}`, wave, date, attributes: {} })),
      },
    );

  it("names numbered waves by the one year their meetings and ties are dated in", () => {
    expect(waveLabels(dated({ "1": "2023-03-08", "2": "2024-04-17" }))).toEqual({ "1": "2023", "2": "2024" });
  });

  it("keeps the numbers when two waves share a year or a wave has no date, and keeps names like years", () => {
    expect(waveLabels(dated({ "1": "2023-03-08", "2": "2023-11-02" }))).toEqual({ "1": "1", "2": "2" });
    const undated = makeDataset([{ id: "a" }, { id: "b" }], { "1": [["a", "b"]], "2": [["a", "b"]] });
    expect(waveLabels(undated)).toEqual({ "1": "1", "2": "2" });
    expect(waveLabels(dated({ "Frühjahr 2024": "2024-03-01" }))).toEqual({
      "Frühjahr 2024": "Frühjahr 2024",
    });
  });

  it("takes the names of dataset.json first: the sample's waves 1, 2, 3 are 2023, 2024, 2025", () => {
    expect(waveLabels(dated({ "1": "2023-03-08" }), { "1": "Herbst 2023" })).toEqual({ "1": "Herbst 2023" });
    expect(overview.waves.map((w) => w.label)).toEqual(["2023", "2024", "2025"]);
  });
});

describe("firstScreenData on the sample city", () => {
  it("names the two districts cut off in wave 3 first, then the planted pair Mühlbach – Nordstadt", () => {
    const spots = overview.firstScreen.thinSpots;
    expect(
      spots.map((s) => (s.kind === "isolated" ? s.category : s.kind === "pair" ? `${s.a} – ${s.b}` : s.kind)),
    ).toEqual(["Talhausen", "Lerchenberg", "Mühlbach – Nordstadt"]);
    expect(spots[0]).toMatchObject({ kind: "isolated", by: "district", actors: 14 });
    expect(spots[2]).toMatchObject({ kind: "pair", observed: 0 });
    expect((spots[2] as { detail: string }).detail).toMatch(/^beide arbeiten zu /);
  });

  it("lists the three best introductions, each pair once, with its most important reason", () => {
    const recommendations = recommendationsData(sample);
    const best = bestIntroductions(recommendations, 3);
    expect(overview.firstScreen.introductions.map((i) => [i.actor, i.candidate])).toEqual(
      best.map((r) => [r.actor, r.candidate]),
    );
    const pairs = bestIntroductions(recommendations, 50).map((r) => [r.actor, r.candidate].sort().join());
    expect(new Set(pairs).size).toBe(pairs.length);
    const scores = bestIntroductions(recommendations, 50).map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(overview.firstScreen.introductions[0]).toMatchObject({
      actorName: "Lesepaten Nordstadt",
      candidateName: "Grundschule Nordstadt",
      reason: expect.stringContaining("Räume"),
    });
  });

  it("takes the gap and recommendation parts it is given, without computing them again", () => {
    const gaps = gapsData(sample, 0);
    const recommendations = recommendationsData(sample);
    const planted = { ...gaps, district: { ...gaps.district!, isolated: [], gaps: [] }, sector: null };
    const screen = overviewData(sample, NO_NOTE, { gaps: planted, recommendations }).firstScreen;
    expect(screen).toEqual(firstScreenData(sample, planted, recommendations));
    expect(screen.thinSpots.every((s) => s.kind === "unconnected" || s.kind === "parts")).toBe(true);
  });
});

describe("the changes since the last wave add up", () => {
  it("after = before + new − lost, and each wave's ties = reported + only through meetings", () => {
    const { ties, crossDistrictTies } = overview.changes!;
    // the sample city with its working groups and the Runde Jugend Weststadt (#19)
    expect(ties).toMatchObject({ before: 1480, after: 1075, new: 186, lost: 591 });
    expect(ties.after).toBe(ties.before + ties.new - ties.lost);
    expect(ties.lostFromMeetings).toBeLessThanOrEqual(ties.lost);
    expect(crossDistrictTies!.lostFromMeetings).toBeLessThanOrEqual(crossDistrictTies!.lost);
    for (const wave of overview.waves) expect(wave.pairs).toBe(wave.reported + wave.fromMeetings);
    expect(overview.waves.map((w) => w.reported)).toEqual(overview.waves.map((w) => w.ties));
  });

  it("says that wave 2's city-wide network meeting made most of the ties that ended in wave 3", () => {
    const wave2 = overview.waves[1]!;
    expect(wave2.meetings[0]).toMatchObject({
      title: "Netzwerktreffen Integration und Teilhabe",
      date: "2024-04-17",
      attendees: 36,
    });
    expect(wave2.meetings[0]!.unreportedPairs).toBeGreaterThan(500);
    expect(overview.changes!.ties.lostFromMeetings).toBeGreaterThan(500);
  });
});

describe("firstScreenData without districts and sectors", () => {
  it("answers 'where is the network thin' from the network itself: actors without any tie", async () => {
    const minimal = (await loadDataset(join(root, "test/fixtures/minimal"), { lang: "de" })).dataset!;
    const screen = overviewData(minimal).firstScreen;
    expect(screen.thinSpots).toEqual([{ kind: "unconnected", actors: 1, total: 4 }]);
  });

  it("reports separate parts of the network", () => {
    const split = makeDataset([{ id: "a" }, { id: "b" }, { id: "c" }, { id: "d" }], {
      "1": [
        ["a", "b"],
        ["c", "d"],
      ],
    });
    expect(overviewData(split).firstScreen.thinSpots).toEqual([
      { kind: "parts", parts: 2, largest: 2, total: 4 },
    ]);
  });
});

describe("first screen and small groups (suppression protects persons, not associations)", () => {
  /** dashboard/fixtures/mini: 14 organisations; Südhang has 4 actors, every sector fewer than 5. */
  let mini: Dataset;
  beforeAll(async () => {
    mini = (await loadDataset(join(root, "dashboard/fixtures/mini"), { lang: "de" })).dataset!;
  });
  const screenOf = (dataset: Dataset) =>
    firstScreenData(dataset, gapsData(dataset), recommendationsData(dataset));

  it("names the thin spots of small districts and sectors of organisations, and withholds none", () => {
    const screen = screenOf(mini);
    expect(screen.suppressedGaps).toBe(0);
    expect(screen.thinSpots.length).toBeGreaterThan(0);
    expect(screen.thinSpots.every((s) => s.kind === "pair" || s.kind === "isolated")).toBe(true);
  });

  it("withholds the gaps of small groups with a person and says how many, naming none of them", () => {
    const residents = { ...mini, actors: mini.actors.map((a) => ({ ...a, kind: "person" })) };
    const screen = screenOf(residents);
    expect(screen.suppressedGaps).toBeGreaterThan(0);
    expect(JSON.stringify(screen.thinSpots)).not.toContain("Südhang");
  });
});

describe("dashboardPart", () => {
  it("computes the gap and recommendation parts once: the overview uses the very parts the pages get", () => {
    const mini = makeDataset(
      [
        { id: "a", district: "N" },
        { id: "b", district: "S" },
      ],
      { "1": [["a", "b"]] },
    );
    const fromOverview = dashboardPart(mini, "overview").firstScreen;
    const gaps = dashboardPart(mini, "gaps");
    expect(dashboardPart(mini, "gaps")).toBe(gaps);
    expect(fromOverview).toEqual(firstScreenData(mini, gaps, dashboardPart(mini, "recommendations")));
  });
});
