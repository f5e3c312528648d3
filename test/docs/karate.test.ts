/**
 * The worked example docs/examples/karate.md: on data/karate, vernetzt reproduces the two published results —
 * Zachary's (1977) flow cut mispredicts only member 9, Girvan & Newman's (2002) first split misplaces only
 * node 3 — with either circulating version of the weights; the table and figures in the page are the ones the
 * script computes; the data are the ties, weights and clubs of networkx's karate_club_graph().
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { karateExample, karateMarkdown, PUBLISHED } from "../../scripts/examples/karate.js";
import { referenceFixtures } from "../core/graph/build.js";

const result = await karateExample();
const page = readFileSync("docs/examples/karate.md", "utf8");

describe("the published results", () => {
  it("has the published 34 members and 78 ties", () => {
    expect([result.members, result.ties]).toEqual([PUBLISHED.members, PUBLISHED.ties]);
  });

  it("Zachary (1977): the minimum cut between members 1 and 34 mispredicts only member 9", () => {
    expect(result.zachary.differsFromClub).toEqual([...PUBLISHED.zacharyMispredicted]);
    expect(result.zachary.instructorSide).toContain(1);
    expect(result.zachary.instructorSide).not.toContain(34);
  });

  it("Girvan & Newman (2002): the first split differs from Zachary's partition only at node 3", () => {
    expect(result.girvanNewman.differsFromZachary).toEqual([...PUBLISHED.girvanNewmanMisclassified]);
    expect(result.girvanNewman.differsFromClub).toEqual([3, 9]);
  });

  it("holds with the other circulating version of the weights (1–13: 2, 3–33: 3)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "vernetzt-karate-"));
    copyFileSync("data/karate/actors.csv", join(dir, "actors.csv"));
    const ties = readFileSync("data/karate/ties.csv", "utf8");
    const other = ties.replace("\n1,13,1\n", "\n1,13,2\n").replace("\n3,33,2\n", "\n3,33,3\n");
    expect(other).not.toBe(ties);
    expect(other.split("\n").filter((line, i) => line !== ties.split("\n")[i])).toHaveLength(2);
    writeFileSync(join(dir, "ties.csv"), other);
    const alternative = await karateExample(dir);
    expect(alternative.zachary.value).toBe(23);
    expect(alternative.zachary.instructorSide).toEqual(result.zachary.instructorSide);
    expect(alternative.zachary.differsFromClub).toEqual([9]);
    expect(alternative.girvanNewman).toEqual(result.girvanNewman);
  });
});

describe("the page shows what the script computes", () => {
  it("contains the comparison table", () => {
    expect(page).toContain(karateMarkdown(result));
  });

  it("quotes the computed figures", () => {
    expect(result.zachary.value).toBe(22);
    expect(result.zachary.cutTies).toBe(10);
    expect(page).toContain("cut.value;        // 22 — the summed capacity of the 10 cut ties");
    expect(result.zachary.instructorSide).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 13, 14, 17, 18, 20, 22]);
    expect(page).toContain("members 1–8, 11–14, 17, 18, 20, 22");
    expect(result.girvanNewman.removed).toHaveLength(11);
    expect(page).toContain("11 ties removed until the network splits");
    expect(result.girvanNewman.removed.at(-1)).toEqual({ source: 3, target: 14, betweenness: 285 });
    expect(page).toContain("3–14, carried 285 of the 561 pairs");
    expect(result.girvanNewman.instructorSide).toEqual([1, 2, 4, 5, 6, 7, 8, 11, 12, 13, 14, 17, 18, 20, 22]);
    expect(page).toContain("member 1's side: 1, 2, 4–8, 11–14, 17, 18, 20, 22");
    expect(result.hierarchy.levels).toBe(34);
    expect(result.hierarchy.bestCount).toBe(5);
    expect(result.hierarchy.bestModularity.toFixed(4)).toBe("0.4013");
    expect(page).toContain(
      "34 levels, and the level\nwith the highest modularity has 5 communities, Q = 0.4013",
    );
  });
});

describe("data/karate", () => {
  it("holds networkx's karate_club_graph(): the same ties and weights, members numbered from 1", () => {
    const fixture = referenceFixtures().find((f) => f.name === "karate")!;
    const expected = fixture.edges.map(([s, t, w]) => `${Number(s) + 1},${Number(t) + 1},${w}`).sort();
    const lines = readFileSync("data/karate/ties.csv", "utf8").trim().split("\n");
    expect(lines[0]).toBe("source,target,weight");
    expect(lines.slice(1).sort()).toEqual(expected);
  });

  it("has 17 members in each club, with the two leaders on their own sides", () => {
    const rows = readFileSync("data/karate/actors.csv", "utf8").trim().split("\n").slice(1);
    const club = new Map(rows.map((r) => [r.split(",")[0], r.split(",")[2]]));
    expect([...club.values()].filter((c) => c === "instructor")).toHaveLength(17);
    expect([...club.values()].filter((c) => c === "officers")).toHaveLength(17);
    expect([club.get("1"), club.get("34"), club.get("9")]).toEqual(["instructor", "officers", "instructor"]);
  });
});
