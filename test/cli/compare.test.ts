import { describe, expect, it } from "vitest";
import { FIXTURE, runCli } from "../fixtures/gaps/run-cli.js";

describe("vernetzt compare", () => {
  it("vernetzt compare <path> --from 1 --to 2 --json lists what changed", () => {
    const { code, stdout } = runCli(["compare", FIXTURE, "--from", "1", "--to", "2", "--json"]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual([
      "from",
      "to",
      "actors",
      "ties",
      "indicator",
      "centrality",
      "districts",
      "minGroupSize", // added by the small-group suppression; the fields above are unchanged
    ]);
    expect(result.actors).toEqual({ new: ["m5"], lost: [] }); // Integrationsrat has its first ties in wave 2
    expect(result.ties.new).toHaveLength(8);
    expect(result.ties.lost).toEqual([]);
    expect(result.ties.new).toContainEqual({ source: "s3", target: "m5" });
    expect(result.indicator.components.isolated).toEqual({ from: 14 / 15, to: 1, change: 1 - 14 / 15 });
    expect(result.districts.gained).toEqual(["Mitte", "Nord", "Süd"]);
    const m5 = result.centrality.find((c: { actor: string }) => c.actor === "m5");
    expect(m5.degree).toEqual({ from: 0, to: 3, change: 3 });
  });

  it("vernetzt compare without --to is a usage error (exit 2)", () => {
    expect(runCli(["compare", FIXTURE, "--from", "1"]).code).toBe(2);
  });
});
