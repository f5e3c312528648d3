/**
 * Recognising a coordinator's own spreadsheet (issue #16): tables by name, headers and values; columns by
 * header tiers and content; names as tie ends (variants, typos, new actors); a single edge list as a dataset;
 * overrides; weights in words; waves from years and dates. Small inline fixtures (fictional names).
 */

import {
  boundedDistance,
  LoadOptionError,
  mappingSpecs,
  matchHeader,
  parseDataset,
  recognizeColumns,
} from "@vernetzt/core/io";
import { describe, expect, it } from "vitest";
import { issuesOf, load, where } from "./helpers.js";

const ACTORS =
  "Name der Einrichtung;Stadtteil;Bereich\nKita Altstadt;Altstadt;Kinder\nSportverein Nordstadt;Nordstadt;Sport\nSchule am Markt;Altstadt;Bildung\n";

describe("matchHeader reads the words people use", () => {
  it.each([
    ["ties", "Einrichtung A", "source", "pattern"],
    ["ties", "Einrichtung B", "target", "pattern"],
    ["ties", "Akteur 1", "source", "pattern"],
    ["ties", "Akteur 2", "target", "pattern"],
    ["ties", "Partner", "target", "alias"],
    ["ties", "Nr. Einrichtung", "source", "pattern"],
    ["ties", "Partner-Nr.", "target", "pattern"],
    ["ties", "Name Partner", "target", "pattern"],
    ["ties", "Intensität (1-5)", "weight", "pattern"],
    ["ties", "Häufigkeit: 1 = selten, 5 = oft", "weight", "pattern"],
    ["ties", "Jahr", "wave", "alias"],
    ["ties", "Erhebungsjahr", "wave", "alias"],
    ["ties", "Art der Zusammenarbeit", "type", "alias"],
    ["actors", "Name der Einrichtung", "name", "alias"],
    ["actors", "Stadtbezirk", "district", "alias"],
    ["actors", "Sozialraum", "district", "alias"],
    ["actors", "Handlungsfeld", "sector", "alias"],
    ["actors", "Träger", "name", "weak"],
    ["actors", "lfd. Nr.", "id", "alias"],
    ["actors", "Einrichtung / Träger", "name", "weak"],
    ["actors", "Name bzw. Bezeichnung", "name", "pattern"],
    ["actors", "Stadtteil/Quartier", "district", "pattern"],
    ["actors", "Stadtteil der Einrichtung", "district", "pattern"],
    ["ties", "Jahr der Kooperation", "wave", "pattern"],
    ["ties", "Häufigkeit der Treffen", "weight", "pattern"],
    ["ties", "Wie intensiv? (1=selten, 3=oft)", "weight", "pattern"],
    ["ties", "Mit wem?", "target", "alias"],
  ] as const)("%s: %s → %s (%s)", (kind, header, field, tier) => {
    expect(matchHeader(kind, header)).toMatchObject({ field, tier });
  });
  it("leaves words that mean nothing, and a contact person, to extra attributes", () => {
    expect(matchHeader("actors", "Ansprechpartner")).toBeUndefined();
    expect(matchHeader("actors", "Telefon")).toBeUndefined();
    expect(matchHeader("ties", "Nr")).toBeUndefined();
    expect(matchHeader("actors", "Bezeichnung2")).toBeUndefined();
    expect(matchHeader("actors", "Name der Kontaktperson")).toBeUndefined();
    expect(matchHeader("actors", "Telefon / E-Mail")).toBeUndefined();
  });
});

describe("recognizeColumns", () => {
  it("lets a listed header win over a fallback word, and keeps the loser as an extra attribute", () => {
    const { fields } = recognizeColumns("actors", ["Träger", "Name", "Stadtteil"], []);
    expect(fields).toEqual([null, "name", "district"]);
  });
  it("takes the fallback word listed first among several", () => {
    const { fields } = recognizeColumns("actors", ["Träger", "Einrichtung"], []);
    expect(fields).toEqual([null, "name"]);
  });
  it("reads a column whose header says nothing by its values", () => {
    const rows = [2024, 2024, 2025].map((year, i) => ({ row: i + 2, cells: ["a", "b", year, "3"] }));
    const { fields } = recognizeColumns("ties", ["Von", "Zu", "Spalte 3", ""], rows);
    expect(fields).toEqual(["source", "target", "wave", "weight"]);
  });
});

describe("parseDataset recognises tables whatever they are called", () => {
  it("reads sheets named by content: actors by their headers, ties by both ends", async () => {
    const result = await load({
      "Tabelle1.csv": ACTORS,
      "Tabelle2.csv":
        "Einrichtung A;Einrichtung B;Jahr\nKita Altstadt;Schule am Markt;2024\nKita Altstadt;Sportverein Nordstadt;2025\n",
    });
    expect(result.report.ok).toBe(true);
    expect(result.mapping?.tables.map((t) => [t.file, t.kind, t.by])).toEqual([
      ["Tabelle1.csv", "actors", "content"],
      ["Tabelle2.csv", "ties", "content"],
    ]);
    expect(result.dataset?.waves).toEqual(["2024", "2025"]);
    expect(result.dataset?.actors.map((a) => a.district)).toEqual(["Altstadt", "Nordstadt", "Altstadt"]);
  });
  it("finds the ties by values: columns holding the actors' numbers are the ends, a running number is not", async () => {
    const result = await load({
      "Liste1.csv":
        "Nr;Name;Ortsteil\n1;Kita Altstadt;Altstadt\n2;Sportverein Nordstadt;Nordstadt\n3;Schule am Markt;Altstadt\n",
      "Liste2.csv": "lfd;von wem;an wen;Stärke\n1;1;2;3\n2;1;3;1\n3;2;3;2\n",
    });
    expect(result.mapping?.tables[1]?.columns.map((c) => c.field)).toEqual([
      null,
      "source",
      "target",
      "weight",
    ]);
    expect(result.dataset?.ties.map((t) => [t.source, t.target, t.weight])).toEqual([
      ["1", "2", 3],
      ["1", "3", 1],
      ["2", "3", 2],
    ]);
  });
  it("keeps the documented format: a second table with a documented name is FILE_UNKNOWN", async () => {
    const result = await load({
      "actors.csv": "id,name\na,A\nb,B\n",
      "akteure.csv": "id,name\nc,C\n",
      "ties.csv": "source,target\na,b\n",
    });
    expect(where(result)).toEqual(["warning FILE_UNKNOWN@akteure.csv:null:null"]);
  });
  it("reads a list with a number column as actors, not as meetings, when no header names a meeting", async () => {
    const result = await load({
      "Übersicht.csv":
        "Nr;Einrichtung / Träger;Sozialraum\n1;Kita Altstadt;Altstadt\n2;Sportverein Nordstadt;Nordstadt\n3;Schule am Markt;Altstadt\n",
      "Zusammenarbeit.csv":
        "Wer?;Mit wem?;Jahr\nKita Altstadt;Schule am Markt;2024\nSchule am Markt;Sportverein Nordstadt;2025\n",
    });
    expect(result.mapping?.tables.map((t) => [t.file, t.kind])).toEqual([
      ["Übersicht.csv", "actors"],
      ["Zusammenarbeit.csv", "ties"],
    ]);
    expect(result.dataset?.actors.map((a) => [a.name, a.district])).toEqual([
      ["Kita Altstadt", "Altstadt"],
      ["Sportverein Nordstadt", "Nordstadt"],
      ["Schule am Markt", "Altstadt"],
    ]);
    expect(result.dataset?.ties.map((t) => [t.source, t.target, t.wave])).toEqual([
      ["1", "3", "2024"],
      ["3", "2", "2025"],
    ]);
    const meetings = await load({
      "Übersicht.csv": "Nr;Datum;Stadtteil\n1;2025-03-01;Altstadt\n",
      "akteure.csv": "Name\nA\nB\n",
      "beziehungen.csv": "Von;Zu\nA;B\n",
    });
    expect(meetings.mapping?.tables[0]?.kind).toBe("events");
  });
  it("reads weight words as the header's note defines them", async () => {
    const result = await load({
      "Kooperationen.csv":
        "Von;Zu;Wie intensiv? (1=selten, 3=oft)\nKita Altstadt;Schule am Markt;oft\nSchule am Markt;Jugendtreff;selten\nJugendtreff;Kita Altstadt;2\n",
    });
    expect(result.dataset?.ties.map((t) => t.weight)).toEqual([3, 1, 2]);
    expect(where(result)).toContain(
      "warning WEIGHT_SCALE@Kooperationen.csv:2:Wie intensiv? (1=selten, 3=oft)",
    );
  });
  it("reads one sheet of ties per year as one table, each sheet's year its wave, rows reported with their sheet", async () => {
    const result = await load({
      "Einrichtungen.csv": ACTORS,
      "Kooperationen 2024.csv": "Einrichtung A;Einrichtung B\nKita Altstadt;Schule am Markt\n",
      "Kooperationen 2025.csv":
        "Einrichtung A;Einrichtung B\nKita Altstadt;Schule am Markt\nSchule am Markt;\nSportverein Nordstadt;Kita Altstadt\n",
    });
    expect(result.dataset?.waves).toEqual(["2024", "2025"]);
    expect(result.dataset?.ties.map((t) => [t.source, t.target, t.wave])).toEqual([
      ["Kita Altstadt", "Schule am Markt", "2024"],
      ["Kita Altstadt", "Schule am Markt", "2025"],
      ["Sportverein Nordstadt", "Kita Altstadt", "2025"],
    ]);
    expect(where(result)).toEqual([
      "warning WAVE_FROM_SHEET_NAME@Kooperationen 2024.csv:null:null",
      "warning WAVE_FROM_SHEET_NAME@Kooperationen 2025.csv:null:null",
      "error TIE_ENDPOINT_EMPTY@Kooperationen 2025.csv:3:Einrichtung B",
    ]);
    expect(result.mapping?.tables.map((t) => [t.file, t.kind, t.rows, t.columns.length])).toEqual([
      ["Einrichtungen.csv", "actors", 3, 3],
      ["Kooperationen 2024.csv", "ties", 1, 2],
      ["Kooperationen 2025.csv", "ties", 3, 2],
    ]);
    // sheets of other columns, or one year only, stay as they were
    const other = await load({
      "Einrichtungen.csv": ACTORS,
      "Kooperationen 2024.csv": "Einrichtung A;Einrichtung B\nKita Altstadt;Schule am Markt\n",
      "Kooperationen 2025.csv": "Von;Zu;Jahr\nKita Altstadt;Schule am Markt;2025\n",
    });
    expect(where(other)).toEqual(["warning FILE_UNKNOWN@Kooperationen 2025.csv:null:null"]);
  });
  it("leaves a sheet of notes out without a warning", async () => {
    const result = await load({
      ...{ "akteure.csv": "Name\nA\nB\n", "beziehungen.csv": "Von;Zu\nA;B\n" },
      "Hinweise.csv": "Spalte;Bedeutung\nName;der Name\n",
    });
    expect(where(result)).toEqual([]);
    expect(result.mapping?.tables.find((t) => t.file === "Hinweise.csv")?.kind).toBeNull();
  });
});

describe("parseDataset reads names as tie ends", () => {
  it("reads a typo as the one actor it is close to, naming both, and adds a name it cannot match", async () => {
    const result = await load({
      "Einrichtungen.csv": ACTORS,
      "Kooperationen.csv":
        "Einrichtung;Partner\nSportveren Nordstadt;Kita Altstadt\nMusikschule West;Kita Altstadt\n",
    });
    expect(where(result)).toEqual([
      "warning NAME_TYPO@Kooperationen.csv:2:Einrichtung",
      "warning ACTOR_ADDED@Kooperationen.csv:3:Einrichtung",
    ]);
    expect(result.report.issues[0]!.message).toBe(
      '"Sportveren Nordstadt" read as "Sportverein Nordstadt" (probably a typo). If it is another actor, add it to the actors list.',
    );
    expect(result.mapping?.repairs.map((r) => [r.code, r.original, r.resolved])).toEqual([
      ["NAME_TYPO", "Sportveren Nordstadt", "Sportverein Nordstadt"],
      ["ACTOR_ADDED", "Musikschule West", "Musikschule West"],
    ]);
    expect(result.dataset?.actors.map((a) => a.name)).toContain("Musikschule West");
    expect(result.dataset?.ties).toHaveLength(2);
  });
  it("never reads Kita 2 as Kita 1, nor a name equally near two actors", async () => {
    const result = await load({
      "akteure.csv": "Name\nKita 1\nSchule Nord\nSchule Sued\n",
      "beziehungen.csv": "Von;Zu\nKita 2;Schule Nord\nSchule Nrd;Kita 1\nSchule Sud;Kita 1\n",
    });
    expect(issuesOf(result, "NAME_TYPO").map((i) => i.row)).toEqual([3, 4]);
    expect(issuesOf(result, "ACTOR_ADDED").map((i) => i.row)).toEqual([2]);
    expect(boundedDistance("schulenord", "schulesued", 2)).toBe(3);
  });
  it("keeps an unknown id an error when the ties use ids", async () => {
    const result = await load({
      "actors.csv": "id,name\na1,Alpha\nb1,Beta\n",
      "ties.csv": "source,target\na1,b1\na1,zz\n",
    });
    expect(where(result)).toEqual(["error TIE_UNKNOWN_ACTOR@ties.csv:3:target"]);
  });
  it("splits an end cell that names several actors", async () => {
    const result = await load({
      "Einrichtungen.csv": ACTORS,
      "Kooperationen.csv":
        'Einrichtung;Kooperationspartner\nKita Altstadt;"Schule am Markt; Sportverein Nordstadt"\n',
    });
    expect(issuesOf(result, "TIE_LIST_SPLIT")).toHaveLength(1);
    expect(result.dataset?.ties.map((t) => t.target)).toEqual(["Schule am Markt", "Sportverein Nordstadt"]);
  });
});

describe("parseDataset reads a single edge list as a dataset", () => {
  it("makes the names its actors, with the district columns of both ends", async () => {
    const result = await load({
      "netz.csv":
        "Organisation;Sozialraum;arbeitet zusammen mit;Sozialraum Partner;Häufigkeit\nKita Altstadt;Altstadt;Schule am Markt;Altstadt;monatlich\nSchule am Markt;Altstadt;Jugendtreff;Süd;wöchentlich\nkita altstadt;Altstadt;Jugendtreff;Süd;selten\nJugendtreff;;;;\n",
    });
    expect(result.report.ok).toBe(true);
    expect(result.mapping?.actorsFromTies).toBe(true);
    expect(result.dataset?.actors.map((a) => [a.name, a.district])).toEqual([
      ["Kita Altstadt", "Altstadt"],
      ["Schule am Markt", "Altstadt"],
      ["Jugendtreff", "Süd"],
    ]);
    expect(result.dataset?.ties.map((t) => t.weight)).toEqual([4, 5, 1]);
    expect(result.dataset?.ties.every((t) => Object.keys(t.attributes).length === 0)).toBe(true);
    expect(issuesOf(result, "WEIGHT_SCALE").map((i) => i.message)).toEqual([
      '"monatlich" read as the weight 4.',
      '"wöchentlich" read as the weight 5.',
      '"selten" read as the weight 1.',
    ]);
    expect(issuesOf(result, "TIE_ONE_ACTOR")).toHaveLength(1);
    expect(issuesOf(result, "NAME_VARIANT")).toHaveLength(1);
  });
  it("splits a form's comma-separated answer when each part answered too, keeping a name with a comma whole", async () => {
    const result = await load({
      "Umfrage.csv":
        '"Name Ihrer Einrichtung","In welchem Stadtteil?","Mit wem arbeiten Sie zusammen?"\n' +
        '"Kita Sonnenschein","Nord","Schule Nord, Hort am Park"\n' +
        '"Schule Nord","Nord","Kita Sonnenschein"\n' +
        '"Hort am Park","Mitte","Schule Nord"\n' +
        '"Haus der Vereine, Mitte","Mitte","Kita Sonnenschein"\n' +
        '"Schule Nord","Nord","Haus der Vereine, Mitte"\n',
    });
    expect(result.dataset?.actors.map((a) => [a.name, a.district])).toEqual([
      ["Kita Sonnenschein", "Nord"],
      ["Schule Nord", "Nord"],
      ["Hort am Park", "Mitte"],
      ["Haus der Vereine, Mitte", "Mitte"],
    ]);
    expect(issuesOf(result, "TIE_LIST_SPLIT").map((i) => i.row)).toEqual([2]);
    expect(result.dataset?.ties).toHaveLength(5);
  });
  it("still needs the actors list when the ties name actors by code", async () => {
    const result = await load({ "ties.csv": "source,target\na01,a02\n" });
    expect(where(result)).toEqual(["error FILE_MISSING@null:null:null"]);
  });
});

describe("parseDataset reads tables without a header row", () => {
  it("takes a first row that looks like data as data, and two columns sharing names as the ends", async () => {
    const result = await load({
      "daten.csv":
        "Kita Altstadt;Schule Nord;2024\nSchule Nord;Jugendtreff;2024\nJugendtreff;Kita Altstadt;2025\n",
    });
    expect(result.mapping?.tables[0]?.columns.map((c) => [c.header, c.field])).toEqual([
      ["Spalte 1", "source"],
      ["Spalte 2", "target"],
      ["Spalte 3", "wave"],
    ]);
    expect(result.dataset?.ties.map((t) => [t.source, t.wave])).toEqual([
      ["Kita Altstadt", "2024"],
      ["Schule Nord", "2024"],
      ["Jugendtreff", "2025"],
    ]);
  });
  it("keeps a header that names its columns, and an actor list whose values do not pair", async () => {
    const named = await load({
      "liste.csv": "Wer;Mit wem\nKita Altstadt;Schule Nord\nSchule Nord;Jugendtreff\n",
    });
    expect(named.mapping?.tables[0]?.columns.map((c) => c.header)).toEqual(["Wer", "Mit wem"]);
    expect(named.dataset?.ties).toHaveLength(2);
    const actors = await load({ "namen.csv": "Kita Altstadt;Nord\nSchule Nord;Süd\n" });
    expect(actors.dataset).toBeNull();
  });
});

describe("parseDataset takes overrides", () => {
  it("reads a table and a column as told, and reproduces the mapping with mappingSpecs", async () => {
    const files = {
      "Tabelle1.csv": ACTORS,
      "Tabelle2.csv": "Wer;Mit wem;Wert\nKita Altstadt;Schule am Markt;2\n",
    };
    const guessed = await load(files);
    expect(guessed.mapping?.tables[1]?.columns.map((c) => [c.field, c.by])).toEqual([
      ["source", "weak"],
      ["target", "alias"],
      ["weight", "alias"],
    ]);
    const told = await load(files, { columns: ["Tabelle2=ties", "Tabelle2/Mit wem=source", "Wer=target"] });
    expect(told.dataset?.ties.map((t) => [t.source, t.target, t.weight])).toEqual([
      ["Schule am Markt", "Kita Altstadt", 2],
    ]);
    expect(told.mapping?.tables[1]?.by).toBe("override");
    const again = await load(files, { columns: mappingSpecs(told.mapping!.tables) });
    expect(again.dataset).toEqual(told.dataset);
  });
  it("throws LoadOptionError for a line that names nothing, listing what there is", async () => {
    await expect(load({ "a.csv": ACTORS }, { columns: ["b/Name=name"] })).rejects.toThrow(LoadOptionError);
    await expect(load({ "a.csv": ACTORS }, { columns: ["a/Farbe=name"] })).rejects.toThrow(
      /Name der Einrichtung/,
    );
    await expect(load({ "a.csv": ACTORS }, { columns: ["a/Stadtteil=colour"] })).rejects.toThrow(
      /none of the tables/,
    );
    await expect(load({ "a.csv": ACTORS }, { columns: ["a=actors", "a/Stadtteil=colour"] })).rejects.toThrow(
      /district/,
    );
  });
});

describe("parseDataset takes waves from years and dates", () => {
  it("makes the years of a date column the waves outside the documented names, and leaves documented tables alone", async () => {
    const ties = "Von;Zu;Datum\nA;B;03.05.2023\nB;C;10.02.2024\n";
    const guessed = await parseDataset([
      { name: "Einrichtungen.csv", data: "Name\nA\nB\nC\n" },
      { name: "Kooperationen.csv", data: ties },
    ]);
    expect(guessed.dataset?.waves).toEqual(["2023", "2024"]);
    expect(guessed.mapping?.waveFromDate).toEqual({ file: "Kooperationen.csv", column: "Datum" });
    const documented = await parseDataset([
      { name: "akteure.csv", data: "Name\nA\nB\nC\n" },
      { name: "beziehungen.csv", data: ties },
    ]);
    expect(documented.dataset?.waves).toEqual(["1"]);
  });
});
