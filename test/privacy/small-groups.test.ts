/**
 * Small-group suppression end to end: every command that publishes figures per district, on a dataset with a
 * district of three actors, one a person (`test/privacy/small-group/`, Klein = "Kleinau"), never shows that
 * district's counts by default, and shows them with `--min-group-size 1`. The same district with organisations
 * only is shown by every command (issue #21: suppression protects persons, not associations). The expected counts below are read off the
 * fixture's `beziehungen.csv` by hand: Klein–Mitte has 2 ties in wave 1 and 4 in wave 2, Klein–Klein 2 in
 * wave 2, Klein–Nord and Klein–Süd none.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../cli/run-cli.js";

const DATA = "test/privacy/small-group";

/** The fixture with Klein's resident recorded as a group: Klein is then three associations, no person. */
function withoutPersons(): string {
  const folder = join(mkdtempSync(join(tmpdir(), "vernetzt-small-orgs-")), "small-orgs");
  cpSync(DATA, folder, { recursive: true });
  const actors = join(folder, "akteure.csv");
  const text = readFileSync(actors, "utf8");
  expect(text).toContain(";Person;");
  writeFileSync(actors, text.replace(";Person;", ";Gruppe;"));
  return folder;
}

function json(...args: string[]) {
  const { code, stdout, stderr } = runCli([...args, "--json"]);
  expect(code, stderr).toBe(0);
  return JSON.parse(stdout);
}

function text(...args: string[]): string {
  const { code, stdout, stderr } = runCli([...args, "--lang", "de"]);
  expect(code, stderr).toBe(0);
  return stdout;
}

type Cells = Array<Array<number | null>>;
const cell = (result: { categories: string[]; observed: Cells }, a: string, b: string) =>
  result.observed[result.categories.indexOf(a)][result.categories.indexOf(b)];

describe("small groups (fewer than --min-group-size actors) in every command", () => {
  /** Klein's pairs are gaps under the degree model (the default, external, expects too little of them). */
  const DEGREE = ["--expectation", "degree"];

  it("gaps --json: Klein's row and column are null, its gaps flagged; --min-group-size 1 shows the counts", () => {
    const shut = json("gaps", DATA, "--permutations", "49", ...DEGREE);
    expect(shut.minGroupSize).toBe(5);
    expect(shut.suppressedCategories).toEqual(["Klein"]);
    for (const other of shut.categories) {
      expect(cell(shut, "Klein", other)).toBeNull();
      expect(cell(shut, other, "Klein")).toBeNull();
    }
    expect(cell(shut, "Mitte", "Nord")).not.toBeNull();
    const small = shut.gaps.filter((g: { a: string; b: string }) => [g.a, g.b].includes("Klein"));
    expect(small.length).toBeGreaterThan(0);
    for (const gap of small) {
      expect(gap).toMatchObject({
        observed: null,
        expected: null,
        ratio: null,
        pValue: null,
        suppressed: true,
      });
      expect(JSON.stringify(gap.reasons)).not.toMatch(/Verbindung|p = /);
    }

    const open = json("gaps", DATA, "--permutations", "49", "--min-group-size", "1", ...DEGREE);
    expect(open.minGroupSize).toBe(1);
    expect(open.suppressedCategories).toEqual([]);
    expect(cell(open, "Klein", "Mitte")).toBe(4);
    expect(cell(open, "Klein", "Klein")).toBe(2);
    expect(cell(open, "Klein", "Nord")).toBe(0);
    const shown = open.gaps.find((g: { a: string; b: string }) => g.a === "Klein" && g.b === "Nord");
    expect(shown).toMatchObject({ observed: 0, suppressed: false });
  });

  it("gaps (text): pairs with Kleinau say '< 5' and give no count; --min-group-size 1 gives them", () => {
    const blocks = (output: string) => output.split(/\n(?=\d+\. )/).filter((b) => /^\d+\. .*Kleinau/.test(b));
    const shut = blocks(text("gaps", DATA, "--permutations", "49", ...DEGREE));
    expect(shut.length).toBeGreaterThan(0);
    for (const block of shut) {
      expect(block).toContain("< 5");
      expect(block).not.toMatch(/Verbindung|erwartet|p = /);
    }
    const open = blocks(text("gaps", DATA, "--permutations", "49", "--min-group-size", "1", ...DEGREE));
    expect(open.join("\n")).toMatch(/0 Verbindungen, \d+(,\d)? erwartet/);
  });

  it("indicator: Klein is suppressed in JSON and text; --min-group-size 1 shows its value", () => {
    for (const wave of json("indicator", DATA, "--replicates", "0").waves) {
      expect(wave.byDistrict.Klein).toMatchObject({ suppressed: true, value: null });
      expect(Object.values(wave.byDistrict.Klein.components).every((v) => v === null)).toBe(true);
    }
    // the text names districts by their name since the indicator speaks as every command does (Klein = Kleinau)
    expect(text("indicator", DATA, "--replicates", "0")).toMatch(/Kleinau: < 5 \(/);
    const open = json("indicator", DATA, "--replicates", "0", "--min-group-size", "1");
    expect(open.waves[1].byDistrict.Klein.suppressed).toBe(false);
    expect(typeof open.waves[1].byDistrict.Klein.value).toBe("number");
    expect(text("indicator", DATA, "--replicates", "0", "--min-group-size", "1")).toMatch(/Kleinau: \d/);
  });

  it("compare: Klein's cross-district ties are withheld and it is in neither list; --min-group-size 1 shows 2 → 4", () => {
    const shut = json("compare", DATA, "--from", "1", "--to", "2");
    expect(shut.minGroupSize).toBe(5);
    const klein = shut.districts.crossDistrictTies.find((d: { district: string }) => d.district === "Klein");
    expect(klein).toEqual({ district: "Klein", suppressed: true, from: null, to: null, change: null });
    expect([...shut.districts.gained, ...shut.districts.lost]).not.toContain("Klein");
    const lines = text("compare", DATA, "--from", "1", "--to", "2").split("\n");
    expect(lines.filter((line) => line.includes("Klein"))).toEqual([
      "    nicht ausgewiesen (< 5 Akteure, darunter Privatpersonen, zu ihrem Schutz): Klein",
    ]);

    const open = json("compare", DATA, "--from", "1", "--to", "2", "--min-group-size", "1");
    const shown = open.districts.crossDistrictTies.find((d: { district: string }) => d.district === "Klein");
    expect(shown).toEqual({ district: "Klein", suppressed: false, from: 2, to: 4, change: 2 });
    expect(open.districts.gained).toContain("Klein");
  });

  it("analyze (text) shows '< 5' for Klein; --json flags it and keeps the figures (schema contract)", () => {
    expect(text("analyze", DATA, "--permutations", "0")).toMatch(
      /E-I-Index je Gruppe: Klein < 5; Mitte -?\d/,
    );
    expect(text("analyze", DATA, "--permutations", "0", "--min-group-size", "1")).toMatch(
      /E-I-Index je Gruppe: Klein -?\d/,
    );
    const shut = json("analyze", DATA, "--permutations", "0");
    expect(shut.options.minGroupSize).toBe(5);
    expect(shut.groups.district.suppressedCategories).toEqual(["Klein"]);
    expect(shut.groups.district.groupSizes[shut.groups.district.categories.indexOf("Klein")]).toBe(3);
    const open = json("analyze", DATA, "--permutations", "0", "--min-group-size", "1");
    expect(open.groups.district.suppressedCategories).toEqual([]);
    expect(open.groups.district.mixing).toEqual(shut.groups.district.mixing);
  });

  it("a small district of organisations only is shown by every command (no person could be identified)", () => {
    const orgs = withoutPersons();
    const gaps = json("gaps", orgs, "--permutations", "49", ...DEGREE);
    expect(gaps.suppressedCategories).toEqual([]);
    expect(cell(gaps, "Klein", "Mitte")).toBe(4);
    expect(gaps.gaps.filter((g: { suppressed: boolean }) => g.suppressed)).toEqual([]);
    expect(text("gaps", orgs, "--permutations", "49", ...DEGREE)).not.toContain("< 5");
    for (const wave of json("indicator", orgs, "--replicates", "0").waves) {
      expect(wave.byDistrict.Klein.suppressed).toBe(false);
      expect(typeof wave.byDistrict.Klein.value).toBe("number");
    }
    const compare = json("compare", orgs, "--from", "1", "--to", "2");
    const klein = compare.districts.crossDistrictTies.find(
      (d: { district: string }) => d.district === "Klein",
    );
    expect(klein).toEqual({ district: "Klein", suppressed: false, from: 2, to: 4, change: 2 });
    const analysis = json("analyze", orgs, "--permutations", "0");
    expect(analysis.groups.district.suppressedCategories).toEqual([]);
    expect(text("analyze", orgs, "--permutations", "0")).toMatch(/E-I-Index je Gruppe: Klein -?\d/);
    const cut = json("cut", orgs, "--by", "district", "--from", "Klein", "--to", "Mitte");
    expect(cut).toMatchObject({ suppressed: false, value: 4 });
  });

  it("cut --by: the cut between Kleinau (with a person) and Mitte is withheld; --min-group-size 1 shows it", () => {
    const shut = json("cut", DATA, "--by", "district", "--from", "Klein", "--to", "Mitte");
    expect(shut).toMatchObject({ suppressed: true, value: null, ties: [], fromSide: [], toSide: [] });
    const open = json(
      "cut",
      DATA,
      "--by",
      "district",
      "--from",
      "Klein",
      "--to",
      "Mitte",
      "--min-group-size",
      "1",
    );
    expect(open).toMatchObject({ suppressed: false, value: 4 });
  });

  it("--min-group-size 0 or a word is a usage error (exit 2) in every command", () => {
    const commands = [
      ["gaps", DATA],
      ["indicator", DATA],
      ["compare", DATA, "--from", "1", "--to", "2"],
      ["analyze", DATA],
    ];
    for (const command of commands) {
      for (const value of ["0", "fünf"]) {
        const { code, stderr } = runCli([...command, "--min-group-size", value]);
        expect(code).toBe(2);
        expect(stderr).toContain("--min-group-size");
      }
    }
  });
});
