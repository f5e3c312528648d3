/**
 * Writes the graph `vernetzt analyze` builds (latest wave, co-attendance ties included) as a plain edge list,
 * so networkx and python-igraph analyse exactly the same graph:
 *
 *   node --conditions=@vernetzt/source --import tsx scripts/bench/export-graph.ts <dataset> <out-prefix>
 *
 * `<out-prefix>.nodes`: one actor id per line (graph order = input order; line i is vertex i);
 * `<out-prefix>.edges`: `i j weight` per tie; `<out-prefix>.attrs.tsv`: id, district, sector, kind.
 * Prints `{"actors", "ties", "directed"}` as JSON.
 */
import { createWriteStream } from "node:fs";
import { buildGraph } from "../../packages/core/src/model/build-graph.js";
import { loadDataset } from "../../packages/core/src/node/load-dataset.js";

const [path, prefix] = process.argv.slice(2);
if (!path || !prefix) {
  process.stderr.write("usage: export-graph.ts <dataset> <out-prefix>\n");
  process.exit(2);
}
const { dataset, report } = await loadDataset(path, { maxFileBytes: Number.POSITIVE_INFINITY } as never);
if (!dataset || !report.ok) {
  process.stderr.write(`export-graph: ${path} has errors\n`);
  process.exit(1);
}
const graph = buildGraph(dataset);
const index = new Map<string, number>();
const nodes = createWriteStream(`${prefix}.nodes`);
const attrs = createWriteStream(`${prefix}.attrs.tsv`);
graph.forEachNode((id, a) => {
  index.set(id, index.size);
  nodes.write(`${id}\n`);
  attrs.write(`${id}\t${a.district ?? ""}\t${a.sector ?? ""}\t${a.kind ?? ""}\n`);
});
const edges = createWriteStream(`${prefix}.edges`);
graph.forEachEdge((_e, a, source, target) => {
  edges.write(`${index.get(source)} ${index.get(target)} ${a.weight}\n`);
});
await Promise.all([nodes, attrs, edges].map((s) => new Promise((done) => s.end(done))));
process.stdout.write(
  `${JSON.stringify({ actors: graph.order, ties: graph.size, directed: graph.type === "directed" })}\n`,
);
