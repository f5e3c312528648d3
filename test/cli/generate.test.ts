/** `vernetzt generate`: writes a valid, reproducible dataset folder; bad flags give exit code 2, no stack trace. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadFolder } from "../data/load-folder.js";
import { vernetzt } from "./run-cli.js";

const work = mkdtempSync(join(tmpdir(), "vernetzt-cli-generate-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const FILES = ["actors.csv", "attendance.csv", "districts.csv", "events.csv", "respondents.csv", "ties.csv"];

describe("vernetzt generate", () => {
  it("writes a dataset folder that validates with zero issues and says what it wrote", async () => {
    const out = join(work, "a");
    const run = vernetzt(
      "generate",
      "--actors",
      "500",
      "--districts",
      "6",
      "--waves",
      "2",
      "--seed",
      "7",
      "--out",
      out,
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/500 actors/);
    expect(readdirSync(out).sort()).toEqual(FILES);
    const { dataset, report } = await loadFolder(out);
    expect(report.issues).toEqual([]);
    expect(dataset.actors).toHaveLength(500);
    expect(dataset.districts).toHaveLength(6);
    expect(dataset.waves).toEqual(["1", "2"]);
  });

  it("writes the same bytes for the same seed, and other bytes for another seed", () => {
    const [x, y, z] = ["x", "y", "z"].map((name) => join(work, name));
    expect(vernetzt("generate", "--actors", "400", "--seed", "3", "--out", x!).code).toBe(0);
    expect(vernetzt("generate", "--actors", "400", "--seed", "3", "--out", y!).code).toBe(0);
    expect(vernetzt("generate", "--actors", "400", "--seed", "4", "--out", z!).code).toBe(0);
    for (const file of FILES) {
      expect(readFileSync(join(x!, file)).equals(readFileSync(join(y!, file))), file).toBe(true);
    }
    expect(readFileSync(join(x!, "ties.csv")).equals(readFileSync(join(z!, "ties.csv")))).toBe(false);
  });

  it("prints a JSON summary with --json: files, rows and bytes, resolved options", () => {
    const out = join(work, "json");
    const run = vernetzt("generate", "--actors", "300", "--seed", "text-seed", "--out", out, "--json");
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(summary.out).toBe(out);
    expect(summary.options).toMatchObject({ actors: 300, seed: "text-seed", waves: 3 });
    expect(summary.files.map((f: { file: string }) => f.file).sort()).toEqual(FILES);
    for (const f of summary.files) {
      const text = readFileSync(join(out, f.file), "utf8");
      expect(f.bytes).toBe(Buffer.byteLength(text));
      expect(f.rows).toBe(text.split("\n").length - 2); // header and final line end
    }
  });

  it("refuses to overwrite a dataset without --force, and overwrites with it", () => {
    const out = join(work, "again");
    expect(vernetzt("generate", "--actors", "50", "--out", out).code).toBe(0);
    const refused = vernetzt("generate", "--actors", "60", "--out", out);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/--force/);
    expect(vernetzt("generate", "--actors", "60", "--out", out, "--force").code).toBe(0);
    expect(readFileSync(join(out, "actors.csv"), "utf8").trim().split("\n")).toHaveLength(61);
  });

  it("answers bad flags with exit code 2 and a message naming the flag, without a stack trace", () => {
    const cases: Array<[string[], RegExp]> = [
      [["--actors", "many"], /--actors/],
      [["--actors", "0"], /--actors/],
      [["--actors", "10", "--districts", "20"], /--districts/],
      [["--actors", "10", "--within-district", "2"], /--within-district/],
    ];
    for (const [flags, message] of cases) {
      const run = vernetzt("generate", ...flags, "--out", join(work, "bad"));
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
    const missing = vernetzt("generate", "--out", join(work, "bad"));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--actors/);
  });

  it("reports an --out that cannot be a folder with exit code 2, naming the path", () => {
    const file = join(work, "a-file");
    writeFileSync(file, "not a folder");
    const run = vernetzt("generate", "--actors", "20", "--out", join(file, "inside"));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(join(file, "inside"));
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("speaks German with --lang de", () => {
    const run = vernetzt("--lang", "de", "generate", "--actors", "abc", "--out", join(work, "de"));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/muss eine Zahl sein/);
    const ok = vernetzt("--lang", "de", "generate", "--actors", "40", "--out", join(work, "de"));
    expect(ok.stdout).toMatch(/40 Akteure/);
  });
});
