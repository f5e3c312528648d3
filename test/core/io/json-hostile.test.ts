/**
 * JSON files made to break a reader, each written by the test: nesting 5,000 levels deep inside an attribute
 * (it ended in "internal error: Maximum call stack size exceeded"), a person's `consent` given twice (JSON.parse
 * keeps the last silently), and broken syntax. Every one is reported in words with line and column.
 */
import { parseAnyDataset } from "@vernetzt/core/interop";
import { parseDataset } from "@vernetzt/core/io";
import { describe, expect, it } from "vitest";
import { runCli } from "../../cli/run-cli.js";

const DOCUMENT = {
  format: "vernetzt-dataset",
  version: 1,
  actors: [
    { id: "awo", name: "AWO Ortsverein", kind: "organisation" },
    { id: "kita", name: "Kita Sonnenschein", kind: "organisation", attributes: { notiz: "NESTED" } },
  ],
  ties: [{ source: "awo", target: "kita" }],
};

const text = (document: unknown = DOCUMENT) => JSON.stringify(document, null, 2);
const issuesOf = (report: {
  issues: Array<{ code: string; file: string | null; row: number | null; message: string }>;
}) => report.issues.map(({ code, file, row, message }) => ({ code, file, row, message }));

describe("a dataset JSON document", () => {
  it("nested 5,000 levels deep inside an attribute is refused with its line and column, not a stack overflow", async () => {
    const deep = text().replace('"NESTED"', `${"[".repeat(5000)}${"]".repeat(5000)}`);
    const { dataset, report } = await parseDataset([{ name: "netz.json", data: deep }], { lang: "de" });
    expect(dataset).toBeNull();
    expect(issuesOf(report)).toEqual([
      {
        code: "JSON_TOO_DEEP",
        file: "netz.json",
        row: null,
        message: expect.stringContaining("tiefer als 64 Ebenen verschachtelt (Zeile 15, Spalte 78)"),
      },
    ]);
  });

  it("nested deeply is refused by the real CLI with exit 1 and no internal error", async () => {
    const { mkdtemp, writeFile } = await import("node:fs/promises");
    const { join } = await import("node:path");
    const folder = await mkdtemp(join((await import("node:os")).tmpdir(), "vernetzt-deep-"));
    const file = join(folder, "netz.json");
    await writeFile(file, text().replace('"NESTED"', `${'{"a":'.repeat(5000)}1${"}".repeat(5000)}`));
    const result = runCli(["analyze", file]);
    expect(result.code).toBe(1);
    expect(result.stderr + result.stdout).toContain("JSON_TOO_DEEP");
    expect(result.stderr + result.stdout).not.toMatch(/internal error|Maximum call stack|RangeError/);
  });

  it("with a person's consent given twice leaves that person out with an error naming both lines", async () => {
    const twice = text({
      ...DOCUMENT,
      actors: [
        ...DOCUMENT.actors,
        { id: "eb", name: "Erika Beispiel", kind: "person", consent: "nein", memberOf: "awo" },
      ],
    }).replace('"memberOf": "awo"', '"memberOf": "awo",\n      "consent": "ja"');
    const { dataset, report } = await parseDataset([{ name: "netz.json", data: twice }]);
    expect(issuesOf(report)).toEqual([
      {
        code: "JSON_DUPLICATE_KEY",
        file: "netz.json/actors",
        row: 3,
        message:
          'The key "consent" occurs twice in one object (line 22, column 7 and line 24, column 7); it was not read, because it is not clear which value is meant. Delete one of them.',
      },
    ]);
    expect(report.ok).toBe(false);
    expect(dataset?.actors.map((a) => a.id)).toEqual(["awo", "kita"]);
    expect(JSON.stringify(dataset)).not.toContain("Erika");
  });

  it("with a top-level key twice (two lists of ties) is not read at all", async () => {
    const twice = text().replace('"ties": [', '"ties": [],\n  "ties": [');
    const { dataset, report } = await parseDataset([{ name: "netz.json", data: twice }]);
    expect(dataset).toBeNull();
    expect(report.issues.map((i) => [i.code, i.file, i.row])).toEqual([
      ["JSON_DUPLICATE_KEY", "netz.json", null],
    ]);
  });

  it("with a syntax error names the line and column in the user's language, never the parser's message", async () => {
    const broken = text().replace('"kita",', '"kita"');
    for (const lang of ["de", "en"] as const) {
      const { report } = await parseDataset([{ name: "netz.json", data: broken }], { lang });
      expect(report.issues.map((i) => i.message)).toEqual([
        lang === "de"
          ? "Die Datei lässt sich nicht lesen: kein gültiges JSON (Zeile 12, Spalte 7). Ist es eine gültige JSON-Datei?"
          : "The file cannot be read: not valid JSON (line 12, column 7). Check that it is a valid JSON file.",
      ]);
    }
  });
});

describe("another tool's JSON (Kumu, graphology)", () => {
  it("with a key twice is not read, and deep nesting is refused, through the importer of every format", async () => {
    const kumu = '{"elements": [{"label": "A", "label": "B"}], "connections": []}';
    const dup = await parseAnyDataset([{ name: "kumu.json", data: kumu }]);
    expect(dup.report.issues.map((i) => i.code)).toContain("JSON_DUPLICATE_KEY");
    const graphology = `{"nodes": [{"key": "a", "attributes": {"x": ${"[".repeat(3000)}${"]".repeat(3000)}}}], "edges": []}`;
    const deep = await parseAnyDataset([{ name: "graph.json", data: graphology }]);
    expect(deep.dataset).toBeNull();
    expect(deep.report.issues.map((i) => i.code)).toContain("JSON_TOO_DEEP");
  });
});
