/** The documentation lists what the code does: every alias in `docs/dataset-format.md`, every code in `docs/validation-codes.md`. */
import { readFileSync } from "node:fs";
import {
  BOOLEAN_ALIASES,
  COLUMN_ALIASES,
  KIND_ALIASES,
  LEVEL_ALIASES,
  PROJECT_ROLE_ALIASES,
  TABLE_NAME_ALIASES,
  TABLES,
  VALIDATION_CODES,
} from "@vernetzt/core/io";
import { describe, expect, it } from "vitest";

const doc = (name: string) => readFileSync(new URL(`../../../docs/${name}`, import.meta.url), "utf8");

describe("docs", () => {
  it("dataset-format.md lists every file name, header and value alias", () => {
    const text = doc("dataset-format.md");
    const aliases = [
      ...Object.values(TABLE_NAME_ALIASES).flat(),
      ...Object.values(TABLES).flatMap((table) => ("moreNames" in table ? table.moreNames : [])),
      ...Object.values(COLUMN_ALIASES).flatMap((columns) => Object.values(columns).flat()),
      ...Object.values(KIND_ALIASES).flat(),
      ...Object.values(BOOLEAN_ALIASES).flat(),
      ...Object.values(LEVEL_ALIASES).flat(),
      ...Object.values(PROJECT_ROLE_ALIASES).flat(),
    ];
    const missing = aliases.filter((alias) => !text.includes(`\`${alias}\``));
    expect(missing).toEqual([]);
  });
  it("validation-codes.md explains every code", () => {
    const text = doc("validation-codes.md");
    expect(VALIDATION_CODES.filter((code) => !text.includes(`| \`${code}\` |`))).toEqual([]);
  });
});
