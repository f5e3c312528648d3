import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runCli } from "./run-cli.js";

/** A folder holding only the given fixture files, as a tool's export folder would. */
function only(folder: string, ...files: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), "vernetzt-formats-"));
  for (const file of files) copyFileSync(join(ROOT, folder, file), join(dir, file));
  return dir;
}

const FORMATS = [
  ["Kumu spreadsheet", "test/fixtures/interop/kumu"],
  ["Gephi spreadsheet", "test/fixtures/interop/gephi"],
  ["networkx node and edge CSV", only("test/fixtures/interop/networkx", "nodes.csv", "edges.csv")],
  ["igraph vertex and edge CSV", only("test/fixtures/interop/igraph", "vertices.csv", "edges.csv")],
  ["networkx edge list", "test/fixtures/interop/networkx/graph.edgelist"],
  ["igraph NCOL", "test/fixtures/interop/igraph/graph.ncol"],
];

describe("vernetzt with other tools' formats", () => {
  for (const [name, path] of FORMATS) {
    it(`vernetzt validate and analyze read a ${name} (${path})`, () => {
      const validate = runCli(["validate", path, "--json"]);
      expect(validate.code, validate.stderr).toBe(0);
      expect(JSON.parse(validate.stdout).ok).toBe(true);
      const analysis = runCli(["analyze", path, "--json", "--permutations", "0"]);
      expect(analysis.code, analysis.stderr).toBe(0);
      const result = JSON.parse(analysis.stdout);
      expect(result.network.actors).toBeGreaterThan(1);
      expect(result.network.ties).toBeGreaterThan(0);
    });
  }
});

describe("vernetzt export to other tools' formats", () => {
  const out = mkdtempSync(join(tmpdir(), "vernetzt-export-formats-"));
  const cases: Array<[format: string, target: string]> = [
    ["nodes-edges-csv", join(out, "nx")],
    ["gephi-csv", join(out, "gephi")],
    ["kumu", join(out, "kumu.xlsx")],
    ["kumu-json", join(out, "kumu.json")],
  ];
  for (const [format, target] of cases) {
    it(`vernetzt export --format ${format} writes files that vernetzt reads back with every actor and tie`, () => {
      const source = "test/fixtures/interop/kumu";
      const written = runCli(["export", source, "--format", format, "--out", target]);
      expect(written.code, written.stderr).toBe(0);
      const before = JSON.parse(runCli(["analyze", source, "--json", "--permutations", "0"]).stdout);
      const after = runCli(["analyze", target, "--json", "--permutations", "0"]);
      expect(after.code, after.stderr).toBe(0);
      const result = JSON.parse(after.stdout);
      expect(result.network.actors).toBe(before.network.actors);
      expect(result.network.ties).toBe(before.network.ties);
    });
  }

  it("vernetzt export --format edgelist with an id containing a space exits 2 and says what to do", () => {
    const dir = mkdtempSync(join(tmpdir(), "vernetzt-edgelist-"));
    writeFileSync(join(dir, "actors.csv"), "id,name\nmit leerzeichen,A\nb,B\n");
    writeFileSync(join(dir, "ties.csv"), "source,target\nmit leerzeichen,b\n");
    const { code, stderr } = runCli([
      "export",
      dir,
      "--format",
      "edgelist",
      "--out",
      join(mkdtempSync(join(tmpdir(), "vernetzt-edgelist-out-")), "x.edgelist"),
      "--lang",
      "en",
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain('"mit leerzeichen"');
    expect(stderr).toContain("--format nodes-edges-csv");
    expect(stderr).not.toMatch(/internal error|datasetToEdgeList|vernetzt: vernetzt/);
  });

  it("vernetzt export --format edgelist of a dataset with a pseudonymised person says the pseudonym is why and what to do, in German and English", () => {
    const dir = mkdtempSync(join(tmpdir(), "vernetzt-edgelist-"));
    writeFileSync(
      join(dir, "akteure.csv"),
      "id;name;art;einwilligung\nawo;AWO Ortsverein;Organisation;\neb;Erika Beispiel;Person;nein\nkb;Klaus Beispiel;Person;ja\n",
    );
    writeFileSync(join(dir, "beziehungen.csv"), "quelle;ziel\neb;awo\nkb;awo\n");
    const out = join(mkdtempSync(join(tmpdir(), "vernetzt-edgelist-out-")), "netz.edgelist");
    const en = runCli(["export", dir, "--format", "edgelist", "--out", out, "--lang", "en"]);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('"Person 1"');
    expect(en.stderr).toContain("pseudonym of a person");
    expect(en.stderr).toContain("--format nodes-edges-csv");
    expect(en.stderr).not.toMatch(/internal error|datasetToEdgeList|Error:|Erika/);
    const de = runCli(["export", dir, "--format", "edgelist", "--out", out, "--lang", "de"]);
    expect(de.code).toBe(2);
    expect(de.stderr).toContain("Pseudonym einer Person");
    expect(de.stderr).toContain("Kantenliste");
    // the advice works: the same dataset as node and edge CSV
    const csv = runCli(["export", dir, "--format", "nodes-edges-csv", "--out", `${out}-csv`]);
    expect(csv.code, csv.stderr).toBe(0);
  });

  it("a Network Canvas roster read back alone is its actors: validate says it holds no ties and what to do, survey make reads it", () => {
    const out = mkdtempSync(join(tmpdir(), "vernetzt-roster-"));
    const roster = join(out, "netz-roster.csv");
    const written = runCli([
      "export",
      "test/fixtures/interop/kumu",
      "--format",
      "network-canvas-roster",
      "--out",
      roster,
    ]);
    expect(written.code, written.stderr).toBe(0);
    for (const lang of ["en", "de"] as const) {
      const check = runCli(["validate", roster, "--lang", lang]);
      expect(check.code).toBe(1); // no ties: not a network to analyse
      expect(check.stderr + check.stdout).toContain(
        lang === "en" ? "holds actors only" : "enthält nur Akteure",
      );
      expect(check.stderr + check.stdout).toContain("survey make");
      expect(check.stderr + check.stdout).not.toMatch(/internal error|Error:/);
    }
    const forms = runCli(["survey", "make", roster, "--out", join(out, "forms")]);
    expect(forms.code, forms.stderr).toBe(0);
  });
});
