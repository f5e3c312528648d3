/** detectInteropFormat and parseInterop: each tool's fixture is recognised; vernetzt's own datasets are not claimed. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { detectInteropFormat, parseInterop } from "@vernetzt/core/interop";
import { LoadOptionError } from "@vernetzt/core/io";
import { describe, expect, it } from "vitest";
import { fixture, where } from "./helpers.js";

describe("detectInteropFormat", () => {
  it.each([
    ["networkx", ["nodes.csv", "edges.csv"], "node-edge-csv"],
    ["igraph", ["vertices.csv", "edges.csv"], "node-edge-csv"],
    ["networkx", ["graph.edgelist"], "edge-list"],
    ["igraph", ["graph.ncol"], "edge-list"],
    ["gephi", undefined, "gephi-spreadsheet"],
    ["kumu", undefined, "kumu"],
    ["network-canvas", undefined, "network-canvas"],
  ] as const)("recognises %s %j as %s", async (folder, names, format) => {
    expect(await detectInteropFormat(fixture(folder, names ? [...names] : undefined))).toBe(format);
  });

  it("recognises an edge list in a .txt file by its lines", async () => {
    expect(await detectInteropFormat([{ name: "kontakte.txt", data: "a b 2\nb c {'weight': 1}\n" }])).toBe(
      "edge-list",
    );
  });

  it("leaves vernetzt datasets and unknown files alone", async () => {
    const dir = join(import.meta.dirname, "..", "..", "fixtures", "io", "basic");
    const vernetzt = readdirSync(dir).map((name) => ({
      name,
      data: new Uint8Array(readFileSync(join(dir, name))),
    }));
    expect(await detectInteropFormat(vernetzt)).toBeUndefined();
    expect(await detectInteropFormat([{ name: "liste.csv", data: "Name;Ort\nA;B\n" }])).toBeUndefined();
  });
});

describe("parseInterop", () => {
  it("reads a detected format", async () => {
    const result = await parseInterop(fixture("networkx", ["graph.edgelist"]));
    expect(result.dataset?.ties).toHaveLength(5);
  });

  it("reports files of no known format, in German when asked", async () => {
    const result = await parseInterop([{ name: "liste.csv", data: "Name;Ort\nA;B\n" }], { lang: "de" });
    expect(where(result)).toEqual(["error FILE_FORMAT@liste.csv:null:null"]);
    expect(result.dataset).toBeNull();
  });

  it("rejects an unknown format option", async () => {
    await expect(parseInterop([], { format: "pajek" as never })).rejects.toThrow(LoadOptionError);
  });
});
