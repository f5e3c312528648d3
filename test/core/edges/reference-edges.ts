/**
 * The tie-level reference fixtures written by `scripts/reference/make-edge-fixtures.py` (networkx and igraph
 * values for tie betweenness, Girvan–Newman levels and minimum cuts), next to the graphs they belong to.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type ReferenceFixture, referenceFixtures, type Tool, type Variant } from "../graph/build.js";

export interface EdgeValues {
  edgeBetweenness: [number, number, number][];
  girvanNewman: number[][];
  girvanNewmanDefault?: number[][];
  minimumCut: { source: string; target: string; value: number; sourceSide?: string[] };
}

export interface EdgeFixture {
  graph: ReferenceFixture;
  values: Record<Tool, Record<Variant, EdgeValues>>;
}

const DIR = join(import.meta.dirname, "..", "..", "fixtures", "reference-edges");

/** Every graph of the reference fixtures with its tie-level values. */
export function edgeFixtures(): EdgeFixture[] {
  return referenceFixtures().map((graph) => {
    const values = JSON.parse(readFileSync(join(DIR, `${graph.name}.json`), "utf8")) as Record<
      Tool,
      Record<Variant, EdgeValues>
    >;
    return { graph, values };
  });
}

export const VARIANTS: Variant[] = ["binary", "weighted"];
export const TOOLS: Tool[] = ["networkx", "igraph"];
