/** Shared helpers of the interop tests: fixture files, a sample dataset, compact issue lists. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { InputFile, LoadResult } from "@vernetzt/core/io";
import type { Dataset } from "@vernetzt/core/model";

export const FIXTURES = join(import.meta.dirname, "..", "..", "fixtures", "interop");

/** Files of a fixture folder (all, or the named ones), as bytes. */
export function fixture(folder: string, names?: string[]): InputFile[] {
  const list = names ?? readdirSync(join(FIXTURES, folder)).sort();
  return list.map((name) => ({ name, data: new Uint8Array(readFileSync(join(FIXTURES, folder, name))) }));
}

/** `severity code@file:row:column` of every issue. */
export function where(result: LoadResult): string[] {
  return result.report.issues.map((i) => `${i.severity} ${i.code}@${i.file}:${i.row}:${i.column}`);
}

/** Ties as `source-target:weight:type:directed`. */
export function tieList(dataset: Dataset | null): string[] {
  return (dataset?.ties ?? []).map(
    (t) => `${t.source}-${t.target}:${t.weight}:${t.type ?? ""}:${t.directed ? "d" : "u"}`,
  );
}

/** The six actors and five ties of the fixtures (fictional), as `make-fixtures.py` writes them. */
export const FIXTURE_TIES = [
  "stb-nord-fz-linde:2:Kooperation:u",
  "stb-nord-jt-stern:1:Austausch:u",
  "fz-linde-nv-hang:3:Kooperation:u",
  "jt-stern-kg-ost:1:Austausch:u",
  "nv-hang-kg-ost:2:Kooperation:u",
];

/** A fictional dataset using every field that the tools' formats can carry: two waves, both directions. */
export function sampleDataset(): Dataset {
  const actor = (id: string, name: string, extra: Partial<Dataset["actors"][number]> = {}) => ({
    id,
    name,
    topics: [],
    offers: [],
    needs: [],
    attributes: {},
    ...extra,
  });
  return {
    name: "weidenbrunn",
    actors: [
      actor("stb", "Stadtteilbüro Nord", {
        kind: "organisation",
        sector: "Stadtverwaltung",
        district: "Nord",
        topics: ["Beteiligung", "Wohnen"],
        offers: ["Räume"],
        attributes: { Gegründet: "1998" },
      }),
      actor("fz", 'Familienzentrum "Lindenweg"', {
        kind: "organisation",
        district: "Nord",
        needs: ["Ehrenamtliche"],
      }),
      actor("jt", "Jugendtreff; Nordstern", { kind: "group", district: "Süd", topics: ["Jugend"] }),
      actor("p1", "Person Eins", { kind: "person", memberOf: "stb" }),
      actor("iso", "Initiative ohne Kontakte"),
    ],
    ties: [
      {
        source: "stb",
        target: "fz",
        weight: 2,
        type: "Kooperation",
        wave: "1",
        directed: false,
        attributes: {},
      },
      {
        source: "fz",
        target: "jt",
        weight: 1.5,
        wave: "1",
        directed: true,
        date: "2025-05-01",
        attributes: {},
      },
      {
        source: "jt",
        target: "stb",
        weight: 1,
        type: "Austausch",
        wave: "2",
        directed: true,
        attributes: { Notiz: "über, Kommas" },
      },
      { source: "p1", target: "jt", weight: 3, wave: "2", directed: false, attributes: {} },
    ],
    districts: [],
    events: [],
    attendance: [],
    waves: ["1", "2"],
    directed: true,
  };
}
