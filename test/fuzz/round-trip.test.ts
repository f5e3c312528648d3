/**
 * Round trips lose nothing, for datasets the io tests' generator (`test/core/io/round-trip.test.ts`) does not
 * make: any unicode (astral characters, combining marks, right-to-left text), `;`, `,`, quotes, `<`, `&`, line
 * breaks (also `\r\n`) in names, ids and attributes; empty optional fields; up to 12 waves, numeric or named;
 * directed and undirected data; districts, meetings, attendance and respondents. A generated dataset is loaded
 * once (the loader's normal form), then exported to JSON, CSV, GEXF and GraphML and read back: JSON and CSV give
 * the same dataset, GEXF and GraphML the same actors, ties, waves and direction (they carry nothing else).
 */

import { exportDataset, parseDataset } from "@vernetzt/core/io";
import type { Actor, Dataset, Tie } from "@vernetzt/core/model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);

/** Text as a coordinator might type or paste it; never empty, no whitespace at the ends (the loader trims). */
const text = fc
  .array(
    fc.oneof(
      fc.string({ unit: "grapheme", minLength: 1, maxLength: 4 }),
      fc.constantFrom(
        ";",
        ",",
        '"',
        "'",
        "<b>",
        "&amp;",
        "\n",
        "\r\n",
        "\t",
        " ",
        "💡",
        "e\u0301",
        "שלום",
        "\u200b",
        "=1+1",
        "\\",
      ),
    ),
    { minLength: 1, maxLength: 5 },
  )
  .map((parts) => parts.join("").trim())
  .filter((value) => value !== "" && !/^\s|\s$/.test(value));
/** A list item: anything but `;` (the list separator; see `encodeList`). */
const item = text.map((value) => value.replace(/;/g, "").trim()).filter((value) => value !== "");
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });
/** Extra column names: never an alias of a known column (those would be read as that column). */
const extraKey = fc.constantFrom(
  "Webseite",
  "Notiz",
  "Ansprechperson; Tel.",
  'Sp"alte',
  "Öffnung\nzeiten",
  "😀",
  "a,b",
);
const coordinate = (limit: number) =>
  fc.double({ min: -limit, max: limit, noNaN: true, noDefaultInfinity: true }).map((x) => x + 0);

const waveNames = fc.oneof(
  fc.uniqueArray(fc.nat({ max: 60 }).map(String), { minLength: 1, maxLength: 12 }),
  fc.uniqueArray(fc.constantFrom("Frühjahr 2024", "Herbst 2024", "2025/1", "Welle A", "W-2", "Erhebung ä"), {
    minLength: 1,
    maxLength: 6,
  }),
);

const datasetArb = fc
  .record({
    actors: fc.array(
      fc.record({
        id: text,
        name: text,
        kind: optional(fc.constantFrom("organisation" as const, "person" as const, "group" as const)),
        sector: optional(text),
        district: optional(fc.nat({ max: 2 })),
        topics: fc.array(item, { maxLength: 3 }),
        offers: fc.array(item, { maxLength: 2 }),
        needs: fc.array(item, { maxLength: 2 }),
        memberOf: optional(fc.nat()),
        lat: optional(coordinate(90)),
        lon: optional(coordinate(180)),
        consent: optional(fc.boolean()),
        attributes: fc.dictionary(extraKey, text, { maxKeys: 3 }),
      }),
      { minLength: 2, maxLength: 8 },
    ),
    waves: waveNames,
    ties: fc.array(
      fc.record({
        s: fc.nat(),
        t: fc.nat(),
        weight: fc.double({ min: 1e-6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
        wave: fc.nat(),
        type: optional(text),
        directed: fc.boolean(),
        date: optional(
          fc.date({ min: new Date("1950-01-01"), max: new Date("2099-12-31"), noInvalidDate: true }),
        ),
        attributes: fc.dictionary(extraKey, text, { maxKeys: 2 }),
      }),
      { maxLength: 14 },
    ),
    districts: fc.boolean(),
    meetings: fc.array(
      fc.record({
        host: optional(fc.nat()),
        wave: optional(fc.nat()),
        who: fc.array(fc.nat(), { maxLength: 3 }),
      }),
      {
        maxLength: 3,
      },
    ),
    respondents: fc.boolean(),
  })
  .map((g): Dataset => {
    const ids = g.actors.map((a, i) => `${a.id.normalize("NFC")} ${i}`); // unique; in NFC as the reader keeps ids (#17)
    const districtIds = ["Nord", "Süd; Ost", 'Mitte "alt"'];
    const actors = g.actors.map((a, i): Actor => {
      const actor: Actor = {
        id: ids[i]!,
        name: a.name,
        topics: [...new Set(a.topics)],
        offers: [...new Set(a.offers)],
        needs: [...new Set(a.needs)],
        attributes: a.attributes,
      };
      if (a.kind) actor.kind = a.kind;
      if (a.sector) actor.sector = a.sector;
      if (a.district !== undefined) actor.district = districtIds[a.district]!;
      if (a.memberOf !== undefined && a.memberOf % ids.length !== i)
        actor.memberOf = ids[a.memberOf % ids.length]!;
      if (a.lat !== undefined) actor.lat = a.lat;
      if (a.lon !== undefined) actor.lon = a.lon;
      if (a.consent !== undefined) actor.consent = a.consent;
      return actor;
    });
    const ties = g.ties.map((t): Tie => {
      const source = t.s % ids.length;
      const target = (source + 1 + (t.t % (ids.length - 1))) % ids.length;
      const tie: Tie = {
        source: ids[source]!,
        target: ids[target]!,
        weight: t.weight,
        wave: g.waves[t.wave % g.waves.length]!,
        directed: t.directed,
        attributes: t.attributes,
      };
      if (t.type) tie.type = t.type;
      if (t.date) tie.date = t.date.toISOString().slice(0, 10);
      return tie;
    });
    const dataset: Dataset = {
      name: "rundreise",
      actors,
      ties,
      districts: g.districts ? districtIds.map((id) => ({ id, name: `Bezirk ${id}`, attributes: {} })) : [],
      events: g.meetings.map((m, i) => {
        const event: Dataset["events"][number] = { id: `Treffen ${i}; "${i}"`, attributes: {} };
        if (m.host !== undefined) event.host = ids[m.host % ids.length]!;
        if (m.wave !== undefined) event.wave = g.waves[m.wave % g.waves.length]!;
        return event;
      }),
      attendance: g.meetings.flatMap((m, i) =>
        [...new Set(m.who.map((w) => ids[w % ids.length]!))].map((actor) => ({
          event: `Treffen ${i}; "${i}"`,
          actor,
        })),
      ),
      waves: [],
      // CSV, GEXF and GraphML carry the direction per tie: a dataset is directed when a tie is
      directed: ties.some((tie) => tie.directed),
    };
    if (g.respondents) dataset.respondents = { [g.waves[0]!]: [ids[0]!] };
    return dataset;
  });

/** Loads files; fails the case (with the issues) when the loader reports an error. */
async function read(files: ReturnType<typeof exportDataset>, label: string): Promise<Dataset> {
  const { dataset, report } = await parseDataset(files, { name: "rundreise" });
  expect([label, report.issues.filter((i) => i.severity === "error")]).toEqual([label, []]);
  return dataset!;
}

const graphPart = (d: Dataset) => ({ actors: d.actors, ties: d.ties, directed: d.directed });
/** The waves a graph file carries: those of the ties (meetings and respondents are not part of it). */
const tieWaves = (d: Dataset) => {
  const waves = d.waves.filter((wave) => d.ties.some((tie) => tie.wave === wave));
  return waves.length > 0 ? waves : ["1"];
};

describe("round trips of hard datasets", () => {
  it(`the generator makes valid datasets: loading keeps every actor and tie as generated (${RUNS} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(datasetArb, async (generated) => {
        const loaded = await read(exportDataset({ ...generated, waves: ["1"] }, "json"), "generated");
        expect(loaded.actors).toEqual(generated.actors);
        expect(loaded.ties.length).toBeLessThanOrEqual(generated.ties.length); // duplicates merge
        expect(loaded.events.map((e) => e.id)).toEqual(generated.events.map((e) => e.id));
      }),
      { numRuns: RUNS, seed: 1121 },
    );
  });
  for (const format of ["json", "csv", "gexf", "graphml"] as const) {
    it(`${format}: export → import gives the same ${format === "json" || format === "csv" ? "dataset" : "actors, ties, waves and direction"} (${RUNS} cases)`, async () => {
      await fc.assert(
        fc.asyncProperty(datasetArb, async (generated) => {
          const loaded = await read(exportDataset({ ...generated, waves: ["1"] }, "json"), "generated");
          const back = await read(exportDataset(loaded, format), format);
          if (format === "json" || format === "csv") expect(back).toEqual(loaded);
          else {
            expect(graphPart(back)).toEqual(graphPart(loaded));
            expect(back.waves).toEqual(tieWaves(loaded));
          }
        }),
        { numRuns: RUNS, seed: 1121 },
      );
    });
  }
});
