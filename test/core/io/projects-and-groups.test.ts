/**
 * The optional transfer projects table (`projekte.csv`) and the events column `group` (Arbeitskreis): reading,
 * the origin rule, every validation code of the table, and the round trip through JSON and CSV.
 */

import { datasetToCsvFiles, datasetToJson } from "@vernetzt/core/io";
import { pseudonymize } from "@vernetzt/core/privacy";
import { describe, expect, it } from "vitest";
import { BASE, load, where } from "./helpers.js";

const DISTRICTS = "ID;Name\nN;Nordstadt\nS;Südstadt\nO;Oststadt\n";
const ACTORS = "ID;Name;Stadtteil\na;Alpha;N\nb;Beta;S\nc;Gamma;O\n";

describe("the events column group", () => {
  it("reads Arbeitskreis, Gremium and Runde as the meeting's working group", async () => {
    for (const header of ["Arbeitskreis", "Gremium", "Runde", "group"]) {
      const result = await load({
        ...BASE,
        "treffen.csv": `ID;Datum;${header}\nm1;01.02.2024;AK Soziales Nord\nm2;01.03.2024;\n`,
      });
      expect(where(result)).toEqual([]);
      expect(result.dataset!.events.map((e) => e.group)).toEqual(["AK Soziales Nord", undefined]);
      expect(result.dataset!.events[0]!.attributes).toEqual({});
    }
  });
});

describe("the projects table", () => {
  const load3 = (projects: string) =>
    load({
      "akteure.csv": ACTORS,
      "beziehungen.csv": "Von;Zu\na;b\n",
      "stadtteile.csv": DISTRICTS,
      "projekte.csv": projects,
    });

  it("reads German headers, district names, years, carriers and roles", async () => {
    const result = await load3(
      "Projekt;Thema;Stadtteil;Jahr;Rolle;übernommen von;Träger;Notiz\n" +
        "Repair-Café;Nachhaltigkeit;Nordstadt;2022;Ursprung;;a;erste Idee\n" +
        'Repair-Café;Nachhaltigkeit;Südstadt;2024;Übernahme;Nordstadt;"b, a";\n',
    );
    expect(where(result)).toEqual([]);
    expect(result.dataset!.projects).toEqual([
      {
        project: "Repair-Café",
        topic: "Nachhaltigkeit",
        district: "N",
        year: 2022,
        role: "origin",
        carriers: ["a"],
        attributes: { Notiz: "erste Idee" },
      },
      {
        project: "Repair-Café",
        topic: "Nachhaltigkeit",
        district: "S",
        year: 2024,
        role: "adoption",
        from: "N",
        carriers: ["b", "a"],
        attributes: {},
      },
    ]);
  });

  it("without a role, the earliest row of a project is its origin (year before row order)", async () => {
    const result = await load3(
      "Projekt;Stadtteil;Jahr\nTauschring;S;2024\nTauschring;N;2021\ntauschring;O;\n",
    );
    expect(where(result)).toEqual([]);
    expect(result.dataset!.projects!.map((p) => `${p.district}:${p.role}`)).toEqual([
      "S:adoption",
      "N:origin",
      "O:adoption",
    ]);
  });

  it("reports every problem of the table with file, row and column, and keeps the good rows", async () => {
    const result = await load3(
      "Projekt;Stadtteil;Jahr;Welle;Rolle;Träger\n" +
        ";N;2022;;;\n" + // 2: no project
        "Lesepaten;;2022;;;\n" + // 3: no district
        'Lesepaten;N;2022;;Ursprung;"a, x"\n' + // 4: unknown carrier
        "Lesepaten;N;2023;;;\n" + // 5: duplicate
        "Lesepaten;S;2023;7;vielleicht;b\n" + // 6: unknown wave, unknown role
        "Lesepaten;O;2024;;Ursprung;c\n" + // 7: second origin
        "Lesepaten;Weststadt;zweitausend;;;\n", // 8: unknown district, bad year
    );
    expect(where(result)).toEqual([
      "error PROJECT_NAME_EMPTY@projekte.csv:2:Projekt",
      "error PROJECT_DISTRICT_EMPTY@projekte.csv:3:Stadtteil",
      "warning CARRIER_UNKNOWN@projekte.csv:4:Träger",
      "warning PROJECT_DUPLICATE@projekte.csv:5:Stadtteil",
      "warning PROJECT_WAVE_UNKNOWN@projekte.csv:6:Welle",
      "warning PROJECT_ROLE_UNKNOWN@projekte.csv:6:Rolle",
      "warning DISTRICT_UNKNOWN@projekte.csv:8:Stadtteil",
      "warning YEAR_INVALID@projekte.csv:8:Jahr",
      "warning PROJECT_ORIGIN_MULTIPLE@projekte.csv:7:Rolle",
    ]);
    const sites = result.dataset!.projects!;
    expect(sites.map((p) => `${p.district}:${p.role}:${p.carriers.join("+")}`)).toEqual([
      "N:origin:a",
      "S:adoption:b",
      "O:adoption:c",
      "Weststadt:adoption:",
    ]);
    expect(result.report.issues.find((i) => i.code === "PROJECT_ORIGIN_MULTIPLE")!.message).toContain(
      "row 4",
    );
  });

  it("a table without a project column is reported and ignored; the dataset still loads", async () => {
    const result = await load3("Stadtteil;Jahr\nN;2022\n");
    expect(where(result)).toEqual(["warning COLUMN_MISSING@projekte.csv:1:null"]);
    expect(result.dataset!.projects).toBeUndefined();
  });

  it("survives the JSON and CSV round trips unchanged", async () => {
    const { dataset } = await load3(
      "Projekt;Thema;Stadtteil;Jahr;Rolle;übernommen von;Träger\n" +
        'Repair-Café;Umwelt;N;2022;Ursprung;;a\nRepair-Café;Umwelt;S;2024;Übernahme;N;"b, c"\n',
    );
    const json = await load({ "netz.json": datasetToJson(dataset!) });
    expect(json.report.issues).toEqual([]);
    expect(json.dataset!.projects).toEqual(dataset!.projects);
    const csv = await load(
      Object.fromEntries(datasetToCsvFiles(dataset!).map((f) => [f.name, String(f.data)])),
    );
    expect(csv.report.issues).toEqual([]);
    expect(csv.dataset!.projects).toEqual(dataset!.projects);
  });

  it("pseudonymises persons who carry a project", async () => {
    const { dataset } = await load({
      "actors.csv": "id,name,kind,consent,district\np,Petra Muster,person,nein,N\na,Alpha,organisation,,N\n",
      "ties.csv": "source,target\np,a\n",
      "projects.csv": "project,district,carriers\nTauschring,N,p; a\n",
    });
    const safe = pseudonymize(dataset!);
    expect(safe.projects![0]!.carriers).toEqual(["Person 1", "a"]);
  });
});
