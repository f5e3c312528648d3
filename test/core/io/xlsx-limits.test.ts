/**
 * Workbooks made to exhaust a reader, each built by the test (test/trust/hostile-xlsx.ts): a value in the last
 * cell of the grid, a row number beyond it, a zip bomb, archives that lie about their sizes. Each is refused
 * with a message naming the sheet or file, from the limits checked before reading (`checkXlsxLimits`), so the
 * assertions are about those limits, not about time or memory. Measured without the limits (docs/trust.md):
 * the first crashed the CLI (signal 6 at a 1.5 GB heap), the bomb ran for more than 3 minutes.
 */
import { checkXlsxLimits, DEFAULT_XLSX_LIMITS, parseDataset, readZipDirectory } from "@vernetzt/core/io";
import { describe, expect, it } from "vitest";
import { declareSize, row, type SheetXml, sheetXml, workbook } from "../../trust/hostile-xlsx.js";

const ACTORS =
  row(1, ["A1", "id"], ["B1", "name"]) +
  row(2, ["A2", "a"], ["B2", "Alpha"]) +
  row(3, ["A3", "b"], ["B3", "Beta"]);
const TIES = row(1, ["A1", "source"], ["B1", "target"]) + row(2, ["A2", "a"], ["B2", "b"]);

/** A valid dataset workbook whose actors sheet has `extra` after its rows. */
const datasetWith = (extra: string) =>
  workbook({ Akteure: sheetXml(ACTORS + extra), Beziehungen: sheetXml(TIES) });

/** 120 MiB of empty rows after the actors: about 0.55 MB as a file. */
const BOMB: SheetXml = {
  head: sheetXml(ACTORS).replace("</sheetData></worksheet>", ""),
  chunk: "<row/>".repeat(1 << 17),
  times: 160,
  tail: "</sheetData></worksheet>",
};

async function load(data: Uint8Array, lang: "de" | "en" = "en") {
  const { dataset, report } = await parseDataset([{ name: "netz.xlsx", data }], { lang });
  return { dataset, issues: report.issues.map((i) => ({ code: i.code, file: i.file, message: i.message })) };
}

describe("a workbook's sheet range is checked before it is read", () => {
  it("refuses a value in XFD1048576 (17 billion cells as a table), naming the sheet and the cell", async () => {
    const data = await datasetWith(row(1048576, ["XFD1048576", "x"]));
    expect(data.length).toBeLessThan(3000);
    expect(checkXlsxLimits(data)).toEqual({
      kind: "range",
      sheet: "Akteure",
      cell: "XFD1048576",
      cells: 1048576 * 16384,
      limit: DEFAULT_XLSX_LIMITS.maxCells,
    });
    const { dataset, issues } = await load(data, "de");
    expect(dataset).toBeNull();
    expect(issues).toEqual([
      {
        code: "XLSX_RANGE_TOO_LARGE",
        file: "Akteure",
        message: expect.stringContaining(
          "bis hinaus zur Zelle XFD1048576: als Tabelle hätte es 17.179.869.184 Zellen",
        ),
      },
    ]);
  });

  it("names both far cells when the last row and the last column are reached by different cells", async () => {
    const data = await datasetWith(row(4, ["ZZ4", "x"]) + row(5000, ["A5000", "y"]));
    expect(checkXlsxLimits(data, { maxCells: 1000 })).toMatchObject({
      cell: "ZZ4, A5000",
      cells: 5000 * 702,
    });
    expect(checkXlsxLimits(data)).toBeNull();
  });

  it("refuses a row number beyond Excel's last row before the reader fills in the rows up to it", async () => {
    const data = await datasetWith('<row r="1000000000000"/>');
    expect(checkXlsxLimits(data)).toMatchObject({ kind: "range", sheet: "Akteure", cell: "A1000000000000" });
    expect((await load(data)).issues.map((i) => i.code)).toEqual(["XLSX_RANGE_TOO_LARGE"]);
  });

  it("reads a sheet whose far cells are only formatted (no content), and one exactly at the cell limit", async () => {
    const formatted = await datasetWith('<row r="1048576"><c r="XFD1048576" s="1"/></row>');
    expect(checkXlsxLimits(formatted)).toBeNull();
    const { dataset, issues } = await load(formatted);
    expect(issues).toEqual([]);
    expect(dataset?.actors.map((a) => a.id)).toEqual(["a", "b"]);
    const atLimit = await datasetWith(row(4, ["A4", "c"], ["B4", "Gamma"]));
    expect(checkXlsxLimits(atLimit, { maxCells: 8 })).toBeNull(); // 4 rows × 2 columns
    expect(checkXlsxLimits(atLimit, { maxCells: 7 })).toMatchObject({ cells: 8, cell: "B4" });
  });
});

describe("a workbook's unpacked size is checked before it is read", () => {
  it("refuses a zip bomb of about half a megabyte that unpacks to 120 MiB", async () => {
    const data = await workbook({ Akteure: BOMB, Beziehungen: sheetXml(TIES) });
    expect(data.length).toBeLessThan(1024 * 1024);
    const problem = checkXlsxLimits(data);
    expect(problem).toMatchObject({ kind: "unpacked", limit: 64 * 1024 * 1024 });
    expect(problem?.kind === "unpacked" && problem.bytes).toBeGreaterThan(120 * 1024 * 1024);
    const { dataset, issues } = await load(data);
    expect(dataset).toBeNull();
    expect(issues).toEqual([
      {
        code: "XLSX_TOO_LARGE_UNPACKED",
        file: "netz.xlsx",
        message: expect.stringMatching(
          /^The workbook unpacks to 120\.\d MB of data, more than the limit of 64\.0 MB/,
        ),
      },
    ]);
  });

  it("grows the unpacked-size limit with maxFileBytes", async () => {
    // 0.8 MB of XML in one long name (quick to read), a few KB as a file: refused at maxFileBytes 1 MiB
    // (unpacked limit 0.64 MiB), read at 3 MiB
    const data = await datasetWith(row(4, ["A4", "c"], ["B4", "x".repeat(800_000)]));
    const at = async (maxFileBytes: number) =>
      (await parseDataset([{ name: "netz.xlsx", data }], { maxFileBytes })).report.issues.map((i) => i.code);
    expect(await at(1024 * 1024)).toEqual(["XLSX_TOO_LARGE_UNPACKED"]);
    expect(await at(3 * 1024 * 1024)).toEqual([]);
  });

  it("refuses an archive that declares 4 GiB for a small sheet (the unzipper would allocate it)", async () => {
    const honest = await datasetWith("");
    const data = declareSize(honest, "xl/worksheets/sheet1.xml", 0xfffffff0);
    expect(readZipDirectory(data)?.find((e) => e.name === "xl/worksheets/sheet1.xml")?.size).toBe(0xfffffff0);
    expect((await load(data)).issues.map((i) => i.code)).toEqual(["XLSX_TOO_LARGE_UNPACKED"]);
    expect((await load(honest)).issues).toEqual([]);
  });

  it("refuses an archive whose sheet unpacks to more than it declares, without unpacking all of it", async () => {
    const data = declareSize(
      await workbook({ Akteure: BOMB, Beziehungen: sheetXml(TIES) }),
      "xl/worksheets/sheet1.xml",
      1024,
    );
    expect(checkXlsxLimits(data)).toEqual({ kind: "declared", file: "xl/worksheets/sheet1.xml" });
    const { issues } = await load(data);
    expect(issues).toEqual([
      {
        code: "FILE_FORMAT",
        file: "netz.xlsx",
        message: expect.stringContaining(
          "xl/worksheets/sheet1.xml unpacks to more than the archive declares",
        ),
      },
    ]);
  });

  it("leaves files that are not zip archives to the reader", async () => {
    expect(checkXlsxLimits(new TextEncoder().encode("id;name\na;Alpha"))).toBeNull();
    const { issues } = await load(new TextEncoder().encode("id;name\na;Alpha"));
    expect(issues.map((i) => i.code)).toEqual(["FILE_FORMAT"]);
    expect(issues[0]?.message).not.toMatch(/TypeError|undefined|Cannot read/);
  });
});
