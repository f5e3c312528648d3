/**
 * Benchmark of loading, building and exporting a synthetic dataset (not part of the test suite).
 * Run: node --conditions=@vernetzt/source --import tsx test/core/io/bench-io.ts [actors=10000] [tieRows=100000]
 * Prints one line per run (two runs: cold, warm). Data: fictional actors, ties drawn with a seeded RNG.
 */
import { exportDataset, parseDataset } from "@vernetzt/core/io";
import { buildGraph } from "@vernetzt/core/model";
import { createRng } from "@vernetzt/core/random";

const actorCount = Number(process.argv[2] ?? 10_000);
const tieCount = Number(process.argv[3] ?? 100_000);

/** Seeded: the same dataset on every run. */
const random = createRng(1);
const actorLines = ["ID;Name;Art;Themen;Stadtteil"];
for (let i = 0; i < actorCount; i++) {
  actorLines.push(`a${i};Akteur ${i};Organisation;"Thema ${i % 7}; Thema ${i % 11}";S${i % 20}`);
}
const tieLines = ["Von;Zu;Gewicht;Welle"];
for (let j = 0; j < tieCount; j++) {
  const source = Math.floor(random() * actorCount);
  const target = (source + 1 + Math.floor(random() * (actorCount - 1))) % actorCount;
  tieLines.push(`a${source};a${target};${1 + (j % 3)},5;${1 + (j % 2)}`);
}
const encoder = new TextEncoder();
const files = [
  { name: "akteure.csv", data: encoder.encode(`${actorLines.join("\r\n")}\r\n`) },
  { name: "beziehungen.csv", data: encoder.encode(`${tieLines.join("\r\n")}\r\n`) },
];

function time<T>(run: () => T): [T, number] {
  const start = performance.now();
  const result = run();
  return [result, performance.now() - start];
}

for (const label of ["cold", "warm"]) {
  const start = performance.now();
  const { dataset, report } = await parseDataset(files);
  const parseMs = performance.now() - start;
  const [graph, buildMs] = time(() => buildGraph(dataset!));
  const [, csvMs] = time(() => exportDataset(dataset!, "csv"));
  const [gexf, gexfMs] = time(() => exportDataset(dataset!, "gexf"));
  const gexfStart = performance.now();
  await parseDataset(gexf);
  const gexfInMs = performance.now() - gexfStart;
  const ms = (x: number) => `${x.toFixed(0)} ms`;
  process.stdout.write(
    `${label}: ${actorCount} actors, ${tieCount} tie rows (${report.issues.length} issues); parse ${ms(parseMs)}, ` +
      `buildGraph ${ms(buildMs)} (${graph.order} nodes, ${graph.size} edges), CSV export ${ms(csvMs)}, ` +
      `GEXF export ${ms(gexfMs)}, GEXF import ${ms(gexfInMs)}\n`,
  );
}
