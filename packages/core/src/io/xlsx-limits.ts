/**
 * What a workbook may cost before it is read. An `.xlsx` file is a zip archive of XML; its size on disk says
 * little about its cost: a few kilobytes can unpack to gigabytes (a "zip bomb"), and one value in cell
 * `XFD1048576` makes a sheet of 1,048,576 × 16,384 cells, which the reader fills in as a table. Both are
 * checked here from the archive's directory and the sheets' cell references, before the workbook is read:
 *
 * - **unpacked size**: the sum of the unpacked sizes the archive declares for the XML files the reader reads
 *   (`xl/…​.xml`, `….rels`; pictures are never unpacked). The unzipper allocates exactly these sizes (see
 *   `zip-directory.ts`), so a file that lies about them is cut off there and fails as damaged.
 * - **grid**: every row and cell reference must lie within Excel's grid (1,048,576 rows, 16,384 columns).
 * - **range**: the rectangle from A1 to the last row and the last column that hold a cell with content must
 *   have at most `maxCells` cells; the reader makes every row as wide as the widest.
 *
 * - **declared sizes**: every file must unpack to no more than it declares. The unzipper cuts a file off at its
 *   declared size, but only after inflating all of it: a few megabytes that inflate to gigabytes would keep it
 *   busy for minutes before the workbook fails as damaged.
 *
 * For these checks the XML files are unpacked once more, in small steps that stop at the declared size; that
 * costs a fraction of reading the workbook.
 */
import { Inflate } from "fflate";
import { readZipDirectory, type ZipEntry } from "./zip-directory.js";

/** Limits of {@link checkXlsxLimits}. */
export interface XlsxLimits {
  /**
   * Largest sum of the unpacked sizes of the XML files read, in bytes. Default 64 MiB: measured, a workbook of
   * 200,000 rows × 5 text columns (64 MB of XML, 5.7 MB on disk) takes 0.64 GB to load, one of 300,000 rows
   * (97 MB of XML) 1.25 GB (docs/trust.md).
   */
  maxUnpackedBytes: number;
  /** Largest sheet range (last used row × last used column) in cells. Default 2²⁴ = 16,777,216. */
  maxCells: number;
}

export const DEFAULT_XLSX_LIMITS: Readonly<XlsxLimits> = Object.freeze({
  maxUnpackedBytes: 64 * 1024 * 1024,
  maxCells: 2 ** 24,
});

/** Excel's grid: rows 1 … 1,048,576, columns A … XFD (16,384). */
export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLUMNS = 16_384;

/** Why a workbook is not read. */
export type XlsxLimitProblem =
  | { kind: "unpacked"; bytes: number; limit: number }
  /** A file in the archive unpacks to more than the archive declares: damaged or manipulated. */
  | { kind: "declared"; file: string }
  | {
      kind: "range";
      /** The sheet's name in the workbook (its file name in the archive when the workbook does not say). */
      sheet: string;
      /** The reference of the cell that makes the range too large, e.g. `XFD1048576`. */
      cell: string;
      /** Cells of the range (rows × columns). */
      cells: number;
      limit: number;
    };

/** The entries the reader unpacks (read-excel-file's filter: XML files and relationships). */
const isRead = (entry: ZipEntry) => entry.name.endsWith(".xml") || entry.name.endsWith(".xml.rels");

/**
 * The first limit `workbook` exceeds, or `null` when it may be read (also when it is not a zip archive at all:
 * the reader then reports it as not a workbook).
 *
 * @example
 * ```ts
 * import { datasetToKumu } from "@vernetzt/core/interop";
 * import { checkXlsxLimits, parseDataset } from "@vernetzt/core/io";
 *
 * const { dataset } = await parseDataset([
 *   { name: "actors.csv", data: "id,name\na,Alpha\nb,Beta" },
 *   { name: "ties.csv", data: "source,target\na,b" },
 * ]);
 * const workbook = (await datasetToKumu(dataset!)).data as Uint8Array;
 * checkXlsxLimits(workbook) //=> null
 * checkXlsxLimits(workbook, { maxUnpackedBytes: 1000 })?.kind //=> "unpacked"
 * checkXlsxLimits(workbook, { maxCells: 2 }) //=> { kind: "range", sheet: "Elements", cell: "B3", cells: 6, limit: 2 }
 * ```
 */
export function checkXlsxLimits(
  workbook: Uint8Array,
  limits: Partial<XlsxLimits> = {},
): XlsxLimitProblem | null {
  const { maxUnpackedBytes, maxCells } = { ...DEFAULT_XLSX_LIMITS, ...limits };
  const entries = readZipDirectory(workbook)?.filter(isRead);
  if (!entries) return null;
  const bytes = entries.reduce((sum, entry) => sum + entry.size, 0);
  if (bytes > maxUnpackedBytes) return { kind: "unpacked", bytes, limit: maxUnpackedBytes };
  const unpack = (entry: ZipEntry) => unpackEntry(workbook, entry);
  const names = sheetNames(entries, (entry) => {
    const text = unpack(entry);
    return text === "larger" ? null : text;
  });
  for (const entry of entries) {
    const text = unpack(entry);
    if (text === "larger") return { kind: "declared", file: entry.name };
    if (text === null || !text.includes("<sheetData")) continue;
    const range = sheetRange(text);
    const cells = range.rows * range.columns;
    if (range.outside !== null || cells > maxCells) {
      const sheet = names.get(entry.name) ?? entry.name;
      return { kind: "range", sheet, cell: range.outside ?? range.farthest, cells, limit: maxCells };
    }
  }
  return null;
}

/**
 * The text of an entry, unpacked in small steps that stop as soon as the output passes the declared size:
 * `"larger"` for an entry that unpacks to more than it declares (the unzipper would cut it off, but inflate all
 * of it first), `null` for one that cannot be unpacked (the reader reports it as damaged).
 *
 * @example
 * ```ts
 * import { datasetToKumu } from "@vernetzt/core/interop";
 * import { parseDataset, readZipDirectory, unpackEntry } from "@vernetzt/core/io";
 *
 * const { dataset } = await parseDataset([
 *   { name: "actors.csv", data: "id,name\na,Alpha\nb,Beta" },
 *   { name: "ties.csv", data: "source,target\na,b" },
 * ]);
 * const workbook = (await datasetToKumu(dataset!)).data as Uint8Array;
 * const entry = readZipDirectory(workbook)!.find((entry) => entry.name === "xl/workbook.xml")!;
 * (unpackEntry(workbook, entry) as string).includes("<sheet ") //=> true
 * unpackEntry(workbook, { ...entry, size: 5 }) //=> "larger"
 * unpackEntry(workbook, { ...entry, localOffset: 1 }) //=> null
 * ```
 */
export function unpackEntry(workbook: Uint8Array, entry: ZipEntry): string | "larger" | null {
  const view = new DataView(workbook.buffer, workbook.byteOffset, workbook.byteLength);
  const local = entry.localOffset;
  if (local + 30 > workbook.length || view.getUint32(local, true) !== 0x04034b50) return null;
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  const data = workbook.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return new TextDecoder().decode(data.subarray(0, entry.size));
  if (entry.method !== 8) return null;
  const out = new Uint8Array(entry.size);
  let length = 0;
  let larger = false;
  const inflate = new Inflate((chunk) => {
    if (length + chunk.length > out.length) larger = true;
    else out.set(chunk, length);
    length += chunk.length;
  });
  try {
    // 8 KiB of input inflates to at most about 8 MiB (deflate's ratio is at most 1032:1).
    for (let at = 0; at < data.length && !larger; at += 8192) {
      inflate.push(data.subarray(at, at + 8192), at + 8192 >= data.length);
    }
  } catch {
    return null;
  }
  return larger ? "larger" : new TextDecoder().decode(out.subarray(0, length));
}

/** Sheet names by the archive path of their XML (from `xl/workbook.xml` and its relationships). */
function sheetNames(entries: ZipEntry[], unpack: (entry: ZipEntry) => string | null): Map<string, string> {
  const find = (name: string) => entries.find((entry) => entry.name === name);
  const workbook = find("xl/workbook.xml");
  const relations = find("xl/_rels/workbook.xml.rels");
  const names = new Map<string, string>();
  if (!workbook || !relations) return names;
  const targets = new Map<string, string>();
  for (const [, attributes] of (unpack(relations) ?? "").matchAll(/<Relationship\b([^>]*)>/g)) {
    const id = attribute(attributes!, "Id");
    const target = attribute(attributes!, "Target");
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  for (const [, attributes] of (unpack(workbook) ?? "").matchAll(/<sheet\b([^>]*)>/g)) {
    const target = targets.get(attribute(attributes!, "r:id") ?? "");
    const name = attribute(attributes!, "name");
    if (target && name) names.set(target, unescapeXml(name));
  }
  return names;
}

function attribute(attributes: string, name: string): string | undefined {
  return new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attributes)?.[1];
}

function unescapeXml(text: string): string {
  return text.replace(
    /&(lt|gt|quot|apos|amp);/g,
    (_, e: string) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[e]!,
  );
}

/**
 * The extent of a sheet: the last row and column of a cell with content (a `<c>` that is not self-closing),
 * the reference of the cell farthest out, and the first reference outside Excel's grid (rows and cells).
 */
function sheetRange(xml: string): {
  rows: number;
  columns: number;
  farthest: string;
  outside: string | null;
} {
  let rows = 0;
  let columns = 0;
  let rowCell = "A1";
  let rowCellColumn = 0;
  let columnCell = "A1";
  let columnCellRow = 0;
  for (const match of xml.matchAll(/<(row|c)(\s[^>]*)?>/g)) {
    const reference = attribute(match[2] ?? "", "r");
    if (reference === undefined) continue;
    if (match[1] === "row") {
      const row = Number(reference);
      if (!Number.isInteger(row) || row < 1 || row > EXCEL_MAX_ROWS) return outside(`A${reference}`);
      continue;
    }
    const cell = /^([A-Za-z]{1,3})(\d{1,7})$/.exec(reference);
    const row = cell ? Number(cell[2]) : 0;
    const column = cell ? columnNumber(cell[1]!) : 0;
    if (!cell || row < 1 || row > EXCEL_MAX_ROWS || column > EXCEL_MAX_COLUMNS) return outside(reference);
    if (match[2]!.endsWith("/")) continue; // `<c r="…" s="1"/>`: formatting only, no content
    // the rightmost cell of the last row, and the lowest cell of the rightmost column
    if (row > rows || (row === rows && column > rowCellColumn)) {
      [rows, rowCell, rowCellColumn] = [row, reference, column];
    }
    if (column > columns || (column === columns && row > columnCellRow)) {
      [columns, columnCell, columnCellRow] = [column, reference, row];
    }
  }
  const farthest =
    rows * columns === 0 ? "A1" : rowCell === columnCell ? rowCell : `${columnCell}, ${rowCell}`;
  return { rows, columns, farthest, outside: null };

  function outside(reference: string) {
    return { rows: EXCEL_MAX_ROWS, columns: EXCEL_MAX_COLUMNS, farthest: reference, outside: reference };
  }
}

/** `A` → 1, `Z` → 26, `AA` → 27, `XFD` → 16,384. */
function columnNumber(letters: string): number {
  let n = 0;
  for (const letter of letters.toUpperCase()) n = n * 26 + (letter.charCodeAt(0) - 64);
  return n;
}
