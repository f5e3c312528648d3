/**
 * Benchmark of the full metric analysis (`measureNetwork`) on seeded random graphs, and the edge lists for
 * `bench-igraph.py` to time python-igraph on the same graphs.
 *
 *   node --conditions=source --import tsx scripts/reference/bench-metrics.ts [actors] [ties] [samples|exact] [weighted]
 *
 * Defaults: 10,000 actors, 40,000 ties, exact paths, binary ties (a fifth argument `weighted` uses the weights
 * 1..5 drawn for each tie). Writes /tmp/vernetzt-bench-<actors>-<ties>.txt
 * (one "source target" pair per line) and prints the timings in milliseconds as JSON
 * (wall clock, and `cpuMs`: user CPU time, less sensitive to other load on the machine).
 */
import { writeFileSync } from "node:fs";
import Graph from "graphology";
import { measureNetwork } from "../../packages/core/src/centrality/index.js";
import { toCsr } from "../../packages/core/src/graph/csr.js";
import type { VernetztGraph } from "../../packages/core/src/model/types.js";
import { createRng } from "../../packages/core/src/random/rng.js";

const actors = Number(process.argv[2] ?? 10_000);
const ties = Number(process.argv[3] ?? 40_000);
const samples = process.argv[4] === undefined || process.argv[4] === "exact" ? null : Number(process.argv[4]);
const weighted = process.argv[5] === "weighted";

const rng = createRng(2026, "bench");
const graph = new Graph({ type: "undirected" }) as VernetztGraph;
for (let i = 0; i < actors; i++) {
  graph.addNode(`a${i}`, { id: `a${i}`, name: `a${i}`, topics: [], offers: [], needs: [], attributes: {} });
}
const lines: string[] = [];
while (graph.size < ties) {
  const s = Math.floor(rng() * actors);
  const t = Math.floor(rng() * actors);
  if (s === t || graph.hasEdge(`a${s}`, `a${t}`)) continue;
  graph.addEdge(`a${s}`, `a${t}`, { weight: 1 + Math.floor(rng() * 5), types: [], attributes: {} });
  lines.push(`${s} ${t}`);
}
writeFileSync(`/tmp/vernetzt-bench-${actors}-${ties}.txt`, `${lines.join("\n")}\n`);

const cpu0 = process.cpuUsage();
const t0 = performance.now();
const csr = toCsr(graph);
const t1 = performance.now();
const result = measureNetwork(csr, { samples, weighted });
const t2 = performance.now();
console.log(
  JSON.stringify({
    actors,
    ties,
    samples,
    weighted,
    csrMs: Math.round(t1 - t0),
    measureMs: Math.round(t2 - t1),
    totalMs: Math.round(t2 - t0),
    cpuMs: Math.round(process.cpuUsage(cpu0).user / 1000),
    averagePathLength: result.network.averagePathLength,
    diameter: result.network.diameter,
  }),
);
