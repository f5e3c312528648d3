/**
 * Every validation rule of `parseDataset`, each with a small inline fixture: the code, severity, file, row and
 * column of the issue, and what happens to the row (left out on error, kept on warning).
 */

import { VALIDATION_CODES } from "@vernetzt/core/io";
import { describe, expect, it } from "vitest";
import { BASE, issuesOf, load, where } from "./helpers.js";

describe("parseDataset reports missing and unreadable files", () => {
  it("reports a missing actors file as FILE_MISSING and returns no dataset", async () => {
    const result = await load({ "ties.csv": BASE["ties.csv"]! });
    expect(where(result)).toEqual(["error FILE_MISSING@null:null:null"]);
    expect(result.dataset).toBeNull();
    expect(result.report.ok).toBe(false);
  });
  it("reports a missing ties file", async () => {
    const result = await load({ "akteure.csv": BASE["actors.csv"]! });
    expect(issuesOf(result, "FILE_MISSING")).toHaveLength(1);
    expect(result.dataset).toBeNull();
  });
  it("reports an empty required file once, as FILE_EMPTY", async () => {
    const result = await load({ ...BASE, "ties.csv": "  \r\n" });
    expect(where(result)).toEqual(["error FILE_EMPTY@ties.csv:null:null"]);
  });
  it("reports binary data as FILE_ENCODING", async () => {
    const result = await load({
      ...BASE,
      "actors.csv": new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 1, 2, 0, 9]),
    });
    expect(where(result)).toEqual(["error FILE_ENCODING@actors.csv:null:null"]);
  });
  it("warns about a file that is not part of the format and ignores it", async () => {
    const result = await load({ ...BASE, "notizen.csv": "a,b\n1,2\n" });
    expect(where(result)).toEqual(["warning FILE_UNKNOWN@notizen.csv:null:null"]);
    expect(result.dataset).not.toBeNull();
  });
  it("reports a JSON document that does not parse as FILE_FORMAT", async () => {
    const result = await load({ "netz.json": "{ not json" });
    expect(issuesOf(result, "FILE_FORMAT")).toHaveLength(1);
    expect(result.dataset).toBeNull();
  });
  it("reports an actors file with a header but no rows as ACTORS_NONE", async () => {
    const result = await load({ ...BASE, "actors.csv": "id,name\n" });
    expect(where(result)).toEqual(["error ACTORS_NONE@actors.csv:null:null"]);
    expect(result.dataset).toBeNull();
  });
});

describe("parseDataset reports column problems", () => {
  it("reports a missing required column with the header row", async () => {
    const result = await load({ ...BASE, "actors.csv": "id,Bezeichnung2\na,Alpha\n" });
    expect(where(result)).toEqual(["error COLUMN_MISSING@actors.csv:1:null"]);
    expect(result.dataset).toBeNull();
  });
  it("ignores an optional file without its required column, with a warning", async () => {
    const result = await load({ ...BASE, "attendance.csv": "event,wer\nm1,a\n" });
    expect(where(result)).toEqual(["warning COLUMN_MISSING@attendance.csv:1:null"]);
    expect(result.dataset?.attendance).toEqual([]);
  });
  it("keeps a second column for the same field as an extra attribute", async () => {
    const result = await load({
      ...BASE,
      "actors.csv": "ID,Name,Bereich,Sektor\na,A,Familie,Sozial\nb,B,,\n",
    });
    expect(where(result)).toEqual(["warning COLUMN_DUPLICATE@actors.csv:1:Sektor"]);
    expect(result.dataset?.actors[0]).toMatchObject({ sector: "Familie", attributes: { Sektor: "Sozial" } });
  });
});

describe("parseDataset keeps repeated extra headers apart", () => {
  it("names a repeated extra column 'Notiz (2)' and warns", async () => {
    const result = await load({ ...BASE, "actors.csv": "id,name,Notiz,Notiz\na,A,eins,zwei\nb,B,,\n" });
    expect(where(result)).toEqual(["warning COLUMN_DUPLICATE@actors.csv:1:Notiz"]);
    expect(result.dataset?.actors[0]?.attributes).toEqual({ Notiz: "eins", "Notiz (2)": "zwei" });
  });
});

describe("parseDataset reports row shape problems", () => {
  it("skips a row with too many fields and names its spreadsheet row", async () => {
    const result = await load({
      "actors.csv": "id,name\na,Alpha\nb,Beta,extra\nc,Gamma\n",
      "ties.csv": "source,target\na,c\n",
    });
    expect(where(result)).toEqual(["error ROW_TOO_MANY_FIELDS@actors.csv:3:null"]);
    expect(result.dataset?.actors.map((a) => a.id)).toEqual(["a", "c"]);
  });
  it("accepts trailing empty fields that Excel writes", async () => {
    const result = await load({ ...BASE, "actors.csv": "id;name;;\na;Alpha;;\nb;Beta;;\n" });
    expect(result.report.issues).toEqual([]);
  });
  it("keeps data under an unnamed column as 'column N'", async () => {
    const result = await load({ ...BASE, "actors.csv": "id;name;;\na;Alpha;Notiz;\nb;Beta;;\n" });
    expect(result.report.issues).toEqual([]);
    expect(result.dataset?.actors[0]?.attributes).toEqual({ "column 3": "Notiz" });
  });
  it("pads a row with too few fields, with a warning", async () => {
    const result = await load({ ...BASE, "actors.csv": "id,name,sector\na,Alpha\nb,Beta,Kultur\n" });
    expect(where(result)).toEqual(["warning ROW_TOO_FEW_FIELDS@actors.csv:2:null"]);
    expect(result.dataset?.actors).toHaveLength(2);
  });
  it("reports an unclosed quotation mark", async () => {
    const result = await load({ ...BASE, "actors.csv": 'id,name\na,"Alpha\nb,Beta\n' });
    expect(issuesOf(result, "ROW_QUOTES")).toHaveLength(1);
  });
  it("counts one spreadsheet row per record: a quoted line break does not start a row", async () => {
    const result = await load({
      "actors.csv": 'id,name\na,"Alpha\nzweite Zeile"\n,Beta\n',
      "ties.csv": "source,target\n",
    });
    expect(where(result)).toEqual(["error ID_EMPTY@actors.csv:3:id"]);
    expect(result.dataset?.actors[0]?.name).toBe("Alpha\nzweite Zeile");
  });
});

describe("parseDataset validates actors", () => {
  it("skips an empty id and a duplicate id, naming the first row", async () => {
    const result = await load({ ...BASE, "actors.csv": "id,name\na,Alpha\n,Leer\nb,Beta\na,Doppelt\n" });
    expect(where(result)).toEqual(["error ID_EMPTY@actors.csv:3:id", "error ID_DUPLICATE@actors.csv:5:id"]);
    expect(issuesOf(result, "ID_DUPLICATE")[0]!.message).toContain("row 2");
    expect(result.dataset?.actors.map((a) => a.name)).toEqual(["Alpha", "Beta"]);
  });
  it("uses the id as the name of an actor without name, with a warning", async () => {
    const result = await load({ ...BASE, "actors.csv": "id,name\na,\nb,Beta\n" });
    expect(where(result)).toEqual(["warning NAME_EMPTY@actors.csv:2:name"]);
    expect(result.dataset?.actors[0]?.name).toBe("a");
  });
  it("reads German kinds and keeps unknown ones as written, with one warning per value", async () => {
    const result = await load({
      ...BASE,
      "actors.csv": "id,name,Art\na,A,Organisation\nb,B,Gruppe\nc,C,Behörde?\nd,D,Behörde?\ne,E,Frau\n",
    });
    // issue #16: lossless kind; a person word (Frau) is kept too but needs no warning (it is a person)
    expect(where(result)).toEqual(["warning KIND_UNKNOWN@actors.csv:4:Art"]);
    expect(result.report.issues[0]!.message).toContain("(2 rows)");
    expect(result.dataset?.actors.map((a) => a.kind)).toEqual([
      "organisation",
      "group",
      "Behörde?",
      "Behörde?",
      "Frau",
    ]);
  });
  it("drops coordinates that are not numbers or out of range", async () => {
    const result = await load({
      ...BASE,
      "actors.csv": "id;name;Breitengrad;Längengrad\na;A;48,89;9,19\nb;B;nord;9\nc;C;48;200\n",
    });
    expect(where(result)).toEqual([
      "warning COORDINATE_INVALID@actors.csv:3:Breitengrad",
      "warning COORDINATE_INVALID@actors.csv:4:Längengrad",
    ]);
    expect(result.dataset?.actors.map((a) => [a.lat, a.lon])).toEqual([
      [48.89, 9.19],
      [undefined, 9],
      [48, undefined],
    ]);
  });
  it("treats a consent value that is neither yes nor no as no", async () => {
    const result = await load({
      ...BASE,
      "actors.csv": "id,name,Einwilligung\na,A,ja\nb,B,x\nc,C,vielleicht\n",
    });
    expect(where(result)).toEqual(["warning CONSENT_INVALID@actors.csv:4:Einwilligung"]);
    expect(result.dataset?.actors.map((a) => a.consent)).toEqual([true, true, false]);
  });
  it("warns about a district missing from districts.csv and matches districts by name", async () => {
    const result = await load({
      ...BASE,
      "actors.csv": "id,name,Stadtteil\na,A,Nordstadt\nb,B,weststadt\nc,C,Oststadt\n",
      "stadtteile.csv": "ID,Name,Einwohner\nN,Nordstadt,12500\nW,Weststadt,8000\n",
    });
    expect(where(result)).toEqual(["warning DISTRICT_UNKNOWN@actors.csv:4:Stadtteil"]);
    expect(result.dataset?.actors.map((a) => a.district)).toEqual(["N", "W", "Oststadt"]);
    expect(result.dataset?.districts.map((d) => d.population)).toEqual([12500, 8000]);
  });
  it("does not check districts when there is no districts file", async () => {
    const result = await load({ ...BASE, "actors.csv": "id,name,district\na,A,Irgendwo\nb,B,\n" });
    expect(result.report.issues).toEqual([]);
  });
  it("ignores a membership in an unknown actor, with a warning", async () => {
    const result = await load({ ...BASE, "actors.csv": "id,name,Mitglied von\na,A,\nb,B,a\nc,C,zz\n" });
    expect(where(result)).toEqual(["warning MEMBER_OF_UNKNOWN@actors.csv:4:Mitglied von"]);
    expect(result.dataset?.actors.map((a) => a.memberOf)).toEqual([undefined, "a", undefined]);
  });
});

describe("parseDataset validates ties", () => {
  it("skips a tie with an empty endpoint", async () => {
    const result = await load({ ...BASE, "ties.csv": "source,target\na,\na,b\n" });
    expect(where(result)).toEqual(["error TIE_ENDPOINT_EMPTY@ties.csv:2:target"]);
    expect(result.dataset?.ties).toHaveLength(1);
  });
  it("skips a tie to an unknown actor, naming the column", async () => {
    const result = await load({
      "actors.csv": BASE["actors.csv"]!,
      "beziehungen.csv": "Von;Zu\na;x\ny;b\na;c\n",
    });
    expect(where(result)).toEqual([
      "error TIE_UNKNOWN_ACTOR@beziehungen.csv:2:Zu",
      "error TIE_UNKNOWN_ACTOR@beziehungen.csv:3:Von",
    ]);
    expect(result.dataset?.ties.map((t) => t.target)).toEqual(["c"]);
  });
  it("reads an actor's name (in any case) as its id, reporting the other spelling", async () => {
    // issue #16: no more "write the id instead"; an exact name resolves silently, another spelling is listed
    const result = await load({ ...BASE, "ties.csv": "source,target\nalpha,b\nBeta,c\n" });
    expect(where(result)).toEqual(["warning NAME_VARIANT@ties.csv:2:source"]);
    expect(result.report.issues[0]!.message).toBe(
      '"alpha" read as "Alpha" (written differently: case, spaces or punctuation).',
    );
    expect(result.dataset?.ties.map((t) => [t.source, t.target])).toEqual([
      ["a", "b"],
      ["b", "c"],
    ]);
    expect(result.mapping?.names).toMatchObject({ ids: 2, names: 1, variants: 1 });
  });
  it("skips a self-loop with a warning", async () => {
    const result = await load({ ...BASE, "ties.csv": "source,target\na,a\na,b\n" });
    expect(where(result)).toEqual(["warning TIE_SELF_LOOP@ties.csv:2:source"]);
    expect(result.dataset?.ties).toHaveLength(1);
  });
  it("skips non-numeric and negative weights, keeps weight 0 with a warning and reads decimal commas", async () => {
    const result = await load({
      ...BASE,
      "ties.csv": "Von;Zu;Intensität\na;b;4,5\nb;c;viel\na;c;0\nc;a;-1\n",
    });
    expect(where(result)).toEqual([
      "error WEIGHT_INVALID@ties.csv:3:Intensität",
      "warning WEIGHT_ZERO@ties.csv:4:Intensität",
      "error WEIGHT_INVALID@ties.csv:5:Intensität",
    ]);
    expect(result.dataset?.ties.map((t) => t.weight)).toEqual([4.5, 0]);
  });
  it("merges duplicate ties (either direction when undirected) by summing weights, with a warning", async () => {
    const result = await load({
      ...BASE,
      "ties.csv": "source,target,weight,note\na,b,2,erste\nb,a,3,zweite\n",
    });
    expect(where(result)).toEqual(["warning TIE_DUPLICATE@ties.csv:3:null"]);
    expect(result.dataset?.ties).toEqual([
      { source: "a", target: "b", weight: 5, wave: "1", directed: false, attributes: { note: "erste" } },
    ]);
  });
  it("keeps reciprocal directed ties and ties of different types apart", async () => {
    const result = await load({
      ...BASE,
      "ties.csv":
        "source,target,type,gerichtet\na,b,Kooperation,ja\nb,a,Kooperation,ja\na,b,Austausch,nein\n",
    });
    expect(result.report.issues).toEqual([]);
    expect(result.dataset?.ties).toHaveLength(3);
    expect(result.dataset?.directed).toBe(true);
  });
  it("drops an unparseable date with a warning and reads German and ISO dates", async () => {
    const result = await load({
      ...BASE,
      "ties.csv": "source,target,Datum\na,b,31.12.2024\nb,c,2025-02-28\na,c,30.02.2025\n",
    });
    expect(where(result)).toEqual(["warning DATE_INVALID@ties.csv:4:Datum"]);
    expect(result.dataset?.ties.map((t) => t.date)).toEqual(["2024-12-31", "2025-02-28", undefined]);
  });
  it("skips a tie without wave when other ties have one, and a non-numeric wave among numbers", async () => {
    const result = await load({ ...BASE, "ties.csv": "source,target,Welle\na,b,2\nb,c,\na,c,zwei\nc,a,1\n" });
    expect(where(result)).toEqual([
      "error WAVE_EMPTY@ties.csv:3:Welle",
      "error WAVE_INVALID@ties.csv:4:Welle",
    ]);
    expect(result.dataset?.waves).toEqual(["1", "2"]);
  });
  it("uses the default for a directed value that is not yes or no, with a warning", async () => {
    const result = await load({ ...BASE, "ties.csv": "source,target,directed\na,b,vielleicht\n" });
    expect(where(result)).toEqual(["warning BOOLEAN_INVALID@ties.csv:2:directed"]);
    expect(result.dataset?.ties[0]?.directed).toBe(false);
  });
});

describe("parseDataset validates meetings, attendance and respondents", () => {
  const events = "ID,Datum,Stadtteil,Gastgeber\nm1,01.03.2025,,a\nm2,kein Datum,,nobody\nm1,,,\n";
  it("reports meeting rows: duplicate id, bad date, unknown host", async () => {
    const result = await load({ ...BASE, "treffen.csv": events });
    expect(where(result)).toEqual([
      "error ID_DUPLICATE@treffen.csv:4:ID",
      "warning DATE_INVALID@treffen.csv:3:Datum",
      "warning HOST_UNKNOWN@treffen.csv:3:Gastgeber",
    ]);
    expect(result.dataset?.events.map((e) => [e.id, e.date, e.host])).toEqual([
      ["m1", "2025-03-01", "a"],
      ["m2", undefined, undefined],
    ]);
  });
  it("skips attendance of unknown meetings or actors and counts duplicates once", async () => {
    const result = await load({
      ...BASE,
      "treffen.csv": events,
      "teilnahme.csv": "Treffen,Akteur\nm1,a\nm9,a\nm1,zz\nm1,a\nm1,b\n",
    });
    expect(where(result).filter((w) => w.includes("teilnahme"))).toEqual([
      "error EVENT_UNKNOWN@teilnahme.csv:3:Treffen",
      "error ATTENDANCE_UNKNOWN_ACTOR@teilnahme.csv:4:Akteur",
      "warning ATTENDANCE_DUPLICATE@teilnahme.csv:5:null",
    ]);
    expect(result.dataset?.attendance).toEqual([
      { event: "m1", actor: "a" },
      { event: "m1", actor: "b" },
    ]);
  });
  it("creates the meetings named by attendance when there is no events file", async () => {
    const result = await load({ ...BASE, "attendance.csv": "event,actor\nm1,a\nm1,b\nm2,c\n" });
    expect(result.report.issues).toEqual([]);
    expect(result.dataset?.events.map((e) => e.id)).toEqual(["m1", "m2"]);
  });
  it("reads respondents per wave and reports unknown actors and duplicates", async () => {
    const result = await load({
      ...BASE,
      "ties.csv": "source,target,wave\na,b,1\na,c,2\n",
      "antworten.csv": "Akteur,Welle\na,1\nb,1\nzz,2\na,1\nc,2\n",
    });
    expect(where(result)).toEqual([
      "error RESPONDENT_UNKNOWN_ACTOR@antworten.csv:4:Akteur",
      "warning RESPONDENT_DUPLICATE@antworten.csv:5:null",
    ]);
    expect(result.dataset?.respondents).toEqual({ "1": ["a", "b"], "2": ["c"] });
  });
  it("puts respondents without a wave column into the latest wave", async () => {
    const result = await load({
      ...BASE,
      "ties.csv": "source,target,wave\na,b,1\na,c,2\n",
      "respondents.csv": "actor\na\nb\n",
    });
    expect(result.dataset?.respondents).toEqual({ "2": ["a", "b"] });
  });
  it("reports extra columns of attendance once, as COLUMN_IGNORED", async () => {
    const result = await load({ ...BASE, "attendance.csv": "event,actor,Rolle\nm1,a,Gast\nm1,b,\n" });
    expect(where(result)).toEqual(["warning COLUMN_IGNORED@attendance.csv:1:Rolle"]);
    expect(result.dataset?.attendance).toHaveLength(2);
  });
  it("reports invalid numbers in optional columns", async () => {
    const result = await load({ ...BASE, "districts.csv": "name,population\nNord,viele\n" });
    expect(where(result)).toEqual(["warning NUMBER_INVALID@districts.csv:2:population"]);
  });
});

describe("parseDataset reads other documents", () => {
  it("names the array and position of a bad record in a JSON document", async () => {
    const document = {
      actors: [
        { id: "a", name: "A" },
        { id: "b", name: "B", topics: ["x", " "], attributes: { Webseite: "b.test" } },
      ],
      ties: [
        { source: "a", target: "b", weight: 2 },
        { source: "a", target: "z" },
      ],
    };
    const result = await load({ "netz.json": JSON.stringify(document) });
    expect(where(result)).toEqual(["error TIE_UNKNOWN_ACTOR@netz.json/ties:2:target"]);
    expect(result.dataset?.name).toBe("netz");
    expect(result.dataset?.actors[1]).toMatchObject({ topics: ["x"], attributes: { Webseite: "b.test" } });
  });
  it("reads a GEXF file made elsewhere: label as name, edge weights, direction from the file", async () => {
    const gexf = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed">
<attributes class="node"><attribute id="0" title="Stadtteil" type="string"/></attributes>
<nodes><node id="n1" label="Tafel"><attvalues><attvalue for="0" value="Süd"/></attvalues></node>
<node id="n2" label="Kleiderkammer"/></nodes>
<edges><edge id="0" source="n1" target="n2" weight="3"/></edges></graph></gexf>`;
    const result = await load({ "gephi.gexf": gexf });
    expect(result.report.issues).toEqual([]);
    expect(result.dataset?.actors.map((a) => [a.id, a.name, a.district])).toEqual([
      ["n1", "Tafel", "Süd"],
      ["n2", "Kleiderkammer", undefined],
    ]);
    expect(result.dataset?.ties).toEqual([
      { source: "n1", target: "n2", weight: 3, wave: "1", directed: true, attributes: {} },
    ]);
  });
  it("reports a GraphML file that is not XML as FILE_FORMAT", async () => {
    const result = await load({ "g.graphml": "<graphml><graph>" });
    expect(result.report.issues.map((i) => i.code)).toEqual(["FILE_FORMAT"]);
  });
  it("loads a folder whose only dataset file is a JSON document", async () => {
    const document = { actors: [{ id: "a", name: "A" }], ties: [] };
    const result = await load({ "README.md": "# notes", "netz.json": JSON.stringify(document) });
    expect(result.report.issues).toEqual([]);
    expect(result.dataset?.actors).toHaveLength(1);
  });
  it("reads browser files through filesFromBlobs", async () => {
    const { filesFromBlobs, parseDataset } = await import("@vernetzt/core/io");
    const files = await filesFromBlobs([
      new File([BASE["actors.csv"]!], "akteure.csv"),
      new File([BASE["ties.csv"]!], "beziehungen.csv"),
    ]);
    const result = await parseDataset(files);
    expect(result.report.issues).toEqual([]);
    expect(result.dataset?.ties).toHaveLength(1);
  });
});

describe("parseDataset options", () => {
  it("throws LoadOptionError for an option value it cannot take", async () => {
    const { LoadOptionError } = await import("@vernetzt/core/io");
    await expect(load(BASE, { lang: "fr" as never })).rejects.toBeInstanceOf(LoadOptionError);
    await expect(load(BASE, { directed: "ja" as never })).rejects.toBeInstanceOf(LoadOptionError);
  });
  it("makes ties without a directed value directed with directed: true", async () => {
    const result = await load(
      { ...BASE, "ties.csv": "source,target,directed\na,b,\nb,c,nein\n" },
      { directed: true },
    );
    expect(result.dataset?.ties.map((t) => t.directed)).toEqual([true, false]);
    expect(result.dataset?.directed).toBe(true);
  });
});

describe("the validation report", () => {
  it("has messages in German and English for every code", async () => {
    const { validationMessage } = await import("@vernetzt/core/io");
    for (const code of VALIDATION_CODES) {
      const de = validationMessage(code, "de", { value: "X", detail: "Y" });
      const en = validationMessage(code, "en", { value: "X", detail: "Y" });
      expect(de.length).toBeGreaterThan(10);
      expect(en.length).toBeGreaterThan(10);
      expect(de).not.toBe(en);
    }
  });
  it("collects every problem at once and is ok only without errors", async () => {
    const result = await load({
      "actors.csv": "id,name,kind\na,A,robot\nb,B,\na,C,\n",
      "ties.csv": "source,target,weight\na,b,-2\nb,x,1\n",
    });
    expect(result.report.issues.map((i) => i.code)).toEqual([
      "ID_DUPLICATE",
      "KIND_UNKNOWN",
      "WEIGHT_INVALID",
      "TIE_UNKNOWN_ACTOR",
    ]);
    expect(result.report.ok).toBe(false);
    expect(result.dataset?.ties).toEqual([]);
  });
  it("speaks German when asked", async () => {
    const result = await load({ ...BASE, "ties.csv": "source,target\na,zz\n" }, { lang: "de" });
    expect(result.report.issues[0]?.message).toContain("keine Akteurs-ID");
  });
  it("has exactly the six public fields on every issue", async () => {
    const result = await load({ ...BASE, "ties.csv": "source,target\na,zz\n" });
    expect(Object.keys(result.report.issues[0]!).sort()).toEqual(
      ["code", "column", "file", "message", "row", "severity"].sort(),
    );
  });
});
