/** Inputs the fuzzers found that once broke the loader, kept as plain tests (see docs/trust.md). */

import { exportDataset, parseDataset } from "@vernetzt/core/io";
import { describe, expect, it } from "vitest";

const load = (files: Record<string, string>) =>
  parseDataset(Object.entries(files).map(([name, data]) => ({ name, data })));

describe("loader regressions found by fuzzing", () => {
  it("parseDataset reads a CSV file with mixed line endings row by row", async () => {
    for (const actors of ["ID;Name\r\na;A\nb;B\r\n", "ID;Name\na;A\rb;B\n", "\rID;Name\r\na;A\r\nb;B"]) {
      const { dataset, report } = await load({ "actors.csv": actors, "ties.csv": "Von;Zu\na;b\r\n" });
      expect(report.issues).toEqual([]);
      expect(dataset!.actors.map((a) => [a.id, a.name])).toEqual([
        ["a", "A"],
        ["b", "B"],
      ]);
      expect(dataset!.ties).toHaveLength(1);
    }
  });
  it("parseDataset keeps line breaks inside quoted fields when the file mixes line endings", async () => {
    const { dataset } = await load({
      "actors.csv": 'ID;Name\r\na;"Zeile 1\r\nZeile 2"\nb;B\n',
      "ties.csv": "Von;Zu\n",
    });
    expect(dataset!.actors.map((a) => a.name)).toEqual(["Zeile 1\r\nZeile 2", "B"]);
  });
  it("parseDataset keeps extra columns named like Object properties, and JSON and CSV exports keep them", async () => {
    const names = ["__proto__", "constructor", "toString", "hasOwnProperty"];
    const { dataset } = await load({
      "actors.csv": `id,name,${names.join(",")}\na,A,w,x,y,z\nb,B,,,,\n`,
      "ties.csv": "source,target\na,b\n",
    });
    const attributes = dataset!.actors[0]!.attributes;
    expect(Object.keys(attributes)).toEqual(names);
    expect(Object.getPrototypeOf(attributes)).toBe(Object.prototype);
    expect(dataset!.actors[1]!.attributes).toEqual({});
    // the CSV export once crashed here: actor b has no "toString" and read Object.prototype.toString
    for (const format of ["json", "csv"] as const) {
      const back = await parseDataset(exportDataset(dataset!, format));
      expect([format, back.dataset!.actors.map((a) => a.attributes)]).toEqual([format, [attributes, {}]]);
    }
  });
  it("parseDataset reads respondents of waves named like Object properties", async () => {
    const { dataset, report } = await parseDataset([
      {
        name: "d.json",
        // JSON text: an object literal would turn "__proto__" into the prototype
        data: `{"actors": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}],
          "ties": [{"source": "a", "target": "b", "wave": "constructor"}],
          "respondents": {"constructor": ["a"], "__proto__": ["b"], "toString": ["a", "b"]}}`,
      },
    ]);
    expect(report.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(Object.entries(dataset!.respondents!)).toEqual([
      ["constructor", ["a"]],
      ["__proto__", ["b"]],
      ["toString", ["a", "b"]],
    ]);
  });
  it("GEXF and GraphML exports keep tabs, line breaks and Unicode line separators in names and types", async () => {
    const name = "Verein\tfür\r\nKultur\u2028und\u2029Sport\u0085e.V.";
    const { dataset } = await parseDataset([
      {
        name: "d.json",
        data: JSON.stringify({
          actors: [
            { id: "a", name },
            { id: "b", name: "B" },
          ],
          ties: [{ source: "a", target: "b", type: name }],
        }),
      },
    ]);
    for (const format of ["gexf", "graphml"] as const) {
      const back = (await parseDataset(exportDataset(dataset!, format))).dataset!;
      expect([format, back.actors[0]!.name, back.ties[0]!.type]).toEqual([format, name, name]);
    }
  });
  it("parseDataset splits JSON list items on ; so that CSV, GEXF and GraphML exports keep the lists", async () => {
    const { dataset } = await parseDataset([
      {
        name: "d.json",
        data: JSON.stringify({
          actors: [
            { id: "a", name: "A", topics: ["Kultur; Feste", "Sport, Spiel"], offers: ["Räume, Beratung"] },
            { id: "b", name: "B" },
          ],
          ties: [],
        }),
      },
    ]);
    expect(dataset!.actors[0]!.topics).toEqual(["Kultur", "Feste", "Sport, Spiel"]);
    for (const format of ["csv", "gexf", "graphml"] as const) {
      const back = (await parseDataset(exportDataset(dataset!, format))).dataset!;
      expect([format, back.actors[0]!.topics, back.actors[0]!.offers]).toEqual([
        format,
        ["Kultur", "Feste", "Sport, Spiel"],
        ["Räume, Beratung"],
      ]);
    }
  });
  it("parseDataset keeps every one of 100,000 extra columns (duplicate headers numbered)", async () => {
    const headers = Array.from({ length: 100_000 }, (_, i) => `c${i % 50_000}`);
    const { dataset } = await load({
      "actors.csv": `id;name;${headers.join(";")}\na;A;${headers.map((_, i) => i).join(";")}\nb;B\n`,
      "ties.csv": "source;target\na;b\n",
    });
    const attributes = dataset!.actors[0]!.attributes;
    expect(Object.keys(attributes)).toHaveLength(100_000);
    expect(attributes["c7 (2)"]).toBe("50007");
  });
});
