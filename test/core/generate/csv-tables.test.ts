/** CSV text of generated networks: quoting, value formats, the file list. */

import { GENERATED_CSV_FILES, generatedCsvTables, generateNetwork } from "@vernetzt/core/generate";
import { csvField } from "@vernetzt/core/io";
import { describe, expect, it } from "vitest";
import { csvLine } from "../../../packages/core/src/generate/csv-tables.js";

describe("csvField", () => {
  it("quotes only what needs quotes, doubling inner quotes", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField("a;b", ";")).toBe('"a;b"');
    expect(csvField("a;b")).toBe("a;b");
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField(" padded")).toBe('" padded"');
  });
});

describe("csvLine", () => {
  it("writes undefined as an empty field and booleans as yes/no", () => {
    expect(csvLine(["a", undefined, 3, true, false])).toBe("a,,3,yes,no");
  });
});

describe("generatedCsvTables", () => {
  it("writes the files of GENERATED_CSV_FILES, in that order, each with a header line", () => {
    const tables = generatedCsvTables(generateNetwork({ actors: 30, seed: 1 }));
    expect(tables.map((t) => t.file)).toEqual([...GENERATED_CSV_FILES]);
    for (const t of tables) expect(t.lines().next().value).toMatch(/^[a-z_,]+$/);
  });

  it("writes one line per row plus the header", () => {
    const network = generateNetwork({ actors: 50, seed: 2 });
    const actors = generatedCsvTables(network).find((t) => t.file === "actors.csv")!;
    expect([...actors.lines()]).toHaveLength(51);
  });
});
