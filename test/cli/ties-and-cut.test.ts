/**
 * `vernetzt ties` and `vernetzt cut` end to end (docs/cli.md): the JSON shapes exactly, values checked against
 * networkx (the tie-level reference fixtures) or counted from the CSV files, German text by default, small
 * groups suppressed, and exit 2 with a message for what cannot be answered.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { edgeFixtures } from "../core/edges/reference-edges.js";
import { FIXTURE, runCli } from "../fixtures/gaps/run-cli.js";

const json = (args: string[]) => {
  const { code, stdout, stderr } = runCli(args);
  expect(code, stderr).toBe(0);
  return JSON.parse(stdout);
};

describe("vernetzt ties", () => {
  it("vernetzt ties data/karate --json --top 78 gives networkx's tie betweenness, most first, bridges flagged", () => {
    const result = json(["ties", "data/karate", "--json", "--top", "78"]);
    expect(Object.keys(result)).toEqual(["wave", "weighted", "pairs", "ties"]);
    expect(result).toMatchObject({ wave: "1", weighted: false, pairs: 561 });
    expect(Object.keys(result.ties[0])).toEqual(["source", "target", "betweenness", "share", "bridge"]);
    const reference = edgeFixtures().find((f) => f.graph.name === "karate")!.values.networkx.binary
      .edgeBetweenness;
    const expected = new Map(reference.map(([i, j, x]) => [`${i + 1}-${j + 1}`, x]));
    expect(result.ties).toHaveLength(78);
    for (const tie of result.ties) {
      expect(tie.betweenness).toBeCloseTo(expected.get(`${tie.source}-${tie.target}`)!, 9);
      expect(tie.share).toBeCloseTo(tie.betweenness / 561, 12);
    }
    const values = result.ties.map((t: { betweenness: number }) => t.betweenness);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    // member 12's only tie is the network's only bridge
    expect(result.ties.filter((t: { bridge: boolean }) => t.bridge)).toEqual([
      expect.objectContaining({ source: "1", target: "12", bridge: true }),
    ]);
  });

  it("vernetzt ties <path> prints the top ties in German with the share of pairs", () => {
    const { code, stdout } = runCli(["ties", "data/karate", "--top", "2"]);
    expect(code).toBe(0);
    const lines = stdout.trim().split("\n");
    expect(lines[0]).toBe(
      "Die 2 tragenden Kooperationen (Welle 1): über sie laufen die meisten kürzesten Wege zwischen Akteuren.",
    );
    expect(lines[1]).toMatch(/^ {2}1\. member 1 – member 32: \d+,\d+ % der Akteurspaare \(71,4 von 561\)$/);
    expect(lines).toHaveLength(3);
    const one = runCli(["ties", "data/karate", "--top", "1"]).stdout.split("\n")[0];
    expect(one).toBe(
      "Die tragende Kooperation (Welle 1): über sie laufen die meisten kürzesten Wege zwischen Akteuren.",
    );
  });

  it("vernetzt ties --top 0 or an unknown wave exits 2", () => {
    expect(runCli(["ties", "data/karate", "--top", "0"]).code).toBe(2);
    expect(runCli(["ties", "data/karate", "--wave", "9"]).code).toBe(2);
  });
});

describe("vernetzt cut", () => {
  it("vernetzt cut data/karate --from 1 --to 34 --weighted --json is Zachary's cut (value 22, 10 ties)", () => {
    const result = json(["cut", "data/karate", "--from", "1", "--to", "34", "--weighted", "--json"]);
    expect(Object.keys(result)).toEqual([
      "wave",
      "weighted",
      "by",
      "from",
      "to",
      "fromActors",
      "toActors",
      "value",
      "suppressed",
      "ties",
      "fromSide",
      "toSide",
    ]);
    expect(result).toMatchObject({
      by: null,
      from: "1",
      to: "34",
      fromActors: 1,
      toActors: 1,
      value: 22,
      suppressed: false,
    });
    expect(result.ties).toHaveLength(10);
    expect(Object.keys(result.ties[0])).toEqual(["source", "target", "capacity"]);
    expect(result.fromSide).toEqual([
      "1",
      "2",
      "3",
      "4",
      "5",
      "6",
      "7",
      "8",
      "11",
      "12",
      "13",
      "14",
      "17",
      "18",
      "20",
      "22",
    ]);
    expect(result.fromSide.length + result.toSide.length).toBe(34);
  });

  it("--by club between the two clubs cuts exactly the ties that cross them, counted from the CSV", () => {
    const club = new Map(
      readFileSync("data/karate/actors.csv", "utf8")
        .trim()
        .split("\n")
        .slice(1)
        .map((row) => {
          const [id, , value] = row.split(",");
          return [id!, value!];
        }),
    );
    const crossing = readFileSync("data/karate/ties.csv", "utf8")
      .trim()
      .split("\n")
      .slice(1)
      .filter((row) => {
        const [s, t] = row.split(",");
        return club.get(s!) !== club.get(t!);
      });
    const result = json([
      "cut",
      "data/karate",
      "--by",
      "club",
      "--from",
      "instructor",
      "--to",
      "officers",
      "--json",
    ]);
    expect(result).toMatchObject({ by: "club", fromActors: 17, toActors: 17, suppressed: false });
    expect(result.value).toBe(crossing.length);
    expect(result.ties).toHaveLength(crossing.length);
  });

  it("takes a district's name or id, and prints the independent paths in German", () => {
    const byName = json([
      "cut",
      FIXTURE,
      "--by",
      "district",
      "--from",
      "Nordstadt",
      "--to",
      "Südstadt",
      "--json",
    ]);
    const byId = json(["cut", FIXTURE, "--by", "district", "--from", "Nord", "--to", "Süd", "--json"]);
    expect({ ...byName, from: "", to: "" }).toEqual({ ...byId, from: "", to: "" });
    expect(byId.value).toBeGreaterThan(0);
    const { code, stdout } = runCli(["cut", FIXTURE, "--by", "district", "--from", "Nord", "--to", "Süd"]);
    expect(code).toBe(0);
    expect(stdout.split("\n")[0]).toBe(
      `Zwischen Nord (5 Akteure) und Süd (5 Akteure): ${byId.value} voneinander unabhängige Wege. So viele Kooperationen müssten enden, bis keine Verbindung mehr besteht.`,
    );
    expect(stdout.trim().split("\n")).toHaveLength(2 + byId.value);
  });

  it("withholds a group smaller than --min-group-size with a person in it, not one of organisations only", () => {
    const args = (data: string, from: string, to: string) => [
      "cut",
      data,
      "--by",
      "district",
      "--from",
      from,
      "--to",
      to,
      "--min-group-size",
      "6",
    ];
    // test/privacy/small-group: Mitte has 5 organisations, Kleinau 2 groups and a resident
    expect(json([...args("test/privacy/small-group", "Klein", "Mitte"), "--json"])).toMatchObject({
      value: null,
      suppressed: true,
      ties: [],
      fromSide: [],
      toSide: [],
    });
    const { stdout } = runCli(args("test/privacy/small-group", "Klein", "Mitte"));
    expect(stdout).toContain(
      "Nicht gezeigt: eine der beiden Gruppen hat weniger als 6 Akteure, darunter Privatpersonen",
    );
    // this fixture's Nord and Süd: 5 organisations and groups each, no person — shown although below 6
    const shown = json([...args(FIXTURE, "Nord", "Süd"), "--json"]);
    expect(shown).toMatchObject({ suppressed: false, fromActors: 5, toActors: 5 });
    expect(shown.value).toBeGreaterThan(0);
  });

  it("exits 2 with a message for an unknown value or actor, or the same --from and --to", () => {
    const unknown = runCli(["cut", FIXTURE, "--by", "district", "--from", "Nord", "--to", "Atlantis"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('"Atlantis" is not a value of district');
    expect(unknown.stderr).toContain("Nordstadt (Nord)");
    expect(runCli(["cut", "data/karate", "--from", "1", "--to", "99"]).code).toBe(2);
    expect(runCli(["cut", "data/karate", "--from", "1", "--to", "1"]).code).toBe(2);
    expect(runCli(["cut", "data/karate", "--from", "1"]).code).toBe(2);
  });
});
