/**
 * Speed of the groups and communities measures on a synthetic city (not a test: run by hand).
 *   node --conditions=@vernetzt/source --import tsx scripts/reference/groups/bench.ts [actors=100000] [directed=false]
 * Prints one JSON line per measure with the wall time in milliseconds; the network comes from
 * `generateNetwork` (seed 1, one wave, without meetings) and the measures group by `district`.
 */
import {
  communityAttributeAgreement,
  louvainCommunities,
} from "../../../packages/core/src/communities/index.js";
import { generateNetwork } from "../../../packages/core/src/generate/index.js";
import {
  brokerage,
  eiIndex,
  mixingMatrix,
  nominalAssortativity,
} from "../../../packages/core/src/groups/index.js";
import { buildGraph } from "../../../packages/core/src/model/build-graph.js";
import { DEFAULT_WAVE } from "../../../packages/core/src/model/types.js";

const actors = Number(process.argv[2] ?? 100_000);
const directed = process.argv[3] === "true";
const network = generateNetwork({ actors, waves: 1, meetingsPerWave: 0, seed: 1 });
const dataset = {
  name: "bench",
  actors: [...network.actors()],
  ties: [...network.ties()].map((tie) => ({ ...tie, wave: DEFAULT_WAVE })),
  districts: [...network.districts()],
  events: [],
  attendance: [],
  waves: [DEFAULT_WAVE],
  directed,
};
const graph = buildGraph(dataset, { directed, coAttendance: false });
console.log(
  JSON.stringify({ actors: graph.order, ties: graph.size, districts: dataset.districts.length, directed }),
);

function time<T>(name: string, run: () => T): T {
  const start = performance.now();
  const result = run();
  console.log(JSON.stringify({ measure: name, ms: Math.round(performance.now() - start) }));
  return result;
}

time("mixingMatrix", () => mixingMatrix(graph));
time("eiIndex (1000 permutations)", () => eiIndex(graph));
time("nominalAssortativity", () => nominalAssortativity(graph));
time("brokerage (with z-scores)", () => brokerage(graph, { zScores: true }));
const communities = time("louvainCommunities", () => louvainCommunities(graph));
time("communityAttributeAgreement", () => communityAttributeAgreement(graph, communities.communities));
