/**
 * The dashboard's JSON functions shared by the build's data loaders and the upload worker
 * (`dashboard/loaders/*-data.ts`), on the mini fixture (fictional: 14 actors; Nordstadt 5, Mitte 5,
 * Südhang 4 actors) and the minimal fixture (4 actors a–d, ties a–b and b–c, nothing else).
 */
import { join } from "node:path";
import { type Dataset, pseudonymize } from "@vernetzt/core";
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
  it("marks a district with fewer than 5 actors as suppressed with null figures", () => {
    const latest = indicatorData(mini).waves.at(-1)!;
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
