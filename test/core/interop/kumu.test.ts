/**
 * Kumu's spreadsheet layout: CSV sheets hand-written after Kumu's "Structure your data" guide, and an XLSX
 * workbook written in the test with write-excel-file (fictional data).
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import {
  datasetToKumu,
  datasetToKumuBlueprint,
  detectInteropFormat,
  parseKumu,
} from "@vernetzt/core/interop";
import { describe, expect, it } from "vitest";
import writeXlsxFile from "../../../packages/core/node_modules/write-excel-file/node/index.js";
import { fixture, sampleDataset, tieList, where } from "./helpers.js";

const PYTHON = "/usr/bin/python3";

async function workbook(sheets: Array<{ sheet: string; data: unknown[][] }>): Promise<Uint8Array> {
  return new Uint8Array(await writeXlsxFile(sheets as never).toBuffer());
}

describe("parseKumu", () => {
  it("reads Elements and Connections: labels as ids, Tags as topics, | in To, Direction, Strength", async () => {
    const result = await parseKumu(fixture("kumu"));
    expect(where(result)).toEqual([]);
    expect(result.dataset?.actors.map((a) => [a.id, a.kind, a.district, a.topics, a.attributes])).toEqual([
      [
        "Stadtteilbüro Nord",
        "organisation",
        "Nord",
        ["Koordination", "Beteiligung"],
        { Description: "Koordiniert das Netzwerk im Norden" },
      ],
      ["Familienzentrum Lindenweg", "organisation", "Nord", ["Familie", "Bildung"], {}],
      ["Jugendtreff Nordstern", "organisation", "Nord", ["Jugend"], {}],
      [
        "Initiative Gemeinschaftsgarten",
        "group",
        "Süd",
        ["Umwelt"],
        { Description: "Gärtnern, Kochen, Feiern" },
      ],
    ]);
    expect(tieList(result.dataset)).toEqual([
      "Stadtteilbüro Nord-Familienzentrum Lindenweg:2:Kooperation:u",
      "Stadtteilbüro Nord-Jugendtreff Nordstern:2:Kooperation:u",
      "Jugendtreff Nordstern-Initiative Gemeinschaftsgarten:1:Austausch:d",
      "Familienzentrum Lindenweg-Initiative Gemeinschaftsgarten:1.5::u",
    ]);
  });

  it("reads a workbook with IDs, keeps a Type that is no kind as attribute, skips (ignore) sheets", async () => {
    const data = await workbook([
      {
        sheet: "Elements",
        data: [
          ["Label", "ID", "Type"],
          ["Stadtteilbüro Nord", "stb", "Verwaltung"],
          ["Jugendtreff Nordstern", "jt", "Jugendarbeit"],
        ],
      },
      {
        sheet: "Connections",
        data: [
          ["From", "To", "Strength"],
          ["stb", "Jugendtreff Nordstern", 3],
          ["jt", "Sportverein", 1],
        ],
      },
      { sheet: "Notizen (ignore)", data: [["frei"], ["text"]] },
    ]);
    const result = await parseKumu([{ name: "karte.xlsx", data }]);
    expect(result.dataset?.name).toBe("karte");
    expect(result.dataset?.actors.map((a) => [a.id, a.kind, a.attributes.Type])).toEqual([
      ["stb", undefined, "Verwaltung"],
      ["jt", undefined, "Jugendarbeit"],
    ]);
    expect(tieList(result.dataset)).toEqual(["stb-jt:3::d"]);
    expect(where(result)).toEqual(["error TIE_UNKNOWN_ACTOR@Connections:3:To"]);
  });

  it("reports a missing Connections sheet", async () => {
    const result = await parseKumu([{ name: "elements.csv", data: "Label\nA\n" }]);
    expect(result.dataset).toBeNull();
    expect(where(result)).toEqual(["error FILE_MISSING@null:null:null"]);
  });

  it("writes a workbook it reads back to the same dataset", async () => {
    const dataset = sampleDataset();
    const file = await datasetToKumu(dataset);
    expect(file.name).toBe("weidenbrunn.xlsx");
    const back = await parseKumu([file], { name: dataset.name });
    expect(where(back)).toEqual([]);
    expect(back.dataset).toEqual(dataset);
  });

  it.skipIf(!existsSync(PYTHON))(
    "writes a valid zip whose file times are fixed, so the bytes do not depend on the clock",
    async () => {
      const file = await datasetToKumu(sampleDataset());
      const script =
        "import sys, io, zipfile, json\n" +
        "z = zipfile.ZipFile(io.BytesIO(sys.stdin.buffer.read()))\n" +
        "print(json.dumps([z.testzip(), sorted({i.date_time for i in z.infolist()})]))";
      const run = spawnSync(PYTHON, ["-c", script], { input: file.data as Uint8Array, encoding: "utf8" });
      expect(run.stderr).toBe("");
      expect(JSON.parse(run.stdout)).toEqual([null, [[1980, 1, 1, 0, 0, 0]]]);
    },
  );
});

describe("Kumu JSON blueprints", () => {
  it("reads the blueprint of Kumu's guide: tags as a list, direction mutual, custom keys", async () => {
    const blueprint = {
      elements: [
        { label: "A", type: "Letter", description: "This is A", tags: ["one", "two"] },
        { label: "B", type: "Letter", "Favorite Dessert": "shave ice" },
      ],
      connections: [{ from: "A", to: "B", type: "likes", direction: "mutual" }],
    };
    const file = { name: "map.json", data: JSON.stringify(blueprint) };
    expect(await detectInteropFormat([file])).toBe("kumu");
    const result = await parseKumu([file]);
    expect(where(result)).toEqual([]);
    expect(result.dataset?.actors.map((a) => [a.id, a.topics, a.attributes])).toEqual([
      ["A", ["one", "two"], { type: "Letter", description: "This is A" }],
      ["B", [], { type: "Letter", "Favorite Dessert": "shave ice" }],
    ]);
    expect(tieList(result.dataset)).toEqual(["A-B:1:likes:u"]);
  });

  it("reports a file that is no blueprint", async () => {
    const result = await parseKumu([{ name: "map.json", data: '{"nodes": []}' }]);
    expect(where(result)).toEqual([
      "error FILE_FORMAT@map.json:null:null",
      "error FILE_MISSING@null:null:null",
    ]);
    expect(where(await parseKumu([{ name: "map.json", data: "{kaputt" }]))[0]).toBe(
      "error FILE_FORMAT@map.json:null:null",
    );
  });

  it("writes a blueprint it reads back to the same dataset", async () => {
    const dataset = sampleDataset();
    const file = datasetToKumuBlueprint(dataset);
    const parsed = JSON.parse(String(file.data));
    expect(parsed.elements[0]).toMatchObject({
      label: "Stadtteilbüro Nord",
      id: "stb",
      type: "organisation",
      tags: ["Beteiligung", "Wohnen"],
    });
    expect(parsed.connections[1]).toMatchObject({
      from: "fz",
      to: "jt",
      direction: "directed",
      strength: 1.5,
    });
    const back = await parseKumu([file], { name: dataset.name });
    expect(where(back)).toEqual([]);
    expect(back.dataset).toEqual(dataset);
  });
});
