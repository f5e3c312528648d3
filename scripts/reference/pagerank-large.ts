/**
 * Compares our PageRank with igraph's exact PRPACK solution on a large directed graph written by
 * `pagerank-large.py`:
 *
 *   /usr/bin/python3 scripts/reference/pagerank-large.py 300000 1200000
 *   node --conditions=@vernetzt/source --import tsx scripts/reference/pagerank-large.ts 300000
 *
 * Prints the largest absolute and relative deviation per actor and the time taken.
 */
import { readFileSync } from "node:fs";
import Graph from "graphology";
import { pagerank } from "../../packages/core/src/centrality/pagerank.js";
import { toCsr } from "../../packages/core/src/graph/csr.js";
import type { VernetztGraph } from "../../packages/core/src/model/types.js";

const n = Number(process.argv[2] ?? 300_000);
const data = JSON.parse(readFileSync(`/tmp/vernetzt-pagerank-${n}.json`, "utf8")) as {
  n: number;
  edges: number[];
  pagerank: number[];
};
const graph = new Graph({ type: "directed" }) as VernetztGraph;
for (let i = 0; i < data.n; i++) graph.addNode(String(i));
for (let e = 0; e < data.edges.length; e += 2) {
  graph.addDirectedEdge(String(data.edges[e]), String(data.edges[e + 1]), {
    weight: 1,
    types: [],
    attributes: {},
  });
}
const csr = toCsr(graph);
const t0 = performance.now();
const rank = pagerank(csr);
const ms = performance.now() - t0;
let maxAbs = 0;
let maxRel = 0;
for (let i = 0; i < data.n; i++) {
  const diff = Math.abs(rank[String(i)]! - data.pagerank[i]!);
  maxAbs = Math.max(maxAbs, diff);
  maxRel = Math.max(maxRel, diff / data.pagerank[i]!);
}
console.log(
  JSON.stringify({ actors: data.n, arcs: data.edges.length / 2, ms: Math.round(ms), maxAbs, maxRel }),
);
