/**
 * The city-region set of measures at a million actors, through core's functions (the full `vernetzt analyze`
 * with every path measure is not the target at this size): load and validate, build the graph of the latest
 * wave, degree, components, PageRank, k-core, Louvain, and per district, sector and kind the mixing matrix and
 * the E-I index with its permutation test.
 *
 *   node --max-old-space-size=7600 --conditions=@vernetzt/source --import tsx scripts/bench/million.ts <dataset> [permutations]
 *
 * Prints one JSON document: seconds per step, figures to check (ties, components, communities, E-I index)
 * and the peak resident memory of this process.
 */
import { degree } from "../../packages/core/src/centrality/degree.js";
import { pagerank } from "../../packages/core/src/centrality/pagerank.js";
import { louvainCommunities } from "../../packages/core/src/communities/louvain.js";
import { eiIndex } from "../../packages/core/src/groups/ei-index.js";
import { mixingMatrix } from "../../packages/core/src/groups/mixing-matrix.js";
import { buildGraph } from "../../packages/core/src/model/build-graph.js";
import { loadDataset } from "../../packages/core/src/node/load-dataset.js";
import { connectedComponents } from "../../packages/core/src/structure/components.js";
import { coreNumber } from "../../packages/core/src/structure/core-number.js";

const path = process.argv[2];
const permutations = Number(process.argv[3] ?? 1000);
if (!path) {
  process.stderr.write("usage: million.ts <dataset> [permutations]\n");
  process.exit(2);
}

const seconds: Record<string, number> = {};
function step<T>(name: string, run: () => T): T {
  const started = performance.now();
  const result = run();
  seconds[name] = Math.round(performance.now() - started) / 1000;
  const rss = Math.round(process.memoryUsage().rss / 1e6);
  process.stderr.write(`million: ${name} ${seconds[name]} s, ${rss} MB resident\n`);
  return result;
}

const started = performance.now();
// no file size limit: these files are known to be large
let { dataset, report } = await loadDataset(path, { maxFileBytes: Number.POSITIVE_INFINITY } as never);
seconds["load+validate"] = Math.round(performance.now() - started) / 1000;
if (!dataset || !report.ok) {
  process.stderr.write(`million: ${path} has errors\n`);
  process.exit(1);
}
const figures: Record<string, unknown> = {
  actors: dataset.actors.length,
  tieRows: dataset.ties.length,
  issues: report.issues.length,
};
const graph = step("buildGraph", () => buildGraph(dataset!));
figures.ties = graph.size;
// the graph of the latest wave is all the measures need: the three waves' ties can go
dataset = null;
step("degree", () => degree(graph));
figures.components = step("components", () => connectedComponents(graph).length);
step("pagerank", () => pagerank(graph));
step("kCore", () => coreNumber(graph));
const louvain = step("louvain", () => louvainCommunities(graph, { seed: 1 }));
figures.communities = louvain.count;
figures.modularity = louvain.modularity;
for (const attribute of ["district", "sector", "kind"]) {
  step(`mixing:${attribute}`, () => mixingMatrix(graph, { attribute }));
  const ei = step(`eiIndex:${attribute}`, () => eiIndex(graph, { attribute, permutations, seed: 1 }));
  figures[`eiIndex:${attribute}`] = ei.index;
}
seconds.total = Math.round(performance.now() - started) / 1000;
const peakMB = Math.round((process.resourceUsage().maxRSS * 1024) / 1e6);
process.stdout.write(`${JSON.stringify({ seconds, figures, peakMB })}\n`);
