/**
 * Round trips: a dataset written as JSON, CSV, GEXF or GraphML and read back is the same dataset — every actor,
 * tie and attribute, list attributes, extra columns and waves (GEXF/GraphML carry actors and ties only).
 * Checked on the `stadtteil` fixture and, as a property, on random datasets (fast-check).
 */
import { fileURLToPath } from "node:url";
import { type ExportFormat, exportDataset, type InputFile, parseDataset } from "@vernetzt/core/io";
import { buildGraph, type Dataset } from "@vernetzt/core/model";
import { loadDataset } from "@vernetzt/core/node";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const fixture = fileURLToPath(new URL("../../fixtures/io/stadtteil", import.meta.url));

async function roundTrip(dataset: Dataset, format: ExportFormat): Promise<Dataset> {
  const files: InputFile[] = exportDataset(dataset, format);
  const { dataset: back, report } = await parseDataset(files, { name: dataset.name });
  expect(report.issues.filter((i) => i.severity === "error")).toEqual([]);
  return back!;
}

/** What GEXF and GraphML carry: actors, ties, waves of the ties, direction. */
function graphPart(dataset: Dataset) {
  return { actors: dataset.actors, ties: dataset.ties, directed: dataset.directed };
}

describe("exports read back without loss (stadtteil fixture)", async () => {
  const { dataset } = await loadDataset(fixture);
  it("loads the fixture without issues", async () => {
    const { report } = await loadDataset(fixture);
    expect(report.issues).toEqual([]);
    expect(dataset!.waves).toEqual(["1", "2"]);
    expect(dataset!.directed).toBe(true);
  });
  for (const format of ["json", "csv"] as const) {
    it(`${format}: the whole dataset`, async () => {
      expect(await roundTrip(dataset!, format)).toEqual(dataset);
    });
  }
  for (const format of ["gexf", "graphml"] as const) {
    it(`${format}: actors, ties, waves and every attribute`, async () => {
      const back = await roundTrip(dataset!, format);
      expect(graphPart(back)).toEqual(graphPart(dataset!));
      expect(back.waves).toEqual(dataset!.waves);
    });
  }
  it("builds the same graph from every format", async () => {
    const expected = buildGraph(dataset!, { wave: "1" }).export();
    for (const format of ["json", "csv", "gexf", "graphml"] as const) {
      expect(buildGraph(await roundTrip(dataset!, format), { wave: "1" }).export()).toEqual(expected);
    }
  });
  it("writes the same bytes for the same dataset", () => {
    for (const format of ["json", "csv", "gexf", "graphml"] as const) {
      expect(exportDataset(dataset!, format)).toEqual(exportDataset(structuredClone(dataset!), format));
    }
  });
  it("exports one wave with --wave semantics", async () => {
    const [file] = exportDataset(dataset!, "json", { wave: "1" });
    const back = (await parseDataset([file!])).dataset!;
    expect(back.waves).toEqual(["1"]);
    expect(back.ties.map((t) => t.wave)).toEqual(["1", "1"]);
    expect(back.events).toEqual([]);
  });
});

// --- property: random datasets ---------------------------------------------------------------------------

const word = fc
  .stringMatching(/^[A-Za-z0-9äöüÄÖÜß€„“][A-Za-z0-9äöüß .,;&"'()/\n\t-]{0,12}$/)
  .map((s) => s.trim());
const nonEmptyWord = word.filter((s) => s !== "");
const listItem = nonEmptyWord.filter((s) => !s.includes(";"));
/** Extra column names: never an alias of a known column. */
const extraKey = fc.constantFrom(
  "Webseite",
  "Ansprechperson",
  "Notiz",
  "Gründungsjahr",
  "Träger_Nr",
  "Öffnungszeit",
);

const actorArb = fc.record({
  name: nonEmptyWord,
  kind: fc.option(fc.constantFrom("organisation", "person", "group"), { nil: undefined }),
  sector: fc.option(nonEmptyWord, { nil: undefined }),
  topics: fc.array(listItem, { maxLength: 3 }),
  offers: fc.array(listItem, { maxLength: 2 }),
  lat: fc.option(
    fc.double({ min: -90, max: 90, noNaN: true, noDefaultInfinity: true }).map((x) => x + 0),
    { nil: undefined },
  ),
  consent: fc.option(fc.boolean(), { nil: undefined }),
  attributes: fc.dictionary(extraKey, nonEmptyWord, { maxKeys: 3 }),
});

const datasetArb = fc
  .record({
    actors: fc.array(actorArb, { minLength: 2, maxLength: 8 }),
    ties: fc.array(
      fc.record({
        s: fc.nat(),
        t: fc.nat(),
        weight: fc.double({ min: 0.01, max: 1000, noNaN: true, noDefaultInfinity: true }),
        wave: fc.constantFrom("1", "2", "10"),
        type: fc.option(nonEmptyWord, { nil: undefined }),
        directed: fc.boolean(),
        date: fc.option(
          fc.date({ min: new Date("1990-01-01"), max: new Date("2090-12-31"), noInvalidDate: true }),
          {
            nil: undefined,
          },
        ),
        attributes: fc.dictionary(extraKey, nonEmptyWord, { maxKeys: 2 }),
      }),
      { maxLength: 12 },
    ),
  })
  .map(({ actors, ties }) => {
    const dataset: Dataset = {
      name: "zufall",
      actors: actors.map((a, i) => {
        const actor: Dataset["actors"][number] = {
          id: `id ${i}, "${a.name}"`,
          name: a.name,
          topics: a.topics,
          offers: a.offers,
          needs: [],
          attributes: a.attributes,
        };
        if (a.kind) actor.kind = a.kind;
        if (a.sector) actor.sector = a.sector;
        if (a.lat !== undefined) actor.lat = a.lat;
        if (a.consent !== undefined) actor.consent = a.consent;
        return actor;
      }),
      ties: [],
      districts: [],
      events: [],
      attendance: [],
      waves: [],
      directed: false,
    };
    for (const t of ties) {
      const source = t.s % actors.length;
      const target = (source + 1 + (t.t % (actors.length - 1))) % actors.length;
      const tie: Dataset["ties"][number] = {
        source: dataset.actors[source]!.id,
        target: dataset.actors[target]!.id,
        weight: t.weight,
        wave: t.wave,
        directed: t.directed,
        attributes: t.attributes,
      };
      if (t.type) tie.type = t.type;
      if (t.date) tie.date = t.date.toISOString().slice(0, 10);
      dataset.ties.push(tie);
    }
    return dataset;
  });

describe("round trips hold for random datasets", () => {
  it("JSON → dataset keeps every generated actor (the generator makes valid data)", async () => {
    await fc.assert(
      fc.asyncProperty(datasetArb, async (generated) => {
        const [json] = exportDataset({ ...generated, waves: ["1"] }, "json");
        const { dataset, report } = await parseDataset([json!]);
        expect(report.ok).toBe(true);
        expect(dataset!.actors).toEqual(generated.actors);
      }),
      { numRuns: 50, seed: 633 },
    );
  });
  for (const format of ["csv", "json", "gexf", "graphml"] as const) {
    it(`${format} reads back what it wrote`, async () => {
      await fc.assert(
        fc.asyncProperty(datasetArb, async (generated) => {
          const [json] = exportDataset({ ...generated, waves: ["1"] }, "json");
          const loaded = (await parseDataset([json!], { name: "zufall" })).dataset!;
          const back = await roundTrip(loaded, format);
          if (format === "csv" || format === "json") expect(back).toEqual(loaded);
          else expect(graphPart(back)).toEqual(graphPart(loaded));
          expect(back.waves).toEqual(loaded.waves);
        }),
        { numRuns: 40, seed: 633 },
      );
    });
  }
});
