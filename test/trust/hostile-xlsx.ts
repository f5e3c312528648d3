/**
 * Workbooks made to hurt a reader, built byte by byte (zip layout: PKWARE APPNOTE 4.3): a sheet XML can be
 * streamed in chunks (so a file that unpacks to 120 MB is built without holding 120 MB), and the sizes an
 * archive declares can be set to lie.
 */
import { crc32, createDeflateRaw } from "node:zlib";

/** The XML of a sheet: one text, or chunks repeated (`{ chunk, times }`) between a head and a tail. */
export type SheetXml = string | { head: string; chunk: string; times: number; tail: string };

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

/** A sheet's XML around its `<sheetData>` content. */
export const sheetXml = (sheetData: string): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetData}</sheetData></worksheet>`;

/** A row of inline-string cells, e.g. `row(1, ["A1", "id"], ["B1", "name"])`. */
export const row = (r: number, ...cells: Array<[string, string]>): string =>
  `<row r="${r}">${cells.map(([ref, text]) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`).join("")}</row>`;

/** An `.xlsx` workbook with the given sheets (name → sheet XML), entries deflated. */
export async function workbook(sheets: Record<string, SheetXml>): Promise<Uint8Array> {
  const names = Object.keys(sheets);
  const files: Array<[string, SheetXml]> = [
    ["[Content_Types].xml", CONTENT_TYPES],
    ["_rels/.rels", ROOT_RELS],
    [
      "xl/workbook.xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${names.map((name, i) => `<sheet name="${name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets></workbook>`,
    ],
    [
      "xl/_rels/workbook.xml.rels",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${names.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("")}</Relationships>`,
    ],
    ...names.map((name, i): [string, SheetXml] => [`xl/worksheets/sheet${i + 1}.xml`, sheets[name]!]),
  ];
  const locals: Buffer[] = [];
  const records: Buffer[] = [];
  let offset = 0;
  for (const [name, xml] of files) {
    const { data, crc, size } = await deflated(xml);
    const nameBytes = Buffer.from(name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4);
    record.writeUInt16LE(20, 6);
    record.writeUInt16LE(0x800, 8);
    record.writeUInt16LE(8, 10);
    record.writeUInt32LE(crc, 16);
    record.writeUInt32LE(data.length, 20);
    record.writeUInt32LE(size, 24);
    record.writeUInt16LE(nameBytes.length, 28);
    record.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    records.push(record, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(records);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/**
 * The archive with `entry`'s unpacked size declared as `size` (in its local header and its directory record),
 * whatever its data unpack to: a lie the reader's unzipper believes.
 */
export function declareSize(zip: Uint8Array, entry: string, size: number): Uint8Array {
  const copy = Buffer.from(zip);
  const end = copy.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = copy.readUInt32LE(end + 16);
  for (let n = 0; n < copy.readUInt16LE(end + 8); n++) {
    const nameLength = copy.readUInt16LE(at + 28);
    const name = copy.toString("utf8", at + 46, at + 46 + nameLength);
    if (name === entry) {
      copy.writeUInt32LE(size, at + 24);
      copy.writeUInt32LE(size, copy.readUInt32LE(at + 42) + 22);
    }
    at += 46 + nameLength + copy.readUInt16LE(at + 30) + copy.readUInt16LE(at + 32);
  }
  return new Uint8Array(copy);
}

/** Raw deflate of the XML, streamed chunk by chunk; its CRC-32 and unpacked size. */
async function deflated(xml: SheetXml): Promise<{ data: Buffer; crc: number; size: number }> {
  const pieces =
    typeof xml === "string"
      ? [Buffer.from(xml, "utf8")]
      : (function* () {
          yield Buffer.from(xml.head, "utf8");
          const chunk = Buffer.from(xml.chunk, "utf8");
          for (let i = 0; i < xml.times; i++) yield chunk;
          yield Buffer.from(xml.tail, "utf8");
        })();
  const deflate = createDeflateRaw({ level: 1 });
  const out: Buffer[] = [];
  deflate.on("data", (data: Buffer) => out.push(data));
  const ended = new Promise((resolve) => deflate.on("end", resolve));
  let crc = 0;
  let size = 0;
  for (const piece of pieces) {
    crc = crc32(piece, crc);
    size += piece.length;
    if (!deflate.write(piece)) await new Promise((resolve) => deflate.once("drain", resolve));
  }
  deflate.end();
  await ended;
  return { data: Buffer.concat(out), crc, size };
}
