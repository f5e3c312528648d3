/**
 * The loader never throws on bad input, and drops nothing silently: every data row of the actors file either
 * becomes an actor or is named (file and row) in the report. Property tests with fast-check, fixed seeds.
 */

import { IssueCollector, parseDataset, VALIDATION_CODES } from "@vernetzt/core/io";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCsvTable } from "../../../packages/core/src/io/csv-table.js";

const ACTORS =
  'ID;Name;Art;Themen;Breitengrad\r\na;"Verein; Mitte";Organisation;"Kultur; Feste";48,9\r\nb;Treff;Gruppe;Sport;\r\nc;Person C;Person;;\r\n';
const TIES = "Von;Zu;Gewicht;Welle\r\na;b;1;1\r\nb;c;2,5;2\r\n";

/** Mutations of a CSV text: delete, duplicate or replace a character with one that often breaks files. */
const mutatedCsv = (text: string) =>
  fc
    .array(
      fc.record({
        at: fc.nat({ max: text.length }),
        op: fc.constantFrom("delete", "insert", "replace"),
        char: fc.constantFrom('"', ";", ",", "\t", "\r", "\n", "", "x", "\u0000", "ä", " "),
      }),
      { maxLength: 6 },
    )
    .map((edits) => {
      let result = text;
      for (const { at, op, char } of edits) {
        const i = Math.min(at, result.length);
        if (op === "delete") result = result.slice(0, i) + result.slice(i + 1);
        else if (op === "insert") result = result.slice(0, i) + char + result.slice(i);
        else result = result.slice(0, i) + char + result.slice(i + 1);
      }
      return result;
    });

function checkShape(issues: Array<Record<string, unknown>>): void {
  for (const issue of issues) {
    expect(["error", "warning"]).toContain(issue.severity);
    expect(VALIDATION_CODES).toContain(issue.code);
    expect(typeof issue.message).toBe("string");
    expect(issue.row === null || (Number.isInteger(issue.row) && (issue.row as number) >= 1)).toBe(true);
  }
}

describe("parseDataset on broken input", () => {
  it("never throws on random bytes, in any file role", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 300 }),
        fc.constantFrom("actors.csv", "ties.csv", "data.xlsx", "data.json", "g.gexf", "g.graphml"),
        async (bytes, name) => {
          const base = { "actors.csv": ACTORS, "ties.csv": TIES };
          const files = name.endsWith(".csv")
            ? Object.entries({ ...base, [name]: bytes }).map(([file, data]) => ({ name: file, data }))
            : [{ name, data: bytes }];
          const result = await parseDataset(files);
          checkShape(result.report.issues as never);
          expect(result.report.ok).toBe(!result.report.issues.some((i) => i.severity === "error"));
        },
      ),
      { numRuns: 200, seed: 42 },
    );
  });
  it("never throws on mutated CSV and reports every actor row it leaves out", async () => {
    await fc.assert(
      fc.asyncProperty(mutatedCsv(ACTORS), mutatedCsv(TIES), async (actors, ties) => {
        const result = await parseDataset([
          { name: "actors.csv", data: actors },
          { name: "ties.csv", data: ties },
        ]);
        checkShape(result.report.issues as never);
        if (!result.dataset) {
          expect(result.report.ok).toBe(false);
          return;
        }
        // every record the CSV reader keeps (it reports the ones it drops) is an actor or named in the report
        const table = readCsvTable("actors", "actors.csv", actors, new IssueCollector(), true)!;
        // the column the loader took as the id (found by header or content), else the name (issue #16)
        const fields = result.mapping!.tables.find((t) => t.file === "actors.csv")!.columns;
        const idField = fields.some((c) => c.field === "id" && !c.duplicate) ? "id" : "name";
        const idColumn = fields.findIndex((c) => c.field === idField && !c.duplicate);
        const reported = new Set(
          result.report.issues.filter((i) => i.file === "actors.csv").map((i) => i.row),
        );
        const ids = new Set(result.dataset.actors.map((a) => a.id));
        for (const { row, cells } of table.rows) {
          if (!reported.has(row)) expect(ids.has(String(cells[idColumn] ?? "").trim())).toBe(true);
        }
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
