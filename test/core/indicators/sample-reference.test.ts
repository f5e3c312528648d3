/**
 * The indicator components and the gap counts on a real-sized dataset, against networkx.
 * Dataset: the fictional sample city (`data/sample`, 218 actors), wave 3, survey ties only.
 * Reference: `test/fixtures/gaps/reference-sample-wave3.json`, computed with networkx 2.8.8 from the graph that
 * `vernetzt export data/sample --format graphml --wave 3` writes (the script is in the file's `source`).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { gaps } from "../../../packages/core/src/gaps/index.js";
import { waveIndicator } from "../../../packages/core/src/indicators/index.js";
import { buildGraph } from "../../../packages/core/src/model/build-graph.js";
import { loadDataset } from "../../../packages/core/src/node/load-dataset.js";

const reference = JSON.parse(
  readFileSync(new URL("../../fixtures/gaps/reference-sample-wave3.json", import.meta.url), "utf8"),
);

const { dataset } = await loadDataset("data/sample");
const graph = buildGraph(dataset!, { wave: "3", coAttendance: false, directed: false });

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
