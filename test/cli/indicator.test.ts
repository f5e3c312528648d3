import { describe, expect, it } from "vitest";
import { FIXTURE, runCli } from "../fixtures/gaps/run-cli.js";

describe("vernetzt indicator", () => {
  it("vernetzt indicator <path> --json reports every wave with components, interval and response rate", () => {
    const { code, stdout } = runCli(["indicator", FIXTURE, "--json", "--replicates", "50"]);
    expect(code).toBe(0);
    const { waves } = JSON.parse(stdout);
    expect(waves.map((w: { wave: string }) => w.wave)).toEqual(["1", "2"]);
    for (const wave of waves) {
      expect(Object.keys(wave.components)).toEqual([
        "connected",
        "reach2",
        "crossDistrict",
        "crossSector",
        "isolated",
      ]);
      expect(wave.value).toBeGreaterThan(0);
      expect(wave.value).toBeLessThanOrEqual(1);
      expect(wave.interval).toHaveLength(2);
      expect(Object.keys(wave.byDistrict)).toEqual(["Mitte", "Nord", "Süd"]);
    }
    expect(waves[0].responseRate).toBeCloseTo(10 / 15, 12);
    expect(waves[1].responseRate).toBeCloseTo(12 / 15, 12);
    expect(waves[1].components.isolated).toBe(1);
  });

  it("vernetzt indicator <path> --lang en prints the components next to the composite", () => {
    const { code, stdout } = runCli([
      "indicator",
      FIXTURE,
      "--lang",
      "en",
      "--wave",
      "2",
      "--replicates",
      "0",
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Wave 2: 6\.3\.3 indicator 0\.\d+ \(response rate 80 %\)/);
    expect(stdout).toContain("Reach (pairs within two steps): ");
  });

  it("vernetzt indicator <sample> names districts by name and writes counts with thousands separators", () => {
    const { code, stdout } = runCli(["indicator", "data/sample", "--wave", "3", "--replicates", "0"]);
    expect(code).toBe(0);
    // the districts table of the sample names TH "Talhausen": the codes never reach the text
    expect(stdout).toMatch(/^ {4}Talhausen: \d/m);
    expect(stdout).not.toMatch(/^ {4}TH: /m);
    // 218 actors have 23,653 pairs: a German reader expects "23.653"
    expect(stdout).toMatch(/von 23\.653 Paaren/);
  });

  it("vernetzt indicator --wave with an unknown wave exits 2", () => {
    expect(runCli(["indicator", FIXTURE, "--wave", "3"]).code).toBe(2);
  });
});
