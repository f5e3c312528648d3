import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runCli } from "./run-cli.js";

/** A folder holding only the given fixture files, as a tool's export folder would. */
function only(folder: string, ...files: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), "vernetzt-formats-"));
  for (const file of files) copyFileSync(join(ROOT, folder, file), join(dir, file));
  return dir;
}

const FORMATS = [
  ["Kumu spreadsheet", "test/fixtures/interop/kumu"],
  ["Gephi spreadsheet", "test/fixtures/interop/gephi"],
  ["networkx node and edge CSV", only("test/fixtures/interop/networkx", "nodes.csv", "edges.csv")],
  ["igraph vertex and edge CSV", only("test/fixtures/interop/igraph", "vertices.csv", "edges.csv")],
  ["networkx edge list", "test/fixtures/interop/networkx/graph.edgelist"],
  ["igraph NCOL", "test/fixtures/interop/igraph/graph.ncol"],
];

describe("vernetzt with other tools' formats", () => {
  for (const [name, path] of FORMATS) {
    it(`vernetzt validate and analyze read a ${name} (${path})`, () => {
      const validate = runCli(["validate", path, "--json"]);
      expect(validate.code, validate.stderr).toBe(0);
      expect(JSON.parse(validate.stdout).ok).toBe(true);
      const analysis = runCli(["analyze", path, "--json", "--permutations", "0"]);
      expect(analysis.code, analysis.stderr).toBe(0);
      const result = JSON.parse(analysis.stdout);
      expect(result.network.actors).toBeGreaterThan(1);
      expect(result.network.ties).toBeGreaterThan(0);
    });
  }
});
