/** A file handed to the loader: a name (relative to the dataset) and its content. Works in Node and the browser. */
export interface InputFile {
  /** File name relative to the dataset, e.g. `akteure.csv`, or a workbook/JSON/graph file name. */
  name: string;
  data: Uint8Array | ArrayBuffer | string;
}

/** Reads browser `File`s (or any `Blob` with a name) into input files, e.g. from `<input type=file multiple>`. */
export async function filesFromBlobs(blobs: Iterable<Blob & { name?: string }>): Promise<InputFile[]> {
  const files: InputFile[] = [];
  for (const blob of blobs) {
    files.push({ name: blob.name ?? "", data: new Uint8Array(await blob.arrayBuffer()) });
  }
  return files;
}

/** The content of an input file as an ArrayBuffer of its own (copied when it is a view or text). */
export function arrayBufferOf(data: InputFile["data"]): ArrayBuffer {
  if (typeof data === "string") return new TextEncoder().encode(data).buffer as ArrayBuffer;
  if (data instanceof Uint8Array) return data.slice().buffer as ArrayBuffer;
  return data;
}

/** The extension of a file name, lower case, without the dot (`""` when there is none). */
export function extensionOf(name: string): string {
  const match = /\.([^./\\]+)$/.exec(name);
  return match ? match[1]!.toLowerCase() : "";
}
