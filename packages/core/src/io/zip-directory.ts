/**
 * The central directory of a zip archive (an `.xlsx` workbook is one): the list of its files with their
 * compressed and unpacked sizes, read without unpacking anything.
 *
 * Read exactly as fflate (the unzipper of read-excel-file) reads it — the end-of-central-directory record found
 * backwards from the end, ZIP64 sizes from the extra field when the archive has a ZIP64 end record — because
 * fflate allocates each file's buffer from the unpacked size declared here before inflating into it. So these
 * sizes bound the memory an archive can take when it is read, whatever its compressed data claim.
 * Reference: PKWARE, APPNOTE.TXT (.ZIP File Format Specification) 6.3.10, sections 4.3.12–4.3.16 and 4.5.3.
 */

/** One file of a zip archive. */
export interface ZipEntry {
  name: string;
  /** Compression method: 0 stored, 8 deflated (others are not read by vernetzt's unzipper). */
  method: number;
  compressedSize: number;
  /** Unpacked size as declared; `0xFFFFFFFF` without a ZIP64 record means "4 GiB" to the unzipper. */
  size: number;
  /** Offset of the entry's record in the central directory. */
  recordOffset: number;
  /** Offset of the entry's local header. */
  localOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const DIRECTORY_RECORD = 0x02014b50;
const UNKNOWN = 0xffffffff;

/**
 * The entries of a zip archive; `null` when `bytes` is not a zip archive or its directory is broken.
 *
 * @example
 * ```ts
 * import { datasetToKumu } from "@vernetzt/core/interop";
 * import { parseDataset, readZipDirectory } from "@vernetzt/core/io";
 *
 * const { dataset } = await parseDataset([
 *   { name: "actors.csv", data: "id,name\na,Alpha\nb,Beta" },
 *   { name: "ties.csv", data: "source,target\na,b" },
 * ]);
 * const workbook = await datasetToKumu(dataset!);
 * const entries = readZipDirectory(workbook.data as Uint8Array);
 * entries?.some((entry) => entry.name === "xl/workbook.xml") //=> true
 * readZipDirectory(new TextEncoder().encode("id,name")) //=> null
 * ```
 */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const end = endOfDirectory(bytes, view);
  if (end < 0) return null;
  let count = u16(end + 8);
  let offset = u32(end + 16);
  let zip64 = end >= 20 && u32(end - 20) === ZIP64_LOCATOR;
  if (zip64) {
    const record = u32(end - 12);
    zip64 = record + 56 <= bytes.length && u32(record) === ZIP64_END;
    if (zip64) {
      count = u32(record + 32);
      offset = u32(record + 48);
    }
  }
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    // Each record is at least 46 bytes and the next starts after it: at most length / 46 rounds.
    if (offset + 46 > bytes.length || u32(offset) !== DIRECTORY_RECORD) return null;
    const nameLength = u16(offset + 28);
    const extraLength = u16(offset + 30);
    const extra = offset + 46 + nameLength;
    if (extra + extraLength > bytes.length) return null;
    const utf8 = (u16(offset + 8) & 0x800) !== 0;
    const nameBytes = bytes.subarray(offset + 46, extra);
    const sizes = zip64Sizes(view, extra, extraLength, zip64, {
      compressedSize: u32(offset + 20),
      size: u32(offset + 24),
      localOffset: u32(offset + 42),
    });
    entries.push({
      name: utf8 ? new TextDecoder().decode(nameBytes) : String.fromCharCode(...nameBytes),
      method: u16(offset + 10),
      ...sizes,
      recordOffset: offset,
    });
    offset = extra + extraLength + u16(offset + 32);
  }
  return entries;
}

/** Offset of the end-of-central-directory record (searched within the last 64 KiB + 22 bytes), or -1. */
function endOfDirectory(bytes: Uint8Array, view: DataView): number {
  for (let at = bytes.length - 22; at >= 0 && bytes.length - at <= 65558; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  return -1;
}

/** The 64-bit sizes of a ZIP64 extra field (id 1) for the values marked `0xFFFFFFFF`, as fflate reads them. */
function zip64Sizes(
  view: DataView,
  start: number,
  length: number,
  zip64: boolean,
  sizes: { compressedSize: number; size: number; localOffset: number },
): { compressedSize: number; size: number; localOffset: number } {
  const marked = (["size", "compressedSize", "localOffset"] as const).filter((k) => sizes[k] === UNKNOWN);
  if (!zip64 || marked.length === 0) return sizes;
  for (let at = start; at + 4 < start + length; at += 4 + view.getUint16(at + 2, true)) {
    if (view.getUint16(at, true) !== 1) continue;
    const result = { ...sizes };
    marked.forEach((key, i) => {
      const value = at + 4 + 8 * i + 8 <= view.byteLength ? view.getBigUint64(at + 4 + 8 * i, true) : 0n;
      result[key] = Number(value);
    });
    return result;
  }
  return sizes;
}
