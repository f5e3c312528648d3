import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import schema from "../../docs/schemas/analyze.schema.json" with { type: "json" };
import { runCli } from "../fixtures/gaps/run-cli.js";

const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

describe("vernetzt analyze", () => {
  it("vernetzt analyze data/sample --json prints one document that satisfies the schema", () => {
    const { code, stdout, stderr } = runCli(["analyze", "data/sample", "--json", "--permutations", "99"]);
    expect(code, stderr).toBe(0);
    const result = JSON.parse(stdout);
    expect(validate(result), JSON.stringify(validate.errors)).toBe(true);
    expect(result.network.actors).toBe(result.actors.length);
    expect(Object.keys(result.groups)).toEqual(expect.arrayContaining(["district", "sector"]));
    for (const group of Object.values<{ mixing: number[][]; categories: string[] }>(result.groups)) {
      expect(group.mixing.length).toBe(group.categories.length);
    }
  });

  it("vernetzt analyze analyses a dataset with only id, name, source and target", () => {
    const { code, stdout } = runCli(["analyze", "test/fixtures/minimal", "--json"]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(validate(result)).toBe(true);
    expect(result.network).toMatchObject({ actors: 4, ties: 2, components: 2, diameter: 2 });
    expect(result.groups).toEqual({});
  });

  it("vernetzt analyze --directed --group-by adds directed figures and the extra group", () => {
    const { code, stdout } = runCli([
      "analyze",
      "data/sample",
      "--json",
      "--directed",
      "--group-by",
      "kind",
      "--permutations",
      "0",
    ]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.network.directed).toBe(true);
    expect(typeof result.network.reciprocity).toBe("number");
    expect(result.actors[0]).toHaveProperty("inDegree");
    expect(result.groups.kind.eiPValue).toBeNull();
  });

  it("vernetzt analyze is byte-identical across runs", () => {
    const args = ["analyze", "data/sample", "--json", "--permutations", "50"];
    expect(runCli(args).stdout).toBe(runCli(args).stdout);
  });

  it("vernetzt analyze prints a German summary with --lang de", () => {
    const { code, stdout } = runCli(["analyze", "data/sample", "--lang", "de", "--permutations", "0"]);
    expect(code).toBe(0);
    expect(stdout).toContain("Dichte");
    expect(stdout).toMatch(/Welle \S+: \d+ Akteure/);
  });

  it("vernetzt analyze with an unknown --group-by or --wave exits 2 without a stack trace", () => {
    for (const args of [
      ["--group-by", "Lieblingsfarbe"],
      ["--wave", "99"],
      ["--samples", "0"],
    ]) {
      const { code, stderr } = runCli(["analyze", "test/fixtures/minimal", ...args]);
      expect(code, args.join(" ")).toBe(2);
      expect(stderr).not.toMatch(/\n\s+at /);
    }
  });
});
