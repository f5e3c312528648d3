/**
 * LibreOffice's own format (`.ods`) reads like an Excel workbook (issue #16): fixture 18 is fixture 14 saved by
 * LibreOffice Calc, and a hand-written `content.xml` checks repeated rows and columns, merged cells, spaces,
 * line breaks and typed cells. Fictional names.
 */
import { readFileSync } from "node:fs";
import { IssueCollector, parseDataset } from "@vernetzt/core/io";
import { describe, expect, it } from "vitest";
import { strToU8, zipSync } from "../../../packages/core/node_modules/fflate/esm/index.mjs";
import { readOdsSheets } from "../../../packages/core/src/io/ods-sheets.js";

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../fixtures/spreadsheets/${name}`, import.meta.url)));

const NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"';

function ods(tableXml: string): ArrayBuffer {
  const content = `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${NS}><office:body><office:spreadsheet>${tableXml}</office:spreadsheet></office:body></office:document-content>`;
  const zip = zipSync({
    mimetype: strToU8("application/vnd.oasis.opendocument.spreadsheet"),
    "content.xml": strToU8(content),
  });
  return zip.buffer.slice(zip.byteOffset, zip.byteOffset + zip.byteLength) as ArrayBuffer;
}

const cell = (inner: string, attributes = "") =>
  `<table:table-cell ${attributes}>${inner}</table:table-cell>`;
const text = (value: string) => cell(`<text:p>${value}</text:p>`, 'office:value-type="string"');

describe("readOdsSheets", () => {
  it("reads the LibreOffice copy of a workbook as the workbook itself", async () => {
    const [xlsx, saved] = await Promise.all([
      parseDataset([{ name: "netz.xlsx", data: fixture("14-titel-und-anmerkungen.xlsx") }]),
      parseDataset([{ name: "netz.ods", data: fixture("18-libreoffice.ods") }]),
    ]);
    expect(saved.dataset?.actors).toHaveLength(7);
    expect(saved.dataset).toEqual(xlsx.dataset);
    expect(saved.report).toEqual(xlsx.report);
  });
  it("expands repeats up to the last filled cell, keeps spaces and line breaks, and types cells", () => {
    const sheets = readOdsSheets(
      "t.ods",
      ods(
        `<table:table table:name="Kontakte"><table:table-row>${text("Von")}${text("Zu")}${text("Jahr")}${text("Aktiv")}<table:table-cell table:number-columns-repeated="16380"/></table:table-row>` +
          `<table:table-row table:number-rows-repeated="3"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>` +
          `<table:table-row>${text('Kita<text:s text:c="2"/>Nord')}${cell("<text:p>Schule</text:p><text:p>am Markt</text:p>", 'office:value-type="string"')}${cell("", 'office:value-type="date" office:date-value="2024-01-01"')}${cell("", 'office:value-type="boolean" office:boolean-value="true"')}</table:table-row>` +
          `<table:table-row table:number-rows-repeated="2">${text("Hort")}${cell("", 'office:value-type="float" office:value="7"')}<table:covered-table-cell table:number-columns-repeated="2"/></table:table-row>` +
          `<table:table-row table:number-rows-repeated="1048000"><table:table-cell/></table:table-row></table:table>`,
      ),
      new IssueCollector(),
    );
    expect(sheets?.[0]?.header).toEqual(["Von", "Zu", "Jahr", "Aktiv"]);
    expect(sheets?.[0]?.rows).toEqual([
      { row: 5, cells: ["Kita  Nord", "Schule\nam Markt", new Date(Date.UTC(2024, 0, 1)), true] },
      { row: 6, cells: ["Hort", 7] },
      { row: 7, cells: ["Hort", 7] },
    ]);
  });
  it("refuses a sheet whose repeats would expand beyond the cell limit, naming the farthest cell", () => {
    const issues = new IssueCollector();
    const row = `<table:table-row table:number-rows-repeated="1048576">${cell("<text:p>x</text:p>", 'office:value-type="string" table:number-columns-repeated="16384"')}</table:table-row>`;
    const sheets = readOdsSheets(
      "bombe.ods",
      ods(`<table:table table:name="Blatt1">${row}</table:table>`),
      issues,
    );
    expect(sheets).toBeNull();
    expect(issues.issues.map((i) => [i.code, i.file])).toEqual([["XLSX_RANGE_TOO_LARGE", "Blatt1"]]);
    expect(issues.issues[0]?.message).toContain("XFD1048576");
  });
  it("reports a file that is no spreadsheet as FILE_FORMAT", () => {
    const issues = new IssueCollector();
    expect(readOdsSheets("kaputt.ods", new Uint8Array([1, 2, 3]).buffer, issues)).toBeNull();
    expect(issues.issues.map((i) => i.code)).toEqual(["FILE_FORMAT"]);
  });
});
