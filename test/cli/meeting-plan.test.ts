import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "vernetzt-plan-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("vernetzt meeting plan", () => {
  it("seats the attendees of a meeting: everyone once per round, balanced tables, better than random", () => {
    const { code, stdout } = runCli([
      "meeting",
      "plan",
      "data/sample",
      "--meeting",
      "NT-2024",
      "--tables",
      "4",
      "--rounds",
      "2",
      "--draws",
      "200",
      "--json",
    ]);
    expect(code).toBe(0);
    const plan = JSON.parse(stdout);
    for (const key of ["rounds", "valuablePairsMet", "randomMean", "randomP95"])
      expect(plan).toHaveProperty(key);
    const attendees = readFileSync("data/sample/teilnahme.csv", "utf8")
      .split(/\r?\n/)
      .filter((line) => line.startsWith("NT-2024;"))
      .map((line) => line.split(";")[1]);
    for (const round of plan.rounds as string[][][]) {
      expect(round.flat().sort()).toEqual([...attendees].sort());
      const sizes = round.map((table) => table.length);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    }
    expect(plan.valuablePairsMet).toBeGreaterThan(plan.randomP95);
    expect(plan.pairs.every((p: { a: string; b: string }) => p.a !== p.b)).toBe(true);
  });

  it("reads a participant list of ids and names, and writes CSV, XLSX, table cards and personal sheets", () => {
    const list = join(dir, "teilnehmende.csv");
    writeFileSync(
      list,
      "Name\nFachbereich Soziales und Integration\nA034\nlesepaten nordstadt\nGrundschule Nordstadt\nA100\nA101\n",
    );
    const out = join(dir, "plan");
    const { code, stdout } = runCli([
      "meeting",
      "plan",
      "data/sample",
      "--participants",
      list,
      "--tables",
      "2",
      "--out",
      out,
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain("Runde 1");
    const sheets = readFileSync(join(out, "persoenliche-blaetter.html"), "utf8");
    // the planted complement: Lesepaten Nordstadt offers homework help, which the primary school seeks
    expect(sheets).toContain("bietet, was Sie suchen: Hausaufgabenhilfe");
    expect(readFileSync(join(out, "tischkarten.html"), "utf8")).toContain("Runde 1, Tisch 2");
    const csv = readFileSync(join(out, "tischplan.csv"), "utf8");
    expect(csv.split("\r\n")[0]).toBe("\uFEFFRunde;Tisch;ID;Name;Stadtteil;Sektor;Sprechen Sie mit");
    expect(csv.trim().split("\r\n")).toHaveLength(1 + 6);
    expect(readFileSync(join(out, "tischplan.xlsx")).subarray(0, 2).toString()).toBe("PK");
  });

  it("seats entries the data do not know as guests and names each with its row; reads misspelt names", () => {
    const list = join(dir, "falsch.csv");
    writeFileSync(list, "A001\nNiemand e.V.\nA002\nA001\nKeiner\nLesepaten Nordstatd\n");
    const { code, stdout, stderr } = runCli([
      "meeting",
      "plan",
      "data/sample",
      "--participants",
      list,
      "--tables",
      "2",
      "--lang",
      "en",
    ]);
    expect(code).toBe(0);
    expect(stderr).toContain('row 2: "Niemand e.V." is not in the data');
    expect(stderr).toContain("seated as a guest");
    expect(stderr).toContain('row 5: "Keiner"');
    expect(stderr).toContain('row 4: "A001" is listed twice');
    expect(stderr).toContain('row 6: "Lesepaten Nordstatd" read as "Lesepaten Nordstadt"');
    expect(stdout).toContain("Niemand e.V.");
    expect(stdout).toContain("Lesepaten Nordstadt");
  });

  it("reads a registration list with person, organisation and e-mail columns by the organisation", () => {
    const list = join(dir, "anmeldungen.csv");
    writeFileSync(
      list,
      "Vorname;Nachname;Organisation;E-Mail\nErika;Beispiel;Lesepaten Nordstadt;e@example.org\nMax;Muster;Grundschule Nordstadt;m@example.org\nJonas;Test;Neue Nachbarschaftsinitiative;j@example.org\n",
    );
    const { code, stdout, stderr } = runCli([
      "meeting",
      "plan",
      "data/sample",
      "--participants",
      list,
      "--tables",
      "1",
      "--json",
    ]);
    expect(code).toBe(0);
    const plan = JSON.parse(stdout);
    expect(plan.participants).toHaveLength(3);
    expect(plan.participants).toContain("Neue Nachbarschaftsinitiative");
    expect(stderr).toContain("Zeile 4: „Neue Nachbarschaftsinitiative“ steht nicht in den Daten");
  });

  it("works on data without districts, waves or meetings", () => {
    const list = join(dir, "minimal.txt");
    writeFileSync(list, "a\nb\nc\nd\n");
    const { code, stdout } = runCli([
      "meeting",
      "plan",
      "test/fixtures/minimal",
      "--participants",
      list,
      "--tables",
      "2",
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain("Tisch 2");
  });

  it("exits 2 without participants, with both sources, with 0 tables or more tables than participants", () => {
    expect(runCli(["meeting", "plan", "data/sample", "--tables", "3"]).code).toBe(2);
    expect(runCli(["meeting", "plan", "data/sample", "--meeting", "NT-2024", "--tables", "0"]).code).toBe(2);
    expect(runCli(["meeting", "plan", "data/sample", "--meeting", "NT-2024", "--tables", "99"]).code).toBe(2);
    const unknown = runCli(["meeting", "plan", "data/sample", "--meeting", "NT-1999", "--tables", "3"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("AK-MI-2023-1");
  });
});
