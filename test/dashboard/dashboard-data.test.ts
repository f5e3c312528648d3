/**
 * The dashboard's JSON functions shared by the build's data loaders and the upload worker
 * (`dashboard/loaders/*-data.ts`), on the mini fixture (fictional: 14 actors; Nordstadt 5, Mitte 5,
 * Südhang 4 actors) and the minimal fixture (4 actors a–d, ties a–b and b–c, nothing else).
 */
import { join } from "node:path";
import { buildGraph, type Dataset, gaps, latestWave, pseudonymize } from "@vernetzt/core";
import { loadDataset } from "@vernetzt/core/node";
import { beforeAll, describe, expect, it } from "vitest";
import { DASHBOARD_PARTS, dashboardDataOf, dashboardPart } from "../../dashboard/loaders/dashboard-data.js";
import { gapsData } from "../../dashboard/loaders/gaps-data.js";
import { indicatorData } from "../../dashboard/loaders/indicator-data.js";
import { overviewData } from "../../dashboard/loaders/overview-data.js";

const root = join(import.meta.dirname, "../..");
let mini: Dataset;
let minimal: Dataset;

beforeAll(async () => {
  mini = pseudonymize((await loadDataset(join(root, "dashboard/fixtures/mini"), { lang: "de" })).dataset!);
  minimal = pseudonymize((await loadDataset(join(root, "test/fixtures/minimal"), { lang: "de" })).dataset!);
});

describe("overviewData", () => {
  it("counts the minimal dataset's actors and ties and lists no districts, sectors or topics", () => {
    const overview = overviewData(minimal);
    expect(overview).toMatchObject({ actors: 4, ties: 2, districts: [], sectors: [], topics: [] });
    expect(overview.waves).toHaveLength(1);
    expect(overview.waves[0]!.ties).toBe(2);
  });
});

describe("indicatorData", () => {
  it("shows a district of 4 organisations (no person to identify)", () => {
    const south = indicatorData(mini)
      .waves.at(-1)!
      .byDistrict.find((d) => d.district === "Südhang")!;
    expect(south.suppressed).toBe(false);
    expect(south.value).not.toBeNull();
  });

  it("marks a district with fewer than 5 actors, one of them a person, as suppressed with null figures", () => {
    // Südhang's Frauencafé (a10) recorded as a resident instead
    const withPerson = {
      ...mini,
      actors: mini.actors.map((a) => (a.id === "a10" ? { ...a, kind: "person" } : a)),
    };
    const latest = indicatorData(withPerson).waves.at(-1)!;
    const south = latest.byDistrict.find((d) => d.district === "Südhang")!;
    expect(south).toMatchObject({ suppressed: true, value: null });
    const north = latest.byDistrict.find((d) => d.district === "Nordstadt")!;
    expect(north.suppressed).toBe(false);
  });
});

describe("gapsData", () => {
  it("has no district or sector gaps for a dataset without those columns", () => {
    expect(gapsData(minimal)).toMatchObject({ district: null, sector: null, places: [] });
  });

  it("gives each district gap of the sample city its independent paths, between the direct ties and either district's border ties", async () => {
    const sample = (await loadDataset(join(root, "data/sample"), { lang: "de" })).dataset!;
    const district = gapsData(sample, 0).district!;
    expect(district.pathsComputed).toBe(true);
    const graph = buildGraph(sample, { wave: latestWave(sample) });
    const names = new Map(sample.districts.map((d) => [d.name, d.id]));
    // ties leaving a district: cutting them all separates it from every other one, so no cut is larger
    const border = (name: string) =>
      graph.filterEdges((_, __, s, t) => {
        const [ds, dt] = [graph.getNodeAttribute(s, "district"), graph.getNodeAttribute(t, "district")];
        return (ds === names.get(name)) !== (dt === names.get(name));
      }).length;
    const shown = district.gaps.filter((g) => !g.suppressed);
    expect(shown.length).toBeGreaterThan(5);
    for (const gap of shown) {
      expect(gap.paths, `${gap.a} – ${gap.b}`).toBeGreaterThanOrEqual(gap.observed!);
      expect(gap.paths!).toBeLessThanOrEqual(Math.min(border(gap.a), border(gap.b)));
    }
    // the planted gap: no direct tie, but many independent paths through other districts
    expect(district.gaps[0]).toMatchObject({ a: "Mühlbach", b: "Nordstadt", observed: 0, paths: 27 });
    for (const gap of district.gaps.filter((g) => g.suppressed)) expect(gap.paths).toBeNull();
  });

  it("names the sample's districts cut off in wave 3 first, and ranks the pairs as `vernetzt gaps` does", async () => {
    const sample = (await loadDataset(join(root, "data/sample"), { lang: "de" })).dataset!;
    const { district } = gapsData(sample, 0);
    expect(district!.isolated.map((c) => c.category)).toEqual(["Talhausen", "Lerchenberg"]);
    const graph = buildGraph(sample, { wave: latestWave(sample) });
    const library = gaps(graph, { by: "district", permutations: 0 });
    expect(district!.gaps.map((g) => g.observed)).toEqual(library.gaps.map((g) => g.observed));
    expect(district!.expected).toEqual(library.expected);
  });
});

describe("dashboardDataOf", () => {
  it("gives every part, each equal to the single-part function the loaders call", () => {
    const all = dashboardDataOf(minimal);
    expect(Object.keys(all).sort()).toEqual([...DASHBOARD_PARTS].sort());
    expect(all.indicator).toEqual(dashboardPart(minimal, "indicator"));
    expect(all.network.nodes.map((n) => n.name)).toEqual(["Alpha", "Beta", "Gamma", "Delta"]);
  });

  it("is deterministic: the same dataset gives byte-identical JSON", () => {
    expect(JSON.stringify(dashboardDataOf(minimal))).toBe(JSON.stringify(dashboardDataOf(minimal)));
  });
});
