/**
 * Right-to-left override and other bidi controls in names (#17): a name such as "Kita \u202Edron" would show
 * reversed in every figure, slide, handout and dashboard page, and an unclosed override flips the text after it.
 * The reader removes the embedding, override and isolate controls from every text cell and reports each cell
 * (TEXT_BIDI, with row and column); ids keep them and are reported (ID_INVISIBLE). The sample city with such
 * characters in an actor's name, a sector, a topic, an extra column and a district name is run through the
 * report and the handouts: no output file may contain one.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type InputFile, parseDataset } from "@vernetzt/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dashboardDataOf } from "../../dashboard/loaders/dashboard-data.js";
import { main } from "../../packages/cli/src/main.js";
import { ROOT } from "../cli/run-cli.js";

const RLO = "\u202E";
const PDF = "\u202C";
const CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;
const SAMPLE = join(ROOT, "data/sample");

/** The sample's CSV files with bidi controls put into names, a sector, a topic, an extra column and a district. */
function hostileSample(): InputFile[] {
  const replace: Record<string, Array<[string, string]>> = {
    "akteure.csv": [
      ["Fachbereich Soziales und Integration", `Fachbereich ${RLO}selaizoS${PDF} und Integration`],
      [";Stadtverwaltung;", `;Stadt\u2067verwaltung;`],
      [
        '"Stadtteilentwicklung; Integration; Ehrenamt"',
        `"Stadtteil${RLO}entwicklung; Integration; Ehrenamt"`,
      ],
      [";kommunal;", `;kommu${RLO}nal;`],
    ],
    "stadtteile.csv": [["MI;Mitte;", `MI;${RLO}ettiM;`]],
  };
  return readdirSync(SAMPLE)
    .filter((name) => name.endsWith(".csv"))
    .map((name) => {
      let text = readFileSync(join(SAMPLE, name), "utf8");
      for (const [from, to] of replace[name] ?? []) text = text.replaceAll(from, to);
      return { name, data: text };
    });
}

let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "vernetzt-bidi-"));
  await mkdir(join(folder, "data"));
  for (const file of hostileSample()) writeFileSync(join(folder, "data", file.name), file.data as string);
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** Every text file under `dir` (SVG, HTML, CSV, JSON, Markdown), with its content. */
function textFiles(dir: string): Array<{ path: string; text: string }> {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return textFiles(path);
    return /\.(svg|html|csv|json|md|txt)$/.test(name) ? [{ path, text: readFileSync(path, "utf8") }] : [];
  });
}

describe("bidi controls in names", () => {
  it("are removed from every text cell and reported with file, row and column; ids keep them, reported", async () => {
    const { dataset, report } = await parseDataset(hostileSample(), { lang: "de" });
    const bidi = report.issues.filter((issue) => issue.code === "TEXT_BIDI");
    expect(bidi.map((issue) => [issue.file, issue.row, issue.column])).toEqual(
      expect.arrayContaining([
        ["akteure.csv", 2, "Name"],
        ["akteure.csv", 2, "Sektor"],
        ["akteure.csv", 3, "Themen"],
        ["akteure.csv", 2, "Rechtsform"],
        ["stadtteile.csv", 2, "Name"],
      ]),
    );
    expect(bidi.find((issue) => issue.column === "Name")!.message).toContain("U+202E");
    const actor = dataset!.actors.find((a) => a.id === "A001")!;
    expect(actor.name).toBe("Fachbereich selaizoS und Integration");
    expect(actor.sector).toBe("Stadtverwaltung");
    expect(actor.attributes.Rechtsform).toBe("kommunal");
    expect(dataset!.actors.find((a) => a.id === "A002")!.topics).toContain("Stadtteilentwicklung");
    expect(dataset!.districts.find((d) => d.id === "MI")!.name).toBe("ettiM");
    expect(CONTROLS.test(JSON.stringify(dataset))).toBe(false);
    expect(CONTROLS.test(JSON.stringify(dashboardDataOf(dataset!)))).toBe(false);

    const ids = await parseDataset([
      { name: "actors.csv", data: `id;name\n${RLO}a1;\nb;B\n` },
      { name: "ties.csv", data: `source;target\n${RLO}a1;b\n` },
    ]);
    expect(ids.dataset!.actors[0]!.id).toBe(`${RLO}a1`); // an id matches its references byte for byte
    expect(ids.dataset!.actors[0]!.name).toBe("a1"); // the id shown as the name: without the control
    expect(ids.report.issues.map((issue) => issue.code)).toContain("ID_INVISIBLE");
  });

  it("right-to-left scripts are read as written, without a report", async () => {
    const { dataset, report } = await parseDataset([
      { name: "actors.csv", data: "id;name\nnur;مركز النور\nshalom;מרכז שלום\n" },
      { name: "ties.csv", data: "source;target\nnur;shalom\n" },
    ]);
    expect(dataset!.actors.map((a) => a.name)).toEqual(["مركز النور", "מרכז שלום"]);
    expect(report.issues.filter((issue) => issue.code === "TEXT_BIDI")).toEqual([]);
  });

  it("reach no figure, slide, report page or handout", { timeout: 240_000 }, async () => {
    const data = join(folder, "data");
    for (const [command, out] of [
      ["report", join(folder, "report")],
      ["handouts", join(folder, "handouts")],
    ] as const) {
      const code = await main(["node", "vernetzt", command, data, "--out", out, "--lang", "de"]);
      process.exitCode = undefined;
      expect(code).toBe(0);
      const files = textFiles(out);
      expect(files.length).toBeGreaterThan(0);
      expect(files.filter((file) => CONTROLS.test(file.text)).map((file) => file.path)).toEqual([]);
      // the names are there, only the controls are not (the report shows districts, the handouts actors)
      const shown = command === "report" ? "ettiM" : "Fachbereich selaizoS und Integration";
      expect(files.some((file) => file.text.includes(shown))).toBe(true);
    }
  });
});
