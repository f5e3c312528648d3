/**
 * Files that used to be read wrong without a word (issue #17), each made here as a real tool writes it:
 * Excel's `sep=;` first line, one NUL byte in a 2,000-row CSV, an id typed once in NFC and once in NFD (a Mac),
 * an id with a zero-width space.
 */
import { type InputFile, parseDataset } from "@vernetzt/core";
import { describe, expect, it } from "vitest";

const BOM = "\uFEFF";
const encode = (text: string) => new TextEncoder().encode(text);

async function load(actors: string, ties: string) {
  const files: InputFile[] = [
    { name: "akteure.csv", data: encode(actors) },
    { name: "beziehungen.csv", data: encode(ties) },
  ];
  return parseDataset(files, { lang: "de" });
}

describe("Excel's sep= line", () => {
  it("a BOM and 'sep=;' before the header: the named delimiter is used and the header is row 1", async () => {
    const { dataset, report } = await load(
      `${BOM}sep=;\r\nID;Name;Stadtteil;Themen\r\na;Verein A, Nord;Nord;Sport, Kultur\r\nb;Verein B;Süd;Sport\r\n`,
      `"sep=;"\nVon;Zu\na;b\n`,
    );
    expect(report.issues.filter((issue) => issue.severity === "error")).toEqual([]);
    expect(dataset?.actors.map((actor) => [actor.id, actor.name, actor.district])).toEqual([
      ["a", "Verein A, Nord", "Nord"],
      ["b", "Verein B", "Süd"],
    ]);
    expect(dataset?.ties).toHaveLength(1);
  });

  it("'sep=,' wins over the semicolons the header would suggest, and row numbers are Excel's", async () => {
    const { dataset, report } = await load("sep=,\nID,Name\na;1,A\nb;2,B\nc\n", "Von,Zu\na;1,b;2\n");
    expect(dataset?.actors.map((actor) => actor.id)).toEqual(["a;1", "b;2", "c"]);
    expect(report.issues.find((issue) => issue.code === "ROW_TOO_FEW_FIELDS")?.row).toBe(4);
  });
});

describe("a NUL byte in one row", () => {
  it("2,000 rows with one NUL: that row is reported by number and skipped, the 1,999 others are read", async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => `a${i};Verein ${i}`);
    rows[1233] = "a1233;Ver\u0000ein 1233";
    const { dataset, report } = await load(`ID;Name\n${rows.join("\n")}\n`, "Von;Zu\na1;a2\n");
    expect(dataset?.actors).toHaveLength(1999);
    const nul = report.issues.filter((issue) => issue.code === "ROW_NUL");
    expect(nul.map((issue) => [issue.file, issue.row])).toEqual([["akteure.csv", 1235]]);
    expect(nul[0]!.message).toContain("Nullzeichen");
  });

  it("a file full of NULs (UTF-16 without BOM, a binary file) is still not text", async () => {
    const utf16 = new Uint8Array([..."ID;Name\na;A\n"].flatMap((char) => [char.charCodeAt(0), 0]));
    const { report } = await parseDataset(
      [
        { name: "akteure.csv", data: utf16 },
        { name: "beziehungen.csv", data: encode("Von;Zu\n") },
      ],
      { lang: "de" },
    );
    expect(report.issues.map((issue) => issue.code)).toContain("FILE_ENCODING");
  });
});

describe("ids that look the same", () => {
  it("'Müller' typed in NFC in the actors and in NFD in the ties is one id", async () => {
    const nfc = "M\u00fcller";
    const nfd = "Mu\u0308ller";
    const { dataset, report } = await load(
      `ID;Name\n${nfc};Familie ${nfc}\nhaus;Haus\n`,
      `Von;Zu\n${nfd};haus\n`,
    );
    expect(report.issues.filter((issue) => issue.severity === "error")).toEqual([]);
    expect(dataset?.actors.map((actor) => actor.id)).toEqual([nfc, "haus"]);
    expect(dataset?.ties.map((tie) => tie.source)).toEqual([nfc]);
  });

  it("only ids are normalised: a name, topic or extra cell typed in NFD stays byte for byte", async () => {
    const nfd = "Mu\u0308ller";
    const { dataset } = await load(
      `ID;Name;Themen;Notiz\n${nfd};Familie ${nfd};${nfd};${nfd}\nhaus;Haus;;\n`,
      "Von;Zu\nhaus;" + nfd + "\n",
    );
    const actor = dataset!.actors[0]!;
    expect(actor.id).toBe(nfd.normalize("NFC"));
    expect([actor.name, actor.topics[0], actor.attributes.Notiz]).toEqual([`Familie ${nfd}`, nfd, nfd]);
  });

  it("JSON and GraphML ids are compared in NFC too: a tie written the other way finds its actor", async () => {
    const nfc = "M\u00fcller";
    const nfd = "Mu\u0308ller";
    const json = JSON.stringify({
      actors: [
        { id: nfc, name: nfd },
        { id: "haus", name: "Haus" },
      ],
      ties: [{ source: nfd, target: "haus" }],
    });
    const fromJson = await parseDataset([{ name: "netz.json", data: json }]);
    expect(fromJson.report.issues.filter((issue) => issue.severity === "error")).toEqual([]);
    expect(fromJson.dataset?.actors.map((actor) => [actor.id, actor.name])).toEqual([
      [nfc, nfd],
      ["haus", "Haus"],
    ]);
    expect(fromJson.dataset?.ties.map((tie) => tie.source)).toEqual([nfc]);
    const graphml =
      '<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="undirected">' +
      `<node id="${nfc}"/><node id="haus"/><edge source="${nfd}" target="haus"/></graph></graphml>`;
    const fromGraphml = await parseDataset([{ name: "netz.graphml", data: graphml }]);
    expect(fromGraphml.dataset?.actors.map((actor) => actor.id).sort()).toEqual([nfc, "haus"].sort());
    expect(fromGraphml.dataset?.ties).toHaveLength(1);
  });

  it("an id with a zero-width space is reported with its row and the character, not silently a second actor", async () => {
    const { report } = await load(
      "ID;Name\nmueller;Müller\nmueller\u200b;Müller (Kopie)\n",
      "Von;Zu\nmueller;mueller\u200b\n",
    );
    const invisible = report.issues.filter((issue) => issue.code === "ID_INVISIBLE");
    expect(invisible.map((issue) => [issue.row, issue.column])).toEqual([[3, "ID"]]);
    expect(invisible[0]!.message).toContain("U+200B");
    expect(invisible[0]!.message).toContain("„mueller“");
  });
});

describe("dates as waves", () => {
  it("'31.12.2024' and '2024-12-31' are one wave, warned; date waves are ordered by date, so the latest is the latest date", async () => {
    const { dataset, report } = await load(
      "ID;Name\na;A\nb;B\nc;C\n",
      "Von;Zu;Welle\na;b;31.12.2024\nb;c;2024-12-31\na;c;30.06.2023\nb;a;2024-01-15\n",
    );
    expect(dataset?.waves).toEqual(["30.06.2023", "2024-01-15", "31.12.2024"]);
    expect(dataset?.ties.map((tie) => tie.wave)).toEqual([
      "31.12.2024",
      "31.12.2024",
      "30.06.2023",
      "2024-01-15",
    ]);
    const same = report.issues.filter((issue) => issue.code === "WAVE_SAME_DATE");
    expect(same.map((issue) => issue.row)).toEqual([3]);
    expect(same[0]!.message).toContain("„31.12.2024“");
  });
});

describe("ambiguous numbers", () => {
  it("a weight '1.000' or '2,500' is warned with both readings; '1.234,5' and '1000' are not", async () => {
    const { dataset, report } = await load(
      "ID;Name\na;A\nb;B\nc;C\nd;D\n",
      'Von;Zu;Gewicht\na;b;1.000\nb;c;"2,500"\nc;d;"1.234,5"\na;d;1000\n',
    );
    expect(dataset?.ties.map((tie) => tie.weight)).toEqual([1, 2.5, 1234.5, 1000]);
    const ambiguous = report.issues.filter((issue) => issue.code === "NUMBER_AMBIGUOUS");
    expect(ambiguous.map((issue) => [issue.row, issue.column])).toEqual([
      [2, "Gewicht"],
      [3, "Gewicht"],
    ]);
    expect(ambiguous[0]!.message).toContain("1000");
  });
});
