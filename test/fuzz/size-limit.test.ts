/**
 * Memory stays bounded: a file larger than `maxFileBytes` is reported (FILE_TOO_LARGE) and never read.
 * Tested with a small limit; the 200 MB measurement is in docs/trust.md.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_MAX_FILE_BYTES, filesFromBlobs, LoadOptionError, parseDataset } from "@vernetzt/core/io";
import { loadDataset, readDatasetFiles } from "@vernetzt/core/node";
import { describe, expect, it } from "vitest";

const ACTORS = "id;name\na;Verein A\nb;Treff B\n";
const TIES = "source;target\na;b\n";

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "vernetzt-size-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe("file size limit", () => {
  it("loadDataset reports a file above maxFileBytes as FILE_TOO_LARGE with its name and sizes", async () => {
    const dir = folder({ "actors.csv": ACTORS + "c;x\n".repeat(100), "ties.csv": TIES });
    const { dataset, report } = await loadDataset(dir, { maxFileBytes: 200 });
    expect(dataset).toBeNull();
    expect(report.ok).toBe(false);
    expect(report.issues.map((i) => [i.severity, i.code, i.file, i.row])).toEqual([
      ["error", "FILE_TOO_LARGE", "actors.csv", null],
    ]);
    expect(report.issues[0]!.message).toContain("0.0 MB");
  });
  it("readDatasetFiles does not read a file above the limit (returns its size only)", async () => {
    const dir = folder({ "actors.csv": ACTORS.repeat(20), "ties.csv": TIES });
    const files = await readDatasetFiles(dir, { maxFileBytes: 100 });
    expect(files.map((f) => [f.name, f.byteLength, (f.data as Uint8Array).byteLength])).toEqual([
      ["actors.csv", ACTORS.length * 20, 0],
      ["ties.csv", undefined, TIES.length],
    ]);
  });
  it("loadDataset loads files at or below the limit", async () => {
    const dir = folder({ "actors.csv": ACTORS, "ties.csv": TIES });
    const { dataset, report } = await loadDataset(dir, { maxFileBytes: ACTORS.length });
    expect(report.issues).toEqual([]);
    expect(dataset!.actors).toHaveLength(2);
  });
  it("parseDataset reports a single workbook above the limit without FILE_MISSING noise", async () => {
    const { report } = await parseDataset([{ name: "netz.xlsx", data: new Uint8Array(0), byteLength: 5e9 }]);
    expect(report.issues.map((i) => i.code)).toEqual(["FILE_TOO_LARGE"]);
    expect(report.issues[0]!.message).toContain("4768.4 MB");
  });
  it("filesFromBlobs passes a blob above the limit on unread", async () => {
    const big = Object.assign(new Blob([ACTORS.repeat(10)]), { name: "actors.csv" });
    const [file] = await filesFromBlobs([big], { maxFileBytes: 10 });
    expect(file!.byteLength).toBe(ACTORS.length * 10);
    const { report } = await parseDataset([file!, { name: "ties.csv", data: TIES }], { lang: "de" });
    expect(report.issues.map((i) => i.code)).toEqual(["FILE_TOO_LARGE"]);
    expect(report.issues[0]!.message).toContain("zu groß");
  });
  it("parseDataset rejects a maxFileBytes that is not a positive number", async () => {
    for (const maxFileBytes of [0, -1, Number.NaN, "10" as unknown as number]) {
      await expect(parseDataset([], { maxFileBytes })).rejects.toBeInstanceOf(LoadOptionError);
    }
  });
  it("workbooks and XML graph files may be a tenth of the limit (they need ten times the memory)", async () => {
    const dir = folder({ "netz.graphml": "<graphml>" + " ".repeat(200) + "</graphml>" });
    const { report } = await loadDataset(join(dir, "netz.graphml"), { maxFileBytes: 1000 });
    expect(report.issues.map((i) => [i.code, i.message.includes("0.0 MB")])).toEqual([
      ["FILE_TOO_LARGE", true],
    ]);
    const json = await parseDataset([{ name: "netz.json", data: "{}".padEnd(200) }], { maxFileBytes: 1000 });
    expect(json.report.issues.map((i) => i.code)).not.toContain("FILE_TOO_LARGE");
    const [blob] = await filesFromBlobs([Object.assign(new Blob(["x".repeat(200)]), { name: "netz.xlsx" })], {
      maxFileBytes: 1000,
    });
    expect(blob!.byteLength).toBe(200);
  });
  it("DEFAULT_MAX_FILE_BYTES is 100 MiB", () => {
    expect(DEFAULT_MAX_FILE_BYTES).toBe(104_857_600);
  });
});
