/**
 * Test helpers: tiny vernetzt graphs from edge lists, and the reference fixtures written by
 * `scripts/reference/make-fixtures.py` and `make-definition-fixtures.py` (networkx and igraph values; source of
 * each graph recorded in it).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { VernetztGraph } from "@vernetzt/core/model";
import Graph from "graphology";

/** A graph of `nodes` (in order) and ties [source, target, weight?]; undirected unless `directed`. */
export function makeGraph(
  nodes: readonly string[],
  edges: ReadonlyArray<readonly [string, string, number?]>,
  directed = false,
): VernetztGraph {
  const graph = new Graph({ type: directed ? "directed" : "undirected" }) as VernetztGraph;
  graph.replaceAttributes({ name: "test", wave: "1", directed });
  for (const id of nodes)
    graph.addNode(id, { id, name: id, topics: [], offers: [], needs: [], attributes: {} });
  for (const [s, t, w] of edges) graph.addEdge(s, t, { weight: w ?? 1, types: [], attributes: {} });
  return graph;
}

export type Variant = "binary" | "weighted";
export type Tool = "networkx" | "igraph";

/** Values one tool computed for one graph in one variant. */
export interface ToolValues {
  actor: Record<string, (number | boolean | null)[]>;
  network: Record<string, unknown>;
}

export interface ReferenceFixture {
  name: string;
  source: string;
  tools: Record<Tool, string>;
  directed: boolean;
  nodes: string[];
  edges: [string, string, number][];
  networkx: Record<Variant, ToolValues>;
  igraph: Record<Variant, ToolValues>;
}

const FIXTURES = join(import.meta.dirname, "..", "..", "fixtures");

/**
 * Every reference fixture of `folder` (`reference`: make-fixtures.py; `reference-definitions`:
 * make-definition-fixtures.py), by file name order.
 */
export function referenceFixtures(folder = "reference"): ReferenceFixture[] {
  const dir = join(FIXTURES, folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as ReferenceFixture);
}

/** The graph stored in a fixture. */
export function fixtureGraph(fixture: ReferenceFixture): VernetztGraph {
  return makeGraph(fixture.nodes, fixture.edges, fixture.directed);
}

/** |actual − expected| scaled by max(1, |expected|): absolute for small values, relative for large ones. */
export function deviation(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.max(1, Math.abs(expected));
}
