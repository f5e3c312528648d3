/**
 * Waves are named in the CLI's text as on the dashboard and the figures: "Welle 2025" where the folder's
 * dataset.json (or the dates) say wave 3 is 2025; a flag takes either form; JSON keeps the wave ids.
 */
import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../fixtures/gaps/run-cli.js";

describe("wave names in the CLI", () => {
  it("text output names the sample's waves by year, as dataset.json does", () => {
    const gaps = runCli(["gaps", "data/sample"]);
    expect(gaps.code).toBe(0);
    expect(gaps.stdout.split("\n")[0]).toContain("(Welle 2025)");
    const ties = runCli(["ties", "data/sample", "--top", "3"]);
    expect(ties.stdout).toContain("(Welle 2025)");
  });

  it("--wave takes the name people read as well as the id, and JSON keeps the id", () => {
    const byName = runCli(["analyze", "data/sample", "--wave", "2024", "--json"]);
    const byId = runCli(["analyze", "data/sample", "--wave", "2", "--json"]);
    expect(byName.code).toBe(0);
    expect(JSON.parse(byName.stdout).wave).toBe("2");
    expect(byName.stdout).toBe(byId.stdout);
    const compare = runCli(["compare", "data/sample", "--from", "2024", "--to", "2025"]);
    expect(compare.code).toBe(0);
    expect(compare.stdout.split("\n")[0]).toBe("Von Welle 2024 zu Welle 2025:");
  });

  it("an unknown wave lists the waves with their names (exit 2)", () => {
    const { code, stderr } = runCli(["analyze", "data/sample", "--wave", "2030"]);
    expect(code).toBe(2);
    expect(stderr).toContain("1 (2023), 2 (2024), 3 (2025)");
  });

  it("a broken dataset.json is named with line and column; the data are read, waves keep their ids", () => {
    const folder = mkdtempSync(join(tmpdir(), "vernetzt-note-"));
    cpSync("data/sample", folder, { recursive: true });
    writeFileSync(join(folder, "dataset.json"), '{\n  "waves": {"1": "2023",}\n}\n');
    const { code, stdout, stderr } = runCli(["gaps", folder]);
    expect(code).toBe(0);
    expect(stderr).toMatch(
      /dataset\.json, Zeile 2, Spalte \d+: kein gültiges JSON|dataset\.json, line 2, column \d+: not valid JSON/,
    );
    expect(stderr).not.toMatch(/SyntaxError|Unexpected token/);
    // without the note, the waves are named by the years of their dated meetings (the sample's are dated)
    expect(stdout.split("\n")[0]).toMatch(/\(Welle (3|2025)\)/);
  });
});
