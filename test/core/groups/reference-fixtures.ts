/**
 * Loads the reference fixtures of `test/fixtures/reference-groups/` (written by
 * `scripts/reference/groups/make_fixtures.py`, values from networkx, python-igraph and R sna) as graphs.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { VernetztGraph } from "@vernetzt/core/model";
import Graph from "graphology";

export const FIXTURE_DIR = join(import.meta.dirname, "..", "..", "fixtures", "reference-groups");

type Roles = Record<"w_I" | "w_O" | "b_IO" | "b_OI" | "b_O" | "t", number | null>;

export interface ReferenceFixture {
  name: string;
  source: string;
  directed: boolean;
  attribute: string;
  actors: { id: string; category: string | null }[];
  ties: [string, string, number][];
  ours?: { communities: Record<string, number>; seed: number };
  expected: {
    networkx: {
      mixingCategories: string[];
      mixingMatrix: number[][];
      assortativity: number | null;
      modularityOfOurPartition: { weighted: number; unweighted: number; weightedResolution2: number };
    };
    igraph: {
      assortativityNominal: number | null;
      modularityOfOurPartition: { weighted: number };
      agreementOfOurPartition: { nmi: number; ari: number };
    };
    formula: {
      ei: {
        external: number;
        internal: number;
        perCategory: Record<string, { external: number; internal: number }>;
      };
      agreementOfOurPartition: { nmi: number; ari: number };
    };
    sna: {
      actors: string[];
      "raw.nli": Roles[];
      "z.nli": Roles[];
      "raw.gli": Roles;
      "exp.gli": Roles;
      "sd.gli": Roles;
      "z.gli": Roles;
    };
  };
}

/** Every fixture file, parsed. */
export function loadFixtures(): ReferenceFixture[] {
  return readdirSync(FIXTURE_DIR)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => JSON.parse(readFileSync(join(FIXTURE_DIR, file), "utf8")) as ReferenceFixture);
}

/** The fixture as a vernetzt graph; the category goes into `district` or into `attributes[attribute]`. */
export function fixtureGraph(fixture: Pick<ReferenceFixture, "actors" | "ties" | "directed" | "attribute">) {
  const graph: VernetztGraph = new Graph({ type: fixture.directed ? "directed" : "undirected" });
  for (const { id, category } of fixture.actors) {
    const attributes: Record<string, string> = {};
    if (category !== null && fixture.attribute !== "district") attributes[fixture.attribute] = category;
    graph.addNode(id, {
      id,
      name: `Akteur ${id}`,
      topics: [],
      offers: [],
      needs: [],
      attributes,
      ...(category !== null && fixture.attribute === "district" ? { district: category } : {}),
    });
  }
  for (const [source, target, weight] of fixture.ties) {
    graph.addEdge(source, target, { weight, types: [], attributes: {} });
  }
  return graph;
}
