/**
 * Writing text tables as the sheets of an XLSX workbook (write-excel-file, in Node and the browser); reading is
 * `io/xlsx-sheets.ts`. The one XLSX writer of vernetzt: exports, Kumu workbooks, survey forms and templates.
 *
 * Beyond plain cells a sheet can have drop-down lists: a list data validation (ECMA-376 Part 1, §18.3.1.32
 * `dataValidation` with `type="list"`), which Excel, LibreOffice Calc, Google Sheets and Numbers show as a
 * drop-down on the cell and use to reject other typed values. A short list is written inline
 * (`<formula1>"a,b,c"</formula1>`, at most 255 characters and no commas in a value: Excel's limit); a longer
 * one, or one whose values contain commas, goes into a hidden sheet `Listen` and the validation refers to its
 * cells. Cells are in Arial (Liberation Sans in LibreOffice, which otherwise picks a serif font for bold
 * cells without a font name). write-excel-file has no validation of its own (its companion package is not published on the registry
 * we use), so this file adds it as a write-excel-file "feature" that inserts the element in schema order.
 */

import type * as WriteExcelUtility from "write-excel-file/utility";
import { readZipDirectory } from "../io/zip-directory.js";

/**
 * write-excel-file (≈ 100 modules), loaded at the first workbook written: commands that write none (validate,
 * analyze) never load it.
 */
async function loadWriter() {
  const [writer, utility] = await Promise.all([
    import("write-excel-file/universal"),
    import("write-excel-file/utility"),
  ]);
  return { writeXlsxFile: writer.default, utility };
}

/** A drop-down list on the cells of one column. */
export interface DropDownList {
  /** Column index, 0-based. */
  column: number;
  /** The values offered, in this order. At least one. */
  values: readonly string[];
  /** First and last row (1-based; the header is row 1) the list applies to. Default: every data row. */
  rows?: readonly [number, number];
  /** Title and text shown next to a selected cell (Excel's "input message"). Default: none. */
  prompt?: { title: string; text: string };
  /** Title and text shown when a typed value is not in the list. Default: the program's own message. */
  error?: { title: string; text: string };
  /** What a value outside the list does: `"stop"` rejects it (default), `"warning"` asks, `"information"` tells. */
  errorStyle?: "stop" | "warning" | "information";
}

/** One sheet of text cells. */
export interface WorkbookSheet {
  /** Sheet name (at most 31 characters, none of `[]:*?/\`). */
  name: string;
  header: string[];
  rows: string[][];
  /** Column widths in characters, by column index; a missing or `0` width keeps the default. */
  widths?: readonly number[];
  /** Header row in bold and kept in view while scrolling. Default `false`. */
  frozenHeader?: boolean;
  /** Drop-down lists. Default none. */
  dropDowns?: readonly DropDownList[];
  /** Printed in landscape. Default `false` (portrait). */
  landscape?: boolean;
}

/** Name of the hidden sheet that holds the values of long drop-down lists. */
export const LIST_SHEET_NAME = "Listen";

/** Excel refuses an inline list formula longer than this (the quotes not counted). */
const INLINE_LIST_LIMIT = 255;

/**
 * A workbook of text sheets as XLSX bytes (works in Node and the browser); the same sheets give the same bytes
 * on every run.
 *
 * @example
 * ```ts
 * import { writeWorkbook } from "@vernetzt/core/interop";
 * import { arrayBufferOf, IssueCollector, readXlsxSheets } from "@vernetzt/core/io";
 *
 * const bytes = await writeWorkbook([
 *   {
 *     name: "Kontakte",
 *     header: ["Name", "Stufe"],
 *     rows: [["Kita Sonnenschein", ""], ["Jugendtreff", "kennen uns"]],
 *     frozenHeader: true,
 *     dropDowns: [{ column: 1, values: ["kennen wir nicht", "kennen uns"] }],
 *   },
 * ]);
 * const sheets = await readXlsxSheets("form.xlsx", arrayBufferOf(bytes), new IssueCollector());
 * sheets?.[0]?.rows.map((row) => row.cells) //=> [["Kita Sonnenschein", null], ["Jugendtreff", "kennen uns"]]
 * ```
 */
export async function writeWorkbook(sheets: readonly WorkbookSheet[]): Promise<Uint8Array> {
  const { writeXlsxFile, utility } = await loadWriter();
  const lists = listSheet(sheets);
  const all = lists ? [...sheets, lists.sheet] : sheets;
  const data = all.map((sheet, index) => ({
    sheet: sheet.name,
    data: [
      sheet.header.map((value) => (sheet.frozenHeader ? { value, fontWeight: "bold" } : { value })),
      ...sheet.rows.map((row) => row.map((value) => ({ value }))),
    ],
    ...(sheet.widths ? { columns: sheet.widths.map((width) => (width > 0 ? { width } : {})) } : {}),
    ...(sheet.frozenHeader ? { stickyRowsCount: 1 } : {}),
    ...(sheet.landscape ? { orientation: "landscape" } : {}),
    validationsXml: validationsXml(utility, sheet, lists?.refs.get(index)),
  }));
  const features = [dataValidationFeature(utility), ...(lists ? [hiddenSheetFeature(all.length - 1)] : [])];
  const blob = await writeXlsxFile(
    data as never,
    { features, fontFamily: "Arial", fontSize: 11 } as never,
  ).toBlob();
  return withFixedZipTimes(new Uint8Array(await blob.arrayBuffer()));
}

/** Inserts each sheet's `<dataValidations>` (computed in `validationsXml`) in schema order. */
const dataValidationFeature = (utility: typeof WriteExcelUtility) => ({
  files: {
    transform: {
      "xl/worksheets/sheet{id}.xml": {
        transform: (xml: string, options: { validationsXml?: string }) =>
          options.validationsXml
            ? utility.insertElementMarkupAccordingToOrderOfSiblings(
                xml,
                options.validationsXml,
                utility.getOrderOfSiblings("xl/worksheets/sheet{id}.xml", "worksheet")!,
                "worksheet",
              )
            : xml,
      },
    },
  },
});

/** Marks the sheet at `index` `state="hidden"` in `xl/workbook.xml`. */
function hiddenSheetFeature(index: number) {
  return {
    files: {
      transform: {
        "xl/workbook.xml": {
          transformElementAttributes: (
            tag: string,
            attributes: Record<string, string | number>,
            at?: number,
          ) => (tag === "sheet" && at === index ? { ...attributes, state: "hidden" } : attributes),
        },
      },
    },
  };
}

function fitsInline(values: readonly string[]): boolean {
  return values.join(",").length <= INLINE_LIST_LIMIT && values.every((v) => !v.includes(","));
}

/**
 * The hidden sheet with one column per long list, and per sheet index the formula of each of its long lists
 * (by position in `dropDowns`); `undefined` when every list fits inline.
 */
function listSheet(
  sheets: readonly WorkbookSheet[],
): { sheet: WorkbookSheet; refs: Map<number, Map<number, string>> } | undefined {
  const columns: string[][] = [];
  const refs = new Map<number, Map<number, string>>();
  sheets.forEach((sheet, s) => {
    sheet.dropDowns?.forEach((list, l) => {
      if (fitsInline(list.values)) return;
      const letter = columnLetter(columns.length);
      columns.push([...list.values]);
      if (!refs.has(s)) refs.set(s, new Map());
      refs.get(s)!.set(l, `${LIST_SHEET_NAME}!$${letter}$2:$${letter}$${list.values.length + 1}`);
    });
  });
  if (columns.length === 0) return undefined;
  if (sheets.some((sheet) => sheet.name === LIST_SHEET_NAME)) {
    throw new Error(
      `vernetzt/interop: the sheet name ${LIST_SHEET_NAME} is taken by the long drop-down lists.`,
    );
  }
  const height = Math.max(...columns.map((c) => c.length));
  const rows = Array.from({ length: height }, (_, r) => columns.map((c) => c[r] ?? ""));
  const header = columns.map((_, i) => `Liste ${i + 1}`);
  return { sheet: { name: LIST_SHEET_NAME, header, rows }, refs };
}

function validationsXml(
  utility: typeof WriteExcelUtility,
  sheet: WorkbookSheet,
  refs: Map<number, string> | undefined,
): string {
  const lists = sheet.dropDowns ?? [];
  if (lists.length === 0) return "";
  const items = lists.map((list, l) => {
    if (list.values.length === 0) {
      throw new Error(`vernetzt/interop: the drop-down list of column ${list.column + 1} has no values.`);
    }
    const [from, to] = list.rows ?? [2, Math.max(2, sheet.rows.length + 1)];
    const letter = columnLetter(list.column);
    const formula = refs?.get(l) ?? `"${list.values.map((v) => v.replace(/"/g, '""')).join(",")}"`;
    const attributes: Array<[string, string]> = [
      ["type", "list"],
      ["allowBlank", "1"],
      ["showInputMessage", list.prompt ? "1" : "0"],
      ["showErrorMessage", "1"],
      ["errorStyle", list.errorStyle ?? "stop"],
    ];
    checkLength(list.prompt?.title, 32, "prompt title");
    checkLength(list.prompt?.text, 255, "prompt text");
    checkLength(list.error?.title, 32, "error title");
    checkLength(list.error?.text, 225, "error text");
    if (list.prompt) attributes.push(["promptTitle", list.prompt.title], ["prompt", list.prompt.text]);
    if (list.error) attributes.push(["errorTitle", list.error.title], ["error", list.error.text]);
    attributes.push(["sqref", `${letter}${from}:${letter}${to}`]);
    const shown = attributes.map(([k, v]) => `${k}="${utility.sanitizeAttributeValue(v)}"`).join(" ");
    return `<dataValidation ${shown}><formula1>${utility.sanitizeTextContent(formula)}</formula1></dataValidation>`;
  });
  return `<dataValidations count="${items.length}">${items.join("")}</dataValidations>`;
}

/** Excel drops a validation whose texts are longer than its limits; say so instead. */
function checkLength(text: string | undefined, limit: number, what: string): void {
  if (text !== undefined && text.length > limit) {
    throw new Error(
      `vernetzt/interop: a drop-down ${what} has ${text.length} characters; Excel allows ${limit}.`,
    );
  }
}

/** `0` → `A`, `25` → `Z`, `26` → `AA`. */
function columnLetter(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

/** DOS date of 1980-01-01 00:00, the earliest a zip file can hold. */
const ZIP_EPOCH = { time: 0, date: (0 << 9) | (1 << 5) | 1 };

/**
 * Sets every file time in a zip archive to 1980-01-01 00:00, so the same workbook gives the same bytes on every
 * run (write-excel-file's zip stamps the current time; CRCs do not cover the headers, so this is safe).
 * Patches each entry of the central directory (`io/zip-directory.ts`) and its local header; an archive it
 * cannot parse is returned unchanged.
 */
export function withFixedZipTimes(zip: Uint8Array): Uint8Array {
  const entries = readZipDirectory(zip);
  if (entries === null) return zip;
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (const { recordOffset, localOffset } of entries) {
    view.setUint16(recordOffset + 12, ZIP_EPOCH.time, true);
    view.setUint16(recordOffset + 14, ZIP_EPOCH.date, true);
    if (localOffset + 30 <= zip.length && view.getUint32(localOffset, true) === 0x04034b50) {
      view.setUint16(localOffset + 10, ZIP_EPOCH.time, true);
      view.setUint16(localOffset + 12, ZIP_EPOCH.date, true);
    }
  }
  return zip;
}
