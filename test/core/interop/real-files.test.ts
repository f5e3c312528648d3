/**
 * Files other tools write, read as a researcher reads them (`loadDataset(path)`, as the CLI does): the real
 * test files of Gephi, graphology, sigma.js and networkx, and the GraphML files networkx and igraph write
 * (`test/fixtures/interop/real/`, sources and licences in its README). Node and tie counts come from networkx
 * reading the same files (`make-expected.py` → `expected.json`); the other expectations are read off the files.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type LoadResult, parseDataset } from "@vernetzt/core/io";
import { loadDataset } from "@vernetzt/core/node";
import { describe, expect, it } from "vitest";
import { FIXTURES } from "./helpers.js";

const REAL = join(FIXTURES, "real");
const EXPECTED = JSON.parse(readFileSync(join(REAL, "expected.json"), "utf8")) as {
  files: Record<string, { nodes: number; ties: number; directed: boolean }>;
};

const load = (path: string, lang: "en" | "de" = "en") => loadDataset(join(REAL, path), { lang });
const errors = (result: LoadResult) =>
  result.report.issues.filter((issue) => issue.severity === "error").map((issue) => issue.message);
const codes = (result: LoadResult) => [...new Set(result.report.issues.map((issue) => issue.code))];

/** Text that only a program error produces; none of it may reach a user. */
const INTERNAL =
  /undefined|null\b|TypeError|Cannot (read|set) propert|graphology-|addMissingNodes|at position/;

describe("files other tools write", () => {
  const counted = Object.entries(EXPECTED.files).filter(([, expected]) => expected.nodes > 0);

  it("counts the zero-weight files too (Gephi's zeroweight.gexf, networkx's lanl_routes.edgelist)", () => {
    expect(counted.map(([file]) => file)).toEqual(
      expect.arrayContaining(["gephi/zeroweight.gexf", "networkx/lanl_routes.edgelist"]),
    );
  });

  it.each(counted)("%s reads with networkx's node and tie counts", async (file, expected) => {
    const result = await load(file);
    expect(errors(result)).toEqual([]);
    expect(result.dataset?.actors).toHaveLength(expected.nodes);
    expect(result.dataset?.ties).toHaveLength(expected.ties);
    if (expected.ties > 0) expect(result.dataset?.directed).toBe(expected.directed);
  });

  it("takes the node id as the name when a GraphML file has no name or label (networkx, igraph, Gephi)", async () => {
    const karate = (await load("nx-igraph/karate.graphml")).dataset!;
    expect(karate.actors[0]).toMatchObject({ id: "0", name: "0", attributes: { club: "Mr. Hi" } });
    expect(karate.ties[0]).toMatchObject({ source: "0", target: "1", weight: 4 });
    const igraph = (await load("nx-igraph/zachary-igraph.graphml")).dataset!;
    expect(igraph.actors.map((actor) => actor.name)).toEqual(igraph.actors.map((actor) => actor.id));
    expect(igraph.actors[33]?.id).toBe("n33");
    const football = (await load("gephi/football.graphml")).dataset!;
    expect(football.actors[0]).toMatchObject({ id: "n0", name: "n0", attributes: { partition: "9" } });
    const miserables = (await load("nx-igraph/les_miserables.graphml")).dataset!;
    expect(miserables.ties.slice(0, 2).map((tie) => [tie.source, tie.target, tie.weight])).toEqual([
      ["Napoleon", "Myriel", 1],
      ["Myriel", "MlleBaptistine", 8],
    ]);
  });

  it("keeps ties of weight 0 and says so once per tie (Gephi's zeroweight.gexf, networkx's lanl_routes)", async () => {
    const gephi = await load("gephi/zeroweight.gexf");
    expect(gephi.dataset?.ties.map((tie) => [tie.source, tie.target, tie.weight])).toEqual([["0", "1", 0]]);
    expect(codes(gephi)).toEqual(["WEIGHT_ZERO"]);
    const lanl = await load("networkx/lanl_routes.edgelist", "de");
    const zero = readFileSync(join(REAL, "networkx/lanl_routes.edgelist"), "utf8")
      .split("\n")
      .flatMap((line, i) => (line.split(" ")[2] === "0" ? [i + 1] : []));
    expect(zero).toHaveLength(16);
    const warned = lanl.report.issues.filter((issue) => issue.code === "WEIGHT_ZERO");
    expect(warned.map((issue) => issue.row)).toEqual(zero);
    expect(warned[0]?.message).toContain("Die Beziehung bleibt erhalten");
    expect(lanl.dataset?.ties.filter((tie) => tie.weight === 0)).toHaveLength(16);
  });

  it("keeps the weights and direction igraph writes", async () => {
    const { dataset } = await load("nx-igraph/directed-igraph.graphml");
    expect(dataset?.ties.map((tie) => [tie.source, tie.target, tie.weight, tie.directed])).toEqual([
      ["n0", "n1", 1.5, true],
      ["n1", "n2", 2, true],
      ["n2", "n0", 0.5, true],
      ["n2", "n3", 1, true],
      ["n3", "n2", 3, true],
      ["n4", "n0", 2.5, true],
    ]);
  });

  it("applies GraphML key defaults to nodes without a value (graphology's attributes.graphml)", async () => {
    const { dataset } = await load("graphology/attributes.graphml");
    expect(dataset?.actors.map((actor) => actor.attributes.color)).toEqual([
      "green",
      "yellow",
      "blue",
      "red",
      "yellow",
      "turquoise",
    ]);
  });

  it("reads graphology's serialisation (sigma.js's les-miserables.json): labels, attributes, weights", async () => {
    const result = await load("sigma/les-miserables.json");
    expect(codes(result)).toEqual([]);
    const { actors, ties } = result.dataset!;
    expect(actors[0]).toMatchObject({ id: "0.0", name: "Myriel", attributes: { color: "rgb(216,72,45)" } });
    expect(ties.slice(0, 2).map((tie) => [tie.source, tie.target, tie.weight])).toEqual([
      ["1.0", "0.0", 1], // no attributes in the file: weight 1, as graphology-metrics reads it
      ["2.0", "0.0", 8],
    ]);
  });

  it("adds nodes that only edges name, reporting each once (graphology's missing_nodes files)", async () => {
    for (const [file, declared] of [
      ["graphology/missing_nodes.graphml", 15],
      ["graphology/missing_nodes.gexf", 2],
    ] as const) {
      const result = await load(file);
      expect(errors(result)).toEqual([]);
      const undeclared = result.report.issues.filter((issue) => issue.code === "NODE_UNDECLARED");
      expect(undeclared).toHaveLength(EXPECTED.files[file]!.nodes - declared);
      expect(undeclared[0]).toMatchObject({ severity: "warning", file: `${file.split("/")[1]}/edges` });
    }
  });

  it("reads a GEXF value whose attribute is not declared as text (graphology's undeclared_attribute.gexf)", async () => {
    const { dataset, report } = await load("graphology/undeclared_attribute.gexf");
    expect(report.ok).toBe(true);
    expect(dataset?.actors.some((actor) => actor.attributes.url !== undefined)).toBe(true);
  });

  it("explains files without a network in words, never with a program's error text", async () => {
    for (const lang of ["en", "de"] as const) {
      const meta = await load("gephi/meta.gexf", lang);
      expect(meta.dataset).toBeNull();
      expect(codes(meta)).toEqual(["FILE_FORMAT"]);
      expect(errors(meta)[0]).toMatch(lang === "en" ? /no <graph> element/ : /kein <graph>-Element/);
      const empty = await load("graphology/pedantic.gexf", lang);
      expect(codes(empty)).toEqual(["ACTORS_NONE"]);
      for (const message of [...errors(meta), ...errors(empty)]) expect(message).not.toMatch(INTERNAL);
    }
  });

  it("reports broken XML with the parser's description and its line, in the report's language", async () => {
    for (const lang of ["en", "de"] as const) {
      const result = await parseDataset(
        [{ name: "kaputt.gexf", data: '<gexf><graph><nodes><node id="a" label="A></nodes></graph></gexf>' }],
        { lang },
      );
      expect(errors(result)).toEqual([
        lang === "en"
          ? `The file cannot be read: element parse error: attribute value no end '"' match (line 1, column 21). Check that it is a valid GEXF file.`
          : `Die Datei lässt sich nicht lesen: element parse error: attribute value no end '"' match (Zeile 1, Spalte 21). Ist es eine gültige GEXF-Datei?`,
      ]);
    }
  });

  it("never shows a program's error text for a graph file it cannot use", async () => {
    for (const [name, text] of [
      ["leer.graphml", "<graphml></graphml>"],
      ["keinxml.gexf", "id,name\na,A\n"],
      ["ohne-id.graphml", '<graphml><graph><node/><edge source="a"/></graph></graphml>'],
    ]) {
      for (const lang of ["en", "de"] as const) {
        const result = await parseDataset([{ name: name!, data: text! }], { lang });
        expect(result.report.ok, name).toBe(false);
        for (const { message } of result.report.issues)
          expect(message, `${name} ${lang}`).not.toMatch(INTERNAL);
      }
    }
  });
});

describe("Gephi's spreadsheet files", () => {
  // one .csv file given as the dataset path, as `vernetzt analyze single.csv` reads it
  const gephi = (name: string) => loadDataset(join(REAL, "gephi", name));
  const ties = (result: LoadResult) =>
    (result.dataset?.ties ?? []).map((tie) => [
      tie.source,
      tie.target,
      tie.weight,
      tie.directed,
      tie.type ?? null,
    ]);

  it("reads one edge table Gephi exported as a dataset (single.csv, multigraph.csv)", async () => {
    const single = await gephi("spreadsheet_single.csv");
    expect(codes(single)).toEqual([]);
    expect(single.dataset?.actors.map((actor) => actor.id)).toEqual(["1", "2"]);
    expect(ties(single)).toEqual([["1", "2", 1.33, true, null]]);
    // two edges between the same actors, told apart by their kind: two ties
    expect(ties(await gephi("spreadsheet_multigraph.csv"))).toEqual([
      ["1", "2", 1, true, null],
      ["1", "2", 1, true, "1"],
    ]);
  });

  it("reads Gephi's lower-case headers with Type as the direction and Kind as the type", async () => {
    const result = await gephi("edges_table_types_test.csv");
    expect(codes(result)).toEqual([]);
    expect(ties(result)).toEqual([
      ["1", "2", 2, true, "8"],
      ["2", "1", 2, false, "1"],
    ]);
  });

  it("reads a weight in Gephi's interval notation per wave, never keeping only one value", async () => {
    const result = await gephi("edges_table_dynamic_weights.csv");
    expect(result.dataset?.waves).toEqual(["1", "2", "3"]);
    // rows 2 and 5 both say a–b from 1 to 3: merged per wave, weights summed (TIE_DUPLICATE), never dropped
    expect(result.dataset?.ties.map((tie) => [tie.source, tie.target, tie.wave, tie.weight])).toEqual([
      ["a", "b", "1", 1 + 4],
      ["a", "b", "2", 2 + 4],
      ["a", "b", "3", 2 + 3.25 + 4],
      ["b", "c", "1", 1],
      ["b", "c", "2", 1],
      ["b", "c", "3", 1],
    ]);
    expect(codes(result)).toEqual(["TIE_DUPLICATE"]);
  });
});

describe("exports whose files carry no licence, in their exact shape (fictional content, make-shapes.py)", () => {
  it("reads a Kumu project file with labels and attributes, wherever its elements start", async () => {
    const path = join(FIXTURES, "kumu-project", "weidenbrunn-project.json");
    expect(readFileSync(path, "utf8").indexOf('"elements"')).toBeGreaterThan(4096);
    const result = await loadDataset(path);
    expect(codes(result)).toEqual([]);
    const { actors, ties } = result.dataset!;
    expect(actors.map((actor) => [actor.id, actor.name, actor.district ?? null])).toEqual([
      ["elem-Stb0Nord", "Stadtteilbüro Nord", "Nord"],
      ["elem-Fz1Linde", "Familienzentrum Lindenweg", "Nord"],
      ["elem-Jt2Stern", "Jugendtreff Nordstern", "Süd"],
      ["elem-Kg3Ost00", "Kirchengemeinde Ost", "Ost"],
      ["elem-Ini4Gart", "Initiative Gemeinschaftsgarten", "Süd"],
      ["elem-Pr5Runde", "Präventionsrunde", null],
    ]);
    // "Netzwerk" is no vernetzt kind, so every element type stays an attribute
    expect(actors[1]).toMatchObject({ topics: ["Familie", "Sprache"], attributes: { type: "Organisation" } });
    expect(actors[1]?.kind).toBeUndefined();
    expect(
      ties.map((tie) => [tie.source, tie.target, tie.directed, tie.type ?? null, tie.attributes]),
    ).toEqual([
      ["elem-Stb0Nord", "elem-Fz1Linde", true, "Kooperation", { "Power Score": "8" }],
      ["elem-Fz1Linde", "elem-Jt2Stern", false, "Austausch", {}],
      ["elem-Stb0Nord", "elem-Kg3Ost00", true, "Kooperation", {}], // "reversed": true
      ["elem-Ini4Gart", "elem-Jt2Stern", false, null, { delayed: "true", "Value Flows": "Räume" }],
      ["elem-Pr5Runde", "elem-Stb0Nord", true, null, {}],
    ]);
  });

  it("reads an older Network Canvas GraphML whose first mention of Network Canvas is after 6 KB", async () => {
    const folder = join(FIXTURES, "network-canvas-r34");
    const result = await loadDataset(folder);
    expect(codes(result)).toEqual([]);
    const { actors, ties } = result.dataset!;
    expect(actors.map((actor) => actor.name)).toEqual([
      "R-07",
      "Familienzentrum Lindenweg",
      "Jugendtreff Nordstern",
      "Bürgerhaus Mitte",
    ]);
    expect(actors[0]?.attributes.frage_01_antwort).toBe("Antwort 0");
    expect(ties.map((tie) => [tie.type, tie.directed])).toEqual([
      ["Organisation", true],
      ["Organisation", true],
      ["Treffpunkt", true],
      ["kennen", false],
      ["kennen", false],
    ]);
  });
});

/**
 * The real Kumu and Network Canvas files, when a folder of them is given (their repositories carry no
 * licence, so they are not part of this repository): `VERNETZT_REAL_FILES=<folder> npx vitest run
 * test/core/interop/real-files.test.ts` with `kumu/*.json` (kumu/docs: images/kumu-changelabs-template.json,
 * images/kumu-omidyarnetwork-us-financial-inclusion-BACKUP.json, content/snap-to-tutorial-project.json) and
 * `network-canvas/*.graphml` (complexdatacollective/R34-RShiny, networkCanvasExport/ and test*.graphml).
 */
describe.runIf(process.env.VERNETZT_REAL_FILES)("real files given in VERNETZT_REAL_FILES", () => {
  const folder = process.env.VERNETZT_REAL_FILES ?? "";
  const files = (sub: string, extension: string) => {
    try {
      return readdirSync(join(folder, sub))
        .filter((name) => name.endsWith(extension))
        .map((name) => join(folder, sub, name));
    } catch {
      return [];
    }
  };

  it.each(files("kumu", ".json"))("%s: every element with its label, every connection", async (path) => {
    const project = JSON.parse(readFileSync(path, "utf8")) as {
      elements: Array<{ _id: string; attributes: { label?: string } }>;
      connections: Array<{ from: string; to: string; direction: string }>;
    };
    const result = await loadDataset(path);
    expect(errors(result)).toEqual([]);
    const { actors, ties } = result.dataset!;
    expect(actors.map((actor) => [actor.id, actor.name])).toEqual(
      project.elements.map((element) => [element._id, element.attributes.label ?? element._id]),
    );
    const pairs = new Set(
      project.connections.map(({ from, to, direction }) =>
        direction === "directed" ? `${from}>${to}` : [from, to].sort().join("-"),
      ),
    );
    expect(ties).toHaveLength(pairs.size);
  });

  it.each(files("network-canvas", ".graphml"))("%s: every alter and edge", async (path) => {
    const text = readFileSync(path, "utf8");
    const result = await loadDataset(path);
    expect(result.report.issues.filter((issue) => issue.code === "FILE_FORMAT")).toEqual([]);
    const alters = (text.match(/<node\b/g) ?? []).length;
    expect(result.dataset?.actors).toHaveLength(alters + 1); // and the ego
    for (const { message } of result.report.issues) expect(message).not.toMatch(INTERNAL);
  });
});
