import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Dataset } from "@vernetzt/core/model";
import { beforeAll, describe, expect, it } from "vitest";
import { districtById, loadFolder, regeneratesByteForByte, tiesOf } from "./load-folder.js";

const FOLDER = join(import.meta.dirname, "../../data/networkers");
let dataset: Dataset;
let issues: Awaited<ReturnType<typeof loadFolder>>["report"]["issues"];

beforeAll(async () => {
  const loaded = await loadFolder(FOLDER);
  dataset = loaded.dataset;
  issues = loaded.report.issues;
});

/** People who are part of the group in a wave: they answered or appear in a tie of that wave. */
function membersOf(wave: string): Set<string> {
  const members = new Set(dataset.respondents?.[wave] ?? []);
  for (const t of tiesOf(dataset, wave)) members.add(t.source).add(t.target);
  return members;
}

describe("data/networkers", () => {
  it("loads through the core loader with zero errors and zero warnings", () => {
    expect(issues).toEqual([]);
    expect(dataset.actors.every((a) => a.kind === "person")).toBe(true);
  });

  it("grows from 8 founders to about 80 people over four waves", () => {
    expect(dataset.waves).toEqual(["1", "2", "3", "4"]);
    const sizes = dataset.waves.map((w) => membersOf(w).size);
    expect(sizes[0]).toBe(8);
    for (let w = 1; w < sizes.length; w++) expect(sizes[w]!).toBeGreaterThan(sizes[w - 1]!);
    expect(sizes[sizes.length - 1]!).toBeGreaterThanOrEqual(70);
    expect(sizes[sizes.length - 1]!).toBeLessThanOrEqual(90);
  });

  it("keeps most ties from one wave to the next", () => {
    const key = (s: string, t: string) => [s, t].sort().join("|");
    for (let w = 1; w < dataset.waves.length; w++) {
      const before = tiesOf(dataset, dataset.waves[w - 1]!).map((t) => key(t.source, t.target));
      const after = new Set(tiesOf(dataset, dataset.waves[w]!).map((t) => key(t.source, t.target)));
      expect(before.filter((k) => after.has(k)).length / before.length).toBeGreaterThan(0.8);
    }
  });

  it("is mostly from the non-profit sector", () => {
    const nonProfit = new Set([
      "Wohlfahrtsverband",
      "Initiative",
      "Kirchengemeinde",
      "Migrantenselbstorganisation",
      "Kulturverein",
      "Mehrgenerationenhaus",
    ]);
    const share = dataset.actors.filter((a) => nonProfit.has(a.sector!)).length / dataset.actors.length;
    expect(share).toBeGreaterThan(0.5);
    expect(new Set(dataset.actors.map((a) => a.sector)).size).toBeGreaterThanOrEqual(6);
  });

  it("visits six districts, and the people there come to the visit", () => {
    const visits = dataset.events.filter((e) => e.group === "Vernetzer vor Ort");
    expect(new Set(visits.map((e) => e.district)).size).toBe(6);
    const district = districtById(dataset);
    for (const event of visits) {
      const present = dataset.attendance.filter((a) => a.event === event.id).map((a) => a.actor);
      expect(present).toContain(event.host);
      expect(district.get(event.host!)).toBe(event.district);
      expect(new Set(present.map((a) => district.get(a))).size).toBeGreaterThan(2);
    }
  });

  it("carries five transfer projects, each from one district to another, kept once begun", () => {
    const district = districtById(dataset);
    const transfers = dataset.ties.filter((t) => t.type === "transfer");
    const projects = new Set(transfers.map((t) => t.attributes.project));
    expect(projects.size).toBe(5);
    for (const t of transfers) expect(district.get(t.source)).not.toBe(district.get(t.target));
    for (const project of projects) {
      const waves = transfers.filter((t) => t.attributes.project === project).map((t) => t.wave);
      const first = dataset.waves.indexOf(waves[0]!);
      expect(waves).toEqual(dataset.waves.slice(first));
    }
    const carriers = dataset.actors.filter((a) => a.attributes.transfer_project);
    expect(carriers).toHaveLength(5);
  });

  it("meets in plenary twice per wave, hosted by its members in turn, more people as the group grows", () => {
    const plenaries = dataset.events.filter((e) => e.group === "Plenum");
    expect(plenaries).toHaveLength(2 * dataset.waves.length);
    expect(new Set(plenaries.map((e) => e.host)).size).toBe(plenaries.length);
    const size = (id: string) => dataset.attendance.filter((a) => a.event === id).length;
    expect(size(plenaries[plenaries.length - 1]!.id)).toBeGreaterThan(2 * size(plenaries[0]!.id));
  });

  it("lists the five transfer projects in projects.csv, carried by the people who carried them", () => {
    const sites = dataset.projects!;
    expect(new Set(sites.map((s) => s.project)).size).toBe(5);
    const transfers = dataset.ties.filter((t) => t.type === "transfer");
    for (const site of sites.filter((s) => s.role === "adoption")) {
      const origin = sites.find((s) => s.project === site.project && s.role === "origin")!;
      expect(site.from).toBe(origin.district);
      const pair = [origin.carriers[0], site.carriers[0]].sort().join("|");
      expect(transfers.some((t) => [t.source, t.target].sort().join("|") === pair)).toBe(true);
    }
  });

  it("is marked fictional in its README", () => {
    const readme = readFileSync(join(FOLDER, "README.md"), "utf8");
    expect(readme).toMatch(/fictional/i);
  });
});

regeneratesByteForByte("data/scripts/make-networkers.ts", FOLDER);
