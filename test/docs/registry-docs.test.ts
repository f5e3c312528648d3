/**
 * What the docs derive from the measure registry stays in step with it: the JSON schema of `analyze --json`
 * and the measure tables of docs/metrics.md and docs/groups.md are exactly what `scripts/registry-docs.ts`
 * writes (run it after changing a descriptor).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { registryDocs } from "../../scripts/registry-docs.js";

const REPO = join(import.meta.dirname, "../..");

describe("docs derived from the registry", () => {
  for (const { path, text } of registryDocs()) {
    it(`${path} is what scripts/registry-docs.ts writes`, () => {
      expect(readFileSync(join(REPO, path), "utf8")).toBe(text);
    });
  }
});
