/**
 * The indicator components and the gap counts on a real-sized dataset, against networkx.
 * Dataset: `test/fixtures/gaps/sample-wave3.graphml`, wave 3 of the fictional sample city (218 actors, survey
 * ties only) as `vernetzt export data/sample --format graphml --wave 3` wrote it on 2026-11-21 (a frozen copy,
 * so later changes to the sample do not move the reference).
 * Reference: `test/fixtures/gaps/reference-sample-wave3.json`, computed with networkx 2.8.8 from that file
 * (`nx.Graph(nx.read_graphml(…))`; how each value was computed is in its `source`).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gaps } from "@vernetzt/core/gaps";
import { waveIndicator } from "@vernetzt/core/indicators";
import { buildGraph } from "@vernetzt/core/model";
import { loadDataset } from "@vernetzt/core/node";
import { describe, expect, it } from "vitest";

const reference = JSON.parse(
  readFileSync(new URL("../../fixtures/gaps/reference-sample-wave3.json", import.meta.url), "utf8"),
);

const { dataset } = await loadDataset(
  fileURLToPath(new URL("../../fixtures/gaps/sample-wave3.graphml", import.meta.url)),
);
const graph = buildGraph(dataset!, { wave: "3", directed: false });

describe("indicator and gaps on the sample city agree with networkx", () => {
  it("has the same graph as the reference", () => {
    expect([graph.order, graph.size]).toEqual([reference.actors, reference.ties]);
  });

  it("waveIndicator(graph) components equal networkx within 1e-12", () => {
    const { components } = waveIndicator(graph, undefined);
    expect(components.connected).toBeCloseTo(reference.connected, 12);
    expect(components.reach2).toBeCloseTo(reference.reach2, 12);
    expect(components.crossDistrict).toBeCloseTo(Math.min(1, reference.oneMinusRDistrict), 12);
    expect(components.crossSector).toBeCloseTo(Math.min(1, reference.oneMinusRSector), 12);
    expect(components.isolated).toBeCloseTo(reference.isolated, 12);
  });

  it("gaps(graph).observed equals networkx attribute_mixing_matrix with the diagonal halved", () => {
    const result = gaps(graph, { permutations: 0 });
    expect(result.categories).toEqual(reference.districts);
    const halved = reference.mixingMatrixDistrict.map((row: number[], a: number) =>
      row.map((count, b) => (a === b ? count / 2 : count)),
    );
    expect(result.observed).toEqual(halved);
  });
});
