/**
 * `vernetzt export` as a user runs it: every format written and read back by `vernetzt validate`; `--wave`;
 * exit 1 for a dataset with errors, 2 for usage errors (unknown format, unknown wave, missing path).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { vernetzt } from "./run-cli.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const stadtteil = join(root, "test/fixtures/io/stadtteil");

const out = () => mkdtempSync(join(tmpdir(), "vernetzt-export-"));

describe("vernetzt export", () => {
  for (const format of ["json", "gexf", "graphml"]) {
    it(`writes ${format} that validates and reads back`, () => {
      const file = join(out(), `netz.${format}`);
      const { code } = vernetzt("export", stadtteil, "--format", format, "--out", file);
      expect(code).toBe(0);
      expect(existsSync(file)).toBe(true);
      const check = vernetzt("validate", file, "--json");
      expect(check.code).toBe(0);
      expect(JSON.parse(check.stdout).issues).toEqual([]);
    });
  }
  it("writes a CSV folder with every file of the dataset", () => {
    const dir = join(out(), "csv");
    expect(vernetzt("export", stadtteil, "--format", "csv", "--out", dir).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(
      ["actors.csv", "attendance.csv", "districts.csv", "events.csv", "respondents.csv", "ties.csv"].sort(),
    );
    expect(vernetzt("validate", dir).code).toBe(0);
  });
  it("writes the same JSON as the dataset read from the other formats", () => {
    const dir = out();
    vernetzt("export", stadtteil, "--format", "json", "--out", join(dir, "a.json"));
    vernetzt("export", stadtteil, "--format", "csv", "--out", join(dir, "csv"));
    vernetzt("export", join(dir, "csv"), "--format", "json", "--out", join(dir, "b.json"));
    const a = JSON.parse(readFileSync(join(dir, "a.json"), "utf8"));
    const b = JSON.parse(readFileSync(join(dir, "b.json"), "utf8"));
    expect({ ...b, name: a.name }).toEqual(a);
  });
  it("exports one wave with --wave", () => {
    const file = join(out(), "w1.json");
    expect(vernetzt("export", stadtteil, "--format", "json", "--out", file, "--wave", "1").code).toBe(0);
    const document = JSON.parse(readFileSync(file, "utf8"));
    expect(document.waves).toEqual(["1"]);
    expect(document.ties.every((t: { wave: string }) => t.wave === "1")).toBe(true);
  });
  it("exits 2 for an unknown wave, format or path", () => {
    const file = join(out(), "x.json");
    expect(vernetzt("export", stadtteil, "--format", "json", "--out", file, "--wave", "9").code).toBe(2);
    expect(vernetzt("export", stadtteil, "--format", "pdf", "--out", file).code).toBe(2);
    expect(vernetzt("export", join(root, "nope"), "--format", "json", "--out", file).code).toBe(2);
    expect(vernetzt("export", stadtteil, "--format", "json").code).toBe(2);
  });
  it("exits 1 and prints the errors when the dataset has errors", () => {
    const dir = out();
    writeFileSync(join(dir, "actors.csv"), "id,name\na,A\n");
    writeFileSync(join(dir, "ties.csv"), "source,target\na,zz\n");
    const { code, stderr } = vernetzt("export", dir, "--format", "json", "--out", join(dir, "x.json"));
    expect(code).toBe(1);
    expect(stderr).toContain("TIE_UNKNOWN_ACTOR");
    expect(existsSync(join(dir, "x.json"))).toBe(false);
  });

  describe("vernetzt export --excel-safe", () => {
    /** Made-up actors whose names and district start like spreadsheet formulas (OWASP CSV injection). */
    function formulaDataset(): string {
      const dir = out();
      const actors = [
        'a;"=HYPERLINK(""http://example.invalid"",""Klick"")";Nord',
        "b;@SUM(1+1);=Süd",
        "c;-2+3;Nord",
      ];
      writeFileSync(join(dir, "actors.csv"), `id;name;district\n${actors.join("\n")}\n`);
      writeFileSync(join(dir, "ties.csv"), "source;target\na;b\nb;c\n");
      return dir;
    }

    it("prefixes formula-like cells with ' in every CSV format; without it the cells are written unchanged", () => {
      const data = formulaDataset();
      for (const [format, file] of [
        ["csv", "actors.csv"],
        ["nodes-edges-csv", "nodes.csv"],
      ]) {
        const safe = join(out(), format);
        const plain = join(out(), format);
        expect(vernetzt("export", data, "--format", format, "--out", safe, "--excel-safe").code).toBe(0);
        expect(vernetzt("export", data, "--format", format, "--out", plain).code).toBe(0);
        const safeText = readFileSync(join(safe, file), "utf8");
        const plainText = readFileSync(join(plain, file), "utf8");
        for (const cell of ["'@SUM(1+1)", "'=Süd", "'-2+3", `"'=HYPERLINK(`])
          expect(safeText).toContain(cell);
        expect(plainText).not.toContain("'");
        expect(plainText).toContain(",@SUM(1+1),=Süd");
      }
    });

    it("the default CSV export reads back to the same dataset; the excel-safe one keeps the prefix", () => {
      const data = formulaDataset();
      const dir = out();
      vernetzt("export", data, "--format", "json", "--out", join(dir, "a.json"));
      vernetzt("export", data, "--format", "csv", "--out", join(dir, "csv"));
      vernetzt("export", join(dir, "csv"), "--format", "json", "--out", join(dir, "b.json"));
      vernetzt("export", data, "--format", "csv", "--out", join(dir, "safe"), "--excel-safe");
      vernetzt("export", join(dir, "safe"), "--format", "json", "--out", join(dir, "c.json"));
      const read = (name: string) => JSON.parse(readFileSync(join(dir, name), "utf8"));
      expect({ ...read("b.json"), name: read("a.json").name }).toEqual(read("a.json"));
      expect(read("c.json").actors.map((a: { name: string }) => a.name)).toEqual([
        `'=HYPERLINK("http://example.invalid","Klick")`,
        "'@SUM(1+1)",
        "'-2+3",
      ]);
    });

    it("--excel-safe with a format that is not CSV is a usage error (exit 2) that names the CSV formats", () => {
      const { code, stderr } = vernetzt(
        "export",
        formulaDataset(),
        "--format",
        "json",
        "--out",
        join(out(), "x.json"),
        "--excel-safe",
      );
      expect(code).toBe(2);
      expect(stderr).toContain("nodes-edges-csv");
    });
  });
});
