/**
 * Self-loops through the command line (issue #24): a graph tool's file keeps its loops (TIE_SELF_LOOP_KEPT) and
 * `analyze` counts them in degree, strength and PageRank as networkx does (the files were written by networkx
 * from the graphs of `test/fixtures/reference-self-loops/`); a coordinator's ties table reports a self-tie as
 * TIE_SELF_LOOP and leaves it out. Never a throw, never an internal message.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runCli } from "./run-cli.js";

const DIR = "test/fixtures/interop/self-loops";

interface Reference {
  nodes: string[];
  edges: [string, string, number][];
  networkx: Record<"binary" | "weighted", { actor: Record<string, number[]> }>;
}

const reference = (name: string): Reference =>
  JSON.parse(readFileSync(join(ROOT, "test/fixtures/reference-self-loops", `${name}.json`), "utf8"));

type Row = Record<string, number | string>;

function analyzed(args: string[]): {
  actors: Row[];
  warnings: { code: string; params: Record<string, unknown> }[];
} {
  const result = runCli(["analyze", ...args, "--json", "--permutations", "0"]);
  expect(result.code, result.stderr).toBe(0);
  expect(result.stderr).not.toMatch(/TypeError|Cannot read|undefined/);
  return JSON.parse(result.stdout);
}

function expectMeasures(rows: Row[], ref: Reference, variant: "binary" | "weighted", measures: string[]) {
  const byId = new Map(rows.map((row) => [String(row.id), row]));
  for (const measure of measures) {
    ref.nodes.forEach((id, i) => {
      const row = byId.get(id);
      if (!row) return; // an edge list cannot hold isolates
      const expected = ref.networkx[variant].actor[measure]![i]!;
      expect(Math.abs((row[measure] as number) - expected), `${measure} of ${id}`).toBeLessThanOrEqual(1e-9);
    });
  }
}

describe("vernetzt with self-loops", () => {
  const karate = reference("loops-karate");

  for (const file of ["karate-loops.graphml", "karate-loops.gexf"]) {
    it(`validate keeps the three loops of networkx's ${file} and says so (TIE_SELF_LOOP_KEPT)`, () => {
      const result = runCli(["validate", join(DIR, file), "--json"]);
      expect(result.code, result.stderr).toBe(0);
      const report = JSON.parse(result.stdout);
      expect(report.ok).toBe(true);
      const kept = report.issues.filter((issue: { code: string }) => issue.code === "TIE_SELF_LOOP_KEPT");
      expect(kept.map((issue: { message: string }) => issue.message.match(/"(\d+)"/)?.[1])).toEqual([
        "0",
        "11",
        "33",
      ]);
    });

    for (const variant of ["binary", "weighted"] as const) {
      it(`analyze ${file}${variant === "weighted" ? " --weighted" : ""}: degree, strength and PageRank as networkx`, () => {
        const args = [join(DIR, file), ...(variant === "weighted" ? ["--weighted"] : [])];
        const { actors, warnings } = analyzed(args);
        expect(actors.map((row) => row.id)).toEqual(karate.nodes);
        expectMeasures(actors, karate, variant, ["degree", "strength", "pagerank"]);
        expect(warnings).toEqual([
          expect.objectContaining({
            code: "self-loops-ignored",
            params: expect.objectContaining({ loops: 3, actors: ["0", "11", "33"] }),
          }),
        ]);
      });
    }
  }

  it("analyze a directed networkx edge list with loops: degree, in-, out-degree and strength as networkx", () => {
    const { actors } = analyzed([join(DIR, "directed-loops.edgelist"), "--directed"]);
    const directed = reference("loops-directed");
    expect(actors.map((row) => row.id)).toContain("only-loop");
    expectMeasures(actors, directed, "weighted", ["degree", "inDegree", "outDegree", "strength"]);
  });

  it("analyze prints the note in German and English", () => {
    const en = runCli(["analyze", join(DIR, "karate-loops.graphml"), "--permutations", "0"]);
    expect(en.code, en.stderr).toBe(0);
    expect(en.stdout).toContain("3 ties go from an actor to itself (0, 11, 33)");
    const de = runCli(["analyze", join(DIR, "karate-loops.graphml"), "--permutations", "0", "--lang", "de"]);
    expect(de.stdout).toContain("3 Verbindungen führen von einem Akteur zu sich selbst (0, 11, 33)");
  });

  it("export to GraphML keeps the loops (networkx reads them back) and the file reads again with them", () => {
    const out = join(mkdtempSync(join(tmpdir(), "vernetzt-loops-")), "karate.graphml");
    const exported = runCli([
      "export",
      join(DIR, "karate-loops.graphml"),
      "--format",
      "graphml",
      "--out",
      out,
    ]);
    expect(exported.code, exported.stderr).toBe(0);
    expect(readFileSync(out, "utf8").match(/source="0" target="0"/g)).toHaveLength(1);
    const again = analyzed([out]);
    expectMeasures(again.actors, karate, "binary", ["degree", "strength"]);
  });

  it("a coordinator's ties table: a self-tie is TIE_SELF_LOOP, left out, and the rest is analysed", () => {
    const dir = mkdtempSync(join(tmpdir(), "vernetzt-self-tie-"));
    writeFileSync(
      join(dir, "akteure.csv"),
      "id;name;stadtteil\nkita;Kita Sonnenschein;Nord\njugend;Jugendtreff;Nord\nschule;Grundschule;Süd\n",
    );
    writeFileSync(
      join(dir, "beziehungen.csv"),
      "quelle;ziel;gewicht\nkita;jugend;2\nkita;kita;3\njugend;schule;1\n",
    );
    const validate = runCli(["validate", dir, "--json"]);
    expect(validate.code, validate.stderr).toBe(0);
    const issues = JSON.parse(validate.stdout).issues as { code: string; file: string; row: number }[];
    expect(issues.filter((issue) => issue.code.startsWith("TIE_SELF"))).toEqual([
      expect.objectContaining({ code: "TIE_SELF_LOOP", file: "beziehungen.csv", row: 3 }),
    ]);
    const { actors, warnings } = analyzed([dir]);
    expect(actors.map((row) => [row.id, row.degree, row.strength])).toEqual([
      ["kita", 1, 2],
      ["jugend", 2, 3],
      ["schule", 1, 1],
    ]);
    expect(warnings).toEqual([]);
  });
});
