/** Gephi's spreadsheet layout (Data Laboratory nodes/edges tables), hand-written after Gephi's format page. */

import { datasetToGephiSpreadsheet, parseGephiSpreadsheet } from "@vernetzt/core/interop";
import type { Dataset } from "@vernetzt/core/model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fixture, sampleDataset, tieList, where } from "./helpers.js";

describe("parseGephiSpreadsheet", () => {
  it("reads Id/Label nodes and Source/Target/Type/Weight edges (`;`, CRLF, decimal comma, quotes)", () => {
    const result = parseGephiSpreadsheet(fixture("gephi"));
    expect(where(result)).toEqual(["warning NAME_EMPTY@nodes.csv:6:Label"]);
    expect(result.dataset?.actors.map((a) => [a.id, a.name, a.district, a.offers])).toEqual([
      ["stb-nord", "Stadtteilbüro Nord", "Nord", ["Räume"]],
      ["fz-linde", "Familienzentrum Lindenweg", "Nord", []],
      ["jt-stern", "Jugendtreff Nordstern", "Nord", []],
      ["nv-hang", 'Nachbarschaftsverein "Am Hang"', "Süd", []],
      ["ini-garten", "ini-garten", "Süd", []],
    ]);
    expect(tieList(result.dataset)).toEqual([
      "stb-nord-fz-linde:2::u",
      "stb-nord-jt-stern:1::u",
      "fz-linde-nv-hang:3::d",
    ]);
    expect(result.dataset?.ties[2]?.attributes).toEqual({ Label: "Beratung" });
  });

  it("takes edges without a Type column as directed (Gephi's CSV default) unless told otherwise", () => {
    const edges = { name: "edges.csv", data: "Source,Target\na,b\n" };
    expect(tieList(parseGephiSpreadsheet([edges]).dataset)).toEqual(["a-b:1::d"]);
    expect(tieList(parseGephiSpreadsheet([edges], { directed: false }).dataset)).toEqual(["a-b:1::u"]);
  });

  it("reports a missing edges table and bad weights with their place", () => {
    expect(where(parseGephiSpreadsheet([{ name: "nodes.csv", data: "Id,Label\na,A\n" }]))).toEqual([
      "error FILE_MISSING@null:null:null",
    ]);
    const bad = parseGephiSpreadsheet([{ name: "edges.csv", data: "Source;Target;Weight\na;b;viel\n" }]);
    expect(where(bad)).toEqual(["error WEIGHT_INVALID@edges.csv:2:Weight"]);
  });

  it("writes two files it reads back to the same dataset", () => {
    const dataset = sampleDataset();
    const files = datasetToGephiSpreadsheet(dataset);
    expect(files.map((f) => f.name)).toEqual(["weidenbrunn-nodes.csv", "weidenbrunn-edges.csv"]);
    expect(String(files[1]!.data).split("\n")[0]).toBe("Source,Target,Weight,Kind,wave,date,Type,Notiz");
    const back = parseGephiSpreadsheet(files, { name: dataset.name });
    expect(where(back)).toEqual([]);
    expect(back.dataset).toEqual(dataset);
  });

  it("round-trips any names and tie types", () => {
    const text = fc
      .string({ minLength: 1 })
      .filter((s) => s.trim() === s && !/[\r\n;]/.test(s) && s.trim() !== "");
    fc.assert(
      fc.property(text, text, text, (a, b, type) => {
        fc.pre(a !== b);
        const dataset: Dataset = {
          ...sampleDataset(),
          actors: [a, b].map((id) => ({
            id,
            name: `${id}!`,
            topics: [],
            offers: [],
            needs: [],
            attributes: {},
          })),
          ties: [{ source: a, target: b, weight: 1, type, wave: "1", directed: false, attributes: {} }],
          waves: ["1"],
          directed: false,
        };
        const back = parseGephiSpreadsheet(datasetToGephiSpreadsheet(dataset), { name: dataset.name });
        expect(back.dataset).toEqual(dataset);
      }),
    );
  });
});
