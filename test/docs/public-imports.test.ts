/**
 * Tests use the library as its users do (#20): through `@vernetzt/core` and its subpaths (`@vernetzt/core/io`,
 * …), not through `../../packages/core/src/…`. A test may reach into a source file only for what the package
 * does not export (internal units such as `io/table-frame.ts`'s `detectDelimiter`); this test fails when a test
 * imports a public entry point by its path, or takes from a source file a value its public subpath exports.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../..");
const testRoot = join(root, "test");

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === "node_modules" || entry.name === "fixtures") return [];
    const path = join(dir, entry.name);
    return entry.isDirectory() ? testFiles(path) : /\.(ts|mts)$/.test(entry.name) ? [path] : [];
  });
}

interface DeepImport {
  file: string;
  area: string;
  module: string;
  /** Value names imported (type-only names are left out: they vanish at runtime). */
  values: string[];
  namespace: boolean;
}

const IMPORT =
  /import\s+(type\s+)?(?:\{([^}]*)\}|\*\s+as\s+\w+)\s+from\s+"(?:\.\.\/)+packages\/core\/src\/([a-z0-9-]+)(?:\/([a-z0-9-]+))?\.js"/g;

function deepImports(file: string): DeepImport[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(IMPORT)].map((m) => {
    const names = m[1] ? [] : (m[2] ?? "").split(",").map((n) => n.trim());
    const values = names
      .filter((n) => n !== "" && !n.startsWith("type "))
      .map((n) => n.split(/\s+as\s+/)[0]!.trim());
    return {
      file: relative(root, file),
      area: m[4] === undefined ? "" : m[3]!,
      module: m[4] === undefined ? m[3]! : `${m[3]}/${m[4]}`,
      values,
      namespace: m[2] === undefined && !m[1],
    };
  });
}

describe("tests import the library through its public exports", () => {
  const imports = testFiles(testRoot).flatMap(deepImports);

  it("finds the imports it checks (the pattern still matches the code)", () => {
    expect(imports.length).toBeGreaterThan(0);
  });

  it("no test imports a public entry point (index.ts) by its source path", () => {
    const byPath = imports.filter((i) => i.module === "index" || i.module.endsWith("/index"));
    expect(byPath.map((i) => `${i.file}: ${i.module}`)).toEqual([]);
  });

  it("no test takes from a source file a value that its public subpath exports", async () => {
    const misplaced: string[] = [];
    for (const deep of imports.filter((i) => i.area !== "" && !i.namespace)) {
      let exported: Record<string, unknown>;
      try {
        exported = await import(`@vernetzt/core/${deep.area}`);
      } catch {
        continue; // an internal area without a public subpath (e.g. numeric/)
      }
      const publicOnes = deep.values.filter((name) => name in exported);
      if (publicOnes.length > 0)
        misplaced.push(`${deep.file}: ${publicOnes.join(", ")} from @vernetzt/core/${deep.area}`);
    }
    expect(misplaced).toEqual([]);
  });
});
