/**
 * XLSX workbooks: one sheet per file, German sheet names, typed cells (numbers, booleans, dates). The workbook
 * is written in the test with write-excel-file (fictional data).
 */

import { parseDataset } from "@vernetzt/core/io";
import { describe, expect, it } from "vitest";
import writeXlsxFile from "../../../packages/core/node_modules/write-excel-file/node/index.js";

async function workbook(sheets: Array<{ sheet: string; data: unknown[][] }>): Promise<Uint8Array> {
  const buffer = await writeXlsxFile(sheets as never, { dateFormat: "dd.mm.yyyy" }).toBuffer();
  return new Uint8Array(buffer);
}

describe("parseDataset reads an XLSX workbook", () => {
  it("maps German sheet names and keeps typed cells", async () => {
    const data = await workbook([
      {
        sheet: "Akteure",
        data: [
          ["ID", "Name", "Art", "Themen", "Breitengrad", "Einwilligung", "Gegründet"],
          ["a", "Bürgerverein Mitte", "Organisation", "Feste; Kultur", 48.9, true, 1987],
          ["b", "Jugendtreff", "Gruppe", null, null, false, null],
          [7, "Zahl als ID", "Person", null, null, null, null],
        ],
      },
      {
        sheet: "Beziehungen",
        data: [
          ["Von", "Zu", "Gewicht", "Datum", "Welle"],
          ["a", "b", 2.5, { value: new Date(Date.UTC(2024, 11, 31)), format: "dd.mm.yyyy" }, 1],
          ["b", "7", 1, null, 2],
        ],
      },
      { sheet: "Notizen", data: [["frei"], ["text"]] },
    ]);
    const { dataset, report } = await parseDataset([{ name: "stadtteil.xlsx", data }]);
    expect(report.issues.map((i) => [i.code, i.file])).toEqual([["FILE_UNKNOWN", "Notizen"]]);
    expect(dataset?.name).toBe("stadtteil");
    expect(dataset?.actors.map((a) => [a.id, a.kind, a.lat, a.consent])).toEqual([
      ["a", "organisation", 48.9, true],
      ["b", "group", undefined, false],
      ["7", "person", undefined, undefined],
    ]);
    expect(dataset?.actors[0]?.topics).toEqual(["Feste", "Kultur"]);
    expect(dataset?.actors[0]?.attributes).toEqual({ Gegründet: "1987" });
    expect(dataset?.ties.map((t) => [t.source, t.target, t.weight, t.date, t.wave])).toEqual([
      ["a", "b", 2.5, "2024-12-31", "1"],
      ["b", "7", 1, undefined, "2"],
    ]);
    expect(dataset?.waves).toEqual(["1", "2"]);
  });
  it("reports sheet rows in the issues", async () => {
    const data = await workbook([
      {
        sheet: "actors",
        data: [
          ["id", "name", null],
          ["a", "A", null],
          ["a", "B", null],
          ["b", "B", "überzählig"],
        ],
      },
      {
        sheet: "ties",
        data: [
          ["source", "target"],
          ["a", "x"],
        ],
      },
    ]);
    const { report, dataset } = await parseDataset([{ name: "w.xlsx", data }]);
    expect(dataset?.actors[1]?.attributes).toEqual({ "column 3": "überzählig" });
    expect(report.issues.map((i) => [i.code, i.file, i.row, i.column])).toEqual([
      ["ID_DUPLICATE", "actors", 3, "id"],
      ["TIE_UNKNOWN_ACTOR", "ties", 2, "target"],
    ]);
  });
  it("reports a missing sheet as FILE_MISSING", async () => {
    const data = await workbook([
      {
        sheet: "Akteure",
        data: [
          ["id", "name"],
          ["a", "A"],
        ],
      },
    ]);
    const { dataset, report } = await parseDataset([{ name: "w.xlsx", data }]);
    // an actor list alone is named as such (a roster read back, a list before the first survey: #17)
    expect(report.issues.map((i) => i.code)).toEqual(["FILE_MISSING", "ACTORS_ONLY"]);
    expect(dataset).toBeNull();
  });
  it("reports a broken workbook as FILE_FORMAT", async () => {
    const { report } = await parseDataset([
      { name: "w.xlsx", data: new Uint8Array([80, 75, 3, 4, 1, 2, 3]) },
    ]);
    expect(report.issues.map((i) => i.code)).toEqual(["FILE_FORMAT"]);
  });
});
