/**
 * survey forms and collect on small hand-made returns: who gets a form, each reason a file cannot be used,
 * row problems, the respondent found from the list when the ID is missing, duplicates, and that the order of
 * the files changes nothing (fictional actors).
 */

import { writeWorkbook } from "@vernetzt/core/interop";
import { type InputFile, parseDataset } from "@vernetzt/core/io";
import type { Dataset } from "@vernetzt/core/model";
import {
  collectedFiles,
  collectSurvey,
  nextWave,
  SurveyOptionError,
  surveyFormHtml,
  surveyForms,
  surveyReportText,
} from "@vernetzt/core/survey";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";

const ACTORS = [
  "id;name;district;sector;kind;consent",
  "a;Alpha;Nord;Kita;;",
  "b;Beta;Nord;Schule;;",
  "c;Gamma e.V.;Süd;Verein;;",
  "d;Delta;Süd;Kirche;;",
  "p;Paula;Süd;Verein;Person;nein",
].join("\n");

let dataset: Dataset;
beforeAll(async () => {
  dataset = (await parseDataset([{ name: "actors.csv", data: ACTORS }], { requireTies: false })).dataset!;
});

/** An XLSX return: rows [id, name, level], the About sheet's ID (omitted when null) and wave. */
async function xlsx(name: string, id: string | null, rows: string[][], wave = "1"): Promise<InputFile> {
  const about = id === null ? [["Welle", wave]] : [["Welle", wave]];
  const data = await writeWorkbook([
    { name: "Kontakte", header: ["ID", "Name", "Stufe"], rows },
    { name: "Über uns", header: id === null ? ["Name", "x"] : ["ID", id], rows: about },
  ]);
  return { name, data };
}

function html(
  name: string,
  respondent: string,
  answers: Record<string, number> | null,
  wave = "1",
): InputFile {
  const form = surveyForms(dataset).find((f) => f.respondent.id === respondent)!;
  const page = surveyFormHtml(form);
  if (answers === null) return { name, data: page };
  const block = JSON.stringify({
    format: "vernetzt-survey-answers",
    version: 1,
    respondent,
    wave,
    answers,
    writeIns: [],
  });
  return {
    name,
    data: page.replace('id="vernetzt-survey-answers">null<', `id="vernetzt-survey-answers">${block}<`),
  };
}

describe("surveyForms", () => {
  it("asks every actor but a person without consent, and lists the others grouped by district", () => {
    const forms = surveyForms(dataset, { writeInRows: 0 });
    expect(forms.map((f) => f.respondent.id)).toEqual(["a", "b", "c", "d"]);
    expect(forms[3]!.rows.map((r) => `${r.district}/${r.sector}/${r.id}`)).toEqual([
      "Nord/Kita/a",
      "Nord/Schule/b",
      "Süd/Verein/c",
    ]);
    expect(() => surveyForms(dataset, { writeInRows: 1000 })).toThrow(SurveyOptionError);
  });

  it("asks the next wave: 1 for an actor list, the last number + 1 after it", async () => {
    expect(nextWave(dataset)).toBe("1");
    const { dataset: later } = await parseDataset([
      { name: "actors.csv", data: ACTORS },
      { name: "ties.csv", data: "source;target;wave\na;b;2\nb;c;3" },
    ]);
    expect(nextWave(later!)).toBe("4");
    const { dataset: named } = await parseDataset([
      { name: "actors.csv", data: ACTORS },
      { name: "ties.csv", data: "source;target;wave\na;b;Frühjahr" },
    ]);
    expect(() => nextWave(named!)).toThrow(SurveyOptionError);
  });
});

describe("collectSurvey", () => {
  it("lists each file it cannot use with its reason and merges the rest", async () => {
    const files = [
      await xlsx("gut.xlsx", "a", [["b", "Beta", "kennen uns"]]),
      { name: "alt.xls", data: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]) },
      { name: "scan.pdf", data: "%PDF-1.4 …" },
      { name: "notiz.txt", data: "bitte anrufen" },
      await xlsx("fremd.xlsx", "zz", [["a", "Alpha", "1"]]),
      html("vergessen.html", "c", null),
      html("alt-welle.html", "d", { a: 2 }, "0"),
      { name: "leer.xlsx", data: await writeWorkbook([{ name: "Tabelle1", header: ["x"], rows: [] }]) },
    ];
    const { report } = await collectSurvey(dataset, files);
    expect(report.broken.map((b) => [b.file, b.reason, b.detail])).toEqual([
      ["alt-welle.html", "OTHER_WAVE", "0"],
      ["alt.xls", "OTHER_FORMAT", "xls"],
      ["fremd.xlsx", "RESPONDENT_UNKNOWN", "zz"],
      ["leer.xlsx", "NOT_A_FORM", "Tabelle1"],
      ["notiz.txt", "NOT_A_FORM", "txt"],
      ["scan.pdf", "OTHER_FORMAT", "pdf"],
      ["vergessen.html", "UNFILLED_HTML", "c"],
    ]);
    expect(report.answered.map((a) => a.id)).toEqual(["a"]);
    expect(report.missing.map((m) => [m.id, m.reason])).toEqual([
      ["b", "none"],
      ["c", "broken"],
      ["d", "broken"],
    ]);
  });

  it("keeps the good rows of a form and lists the others with their row", async () => {
    const rows = [
      ["b", "Beta", "kennt man"],
      ["c", "Gamma e.V.", " ARBEITEN ZUSAMMEN "],
      ["c", "Gamma e.V.", "kennen uns"],
      ["", "", "kennen uns"],
      ["x9", "Neue Initiative", "wissen voneinander"],
      ["", "gamma", "2"],
    ];
    const { report, dataset: out } = await collectSurvey(dataset, [await xlsx("a.xlsx", "a", rows)]);
    expect(report.problems.map((p) => [p.code, p.row, p.value])).toEqual([
      ["LEVEL_INVALID", 2, "kennt man"],
      ["ROW_REPEATED", 4, "c"],
      ["LEVEL_WITHOUT_NAME", 5, "kennen uns"],
      ["ID_UNKNOWN", 6, "x9"],
    ]);
    expect(report.resolved).toEqual([{ name: "gamma", actor: "c", by: ["a"] }]);
    expect(report.added).toEqual([{ name: "Neue Initiative", id: "neu-neue-initiative", by: ["a"] }]);
    expect(out.ties.map((t) => `${t.source}-${t.target}:${t.level}`)).toEqual([
      "a-c:3",
      "a-neu-neue-initiative:1",
      "a-c:2",
    ]);
  });

  it("finds the respondent of a form without ID as the one actor missing from its list", async () => {
    const rows = [
      ["a", "Alpha", "kennen uns"],
      ["b", "Beta", ""],
      ["c", "Gamma e.V.", "arbeiten zusammen"],
    ];
    const { report } = await collectSurvey(dataset, [await xlsx("ohne-id.xlsx", null, rows)]);
    expect(report.answered.map((a) => [a.id, a.inferred])).toEqual([["d", true]]);
  });

  it("uses one return per respondent and gives the same result in any order of the files", async () => {
    const files = [
      await xlsx("1.xlsx", "a", [["b", "Beta", "kennen uns"]]),
      await xlsx("2.xlsx", "a", [["b", "Beta", "kennen uns"]]),
      html("3.html", "b", { a: 3, c: 1 }),
      html("4.html", "b", { a: 3 }),
      await xlsx("5.xlsx", "c", [["d", "Delta", "wissen voneinander"]]),
      { name: "6.xlsx", data: new Uint8Array([80, 75, 3, 4, 9, 9]) },
      html("7.html", "d", null),
    ];
    const first = await collectSurvey(dataset, files);
    expect(first.report.duplicates.map((d) => [d.id, d.kept, d.dropped, d.why])).toEqual([
      ["a", "1.xlsx", ["2.xlsx"], "identical"],
      ["b", "3.html", ["4.html"], "moreAnswers"],
    ]);
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray(files, { minLength: files.length }), async (shuffled) => {
        const again = await collectSurvey(dataset, shuffled);
        expect(again.report).toEqual(first.report);
        expect(again.dataset).toEqual(first.dataset);
      }),
      { numRuns: 12, seed: 18 },
    );
  });

  it("replaces earlier answers of the same respondents in the wave and keeps the rest", async () => {
    const { dataset: before } = await parseDataset([
      { name: "actors.csv", data: ACTORS },
      { name: "ties.csv", data: "source;target;level;reported_by;wave\na;b;1;a;1\nc;d;3;c;1\nb;c;;;1" },
    ]);
    const { dataset: after, report } = await collectSurvey(before!, [
      await xlsx("a.xlsx", "a", [["d", "Delta", "3"]]),
    ]);
    expect(report.replaced).toBe(1);
    expect(after.ties.map((t) => `${t.source}-${t.target}:${t.reportedBy ?? "-"}`)).toEqual([
      "c-d:c",
      "b-c:-",
      "a-d:a",
    ]);
    expect(after.respondents?.["1"]).toEqual(["a"]);
  });
});

describe("surveyReportText", () => {
  it("shortens a long reminder list and names the file that has all of it", async () => {
    const many = ["id;name", ...Array.from({ length: 45 }, (_, i) => `x${i};Einrichtung ${i}`)].join("\n");
    const { dataset: big } = await parseDataset([{ name: "actors.csv", data: many }], {
      requireTies: false,
    });
    const result = await collectSurvey(big!, []);
    const lines = surveyReportText(result.report, "de");
    expect(lines.filter((line) => line.startsWith("  - Einrichtung"))).toHaveLength(40);
    const reminder = collectedFiles(result, "de").find((f) => f.path.includes("erinnerung"))!;
    expect(lines).toContain(`  … und 5 weitere (alle in ${reminder.path}).`);
    // the file has all 45 and a header
    expect(String(reminder.data).trim().split("\r\n")).toHaveLength(46);
  });
});
