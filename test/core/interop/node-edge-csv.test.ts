/**
 * Node-list + edge-list CSV as networkx/pandas and python-igraph write them. Fixtures written by the tools
 * themselves (`test/fixtures/interop/make-fixtures.py`); the export is read back with pandas + networkx when
 * Debian's Python has them.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { datasetToNodeEdgeCsv, parseNodeEdgeCsv } from "@vernetzt/core/interop";
import { describe, expect, it } from "vitest";
import { FIXTURE_TIES, fixture, sampleDataset, tieList, where } from "./helpers.js";

const PYTHON = "/usr/bin/python3";
const hasPandas = existsSync(PYTHON) && spawnSync(PYTHON, ["-c", "import pandas, networkx"]).status === 0;

describe("parseNodeEdgeCsv", () => {
  it("reads networkx/pandas files: the unnamed index column is the node id, isolates are kept", () => {
    const result = parseNodeEdgeCsv(fixture("networkx", ["nodes.csv", "edges.csv"]));
    expect(where(result)).toEqual([]);
    expect(result.dataset?.actors.map((a) => [a.id, a.name, a.district, a.kind])).toEqual([
      ["stb-nord", "Stadtteilbüro Nord", "Nord", "organisation"],
      ["fz-linde", "Familienzentrum Lindenweg", "Nord", "organisation"],
      ["jt-stern", "Jugendtreff Nordstern", "Nord", "organisation"],
      ["nv-hang", "Nachbarschaftsverein Am Hang", "Süd", "organisation"],
      ["kg-ost", "Kirchengemeinde Weidenbrunn-Ost", "Ost", "organisation"],
      ["ini-garten", "Initiative Gemeinschaftsgarten", "Süd", "group"],
    ]);
    expect(tieList(result.dataset)).toEqual(FIXTURE_TIES);
    expect(result.dataset?.directed).toBe(false);
  });

  it("reads python-igraph data frames: vertex ids in the edges become vertex names, label is the name", () => {
    const result = parseNodeEdgeCsv(fixture("igraph", ["vertices.csv", "edges.csv"]));
    expect(where(result)).toEqual([]);
    expect(result.dataset?.actors.map((a) => `${a.id}=${a.name}`)).toContain(
      "kg-ost=Kirchengemeinde Weidenbrunn-Ost",
    );
    expect(tieList(result.dataset)).toEqual(FIXTURE_TIES);
  });

  it("takes the actors from the edges when there is no node file, and reads R's from/to", () => {
    const result = parseNodeEdgeCsv([
      { name: "edges.csv", data: '"from","to","weight"\n"a","b",2\n"b","c",1\n' },
    ]);
    expect(result.dataset?.actors.map((a) => a.id)).toEqual(["a", "b", "c"]);
    expect(tieList(result.dataset)).toEqual(["a-b:2::u", "b-c:1::u"]);
  });

  it("reports an edge to an unknown node with file, row and column", () => {
    const result = parseNodeEdgeCsv([
      { name: "nodes.csv", data: "id,name\na,A\nb,B\n" },
      { name: "edges.csv", data: "source,target\na,b\nb,x\n" },
    ]);
    expect(where(result)).toEqual(["error TIE_UNKNOWN_ACTOR@edges.csv:3:target"]);
    expect(result.report.ok).toBe(false);
    expect(tieList(result.dataset)).toEqual(["a-b:1::u"]);
  });

  it("reports a missing edge file", () => {
    const result = parseNodeEdgeCsv([{ name: "nodes.csv", data: "id,name\na,A\n" }]);
    expect(result.dataset).toBeNull();
    expect(where(result)).toEqual(["error FILE_MISSING@null:null:null"]);
  });

  it("writes files it reads back to the same dataset", () => {
    const dataset = sampleDataset();
    const back = parseNodeEdgeCsv(datasetToNodeEdgeCsv(dataset), { name: dataset.name });
    expect(where(back)).toEqual([]);
    expect(back.dataset).toEqual(dataset);
  });

  it.skipIf(!hasPandas)("writes files that pandas and networkx read to the same graph", () => {
    const dir = mkdtempSync(join(tmpdir(), "vernetzt-interop-"));
    for (const file of datasetToNodeEdgeCsv(sampleDataset()))
      writeFileSync(join(dir, file.name), String(file.data));
    const script = [
      "import json, sys, pandas as pd, networkx as nx",
      `nodes = pd.read_csv("${dir}/nodes.csv", dtype=str)`,
      `edges = pd.read_csv("${dir}/edges.csv", dtype={"source": str, "target": str})`,
      'G = nx.from_pandas_edgelist(edges, edge_attr=["weight"], create_using=nx.MultiGraph)',
      'G.add_nodes_from(nodes["id"])',
      'print(json.dumps({"nodes": sorted(G.nodes), "edges": sorted([sorted([u, v]) + [d["weight"]] for u, v, d in G.edges(data=True)])}))',
    ].join("\n");
    const run = spawnSync(PYTHON, ["-c", script], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    const read = JSON.parse(run.stdout) as { nodes: string[]; edges: [string, string, number][] };
    expect(read.nodes).toEqual(["fz", "iso", "jt", "p1", "stb"]);
    expect(read.edges).toEqual([
      ["fz", "jt", 1.5],
      ["fz", "stb", 2],
      ["jt", "p1", 3],
      ["jt", "stb", 1],
    ]);
  });
});
