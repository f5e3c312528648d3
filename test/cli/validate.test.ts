/**
 * `vernetzt validate` as a user runs it: the real CLI in a child process. Exit codes 0 (no error), 1 (errors),
 * 2 (usage error); the `--json` contract; human output grouped by file with a count summary; German and English.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { vernetzt } from "./run-cli.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const fixture = (name: string) => join(root, "test/fixtures/io", name);

function brokenDataset(): string {
  const dir = mkdtempSync(join(tmpdir(), "vernetzt-validate-"));
  writeFileSync(join(dir, "akteure.csv"), "ID;Name;Art\r\na;Alpha;Organisation\r\nb;Beta;Roboter\r\n");
  writeFileSync(join(dir, "beziehungen.csv"), "Von;Zu;Gewicht\r\na;b;viel\r\na;x;1\r\n");
  return dir;
}

describe("vernetzt validate", () => {
  it("exits 0 and says so for a valid dataset", () => {
    const { code, stdout } = vernetzt("validate", fixture("stadtteil"));
    expect(code).toBe(0);
    expect(stdout).toContain("No problems found.");
    expect(stdout.split("\n")[0]).toBe("stadtteil: 5 actors, 5 ties (directed), waves 1, 2.");
  });
  it("exits 1 and lists problems grouped by file with row and column", () => {
    const { code, stdout } = vernetzt("validate", brokenDataset());
    expect(code).toBe(1);
    expect(stdout).toContain("akteure.csv\n");
    expect(stdout).toContain('warning: akteure.csv:3, column "Art": Unknown kind "Roboter"');
    expect(stdout).toContain('error: beziehungen.csv:2, column "Gewicht"');
    expect(stdout).toContain('error: beziehungen.csv:3, column "Zu"');
    expect(stdout).toContain("2 errors, 1 warning.");
  });
  it("prints the JSON contract with --json", () => {
    const { code, stdout } = vernetzt("validate", brokenDataset(), "--json");
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.ok).toBe(false);
    expect(report.issues.map((i: { code: string }) => i.code)).toEqual([
      "KIND_UNKNOWN",
      "WEIGHT_INVALID",
      "TIE_UNKNOWN_ACTOR",
    ]);
    for (const issue of report.issues) {
      expect(Object.keys(issue)).toEqual(["severity", "code", "file", "row", "column", "message"]);
    }
    expect(report.issues[1]).toMatchObject({
      severity: "error",
      file: "beziehungen.csv",
      row: 2,
      column: "Gewicht",
    });
  });
  it("speaks German with --lang de", () => {
    const { stdout } = vernetzt("validate", brokenDataset(), "--lang", "de");
    expect(stdout).toContain('Fehler: beziehungen.csv:3, Spalte "Zu"');
    expect(stdout).toContain("2 Fehler, 1 Warnung.");
  });
  it("exits 0 with warnings only", () => {
    const dir = mkdtempSync(join(tmpdir(), "vernetzt-validate-"));
    writeFileSync(join(dir, "actors.csv"), "id,name\na,\nb,B\n");
    writeFileSync(join(dir, "ties.csv"), "source,target\na,b\n");
    const { code, stdout } = vernetzt("validate", dir, "--json");
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      ok: true,
      issues: [{ code: "NAME_EMPTY", severity: "warning" }],
    });
  });
  it("makes ties directed with --directed", () => {
    const dir = mkdtempSync(join(tmpdir(), "vernetzt-validate-"));
    writeFileSync(join(dir, "actors.csv"), "id,name\na,A\nb,B\n");
    writeFileSync(join(dir, "ties.csv"), "source,target\na,b\nb,a\n");
    expect(
      JSON.parse(vernetzt("validate", dir, "--json").stdout).issues.map((i: { code: string }) => i.code),
    ).toEqual(["TIE_DUPLICATE"]);
    expect(JSON.parse(vernetzt("validate", dir, "--json", "--directed").stdout).issues).toEqual([]);
  });
  it("exits 2 without a stack trace when the path does not exist", () => {
    const { code, stderr, stdout } = vernetzt("validate", join(root, "no/such/folder"), "--json");
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("does not exist");
    expect(stderr).not.toMatch(/\n\s+at /);
  });
  it("exits 2 for a bad --lang", () => {
    expect(vernetzt("validate", fixture("basic"), "--lang", "fr").code).toBe(2);
  });
});
