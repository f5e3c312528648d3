/**
 * The typed-column path (readColumnDataset → columnGraph → measures on arrays) against the normal path
 * (parseDataset → buildGraph → the same measures on the graphology graph), on generated networks: the same
 * numbers, to the bit; and datasets the column reader does not take are handed back at the row the normal
 * reader reports.
 */

import { degree, pagerank } from "@vernetzt/core/centrality";
import { louvainCommunities, louvainOfTies } from "@vernetzt/core/communities";
import { generatedCsvTables, generateNetwork } from "@vernetzt/core/generate";
import { columnGraph, columnValues, tiesAmong, toCsr } from "@vernetzt/core/graph";
import {
  categorizeValues,
  eiIndex,
  eiIndexOfCategories,
  mixingMatrix,
  mixingOfCategories,
} from "@vernetzt/core/groups";
import type { InputFile } from "@vernetzt/core/io";
import { type ColumnDataset, parseDataset, readColumnDataset } from "@vernetzt/core/io";
import { buildGraph } from "@vernetzt/core/model";
import { connectedComponents, coreNumber } from "@vernetzt/core/structure";
import { describe, expect, it } from "vitest";

/** The generator's actors, ties and districts files (no meetings: the column reader reads no such files). */
function generatedFiles(actors: number, seed: number): InputFile[] {
  return generatedCsvTables(generateNetwork({ actors, seed, meanDegree: 8 }))
    .filter((table) => ["actors.csv", "ties.csv", "districts.csv"].includes(table.file))
    .map((table) => ({ name: table.file, data: `${[...table.lines()].join("\n")}\n` }));
}

function columns(files: InputFile[]): ColumnDataset {
  const result = readColumnDataset(files);
  if (!("dataset" in result)) throw new Error(JSON.stringify(result.unsupported));
  return result.dataset;
}

function edited(files: InputFile[], name: string, edit: (lines: string[]) => void): InputFile[] {
  return files.map((file) => {
    if (file.name !== name) return file;
    const lines = (file.data as string).split("\n");
    edit(lines);
    return { name, data: lines.join("\n") };
  });
}

describe("the typed-column path", () => {
  const files = generatedFiles(2000, 3);

  it("gives the graph, the measures and the group figures of the normal path, to the bit", async () => {
    const { dataset, report } = await parseDataset(files);
    expect(report.issues).toEqual([]);
    const graph = buildGraph(dataset!);
    const data = columns(files);
    expect(data.ids).toEqual(dataset!.actors.map((a) => a.id));
    expect(data.waves).toEqual(dataset!.waves);
    expect(data.ties.source.length).toBe(dataset!.ties.length);

    const view = columnGraph(data);
    const csr = toCsr(graph);
    expect(view.wave).toBe(graph.getAttribute("wave"));
    // the edges in buildGraph's order, with its ends and summed weights
    const edges = graph.mapEdges((_, attributes, s, t) => [
      csr.indexOf.get(s),
      csr.indexOf.get(t),
      attributes.weight,
    ]);
    expect(Array.from(view.ties.source, (s, e) => [s, view.ties.target[e], view.ties.weight[e]])).toEqual(
      edges,
    );
    expect(view.csr.undirected).toEqual(csr.undirected);
    expect(view.csr.m).toBe(csr.m);

    expect(degree(view.csr)).toEqual(degree(graph));
    expect(connectedComponents(view.csr)).toEqual(connectedComponents(graph));
    expect(pagerank(view.csr)).toEqual(pagerank(graph));
    expect(coreNumber(view.csr)).toEqual(coreNumber(graph));

    const ours = louvainOfTies(view.csr.n, view.ties, view.directed, { seed: 5 });
    const theirs = louvainCommunities(graph, { seed: 5 });
    expect(csr.ids.map((_, i) => ours.communities[i])).toEqual(csr.ids.map((id) => theirs.communities[id]));
    expect(ours.sizes).toEqual(theirs.sizes);
    expect(ours.modularity).toBe(theirs.modularity);

    for (const attribute of ["district", "sector", "kind"] as const) {
      const groups = categorizeValues(attribute, [...csr.ids], columnValues(view.fields[attribute]));
      const ties = tiesAmong(view.ties, (i) => groups.codes[i]! >= 0);
      expect(mixingOfCategories(groups, ties, view.directed)).toEqual(mixingMatrix(graph, { attribute }));
      expect(eiIndexOfCategories(groups, ties, { permutations: 99, seed: 2 })).toEqual(
        eiIndex(graph, { attribute, permutations: 99, seed: 2 }),
      );
    }
  });

  it("builds the graph of an earlier wave as buildGraph does", async () => {
    const { dataset } = await parseDataset(files);
    const data = columns(files);
    const view = columnGraph(data, "1");
    expect(view.csr.undirected).toEqual(toCsr(buildGraph(dataset!, { wave: "1" })).undirected);
    expect(() => columnGraph(data, "7")).toThrow(/wave/i);
  });

  it("reads directed ties as the normal reader does with directed: true", async () => {
    const { dataset } = await parseDataset(files, { directed: true });
    const result = readColumnDataset(files, { directed: true });
    if (!("dataset" in result)) throw new Error("not read");
    const view = columnGraph(result.dataset);
    const csr = toCsr(buildGraph(dataset!));
    expect(view.csr.outgoing).toEqual(csr.outgoing);
    expect(view.csr.incoming).toEqual(csr.incoming);
    expect(pagerank(view.csr)).toEqual(pagerank(csr));
  });

  it("hands a dataset back at the row where the normal reader reports a problem", async () => {
    const faults: Array<[string, (lines: string[]) => void, string]> = [
      ["ties.csv", (lines) => (lines[5] = lines[5]!.replace(/^[^,]+/, "nobody")), "TIE_UNKNOWN_ACTOR"],
      ["ties.csv", (lines) => (lines[7] = lines[7]!.replace(/^([^,]+),[^,]+/, "$1,$1")), "TIE_SELF_LOOP"],
      ["ties.csv", (lines) => lines.splice(9, 0, lines[3]!), "TIE_DUPLICATE"],
      ["ties.csv", (lines) => (lines[4] = lines[4]!.replace(/,\d+,/, ",-2,")), "WEIGHT_INVALID"],
      ["ties.csv", (lines) => (lines[6] = lines[6]!.replace(/,\d+,/, ",0,")), "WEIGHT_ZERO"],
      ["actors.csv", (lines) => lines.splice(12, 0, lines[2]!), "ID_DUPLICATE"],
      [
        "actors.csv",
        (lines) => (lines[3] = lines[3]!.replace(/,(person|organisation),/, ",Raumschiff,")),
        "KIND_UNKNOWN",
      ],
    ];
    for (const [file, edit, code] of faults) {
      const bad = edited(files, file, edit);
      const result = readColumnDataset(bad);
      expect("unsupported" in result, code).toBe(true);
      const { report } = await parseDataset(bad);
      const issue = report.issues.find((i) => i.code === code);
      expect(issue, code).toBeDefined();
      if (!("unsupported" in result)) continue;
      expect([result.unsupported.file, result.unsupported.row], code).toEqual([issue!.file, issue!.row]);
    }
  });

  it("hands back files and columns it does not read", () => {
    const withMeetings = [...files, { name: "events.csv", data: "id,date\nm1,2024-01-01\n" }];
    expect(readColumnDataset(withMeetings)).toMatchObject({ unsupported: { file: "events.csv" } });
    const german = edited(
      files,
      "actors.csv",
      (lines) => (lines[0] = lines[0]!.replace("name", "Name der Einrichtung")),
    );
    expect(readColumnDataset(german)).toMatchObject({ unsupported: { file: "actors.csv", row: 1 } });
  });
});

describe("the E-I test's early stop", () => {
  const data = columns(generatedFiles(600, 4));
  const view = columnGraph(data);
  const ids = data.ids;
  const groups = categorizeValues("kind", ids, columnValues(view.fields.kind));
  const ties = tiesAmong(view.ties, (i) => groups.codes[i]! >= 0);
  // labels that carry no structure: the p-value is large, and the test stops early
  const random = categorizeValues(
    "(function)",
    ids,
    ids.map((_, i) => (((i * 2654435761) >>> 0) % 3 === 0 ? "A" : "B")),
  );
  const randomTies = tiesAmong(view.ties, () => true);

  it("stops a test whose p-value is large after both tails reached h exceedances, the same on every run", () => {
    const stopped = eiIndexOfCategories(random, randomTies, { permutations: 999, seed: 3, stopEarly: true });
    expect(stopped.test!.permutations).toBeLessThan(200);
    expect(stopped.test!.pTwoSided).toBeGreaterThan(0.05);
    expect(eiIndexOfCategories(random, randomTies, { permutations: 999, seed: 3, stopEarly: true })).toEqual(
      stopped,
    );
    const full = eiIndexOfCategories(random, randomTies, { permutations: 999, seed: 3 });
    expect(full.test!.permutations).toBe(999);
    expect(full.index).toBe(stopped.index);
  });

  it("runs every permutation when the p-value is small, and then equals the test without early stop", () => {
    const early = eiIndexOfCategories(groups, ties, {
      permutations: 199,
      seed: 3,
      stopEarly: true,
      exceedances: 10,
    });
    const full = eiIndexOfCategories(groups, ties, { permutations: 199, seed: 3 });
    if (early.test!.permutations === 199) expect(early).toEqual(full);
    else expect(early.test!.pTwoSided).toBeGreaterThan(0.05);
  });

  it("rejects an exceedance count that is not a whole number ≥ 1", () => {
    expect(() => eiIndexOfCategories(groups, ties, { stopEarly: true, exceedances: 0 })).toThrow(
      /exceedances/,
    );
  });
});
