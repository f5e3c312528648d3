/** A file handed to the loader: a name (relative to the dataset) and its content. Works in Node and the browser. */
export interface InputFile {
  /** File name relative to the dataset, e.g. `akteure.csv`, or a workbook/JSON/graph file name. */
  name: string;
  data: Uint8Array | ArrayBuffer | string;
  /**
   * Size of the file in bytes, when the content was left unread because it is larger than the loader's
   * `maxFileBytes` (then `data` is empty and `parseDataset` reports FILE_TOO_LARGE). Absent for a file that
   * was read.
   */
  byteLength?: number;
}

/**
 * Reads browser `File`s (or any `Blob` with a name) into input files, e.g. from `<input type=file multiple>`.
 * A blob larger than its limit (`fileSizeLimit` of `maxFileBytes`, default `DEFAULT_MAX_FILE_BYTES`) is not
 * read: it is passed on with its `byteLength`, and `parseDataset` reports it as FILE_TOO_LARGE.
 *
 * @example
 * ```ts
 * import { filesFromBlobs } from "@vernetzt/core/io";
 *
 * const blob = Object.assign(new Blob(["id,name\na,Alpha\n"]), { name: "akteure.csv" });
 * const [file] = await filesFromBlobs([blob]);
 * file!.name //=> "akteure.csv"
 * file!.data //=> new TextEncoder().encode("id,name\na,Alpha\n")
 * const [tooLarge] = await filesFromBlobs([blob], { maxFileBytes: 10 });
 * tooLarge!.byteLength //=> 16
 * ```
 */
export async function filesFromBlobs(
  blobs: Iterable<Blob & { name?: string }>,
  options: { maxFileBytes?: number } = {},
): Promise<InputFile[]> {
  const limit = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const files: InputFile[] = [];
  for (const blob of blobs) {
    const name = blob.name ?? "";
    files.push(
      blob.size > fileSizeLimit(name, limit)
        ? { name, data: new Uint8Array(0), byteLength: blob.size }
        : { name, data: new Uint8Array(await blob.arrayBuffer()) },
    );
  }
  return files;
}

/**
 * The largest file the loader reads by default: 100 MiB. Loading holds a file's text and its parsed rows in
 * memory at once, about 15 times the file size at peak (measured in `docs/trust.md`: 200 MB CSV → about
 * 3 GB), so a limit keeps a wrong file (an export of a whole database, a video renamed to .csv) from
 * exhausting a laptop's memory; a real actor list is kilobytes to a few megabytes.
 */
export const DEFAULT_MAX_FILE_BYTES = 100 * 1024 * 1024;

/**
 * Workbooks and XML graph files take about ten times more memory per byte than CSV (a zip is unpacked, an XML
 * document becomes a whole DOM; measured in `docs/trust.md`: a 5.4 MB workbook → 0.6 GB, an 8.9 MB GEXF →
 * 0.9 GB), so their limit is a tenth of `maxFileBytes` (10 MiB by default, still hundreds of thousands of rows).
 */
const DENSE_EXTENSIONS = ["xlsx", "ods", "gexf", "graphml"];

/**
 * The size limit of one file: `maxFileBytes`, a tenth of it for `.xlsx`, `.ods`, `.gexf` and `.graphml` files.
 *
 * @example
 * ```ts
 * import { fileSizeLimit } from "@vernetzt/core/io";
 *
 * fileSizeLimit("akteure.csv", 100_000_000) //=> 100000000
 * fileSizeLimit("netz.xlsx", 100_000_000) //=> 10000000
 * ```
 */
export function fileSizeLimit(name: string, maxFileBytes: number): number {
  return DENSE_EXTENSIONS.includes(extensionOf(name)) ? maxFileBytes / 10 : maxFileBytes;
}

/**
 * Size of a file's content in bytes (its `byteLength` when it was left unread).
 *
 * @example
 * ```ts
 * import { sizeOf } from "@vernetzt/core/io";
 *
 * sizeOf({ name: "akteure.csv", data: new Uint8Array(2048) }) //=> 2048
 * sizeOf({ name: "video.csv", data: new Uint8Array(0), byteLength: 5e8 }) //=> 500000000
 * ```
 */
export function sizeOf(file: InputFile): number {
  if (file.byteLength !== undefined) return file.byteLength;
  return typeof file.data === "string" ? file.data.length : file.data.byteLength;
}

/**
 * A size for messages: `123.4 MB`.
 *
 * @example
 * ```ts
 * import { formatBytes } from "@vernetzt/core/io";
 *
 * formatBytes(150 * 1024 * 1024) //=> "150.0 MB"
 * ```
 */
export function formatBytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * The content of an input file as an ArrayBuffer of its own (copied when it is a view or text).
 *
 * @example
 * ```ts
 * import { arrayBufferOf } from "@vernetzt/core/io";
 *
 * arrayBufferOf("Straße").byteLength //=> 7
 * ```
 */
export function arrayBufferOf(data: InputFile["data"]): ArrayBuffer {
  if (typeof data === "string") return new TextEncoder().encode(data).buffer as ArrayBuffer;
  if (data instanceof Uint8Array) return data.slice().buffer as ArrayBuffer;
  return data;
}

/**
 * The extension of a file name, lower case, without the dot (`""` when there is none).
 *
 * @example
 * ```ts
 * import { extensionOf } from "@vernetzt/core/io";
 *
 * extensionOf("Akteure.CSV") //=> "csv"
 * extensionOf("daten.v2/README") //=> ""
 * ```
 */
export function extensionOf(name: string): string {
  const match = /\.([^./\\]+)$/.exec(name);
  return match ? match[1]!.toLowerCase() : "";
}
