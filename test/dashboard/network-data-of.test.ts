/**
 * The dashboard's data assembly on the mini fixture (`dashboard/fixtures/mini`, fictional: 14 actors,
 * 3 districts, waves 2023 and 2025), loaded with core's `loadDataset`.
 */
import { join } from "node:path";
import { type Dataset, pseudonymize } from "@vernetzt/core";
import { loadDataset } from "@vernetzt/core/node";
import { beforeAll, describe, expect, it } from "vitest";
import { unionOfWaves, waveGraphs, wavesOfUnionEdge } from "../../dashboard/browser/dataset-graphs.js";
import { networkDataOf, pathSampling } from "../../dashboard/browser/network-data-of.js";

const MINI = join(import.meta.dirname, "../../dashboard/fixtures/mini");
let dataset: Dataset;

beforeAll(async () => {
  const { dataset: loaded } = await loadDataset(MINI, { lang: "de" });
  dataset = pseudonymize(loaded!);
});

describe("unionOfWaves", () => {
  it("unionOfWaves(dataset) sums weights over waves and lists the waves of every tie", () => {
    const union = unionOfWaves(dataset, waveGraphs(dataset));
    // beziehungen.csv: a01–a02 weight 2 in 2023 and 2 in 2025; a02–a07 only in 2025.
    const both = union.edge("a01", "a02")!;
    expect(union.getEdgeAttribute(both, "weight")).toBe(4);
    expect(wavesOfUnionEdge(union.getEdgeAttributes(both))).toEqual(["2023", "2025"]);
    expect(wavesOfUnionEdge(union.getEdgeAttributes(union.edge("a02", "a07")!))).toEqual(["2025"]);
    expect(union.order).toBe(14);
    expect(union.size).toBe(20);
  });
});

describe("networkDataOf", () => {
  it("networkDataOf(dataset) is byte-identical run after run", () => {
    expect(JSON.stringify(networkDataOf(dataset))).toBe(JSON.stringify(networkDataOf(dataset)));
  });

  it("networkDataOf(dataset) keeps the actors' input order and gives measures and a community per wave", () => {
    const data = networkDataOf(dataset);
    expect(data.nodes.map((n) => n.id)).toEqual(dataset.actors.map((a) => a.id));
    for (const node of data.nodes) {
      expect(Object.keys(node.centrality)).toEqual(["2023", "2025"]);
      expect(Object.keys(node.community)).toEqual(["2023", "2025"]);
      expect(Math.hypot(node.x, node.y)).toBeLessThanOrEqual(1 + 1e-6);
    }
    // a14 (Verein der Freunde Anatoliens) has no tie in 2023 and two in 2025.
    const a14 = data.nodes.find((n) => n.id === "a14")!;
    expect(a14.centrality["2023"]!.degree).toBe(0);
    expect(a14.centrality["2025"]!.degree).toBe(2);
    expect(data.colourings).toEqual(["district", "sector", "community", "kind"]);
  });
});

describe("pathSampling(actors)", () => {
  it("is exact up to 5,000 actors and samples 1,000 seeded sources above, with Hoeffding's 95 % bound", () => {
    expect(pathSampling(14)).toBeNull();
    expect(pathSampling(5000)).toBeNull();
    const sampled = pathSampling(20000)!;
    expect(sampled).toMatchObject({ samples: 1000, seed: 1 });
    // Linear scaling (unweighted): ε = 2 sqrt(ln(2n/δ) / (2k)) with n = 20,000, k = 1,000, δ = 0.05:
    // 2 sqrt(ln(800,000) / 2,000) ≈ 0.1649.
    expect(sampled.betweennessError).toBeCloseTo(0.1649, 4);
  });
});
