/**
 * Data loader: recommended introductions in the latest wave (core's `recommend`: complementary offers and
 * needs, shared topics, common partners, bridging, nearness; German reasons), for the Empfehlungen page.
 * Writes JSON to stdout.
 */
import { buildGraph, latestWave, recommend } from "@vernetzt/core";
import { districtNames, readDataset } from "../../loaders/dataset.js";

const TOP = 5;

async function main(): Promise<void> {
  const dataset = await readDataset();
  const wave = latestWave(dataset);
  const districtName = districtNames(dataset);
  const result = recommend(buildGraph(dataset, { wave }), {
    top: TOP,
    seed: 1,
    districts: dataset.districts,
    lang: "de",
  });
  const output = {
    wave,
    top: TOP,
    actors: dataset.actors.map((a) => ({
      id: a.id,
      name: a.name,
      ...(a.district !== undefined && { district: districtName(a.district) }),
      ...(a.sector !== undefined && { sector: a.sector }),
    })),
    recommendations: result.recommendations.map((r) => ({
      actor: r.actor,
      candidate: r.candidate,
      score: Math.round(r.score * 1000) / 1000,
      reasons: r.reasons,
    })),
  };
  process.stdout.write(JSON.stringify(output));
}

main().catch((error: unknown) => {
  process.stderr.write(`recommendations.json: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
