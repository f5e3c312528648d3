/**
 * Benchmark of the full metric analysis (`measureNetwork`, or `measureNetworkAsync` with worker threads) on
 * seeded random graphs or on a dataset folder, and the edge lists for `bench-igraph.py` to time
 * python-igraph on the same graphs.
 *
 *   node --conditions=@vernetzt/source --import tsx scripts/reference/bench-metrics.ts [actors|folder] [ties] [samples|exact] [binary|weighted] [workers]
 *
 * Defaults: 10,000 actors, 40,000 ties, exact paths, binary ties (`weighted` uses the weights 1..5 drawn for
 * each tie), the synchronous `measureNetwork`; a fifth argument `workers` (an integer) times
 * `measureNetworkAsync` with that many worker threads. A folder instead of `actors` (e.g. one written by
 * `vernetzt generate`) is loaded and built as `vernetzt analyze` does (latest wave, co-attendance ties);
 * `ties` is then ignored. Writes /tmp/vernetzt-bench-<actors>-<ties>.txt (one "source target" pair of actor
 * indices per line) and prints the timings in milliseconds as JSON (wall clock, and `cpuMs`: user CPU time
 * of the whole process, all threads — less sensitive to other load on the machine).
 */
import { writeFileSync } from "node:fs";
import Graph from "graphology";
import { measureNetwork, measureNetworkAsync } from "../../packages/core/src/centrality/index.js";
import { toCsr } from "../../packages/core/src/graph/csr.js";
import { buildGraph } from "../../packages/core/src/model/build-graph.js";
import type { VernetztGraph } from "../../packages/core/src/model/types.js";
import { loadDataset } from "../../packages/core/src/node/load-dataset.js";
import { createRng } from "../../packages/core/src/random/rng.js";

const folder = process.argv[2] !== undefined && !/^\d+$/.test(process.argv[2]) ? process.argv[2] : null;
const samples = process.argv[4] === undefined || process.argv[4] === "exact" ? null : Number(process.argv[4]);
const weighted = process.argv[5] === "weighted";
const workers = process.argv[6] === undefined ? null : Number(process.argv[6]);

function randomGraph(actors: number, ties: number): VernetztGraph {
  const rng = createRng(2026, "bench");
  const graph = new Graph({ type: "undirected" }) as VernetztGraph;
  for (let i = 0; i < actors; i++) {
    graph.addNode(`a${i}`, { id: `a${i}`, name: `a${i}`, topics: [], offers: [], needs: [], attributes: {} });
  }
  while (graph.size < ties) {
    const s = Math.floor(rng() * actors);
    const t = Math.floor(rng() * actors);
    if (s === t || graph.hasEdge(`a${s}`, `a${t}`)) continue;
    graph.addEdge(`a${s}`, `a${t}`, { weight: 1 + Math.floor(rng() * 5), types: [], attributes: {} });
  }
  return graph;
}

async function folderGraph(path: string): Promise<VernetztGraph> {
  const { dataset, report } = await loadDataset(path);
  if (dataset === null) throw new Error(`${path}: ${JSON.stringify(report).slice(0, 500)}`);
  return buildGraph(dataset);
}

const graph =
  folder === null
    ? randomGraph(Number(process.argv[2] ?? 10_000), Number(process.argv[3] ?? 40_000))
    : await folderGraph(folder);
const index = new Map(graph.nodes().map((id, i) => [id, i]));
const lines = graph.mapEdges(
  (_key, _attributes, source, target) => `${index.get(source)} ${index.get(target)}`,
);
const actors = graph.order;
const ties = graph.size;
writeFileSync(`/tmp/vernetzt-bench-${actors}-${ties}.txt`, `${lines.join("\n")}\n`);

const cpu0 = process.cpuUsage();
const t0 = performance.now();
const csr = toCsr(graph);
const t1 = performance.now();
const result =
  workers === null
    ? measureNetwork(csr, { samples, weighted })
    : await measureNetworkAsync(csr, { samples, weighted, workers });
const t2 = performance.now();
console.log(
  JSON.stringify({
    actors,
    ties,
    samples,
    weighted,
    workers,
    csrMs: Math.round(t1 - t0),
    measureMs: Math.round(t2 - t1),
    totalMs: Math.round(t2 - t0),
    cpuMs: Math.round(process.cpuUsage(cpu0).user / 1000),
    averagePathLength: result.network.averagePathLength,
    diameter: result.network.diameter,
  }),
);
