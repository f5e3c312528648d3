/** Writing text tables as the sheets of an XLSX workbook (write-excel-file); reading is `io/xlsx-sheets.ts`. */
import writeXlsxFile from "write-excel-file/universal";

/** A workbook of text sheets as XLSX bytes (works in Node and the browser). */
export async function writeWorkbook(
  sheets: ReadonlyArray<{ name: string; header: string[]; rows: string[][] }>,
): Promise<Uint8Array> {
  const data = sheets.map((sheet) => ({
    sheet: sheet.name,
    data: [sheet.header, ...sheet.rows].map((row) => row.map((value) => ({ value }))),
  }));
  const blob = await writeXlsxFile(data as never).toBlob();
  return withFixedZipTimes(new Uint8Array(await blob.arrayBuffer()));
}

/** DOS date of 1980-01-01 00:00, the earliest a zip file can hold. */
const ZIP_EPOCH = { time: 0, date: (0 << 9) | (1 << 5) | 1 };

/**
 * Sets every file time in a zip archive to 1980-01-01 00:00, so the same workbook gives the same bytes on every
 * run (write-excel-file's zip stamps the current time; CRCs do not cover the headers, so this is safe).
 * Walks the central directory from the end-of-central-directory record and patches each entry and its local
 * header; an archive it cannot parse is returned unchanged.
 */
export function withFixedZipTimes(zip: Uint8Array): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return zip;
  const entries = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  for (let n = 0; n < entries; n++) {
    if (offset + 46 > zip.length || view.getUint32(offset, true) !== 0x02014b50) return zip;
    view.setUint16(offset + 12, ZIP_EPOCH.time, true);
    view.setUint16(offset + 14, ZIP_EPOCH.date, true);
    const local = view.getUint32(offset + 42, true);
    if (local + 30 <= zip.length && view.getUint32(local, true) === 0x04034b50) {
      view.setUint16(local + 10, ZIP_EPOCH.time, true);
      view.setUint16(local + 12, ZIP_EPOCH.date, true);
    }
    offset +=
      46 +
      view.getUint16(offset + 28, true) +
      view.getUint16(offset + 30, true) +
      view.getUint16(offset + 32, true);
  }
  return zip;
}
