/**
 * `analyzeAsync` (path sweep on worker threads, the rest meanwhile on this thread) serialises to exactly
 * the bytes of `analyze`. Graph: a seeded random graph with districts (createRng), fictional ids.
 */

import { analyze, analyzeAsync } from "@vernetzt/core/analysis";
import { UnknownAttributeError } from "@vernetzt/core/groups";
import type { VernetztGraph } from "@vernetzt/core/model";
import { createRng } from "@vernetzt/core/random";
import Graph from "graphology";
import { describe, expect, it } from "vitest";

function districtGraph(actors: number, ties: number): VernetztGraph {
  const rng = createRng(3, "analyze-async-test");
  const graph = new Graph({ type: "undirected" }) as VernetztGraph;
  graph.replaceAttributes({ name: "test", wave: "1", directed: false });
  for (let i = 0; i < actors; i++) {
    const district = `D${i % 4}`;
    graph.addNode(`a${i}`, {
      id: `a${i}`,
      name: `A ${i}`,
      district,
      topics: [],
      offers: [],
      needs: [],
      attributes: {},
    });
  }
  while (graph.size < ties) {
    const s = Math.floor(rng() * actors);
    const t = Math.floor(rng() * actors);
    if (s === t || graph.hasEdge(`a${s}`, `a${t}`)) continue;
    graph.addEdge(`a${s}`, `a${t}`, { weight: 1 + Math.floor(rng() * 3), types: [], attributes: {} });
  }
  return graph;
}

describe("analyzeAsync", () => {
  const graph = districtGraph(600, 1500);

  it("serialises to the bytes of analyze for 1, 2 and 3 workers (binary and weighted)", async () => {
    for (const weighted of [false, true]) {
      const expected = JSON.stringify(analyze(graph, { weighted, permutations: 50 }));
      for (const workers of [1, 2, 3]) {
        const result = await analyzeAsync(graph, {
          weighted,
          permutations: 50,
          workers,
          minParallelActors: 0,
        });
        expect(JSON.stringify(result)).toBe(expected);
      }
    }
  });

  it("rejects an unknown groupBy attribute with the error analyze throws", async () => {
    const options = { groupBy: ["no-such-column"], workers: 2, minParallelActors: 0 };
    expect(() => analyze(graph, options)).toThrow(UnknownAttributeError);
    await expect(analyzeAsync(graph, options)).rejects.toThrow(UnknownAttributeError);
  });
});
