/**
 * Real spreadsheet files (fixtures in `test/fixtures/io/`, hand-made, fictional): Windows-1252 with `;` and
 * CRLF, UTF-8 with BOM, tab-delimited, quoted fields with delimiters, quotes and line breaks inside.
 */
import { fileURLToPath } from "node:url";
import { decodeText } from "@vernetzt/core/io";
import { loadDataset } from "@vernetzt/core/node";
import { describe, expect, it } from "vitest";
import { detectDelimiter } from "../../../packages/core/src/io/csv-table.js";

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/io/${name}`, import.meta.url));

describe("loadDataset reads spreadsheet files as Excel writes them", () => {
  it("decodes Windows-1252 with semicolons, CRLF and a decimal comma", async () => {
    const { dataset, report } = await loadDataset(fixture("windows-1252"));
    expect(report.issues).toEqual([]);
    expect(dataset?.actors.map((a) => a.name)).toEqual(["Förderverein Grünstraße", "Kulturcafé Ölmühle"]);
    expect(dataset?.actors[0]?.topics).toEqual(["Lernhilfe", "Hausaufgaben"]);
    expect(dataset?.ties[0]).toMatchObject({ source: "f1", target: "k1", weight: 2.5, type: "Räume teilen" });
  });
  it("drops the UTF-8 byte order mark, so the first header is recognised", async () => {
    const { dataset, report } = await loadDataset(fixture("utf8-bom"));
    expect(report.issues).toEqual([]);
    expect(dataset?.actors.map((a) => [a.id, a.name, a.sector])).toEqual([
      ["m1", "Moscheeverein Ünal-Straße", "Religion"],
      ["m2", "Straßenfest-Initiative", "Kultur"],
    ]);
  });
  it("reads tab-delimited files and splits a list on commas", async () => {
    const { dataset, report } = await loadDataset(fixture("tab"));
    expect(report.issues).toEqual([]);
    expect(dataset?.actors[0]?.topics).toEqual(["Sport", "Musik"]);
    expect(dataset?.ties[0]?.type).toBe("gemeinsames Fest");
  });
  it("keeps delimiters, doubled quotes and line breaks inside quoted fields", async () => {
    const { dataset, report } = await loadDataset(fixture("quoted"));
    expect(report.issues).toEqual([]);
    expect(dataset?.actors.map((a) => a.name)).toEqual([
      'Verein "Miteinander", e.V.',
      "Nachbarschaftshilfe",
      "Treff\nam Markt",
    ]);
    expect(dataset?.actors[0]?.attributes).toEqual({ Notiz: "erste Zeile\r\nzweite Zeile" });
    expect(dataset?.ties).toHaveLength(2);
  });
  it("counts rows after a multi-line record as spreadsheet rows", async () => {
    const { parseDataset } = await import("@vernetzt/core/io");
    const result = await parseDataset([
      { name: "actors.csv", data: 'id,name\r\na,"eins\r\nzwei\r\ndrei"\r\nb,\r\n' },
      { name: "ties.csv", data: "source,target\r\n" },
    ]);
    expect(result.report.issues.map((i) => [i.code, i.row])).toEqual([["NAME_EMPTY", 3]]);
  });
});

describe("decodeText", () => {
  it("falls back to Windows-1252 when the bytes are not UTF-8", () => {
    expect(decodeText(new Uint8Array([0x53, 0xfc, 0x64, 0x80]))).toEqual({
      ok: true,
      text: "Süd€",
      encoding: "windows-1252",
    });
  });
  it("decodes German Excel's typographic quotes and dashes", () => {
    const decoded = decodeText(new Uint8Array([0x84, 0x61, 0x93, 0x20, 0x96, 0x20, 0x80, 0xdf]));
    expect(decoded).toMatchObject({ ok: true, text: "„a“ – €ß" });
  });
  it("reads UTF-16 with a byte order mark", () => {
    const decoded = decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0, 0xe4, 0]));
    expect(decoded).toEqual({ ok: true, text: "Aä", encoding: "utf-16le" });
  });
  it("refuses binary data", () => {
    expect(decodeText(new Uint8Array([1, 2, 3, 0, 4])).ok).toBe(false);
  });
});

describe("detectDelimiter", () => {
  it("takes the delimiter most frequent in the header line, outside quotes", () => {
    expect(detectDelimiter("id;name;note\n1,2,3,4,5\n")).toBe(";");
    expect(detectDelimiter('"a;b",c,d\n')).toBe(",");
    expect(detectDelimiter("\n\nid\tname\n")).toBe("\t");
    expect(detectDelimiter("id\n1\n")).toBe(",");
  });
});
