import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { vernetzt } from "../cli/run-cli.js";

const README = readFileSync(new URL("../../README.md", import.meta.url), "utf8");

describe("README 'Your data'", () => {
  it("the two CSV files it shows, copied as they stand, validate without a problem", () => {
    const blocks = [...README.matchAll(/```csv\n([\s\S]*?)```/g)].map((match) => match[1]!);
    expect(blocks).toHaveLength(2);
    const folder = join(tmpdir(), `vernetzt-readme-${process.pid}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, "akteure.csv"), blocks[0]!);
    writeFileSync(join(folder, "beziehungen.csv"), blocks[1]!);
    const run = vernetzt("validate", folder, "--json");
    expect(JSON.parse(run.stdout).issues).toEqual([]);
    expect(run.code).toBe(0);
  });
});
