/**
 * Titles above a table and notes below it, as coordinators write them (issue #16): a merged heading, „Stand:
 * 2025“, a title line typed without delimiters, „Quelle: …“ under the table; and a year column of Excel dates.
 * Each is left out of the data and reported with its text; plain tables read as before. Fictional names.
 */
import { describe, expect, it } from "vitest";
import writeXlsxFile from "../../../packages/core/node_modules/write-excel-file/node/index.js";
import { detectDelimiter } from "../../../packages/core/src/io/csv-table.js";
import { findTableFrame } from "../../../packages/core/src/io/table-frame.js";
import { issuesOf, load, where } from "./helpers.js";

const text = (cell: string) => cell.trim();

describe("findTableFrame", () => {
  it("takes the row below one-cell titles as the header", () => {
    const rows = [
      ["Netzwerk Nordstadt", "", ""],
      [],
      ["Stand: 2025", "", ""],
      ["Name", "Stadtteil", "Bereich"],
      ["Kita", "Nord", "Kinder"],
      ["Schule", "Süd", "Bildung"],
    ];
    expect(findTableFrame(rows, text)).toEqual({ header: 3, titles: [0, 2], notes: [] });
  });
  it("keeps the first row of a one-column table, and a header as wide as its rows", () => {
    expect(findTableFrame([["Name"], ["Kita"], ["Schule", "Notiz"], ["Hort"]], text).header).toBe(0);
    expect(
      findTableFrame(
        [
          ["Von", "Zu"],
          ["A", "B"],
        ],
        text,
      ),
    ).toEqual({ header: 0, titles: [], notes: [] });
  });
  it("takes two-cell notes as titles only above a table three times as wide", () => {
    const wide = [
      ["Stand:", "2025"],
      ["a", "b", "c", "d", "e", "f"],
      ["1", "2", "3", "4", "5", "6"],
    ];
    expect(findTableFrame(wide, text).header).toBe(1);
    const narrow = [
      ["Stand:", "2025"],
      ["a", "b", "c"],
      ["1", "2", "3"],
    ];
    expect(findTableFrame(narrow, text).header).toBe(0);
  });
  it("sets apart last rows that start as notes do, never a row holding only a name", () => {
    const rows = [
      ["Von", "Zu"],
      ["A", "B"],
      ["Kita Nord", ""],
      [],
      ["Quelle: eigene Erhebung", ""],
      ["* fiktive Daten", ""],
    ];
    expect(findTableFrame(rows, text)).toEqual({ header: 0, titles: [], notes: [4, 5] });
    expect(
      findTableFrame(
        [
          ["Von", "Zu"],
          ["A", "B"],
          ["Gesamtschule Süd", ""],
        ],
        text,
      ).notes,
    ).toEqual([]);
  });
});

describe("detectDelimiter", () => {
  it("looks past a title line without delimiters, but not for a single column of names", () => {
    expect(detectDelimiter("Kooperationen 2025\r\nVon;Zu;Jahr\r\nA;B;2025\r\n")).toBe(";");
    expect(detectDelimiter("Name\nMüller, Hans\n")).toBe(",");
    expect(detectDelimiter("Von,Zu\nA,B\n")).toBe(",");
  });
});

describe("parseDataset reads a table under a title", () => {
  it("reads a CSV with a title line, a Stand row and a note below, reporting each with its text", async () => {
    const result = await load({
      "Kooperationen.csv":
        "Kooperationsliste West\r\nStand: 12.03.2025;;\r\n;;\r\nEinrichtung;Partner;Jahr\r\nKita;Schule;2024\r\nSchule;Hort;2025\r\n;;\r\nQuelle: Stadtteilrunde;;\r\n",
    });
    expect(result.dataset?.ties.map((t) => `${t.source}-${t.target}@${t.wave}`)).toEqual([
      "Kita-Schule@2024",
      "Schule-Hort@2025",
    ]);
    expect(where(result)).toContain("warning ROWS_ABOVE_HEADER@Kooperationen.csv:1:null");
    expect(where(result)).toContain("warning ROWS_BELOW_TABLE@Kooperationen.csv:8:null");
    expect(issuesOf(result, "ROWS_ABOVE_HEADER")[0]?.message).toContain(
      "Kooperationsliste West / Stand: 12.03.2025",
    );
  });
  it("reads a workbook sheet under a merged title, and a year column of Excel dates as years", async () => {
    const jan1 = (year: number) => ({ value: new Date(Date.UTC(year, 0, 1)), format: "yyyy" });
    const data = await writeXlsxFile(
      [
        {
          sheet: "Übersicht",
          data: [
            ["Netzwerk Lindenau", null, null],
            ["Name der Einrichtung", "Stadtteil", null],
            ["Kita", "Nord", null],
            ["Schule", "Süd", null],
            ["Hort", "Süd", null],
          ],
        },
        {
          sheet: "Kontakte",
          data: [
            ["Kooperationen", null, null],
            ["Einrichtung", "Partner", "Jahr"],
            ["Kita", "Schule", jan1(2024)],
            ["Schule", "Hort", jan1(2025)],
            ["Hinweis: fiktiv", null, null],
          ],
        },
      ] as never,
      {},
    ).toBuffer();
    const result = await load({ "netz.xlsx": new Uint8Array(data) });
    expect(result.dataset?.actors.map((a) => [a.name, a.district])).toEqual([
      ["Kita", "Nord"],
      ["Schule", "Süd"],
      ["Hort", "Süd"],
    ]);
    expect(result.dataset?.waves).toEqual(["2024", "2025"]);
    expect(where(result)).toEqual([
      "warning ROWS_ABOVE_HEADER@Übersicht:1:null",
      "warning ROWS_ABOVE_HEADER@Kontakte:1:null",
      "warning ROWS_BELOW_TABLE@Kontakte:5:null",
    ]);
  });
  it("keeps dates of a wave column that are no years as dates", async () => {
    const day = (month: number) => ({ value: new Date(Date.UTC(2024, month, 15)), format: "dd.mm.yyyy" });
    const data = await writeXlsxFile(
      [
        {
          sheet: "Kontakte",
          data: [
            ["Einrichtung", "Partner", "Welle"],
            ["Kita", "Schule", day(2)],
            ["Schule", "Hort", day(8)],
          ],
        },
      ] as never,
      {},
    ).toBuffer();
    const result = await load({ "netz.xlsx": new Uint8Array(data) });
    expect(result.dataset?.waves).toEqual(["2024-03-15", "2024-09-15"]);
  });
});
