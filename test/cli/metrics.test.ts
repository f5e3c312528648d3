/**
 * `vernetzt metrics [--json]`: the registry as a catalogue. It covers every measure `vernetzt analyze --json`
 * writes (directed data with groups, where most fields appear), and nothing there is left undescribed.
 */
import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";

interface Entry {
  id: string;
  scope: string;
  field: string | null;
  label: { de: string; en: string };
  reference: { formula: string; networkx: string | null; igraph: string | null };
}

/** Fields of the frame, not measures: ids, names, counts, categories and their sizes. */
const FRAME = {
  actor: ["id", "name"],
  network: ["actors", "ties", "directed", "pathsSampled"],
  group: ["categories", "groupSizes", "suppressedCategories"],
};

describe("vernetzt metrics", () => {
  const { code, stdout, stderr } = runCli(["metrics", "--json"]);
  const catalog = JSON.parse(stdout) as Entry[];

  it("vernetzt metrics --json lists every measure with labels in both languages and a formula", () => {
    expect(code, stderr).toBe(0);
    expect(new Set(catalog.map((e) => e.id)).size).toBe(catalog.length);
    for (const entry of catalog) {
      expect(entry.label.de.length * entry.label.en.length, entry.id).toBeGreaterThan(0);
      expect(entry.reference.formula, entry.id).not.toBe("");
    }
  });

  it("vernetzt metrics --json covers every field vernetzt analyze --json writes", () => {
    // directed and weighted: every field that is written for some runs only is written
    const analysis = runCli([
      "analyze",
      "data/sample",
      "--json",
      "--directed",
      "--weighted",
      "--permutations",
      "0",
    ]);
    expect(analysis.code, analysis.stderr).toBe(0);
    const result = JSON.parse(analysis.stdout);
    const written = {
      actor: new Set(result.actors.flatMap((a: object) => Object.keys(a))),
      network: new Set(Object.keys(result.network)),
      group: new Set(Object.values<object>(result.groups).flatMap((g) => Object.keys(g))),
    };
    for (const scope of ["actor", "network", "group"] as const) {
      const described = catalog.filter((e) => e.scope === scope).map((e) => e.id);
      expect([...written[scope]].filter((field) => !FRAME[scope].includes(field as string)).sort()).toEqual(
        [...described].sort(),
      );
    }
    expect(catalog.find((e) => e.id === "eiIndex")!.field).toBe("groups.<attribute>.eiIndex");
  });

  it("vernetzt metrics prints a table in German or English, one entry per measure", () => {
    const de = runCli(["metrics", "--lang", "de"]);
    const en = runCli(["metrics"]);
    expect(de.code).toBe(0);
    expect(de.stdout).toContain("Je Akteur");
    expect(de.stdout).toMatch(/betweennessNormalized +Brückenposition \(Betweenness, normiert\) \[0 … 1\]/);
    expect(en.stdout).toMatch(/inDegree +Named by \(in-degree\) \[0 … n − 1; directed data only\]/);
    for (const entry of catalog) expect(en.stdout).toContain(`  ${entry.id} `);
  });
});
