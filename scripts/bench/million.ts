/**
 * The city-region set of measures at a million actors, through core's functions (the full `vernetzt analyze`
 * with every path measure is not the target at this size): load and validate, the graph of the latest wave,
 * degree, components, PageRank, k-core, Louvain, and per district, sector and kind the mixing matrix and the
 * E-I index with its permutation test.
 *
 *   node --conditions=@vernetzt/source --import tsx scripts/bench/million.ts <dataset> [permutations] [--objects]
 *
 * The typed-column path (default): `loadColumnDataset` reads the CSV files straight into typed columns and
 * checks each row in the same pass, `columnGraph` builds the CSR view without a graphology graph, and the
 * measures run on it (Louvain through `louvainOfTies`: the same partition). The E-I tests stop early when
 * their p-value is decided (sequential Monte Carlo, `groups/ei-index.ts`). When the column reader does not take
 * the dataset, or with `--objects`, the normal path runs instead: `loadDataset`, `buildGraph`, the same
 * measures on the graphology graph.
 *
 * Prints one JSON document: the path taken, seconds per step, figures to check (ties, components,
 * communities, modularity, E-I index and p-value) and the peak resident memory of this process.
 */
import { degree, degreeArray } from "../../packages/core/src/centrality/degree.js";
import {
  pagerank,
  pagerankArray,
  resolvePageRankOptions,
} from "../../packages/core/src/centrality/pagerank.js";
import { louvainCommunities, louvainOfTies } from "../../packages/core/src/communities/louvain.js";
import { columnGraph, columnValues, tiesAmong } from "../../packages/core/src/graph/column-graph.js";
import { componentIndex } from "../../packages/core/src/graph/components.js";
import { toCsr } from "../../packages/core/src/graph/csr.js";
import { categorizeValues } from "../../packages/core/src/groups/categories.js";
import { eiIndex, eiIndexOfCategories } from "../../packages/core/src/groups/ei-index.js";
import { mixingMatrix, mixingOfCategories } from "../../packages/core/src/groups/mixing-matrix.js";
import { buildGraph } from "../../packages/core/src/model/build-graph.js";
import { loadColumnDataset } from "../../packages/core/src/node/load-column-dataset.js";
import { loadDataset } from "../../packages/core/src/node/load-dataset.js";
import { connectedComponents } from "../../packages/core/src/structure/components.js";
import { coreNumber, coreNumberArray } from "../../packages/core/src/structure/core-number.js";

const args = process.argv.slice(2).filter((arg) => arg !== "--objects");
const objects = process.argv.includes("--objects");
const path = args[0];
const permutations = Number(args[1] ?? 1000);
if (!path) {
  process.stderr.write("usage: million.ts <dataset> [permutations] [--objects]\n");
  process.exit(2);
}

const seconds: Record<string, number> = {};
/** CPU seconds (user + system) per step: on a shared machine the wall time says more about the others. */
const cpuSeconds: Record<string, number> = {};
const cpuNow = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};
function step<T>(name: string, run: () => T): T {
  const started = performance.now();
  const cpu = cpuNow();
  const result = run();
  seconds[name] = Math.round(performance.now() - started) / 1000;
  cpuSeconds[name] = Math.round((cpuNow() - cpu) * 1000) / 1000;
  const rss = Math.round(process.memoryUsage().rss / 1e6);
  process.stderr.write(
    `million: ${name} ${seconds[name]} s (${cpuSeconds[name]} s CPU), ${rss} MB resident\n`,
  );
  return result;
}

const ATTRIBUTES = ["district", "sector", "kind"] as const;
const figures: Record<string, unknown> = {};
const started = performance.now();
const columns = objects ? null : await loadColumnDataset(path);
let route: string;
if (columns && "dataset" in columns) {
  route = "columns";
  const dataset = columns.dataset;
  seconds["load+validate"] = Math.round(performance.now() - started) / 1000;
  cpuSeconds["load+validate"] = Math.round(cpuNow() * 1000) / 1000;
  figures.actors = dataset.ids.length;
  figures.tieRows = dataset.ties.source.length;
  figures.issues = 0;
  const graph = step("graph", () => columnGraph(dataset));
  const csr = graph.csr;
  figures.ties = csr.m;
  // the measures' array forms: the same numbers, by actor index (a record of a million ids is output, not analysis)
  step("degree", () => degreeArray(csr));
  figures.components = step("components", () => componentIndex(csr).sizes.length);
  step("pagerank", () => pagerankArray(csr, resolvePageRankOptions()));
  step("kCore", () => coreNumberArray(csr));
  const louvain = step("louvain", () => louvainOfTies(csr.n, graph.ties, graph.directed, { seed: 1 }));
  figures.communities = louvain.count;
  figures.modularity = louvain.modularity;
  for (const attribute of ATTRIBUTES) {
    const groups = categorizeValues(attribute, csr.ids as string[], columnValues(graph.fields[attribute]));
    const ties = tiesAmong(graph.ties, (i) => groups.codes[i]! >= 0);
    step(`mixing:${attribute}`, () => mixingOfCategories(groups, ties, graph.directed));
    const ei = step(`eiIndex:${attribute}`, () =>
      eiIndexOfCategories(groups, ties, { permutations, seed: 1, stopEarly: true }),
    );
    figures[`eiIndex:${attribute}`] = [ei.index, ei.test?.pTwoSided ?? null, ei.test?.permutations ?? null];
  }
} else {
  route = objects ? "objects" : `objects (column reader: ${JSON.stringify(columns?.unsupported)})`;
  // no file size limit: these files are known to be large
  let { dataset, report } = await loadDataset(path, { maxFileBytes: Number.POSITIVE_INFINITY });
  seconds["load+validate"] = Math.round(performance.now() - started) / 1000;
  if (!dataset || !report.ok) {
    process.stderr.write(`million: ${path} has errors\n`);
    process.exit(1);
  }
  figures.actors = dataset.actors.length;
  figures.tieRows = dataset.ties.length;
  figures.issues = report.issues.length;
  const graph = step("graph", () => buildGraph(dataset!));
  figures.ties = graph.size;
  // the graph of the latest wave is all the measures need: the three waves' ties can go
  dataset = null;
  const csr = step("csr", () => toCsr(graph));
  step("degree", () => degree(csr));
  figures.components = step("components", () => connectedComponents(csr).length);
  step("pagerank", () => pagerank(csr));
  step("kCore", () => coreNumber(csr));
  const louvain = step("louvain", () => louvainCommunities(graph, { seed: 1 }));
  figures.communities = louvain.count;
  figures.modularity = louvain.modularity;
  for (const attribute of ATTRIBUTES) {
    step(`mixing:${attribute}`, () => mixingMatrix(graph, { attribute }));
    const ei = step(`eiIndex:${attribute}`, () => eiIndex(graph, { attribute, permutations, seed: 1 }));
    figures[`eiIndex:${attribute}`] = [ei.index, ei.test?.pTwoSided ?? null, ei.test?.permutations ?? null];
  }
}
seconds.total = Math.round(performance.now() - started) / 1000;
cpuSeconds.total = Math.round(cpuNow() * 1000) / 1000;
const peakMB = Math.round((process.resourceUsage().maxRSS * 1024) / 1e6);
process.stdout.write(`${JSON.stringify({ route, seconds, cpuSeconds, figures, peakMB })}\n`);
