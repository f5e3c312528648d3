/**
 * Whitespace edge lists: networkx `write_edgelist` (dict data), `write_weighted_edgelist` and igraph NCOL, as
 * the tools wrote them (`test/fixtures/interop/make-fixtures.py`); the export is read back by networkx
 * `read_edgelist` when Debian's Python has it.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { datasetToEdgeList, InteropExportError, parseEdgeList } from "@vernetzt/core/interop";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsePythonDict, pythonDictLiteral } from "../../../packages/core/src/interop/python-literal.js";
import { FIXTURE_TIES, fixture, sampleDataset, tieList, where } from "./helpers.js";

const PYTHON = "/usr/bin/python3";
const hasNetworkx = existsSync(PYTHON) && spawnSync(PYTHON, ["-c", "import networkx"]).status === 0;
const hasIgraph = existsSync(PYTHON) && spawnSync(PYTHON, ["-c", "import igraph"]).status === 0;

describe("parseEdgeList", () => {
  it("reads networkx write_edgelist with Python dict data", () => {
    const result = parseEdgeList(fixture("networkx", ["graph.edgelist"])[0]!);
    expect(where(result)).toEqual([]);
    expect(tieList(result.dataset)).toEqual(FIXTURE_TIES);
    expect(result.dataset?.actors.map((a) => a.id)).toEqual([
      "stb-nord",
      "fz-linde",
      "jt-stern",
      "nv-hang",
      "kg-ost",
    ]);
    expect(result.dataset?.name).toBe("graph");
  });

  it("reads networkx write_weighted_edgelist and igraph NCOL (third column = weight)", () => {
    const withoutTypes = FIXTURE_TIES.map((t) => t.replace(/:[A-Za-z]+:u$/, "::u"));
    for (const [folder, name] of [
      ["networkx", "weighted.edgelist"],
      ["igraph", "graph.ncol"],
    ] as const) {
      const result = parseEdgeList(fixture(folder, [name])[0]!);
      expect(where(result)).toEqual([]);
      expect(tieList(result.dataset)).toEqual(withoutTypes);
    }
  });

  it("skips comments and blank lines, and numbers rows by line", () => {
    const text = "# Kontakte\n\na b 2.5 # stark\nb c\n\nc d 0\n";
    const result = parseEdgeList({ name: "kontakte.txt", data: text });
    expect(tieList(result.dataset)).toEqual(["a-b:2.5::u", "b-c:1::u", "c-d:0::u"]);
    expect(where(result)).toEqual(["warning WEIGHT_ZERO@kontakte.txt:6:weight"]);
  });

  it("reports unreadable data and extra fields with their line", () => {
    const text = "a b {'weight': 2\nb c 1 2\nc\nd e\n";
    const result = parseEdgeList({ name: "g.edgelist", data: text }, { lang: "de" });
    expect(where(result)).toEqual([
      "error FILE_FORMAT@g.edgelist:1:data",
      "error ROW_TOO_MANY_FIELDS@g.edgelist:2:null",
      "error TIE_ENDPOINT_EMPTY@g.edgelist:3:target",
    ]);
  });

  it("keeps dict keys named source or target as attributes, not as endpoints", () => {
    const result = parseEdgeList({ name: "g.edgelist", data: "a b {'source': 'Umfrage', 'weight': 2}\n" });
    expect(result.dataset?.ties[0]).toMatchObject({
      source: "a",
      target: "b",
      weight: 2,
      attributes: { "data source": "Umfrage" },
    });
  });

  it("reads ties as directed when asked (networkx create_using=nx.DiGraph)", () => {
    const result = parseEdgeList({ name: "g.edgelist", data: "a b\nb a\n" }, { directed: true });
    expect(tieList(result.dataset)).toEqual(["a-b:1::d", "b-a:1::d"]);
  });
});

describe("datasetToEdgeList", () => {
  it("writes networkx's dict format, which parseEdgeList reads back to the same ties", () => {
    const dataset = sampleDataset();
    const text = datasetToEdgeList(dataset);
    expect(text.split("\n")[0]).toBe(
      "stb fz {'weight': 2, 'type': 'Kooperation', 'wave': '1', 'directed': 'no'}",
    );
    const back = parseEdgeList({ name: "weidenbrunn.edgelist", data: text });
    expect(where(back)).toEqual([]);
    expect(back.dataset?.ties).toEqual(dataset.ties);
  });

  it("writes weights only or bare pairs", () => {
    const dataset = sampleDataset();
    expect(datasetToEdgeList(dataset, { data: "weight" }).split("\n")[1]).toBe("fz jt 1.5");
    expect(datasetToEdgeList(dataset, { data: "none" }).split("\n")[1]).toBe("fz jt");
  });

  it("refuses actor ids with whitespace and unknown options", () => {
    const dataset = sampleDataset();
    dataset.actors[0]!.id = "stb nord";
    expect(() => datasetToEdgeList(dataset)).toThrow(InteropExportError);
    expect(() => datasetToEdgeList(sampleDataset(), { data: "json" as never })).toThrow(InteropExportError);
  });

  it.skipIf(!hasNetworkx)("writes lines that networkx read_edgelist reads with the same data", () => {
    const text = datasetToEdgeList(sampleDataset());
    const script =
      "import sys, json, networkx as nx\n" +
      "G = nx.parse_edgelist(sys.stdin.read().splitlines(), create_using=nx.MultiDiGraph)\n" +
      "print(json.dumps([[u, v, d] for u, v, d in G.edges(data=True)]))";
    const run = spawnSync(PYTHON, ["-c", script], { input: text, encoding: "utf8" });
    expect(run.stderr).toBe("");
    const edges = JSON.parse(run.stdout) as [string, string, Record<string, unknown>][];
    expect(edges[2]).toEqual([
      "jt",
      "stb",
      { weight: 1, type: "Austausch", wave: "2", directed: "yes", Notiz: "über, Kommas" },
    ]);
    expect(edges.map(([u, v, d]) => `${u}-${v}:${d.weight}`)).toEqual([
      "stb-fz:2",
      "fz-jt:1.5",
      "jt-stb:1",
      "p1-jt:3",
    ]);
  });
});

describe("datasetToEdgeList read by igraph", () => {
  it.skipIf(!hasIgraph)("writes weights that igraph Read_Ncol reads as the same weighted graph", () => {
    const dir = mkdtempSync(join(tmpdir(), "vernetzt-ncol-"));
    writeFileSync(join(dir, "g.ncol"), datasetToEdgeList(sampleDataset(), { data: "weight" }));
    const script =
      "import json, igraph as ig\n" +
      `g = ig.Graph.Read_Ncol("${dir}/g.ncol", names=True, weights=True, directed=False)\n` +
      'print(json.dumps(sorted([sorted([g.vs[e.source]["name"], g.vs[e.target]["name"]]) + [e["weight"]] for e in g.es])))';
    const run = spawnSync(PYTHON, ["-c", script], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout)).toEqual([
      ["fz", "jt", 1.5],
      ["fz", "stb", 2],
      ["jt", "p1", 3],
      ["jt", "stb", 1],
    ]);
  });
});

describe("Python dict literals", () => {
  it("read what they write, whatever the text", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.string({ minLength: 1 }),
            fc.oneof(fc.string(), fc.double({ noNaN: true, noDefaultInfinity: true })),
          ),
        ),
        (entries) => {
          const unique = [...new Map(entries).entries()].map(
            ([k, v]) => [k, typeof v === "number" ? v + 0 : v] as const,
          );
          const parsed = parsePythonDict(pythonDictLiteral(unique));
          expect(parsed).toEqual(Object.fromEntries(unique));
        },
      ),
    );
  });

  it("reads True, False and None and rejects other Python values", () => {
    expect(parsePythonDict("{'a': True, 'b': False, 'c': None, \"d\": -1e3}")).toEqual({
      a: "true",
      b: "false",
      d: -1000,
    });
    expect(parsePythonDict("{'a': [1, 2]}")).toBeNull();
    expect(parsePythonDict("{'a' 1}")).toBeNull();
    const proto = parsePythonDict("{'__proto__': 'x'}")!;
    expect(Object.getPrototypeOf(proto)).toBe(Object.prototype);
    expect(Object.keys(proto)).toEqual(["__proto__"]);
  });
});
