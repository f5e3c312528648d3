/**
 * The XLSX writer: plain sheets, drop-down lists (list data validations), the hidden sheet of long lists,
 * byte-stable output; and, where LibreOffice is installed, that LibreOffice reads the drop-down as a list.
 */

import { writeWorkbook } from "@vernetzt/core/interop";
import { arrayBufferOf, IssueCollector, readXlsxSheets } from "@vernetzt/core/io";
import { describe, expect, it } from "vitest";
import { strFromU8, unzipSync } from "../../../packages/core/node_modules/fflate/esm/index.mjs";
import { convertWithLibreOffice, hasLibreOffice } from "../../libreoffice.js";

const LEVELS = ["kennen wir nicht", "wissen voneinander", "kennen uns", "arbeiten zusammen"];

function part(bytes: Uint8Array, path: string): string {
  const file = unzipSync(bytes)[path];
  if (!file) throw new Error(`no ${path} in the workbook`);
  return strFromU8(file);
}

/** Every `<dataValidation>` of a sheet's XML as {type, sqref, formula}. */
function validations(xml: string): Array<{ type: string; sqref: string; formula: string }> {
  return [...xml.matchAll(/<dataValidation\s([^>]*)>\s*<formula1>([^<]*)<\/formula1>/g)].map((m) => ({
    type: /\btype="([^"]*)"/.exec(m[1]!)?.[1] ?? "",
    sqref: /\bsqref="([^"]*)"/.exec(m[1]!)?.[1] ?? "",
    formula: m[2]!.replace(/&quot;/g, '"'),
  }));
}

const form = (rows: number) => ({
  name: "Kontakte",
  header: ["ID", "Name", "Stufe"],
  rows: Array.from({ length: rows }, (_, i) => [`A${i + 1}`, `Akteur ${i + 1}`, ""]),
  frozenHeader: true,
  dropDowns: [{ column: 2, values: LEVELS, prompt: { title: "Stufe", text: "Bitte wählen." } }],
});

describe("writeWorkbook", () => {
  it("writes a list validation over the data rows of the drop-down column", async () => {
    const bytes = await writeWorkbook([form(4)]);
    expect(validations(part(bytes, "xl/worksheets/sheet1.xml"))).toEqual([
      { type: "list", sqref: "C2:C5", formula: `"${LEVELS.join(",")}"` },
    ]);
    const sheets = await readXlsxSheets("f.xlsx", arrayBufferOf(bytes), new IssueCollector());
    expect(sheets?.map((s) => [s.name, s.header, s.rows.length])).toEqual([
      ["Kontakte", ["ID", "Name", "Stufe"], 4],
    ]);
  });

  it("puts the validation after sheetData, where the schema wants it", async () => {
    const xml = part(await writeWorkbook([form(2)]), "xl/worksheets/sheet1.xml");
    expect(xml.indexOf("</sheetData>")).toBeLessThan(xml.indexOf("<dataValidations"));
    expect(xml).toContain('state="frozen"');
  });

  it("applies a list to the given rows, blank rows for later answers included", async () => {
    const sheet = { ...form(2), dropDowns: [{ column: 2, values: LEVELS, rows: [2, 12] as const }] };
    const xml = part(await writeWorkbook([sheet]), "xl/worksheets/sheet1.xml");
    expect(validations(xml).map((v) => v.sqref)).toEqual(["C2:C12"]);
  });

  it("moves a list with commas or over 255 characters into a hidden sheet and refers to it", async () => {
    const long = Array.from({ length: 30 }, (_, i) => `Bereich ${i}, Teil ${i}`);
    const sheet = { ...form(3), dropDowns: [...form(3).dropDowns, { column: 1, values: long }] };
    const bytes = await writeWorkbook([sheet]);
    expect(validations(part(bytes, "xl/worksheets/sheet1.xml"))).toEqual([
      { type: "list", sqref: "C2:C4", formula: `"${LEVELS.join(",")}"` },
      { type: "list", sqref: "B2:B4", formula: "Listen!$A$2:$A$31" },
    ]);
    expect(part(bytes, "xl/workbook.xml")).toMatch(/<sheet [^>]*name="Listen"[^>]*state="hidden"/);
    const sheets = await readXlsxSheets("f.xlsx", arrayBufferOf(bytes), new IssueCollector());
    expect(sheets?.[1]?.rows.map((row) => row.cells[0])).toEqual(long);
  });

  it("escapes quotes in inline values and XML characters in texts", async () => {
    const sheet = {
      ...form(1),
      dropDowns: [{ column: 2, values: ['"ja"', "<nein>"], error: { title: "A & B", text: "x" } }],
    };
    const xml = part(await writeWorkbook([sheet]), "xl/worksheets/sheet1.xml");
    expect(xml).toContain('errorTitle="A &amp; B"');
    expect(validations(xml)[0]?.formula.replace(/&lt;/g, "<").replace(/&gt;/g, ">")).toBe('"""ja"",<nein>"');
  });

  it("refuses texts Excel would drop and a list without values", async () => {
    const title = "x".repeat(33);
    await expect(
      writeWorkbook([
        { ...form(1), dropDowns: [{ column: 2, values: LEVELS, prompt: { title, text: "" } }] },
      ]),
    ).rejects.toThrow(/prompt title has 33 characters; Excel allows 32/);
    await expect(writeWorkbook([{ ...form(1), dropDowns: [{ column: 2, values: [] }] }])).rejects.toThrow(
      /column 3 has no values/,
    );
  });

  it("gives the same bytes on every run", async () => {
    const first = await writeWorkbook([form(5)]);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(await writeWorkbook([form(5)])).toEqual(first);
  });
});

describe.skipIf(!hasLibreOffice)(
  "writeWorkbook in LibreOffice (skipped when soffice is not installed)",
  () => {
    it("LibreOffice reads the drop-down as a list validation and keeps the long-list sheet hidden", async () => {
      const long = Array.from({ length: 30 }, (_, i) => `Bereich ${i}, Teil ${i}`);
      const sheet = { ...form(3), dropDowns: [...form(3).dropDowns, { column: 1, values: long }] };
      const resaved = convertWithLibreOffice(await writeWorkbook([sheet]), "form.xlsx", "xlsx");
      const found = validations(part(resaved, "xl/worksheets/sheet1.xml"));
      expect(found.map((v) => [v.type, v.sqref])).toEqual([
        ["list", "C2:C4"],
        ["list", "B2:B4"],
      ]);
      expect(found[0]?.formula).toBe(`"${LEVELS.join(",")}"`);
      expect(part(resaved, "xl/workbook.xml")).toMatch(/<sheet [^>]*name="Listen"[^>]*state="hidden"/);
    });
  },
);
