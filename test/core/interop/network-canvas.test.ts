/**
 * Network Canvas' CSV and GraphML exports: two fictional interviews written in the exporter's layout (column
 * names from the exporter's reserved attributes; see test/fixtures/interop/README.md).
 */

import { datasetToNetworkCanvasRoster, parseNetworkCanvas } from "@vernetzt/core/interop";
import { buildGraph } from "@vernetzt/core/model";
import { describe, expect, it } from "vitest";
import { expandAllKeys } from "../../../packages/core/src/io/graph-tables.js";
import { fixture, sampleDataset, where } from "./helpers.js";

const EGO_1 = "e0e0e0e0-0001-4000-8000-000000000001";
const EGO_2 = "e0e0e0e0-0002-4000-8000-000000000002";
const A = "a0a0a0a0-0000-4000-8000-00000000000a";
const B = "a0a0a0a0-0000-4000-8000-00000000000b";
const C = "a0a0a0a0-0000-4000-8000-00000000000c";
const D = "b0b0b0b0-0000-4000-8000-00000000000d";

const csvFiles = () => fixture("network-canvas").filter((f) => f.name.endsWith(".csv"));
const short = (id: string) =>
  ({ [EGO_1]: "ego1", [EGO_2]: "ego2", [A]: "A", [B]: "B", [C]: "C", [D]: "D" })[id] ?? id;

describe("parseNetworkCanvas reads the CSV export", () => {
  const result = parseNetworkCanvas(csvFiles());

  it("makes egos and alters actors; a roster alter named in two interviews is one actor", () => {
    expect(where(result)).toEqual([]);
    expect(result.dataset?.actors.map((a) => [short(a.id), a.name, a.sector ?? a.district])).toEqual([
      ["ego1", "O-01", "Nord"],
      ["ego2", "O-02", "Süd"],
      ["A", "Familienzentrum Lindenweg", "Familie"],
      ["B", "Jugendtreff Nordstern", "Jugend"],
      ["C", "=Initiative Gemeinschaftsgarten", undefined],
      ["D", "Sportverein Weidenbrunn 1921", "Sport"],
    ]);
  });

  it("ties each ego to its alters (directed, node type, alter variables on the tie) and alters as perceived", () => {
    const ties = result.dataset!.ties;
    expect(
      ties.map((t) => `${short(t.source)}-${short(t.target)}:${t.type}:${t.directed ? "d" : "u"}`),
    ).toEqual([
      "ego1-A:Organisation:d",
      "ego1-B:Organisation:d",
      "ego1-C:Organisation:d",
      "ego2-B:Organisation:d",
      "ego2-D:Organisation:d",
      "A-B:kennen:u",
    ]);
    expect(ties[3]!.attributes).toEqual({ closeness: "5", topics_jugend: "true", topics_familie: "false" });
    expect(ties[5]!.attributes).toEqual({ networkCanvasEgoUUID: EGO_1, since: "2019" });
    expect(result.dataset!.actors[0]!.attributes.sessionStart).toBe("2026-03-02T09:00:00.000Z");
  });

  it("records every ego as a respondent", () => {
    expect(result.dataset?.respondents).toEqual({ "1": [EGO_1, EGO_2] });
  });

  it("gives a graph where the shared alter joins the two interviews", () => {
    const graph = buildGraph(result.dataset!, { directed: false });
    expect(graph.order).toBe(6);
    expect(graph.neighbors(B).map(short).sort()).toEqual(["A", "ego1", "ego2"]);
  });

  it("reports an edge row without an endpoint at its file and row", () => {
    const edges = `edgeID,from,to,networkCanvasEgoUUID,networkCanvasUUID,networkCanvasSourceUUID,networkCanvasTargetUUID\n1,1,2,${EGO_1},x,${A},\n`;
    const broken = parseNetworkCanvas([
      ...csvFiles().filter((f) => !f.name.includes("edgeList")),
      { name: "S_edgeList_kennen.csv", data: edges },
    ]);
    expect(where(broken)).toEqual([
      "error TIE_ENDPOINT_EMPTY@S_edgeList_kennen.csv:2:networkCanvasTargetUUID",
    ]);
  });

  it("skips the adjacency matrices Network Canvas can add to the export", () => {
    const matrix = { name: "O-01_x_adjacencyMatrix_kennen.csv", data: `,${A},${B}\n${A},0,1\n${B},1,0\n` };
    const withMatrix = parseNetworkCanvas([...csvFiles(), matrix]);
    expect(where(withMatrix)).toEqual([]);
    expect(withMatrix.dataset?.ties).toEqual(result.dataset?.ties);
  });

  it("reports files that are not Network Canvas exports", () => {
    const result2 = parseNetworkCanvas([{ name: "notes.csv", data: "a,b\n1,2\n" }]);
    expect(where(result2)).toEqual([
      "warning FILE_UNKNOWN@notes.csv:null:null",
      "error FILE_MISSING@null:null:null",
    ]);
  });
});

describe("parseNetworkCanvas reads the GraphML export", () => {
  it("gives the same actors and ties as the CSV export of the same interview", () => {
    const graphml = parseNetworkCanvas(fixture("network-canvas").filter((f) => f.name.endsWith(".graphml")));
    const csv = parseNetworkCanvas(csvFiles().filter((f) => f.name.startsWith("O-01")));
    expect(where(graphml)).toEqual([]);
    const view = (r: typeof csv) => ({
      actors: r.dataset?.actors.map((a) => [a.id, a.sector]),
      ties: r.dataset?.ties.map((t) => [
        t.source,
        t.target,
        t.type,
        t.directed,
        t.attributes.closeness,
        t.attributes.since,
      ]),
    });
    expect(view(graphml)).toEqual(view(csv));
    expect(graphml.dataset?.actors[3]?.name).toBe("Initiative Gemeinschaftsgarten");
  });

  it("reads a session exported as both CSV and GraphML once (from the CSV)", () => {
    const both = parseNetworkCanvas(fixture("network-canvas"));
    const csv = parseNetworkCanvas(csvFiles());
    expect(where(both)).toEqual([]);
    expect(both.dataset).toEqual({ ...csv.dataset, name: both.dataset?.name });
  });

  it("expands for=all keys, which graphology-graphml cannot read", () => {
    expect(expandAllKeys('<key id="label" attr.name="label" attr.type="string" for="all"/>')).toBe(
      '<key id="label" attr.name="label" attr.type="string" for="graph"/>' +
        '<key id="label" attr.name="label" attr.type="string" for="node"/>' +
        '<key id="label" attr.name="label" attr.type="string" for="edge"/>',
    );
  });

  it("reports a file that is not GraphML", () => {
    const result = parseNetworkCanvas([{ name: "s.graphml", data: "<graphml><graph" }]);
    expect(where(result)[0]).toBe("error FILE_FORMAT@s.graphml:null:null");
  });
});

describe("a vernetzt roster used in Network Canvas interviews", () => {
  it("writes the actors as a roster with Network Canvas variable names", () => {
    const roster = datasetToNetworkCanvasRoster(sampleDataset());
    expect(roster.name).toBe("weidenbrunn-roster.csv");
    const lines = String(roster.data).split("\n");
    expect(lines[0]).toBe("id,name,kind,sector,district,topics,offers,needs,member_of");
    expect(lines[1]).toBe(
      "stb,Stadtteilbüro Nord,organisation,Stadtverwaltung,Nord,Beteiligung; Wohnen,Räume,,",
    );
    expect(lines).toHaveLength(7);
  });

  it("maps the interviews' alters back onto the roster's ids, whatever UUIDs the sessions gave them", () => {
    const ego = (n: number) => `e-${n}`;
    const attributeList = (n: number, rows: string[]) =>
      [
        "nodeID,networkCanvasEgoUUID,networkCanvasUUID,id,name,closeness",
        ...rows.map((r, i) => `${i + 1},${ego(n)},${r}`),
      ].join("\n");
    const files = [
      {
        name: "S1_x_ego.csv",
        data: `networkCanvasEgoUUID,networkCanvasCaseID,id\n${ego(1)},Interview 1,stb\n`,
      },
      {
        name: "S1_x_attributeList_Organisation.csv",
        data: attributeList(1, ["u-1,fz,Familienzentrum,3", "u-2,jt,Jugendtreff,1"]),
      },
      {
        name: "S2_y_ego.csv",
        data: `networkCanvasEgoUUID,networkCanvasCaseID,id\n${ego(2)},Interview 2,jt\n`,
      },
      { name: "S2_y_attributeList_Organisation.csv", data: attributeList(2, ["u-9,fz,Familienzentrum,5"]) },
    ];
    const result = parseNetworkCanvas(files);
    expect(where(result)).toEqual([]);
    expect(result.dataset?.actors.map((a) => a.id)).toEqual(["stb", "jt", "fz"]);
    expect(result.dataset?.ties.map((t) => `${t.source}>${t.target}:${t.attributes.closeness}`)).toEqual([
      "stb>fz:3",
      "stb>jt:1",
      "jt>fz:5",
    ]);
    expect(result.dataset?.respondents).toEqual({ "1": ["stb", "jt"] });
  });
});
