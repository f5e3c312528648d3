import { describe, expect, it } from "vitest";
import { FIXTURE, runCli } from "../fixtures/gaps/run-cli.js";

describe("vernetzt gaps", () => {
  it("vernetzt gaps <path> --json prints the gap map with the planted Nord–Süd gap on top", () => {
    // Three districts only: the sharper default (external) cannot call it significant; degree can.
    const { code, stdout } = runCli([
      "gaps",
      FIXTURE,
      "--json",
      "--permutations",
      "199",
      "--expectation",
      "degree",
    ]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    // The contract's fields, then those added by small-group suppression.
    expect(Object.keys(result)).toEqual([
      ...["by", "wave", "categories", "observed", "expected", "gaps"],
      ...["minGroupSize", "groupSizes", "suppressedCategories"],
      "isolated",
    ]);
    expect(result.by).toBe("district");
    expect(result.wave).toBe("2");
    expect(result.categories).toEqual(["Mitte", "Nord", "Süd"]);
    const top = result.gaps[0];
    expect(Object.keys(top)).toEqual([
      ...["a", "b", "observed", "expected", "ratio", "pValue", "reasons"],
      ...["suppressed", "reasonCodes"],
    ]);
    expect(top.reasonCodes.map((r: { code: string }) => r.code)).toContain("complementary");
    expect(top.reasonCodes).toHaveLength(top.reasons.length);
    expect([top.a, top.b]).toEqual(["Nord", "Süd"]);
    expect(top.observed).toBe(0);
    expect(top.pValue).toBeLessThan(0.05);
    expect(top.reasons).toContain("in Südstadt angeboten und in Nordstadt gesucht: Räume");
  });

  it("vernetzt gaps <path> prints German reasons by default and is deterministic", () => {
    const first = runCli(["gaps", FIXTURE, "--seed", "5"]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("1. Nordstadt – Südstadt");
    expect(first.stdout).toMatch(/0 Verbindungen, \d+(,\d)? erwartet/);
    expect(runCli(["gaps", FIXTURE, "--seed", "5"]).stdout).toBe(first.stdout);
  });

  it("vernetzt gaps <path> --expectation external --json ranks the same planted gap first", () => {
    const { code, stdout } = runCli(["gaps", FIXTURE, "--json", "--expectation", "external"]);
    expect(code).toBe(0);
    const top = JSON.parse(stdout).gaps[0];
    expect([top.a, top.b, top.observed]).toEqual(["Nord", "Süd", 0]);
  });

  it("vernetzt gaps --by district×sector --min-expected 0,3 lists smaller pairs", () => {
    const strict = JSON.parse(
      runCli(["gaps", FIXTURE, "--by", "district×sector", "--json", "--permutations", "0"]).stdout,
    );
    const loose = JSON.parse(
      runCli([
        "gaps",
        FIXTURE,
        "--by",
        "district×sector",
        "--json",
        "--permutations",
        "0",
        "--min-expected",
        "0,3",
        "--min-group-size",
        "1",
      ]).stdout,
    );
    expect(strict.gaps).toEqual([]);
    expect(loose.gaps.length).toBeGreaterThan(0);
    for (const gap of loose.gaps) expect(gap.expected).toBeGreaterThanOrEqual(0.3);
  });

  it("vernetzt gaps --by, --wave with unknown values exit 2 without a stack trace", () => {
    for (const args of [
      ["--by", "Farbe"],
      ["--wave", "9"],
      ["--permutations", "-3"],
    ]) {
      const { code, stderr } = runCli(["gaps", FIXTURE, ...args]);
      expect(code).toBe(2);
      expect(stderr).toMatch(/^vernetzt: /);
      expect(stderr).not.toContain("    at ");
    }
  });
});

describe("vernetzt gaps on data without districts", () => {
  it("vernetzt gaps <path> --json exits 0 with an empty gap map and says why", () => {
    const { code, stdout, stderr } = runCli(["gaps", "test/fixtures/minimal", "--json"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      by: "district",
      wave: "1",
      categories: [],
      observed: [],
      expected: [],
      gaps: [],
      minGroupSize: 5,
      groupSizes: [],
      suppressedCategories: [],
      isolated: [],
    });
    expect(stderr).toContain("Stadtteil");
  });

  it("vernetzt gaps <path> --by sector (asked for explicitly) exits 2 when nobody has a sector", () => {
    expect(runCli(["gaps", "test/fixtures/minimal", "--by", "sector"]).code).toBe(2);
  });
});

describe("vernetzt gaps on the sample city, wave 3", () => {
  it("vernetzt gaps data/sample names the two districts cut off from the city first, then the pairs", () => {
    const text = runCli(["gaps", "data/sample", "--wave", "3", "--permutations", "99"]);
    expect(text.code).toBe(0);
    const titles = text.stdout.split("\n").filter((line) => /^\d+\. /.test(line));
    expect(titles.slice(0, 3)).toEqual([
      "1. Talhausen – ohne Verbindung in einen anderen Stadtteil",
      "2. Lerchenberg – ohne Verbindung in einen anderen Stadtteil",
      "3. Mühlbach – Nordstadt",
    ]);
    const json = JSON.parse(
      runCli(["gaps", "data/sample", "--wave", "3", "--json", "--permutations", "99"]).stdout,
    );
    expect(json.isolated.map((c: { category: string }) => c.category)).toEqual(["TH", "LB"]);
    expect(json.isolated[0]).toMatchObject({ actors: 14, tiesInside: 36 });
    expect([json.gaps[0].a, json.gaps[0].b]).toEqual(["MB", "NO"]);
  });

  it("vernetzt gaps uses the library's default null model (the one the dashboard uses)", async () => {
    const { DEFAULT_GAPS_OPTIONS } = await import("@vernetzt/core/gaps");
    const byDefault = runCli(["gaps", FIXTURE, "--json", "--permutations", "0"]).stdout;
    const explicit = ["--expectation", DEFAULT_GAPS_OPTIONS.expectation];
    expect(runCli(["gaps", FIXTURE, "--json", "--permutations", "0", ...explicit]).stdout).toBe(byDefault);
    const other = DEFAULT_GAPS_OPTIONS.expectation === "external" ? "degree" : "external";
    expect(
      runCli(["gaps", FIXTURE, "--json", "--permutations", "0", "--expectation", other]).stdout,
    ).not.toBe(byDefault);
  });
});
