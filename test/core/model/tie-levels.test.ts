/**
 * Tie levels: reading `level`/`Stufe` and `reported_by`, the three symmetrisation rules on hand-made reports,
 * the level view (co-attendance counts at level 2), and the nesting property on random reports: under every
 * rule the ties of level ≥ 3 are a subset of those ≥ 2, which are a subset of those ≥ 1.
 */

import { parseDataset } from "@vernetzt/core/io";
import {
  buildGraph,
  type Dataset,
  LEVEL_RULES,
  type LevelRule,
  type Tie,
  TieLevelViewError,
  tieLevelView,
  tiesAtLevel,
} from "@vernetzt/core/model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const ACTORS = "id,name\na,A\nb,B\nc,C\nd,D";

async function load(ties: string, extra: Array<{ name: string; data: string }> = []) {
  const result = await parseDataset([
    { name: "actors.csv", data: ACTORS },
    { name: "ties.csv", data: ties },
    ...extra,
  ]);
  return result;
}

const pairs = (ties: readonly Tie[]) => ties.map((t) => `${t.source}-${t.target}:${t.level ?? "-"}`);

describe("reading levels", () => {
  it("reads Stufe and Beziehungsstufe headers, numbers and German labels in any case and spacing", async () => {
    const { dataset, report } = await load(
      "Von,Zu,Stufe\na,b,1\na,c, Kennen  Uns \nb,c,ARBEITEN ZUSAMMEN\nc,d,wissen voneinander\nb,d,",
    );
    expect(report.issues).toEqual([]);
    expect(pairs(dataset!.ties)).toEqual(["a-b:1", "a-c:2", "b-c:3", "c-d:1", "b-d:-"]);
    const other = await load("source;target;Beziehungsstufe\na;b;3");
    expect(other.dataset!.ties[0]?.level).toBe(3);
  });

  it("reports a value that is no level as an error naming the cell, and 'kennen wir nicht' as no tie", async () => {
    const { dataset, report } = await load("source,target,level\na,b,5\na,c,kennen wir nicht\na,d,2");
    expect(report.issues.map((i) => [i.code, i.severity, i.row, i.column])).toEqual([
      ["TIE_LEVEL_INVALID", "error", 2, "level"],
      ["TIE_LEVEL_NONE", "warning", 3, "level"],
    ]);
    expect(report.issues[0]?.message).toContain('"5"');
    expect(pairs(dataset!.ties)).toEqual(["a-d:2"]);
  });

  it("keeps two sides' reports of one pair apart and merges a reporter's repeated row", async () => {
    const { dataset, report } = await load(
      "source,target,level,gemeldet von\na,b,3,a\nb,a,1,b\na,b,2,a\nc,d,1,a",
    );
    expect(report.issues.map((i) => [i.code, i.row])).toEqual([
      ["TIE_DUPLICATE", 4],
      ["TIE_REPORTER_NOT_END", 5],
    ]);
    expect(dataset!.ties.map((t) => [t.source, t.target, t.level, t.reportedBy])).toEqual([
      ["a", "b", 3, "a"],
      ["b", "a", 1, "b"],
      ["c", "d", 1, undefined],
    ]);
  });

  it("refuses a reporter that is not an actor", async () => {
    const { report } = await load("source,target,reported_by\na,b,x");
    expect(report.issues.map((i) => [i.code, i.column])).toEqual([["TIE_REPORTER_UNKNOWN", "reported_by"]]);
  });
});

describe("tiesAtLevel", () => {
  // a and b answered and disagree; a names c (c did not answer); d answered and named nobody; d names nobody
  const reports = "source,target,level,reported_by\na,b,3,a\nb,a,1,b\na,c,2,a\na,d,3,a";
  const respondents = { name: "respondents.csv", data: "actor\na\nb\nd" };

  it.each([
    ["max", ["a-b:3", "a-c:2", "a-d:3"]],
    ["min", ["a-b:1", "a-c:2"]],
    ["confirmed", ["a-b:1"]],
  ] as const)("rule %s", async (rule, expected) => {
    const { dataset } = await load(reports, [respondents]);
    expect(pairs(tiesAtLevel(dataset!, "1", { rule, minLevel: 1 }))).toEqual(expected);
  });

  it("min reconstructs a non-respondent's answer, but a silent respondent means no tie", async () => {
    const withoutD = await load(reports, [{ name: "respondents.csv", data: "actor\na\nb" }]);
    expect(pairs(tiesAtLevel(withoutD.dataset!, "1", { rule: "min", minLevel: 1 }))).toContain("a-d:3");
  });

  it("leaves ties without a reporter alone and counts them as level 3", async () => {
    const { dataset } = await load("source,target,level,reported_by\na,b,1,a\nb,c,,\nc,d,2,");
    expect(pairs(tiesAtLevel(dataset!, "1", { rule: "confirmed", minLevel: 1 }))).toEqual(["b-c:-", "c-d:2"]);
    expect(pairs(tiesAtLevel(dataset!, "1", { rule: "max", minLevel: 3 }))).toEqual(["b-c:-"]);
  });

  it("rejects a rule or level it does not know", async () => {
    const { dataset } = await load(reports);
    expect(() => tiesAtLevel(dataset!, "1", { rule: "mean" as LevelRule, minLevel: 1 })).toThrow(
      TieLevelViewError,
    );
    expect(() => tieLevelView(dataset!, { minLevel: 0 as 1 })).toThrow(/minLevel must be one of 1, 2 or 3/);
  });
});

describe("tieLevelView and buildGraph", () => {
  it("builds one edge per reported pair, not the sum of both reports", async () => {
    const { dataset } = await load("source,target,level,reported_by\na,b,3,a\nb,a,1,b");
    const graph = buildGraph(dataset!);
    expect(graph.size).toBe(1);
    expect(graph.getEdgeAttributes(graph.edges()[0]!)).toMatchObject({ weight: 1, level: 3 });
  });

  it("drops co-attendance ties above level 2 and keeps them at 2", async () => {
    const { dataset } = await load("source,target,level\na,b,3", [
      { name: "attendance.csv", data: "event,actor\nak,c\nak,d" },
    ]);
    const size = (minLevel: 1 | 2 | 3) => buildGraph(tieLevelView(dataset!, { minLevel })).size;
    expect([size(1), size(2), size(3)]).toEqual([2, 2, 1]);
  });

  it("gives the same graph whether the view is materialised or applied while building", async () => {
    const { dataset } = await load("source,target,level,reported_by\na,b,3,a\nb,a,1,b\na,c,2,a");
    const viewed = tieLevelView(dataset!, { rule: "min", minLevel: 1 });
    expect(viewed.ties.some((t) => t.reportedBy !== undefined)).toBe(false);
    const lazily: Dataset = { ...dataset!, levelView: { rule: "min", minLevel: 1 } };
    expect(buildGraph(viewed).export()).toEqual(buildGraph(lazily).export());
  });
});

describe("nesting of levels (property)", () => {
  const actors = ["a", "b", "c", "d", "e", "f"];
  const report = fc.record({
    from: fc.constantFrom(...actors),
    to: fc.constantFrom(...actors),
    level: fc.constantFrom(1, 2, 3),
  });

  it("ties of level ≥ 3 ⊆ ≥ 2 ⊆ ≥ 1 under every rule, and every level has one tie per pair", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(report, { maxLength: 25 }), fc.subarray(actors), async (list, answered) => {
        const rows = list.filter((r) => r.from !== r.to).map((r) => `${r.from},${r.to},${r.level},${r.from}`);
        const { dataset } = await load(["source,target,level,reported_by", ...rows].join("\n"), [
          { name: "respondents.csv", data: ["actor", ...answered].join("\n") },
        ]);
        for (const rule of LEVEL_RULES) {
          const lists = ([1, 2, 3] as const).map((minLevel) =>
            tiesAtLevel(dataset!, "1", { rule, minLevel }).map((t) => [t.source, t.target].sort().join("-")),
          );
          const sets = lists.map((list) => new Set(list));
          // one tie per pair at every level
          expect(lists.map((list) => list.length)).toEqual(sets.map((set) => set.size));
          expect([...sets[2]!].every((p) => sets[1]!.has(p))).toBe(true);
          expect([...sets[1]!].every((p) => sets[0]!.has(p))).toBe(true);
        }
      }),
      { numRuns: 150, seed: 18 },
    );
  });
});
