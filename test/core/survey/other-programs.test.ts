/**
 * Returned forms as other programs write them (fixtures made by test/fixtures/survey/make-fixtures.py from the
 * fictional actor list beside it): filled and saved by openpyxl, re-saved by LibreOffice as XLSX, saved by
 * LibreOffice as ODS. Where LibreOffice is installed, a form is also converted live.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type InputFile, parseDataset } from "@vernetzt/core/io";
import type { Dataset } from "@vernetzt/core/model";
import { collectSurvey, readSurveyReturn, type SurveyReturn } from "@vernetzt/core/survey";
import { beforeAll, describe, expect, it } from "vitest";
import { convertWithLibreOffice, hasLibreOffice } from "../../libreoffice.js";

const FIXTURES = join(import.meta.dirname, "..", "..", "fixtures", "survey");

const file = (name: string): InputFile => ({
  name,
  data: new Uint8Array(readFileSync(join(FIXTURES, "returns", name))),
});

let dataset: Dataset;
let context: Parameters<typeof readSurveyReturn>[1];

beforeAll(async () => {
  const data = readFileSync(join(FIXTURES, "actors", "akteure.csv"), "utf8");
  dataset = (await parseDataset([{ name: "akteure.csv", data }], { requireTies: false })).dataset!;
  const actors = new Map(dataset.actors.map((a): [string, (typeof dataset.actors)[number]] => [a.id, a]));
  context = { actors, surveyed: new Set(dataset.actors.filter((a) => a.kind !== "person").map((a) => a.id)) };
});

const answersOf = (r: SurveyReturn) => Object.fromEntries(r.answers);

describe("returns written by other programs", () => {
  it("reads a form filled and saved by openpyxl: labels in other case and with spaces, a write-in, offers", async () => {
    const read = (await readSurveyReturn(file("openpyxl.xlsx"), context)) as SurveyReturn;
    expect(read.respondent).toBe("k1");
    expect(answersOf(read)).toEqual({ s1: 3, j1: 2, v1: 1, c1: 0 });
    expect(read.writeIns).toEqual([{ name: "Foodsharing  Nord", district: "", sector: "", level: 2 }]);
    expect(read.offers).toEqual(["Räume", "Hausaufgabenhilfe"]);
    expect(read.needs).toEqual(["Ehrenamtliche"]);
    expect(read.problems).toEqual([]);
    expect(read.savedAt).not.toBeNull();
  });

  it("reads a form re-saved by LibreOffice as XLSX, a number typed for a level included", async () => {
    const read = (await readSurveyReturn(file("libreoffice.xlsx"), context)) as SurveyReturn;
    expect(read.respondent).toBe("s1");
    expect(answersOf(read)).toEqual({ k1: 3, v1: 3, c1: 2 });
    expect(read.wave).toBe("1");
  });

  it("says to save as .xlsx when LibreOffice saved the form in its own format", async () => {
    expect(await readSurveyReturn(file("libreoffice.ods"), context)).toEqual({
      file: "libreoffice.ods",
      broken: "OTHER_FORMAT",
      detail: "ods",
    });
  });

  it("collects the three: two respondents, a confirmed pair k1–s1 (3 and 3), the ODS listed", async () => {
    const names = readdirSync(join(FIXTURES, "returns")).sort();
    const { report } = await collectSurvey(dataset, names.map(file));
    expect(report.answered.map((a) => a.id)).toEqual(["k1", "s1"]);
    expect(report.broken.map((b) => [b.file, b.reason])).toEqual([["libreoffice.ods", "OTHER_FORMAT"]]);
    expect(report.missing.map((m) => m.id)).toEqual(["j1", "v1", "c1"]);
    // k1: s1 3, j1 2, v1 1 (c1 0); s1: k1 3, v1 3, c1 2 → pairs named: k1–s1 (both), k1–j1, k1–v1, s1–v1, s1–c1
    expect(report.pairs).toEqual({
      named: 5,
      confirmed: 1,
      oneSidedOtherAnswered: 0,
      oneSidedOtherMissing: 4,
    });
    expect(report.disagreements).toEqual([]);
  });
});

describe.skipIf(!hasLibreOffice)(
  "a form converted by LibreOffice now (skipped when soffice is not installed)",
  () => {
    it("LibreOffice's XLSX of the openpyxl return gives the same answers", async () => {
      const bytes = new Uint8Array(readFileSync(join(FIXTURES, "returns", "openpyxl.xlsx")));
      const converted = { name: "in.xlsx", data: convertWithLibreOffice(bytes, "in.xlsx", "xlsx") };
      const read = (await readSurveyReturn(converted, context)) as SurveyReturn;
      expect(read.respondent).toBe("k1");
      expect(answersOf(read)).toEqual({ s1: 3, j1: 2, v1: 1, c1: 0 });
      expect(read.writeIns.map((w) => [w.name, w.level])).toEqual([["Foodsharing  Nord", 2]]);
    });
  },
);
