/**
 * `pnpm bench:registry`: what the measure registry costs. Runs `measureNetwork` (every structural measure of
 * the registry) and `analyze` on generated cities with every descriptor's `compute` timed, and prints per run
 * the wall time, the time inside the measures' `compute` (the algorithms and the shared intermediates they
 * use: path sweep, triangles, cut points, Louvain, …), the indexed view's construction (measured apart: each
 * run builds its own), and what is left: an upper bound of the registry's own work (the run, the contexts,
 * assembling rows and the result; for `analyze` also the categorisation of the group attributes, which is not
 * a measure's `compute`). A script, not a test: run it on a quiet machine for figures to quote.
 *
 *   node --conditions=@vernetzt/source --import tsx scripts/bench-registry.ts [--sizes 2000,10000] [--repeat 3]
 */
import { cpus, loadavg } from "node:os";
import Graph from "graphology";
import { analyze, MEASURES, measureNetwork } from "../packages/core/src/analysis/index.js";
import { generateNetwork } from "../packages/core/src/generate/index.js";
import { csrOf } from "../packages/core/src/graph/csr.js";
import type { Measure } from "../packages/core/src/measures/index.js";
import type { VernetztGraph } from "../packages/core/src/model/types.js";

const args = process.argv.slice(2);
const flag = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1]! : fallback;
};
const sizes = flag("--sizes", "2000,10000").split(",").map(Number);
const repeat = Number(flag("--repeat", "3"));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

/** The last wave of a generated city as the graph `analyze` reads (undirected, summed weights). */
function city(actors: number): VernetztGraph {
  const network = generateNetwork({ actors, seed: 1 });
  const wave = network.waves.at(-1)!;
  const graph = new Graph({ type: "undirected" }) as VernetztGraph;
  graph.replaceAttributes({ name: `city-${actors}`, wave, directed: false });
  for (const actor of network.actors()) graph.addNode(actor.id, actor);
  for (const tie of network.ties()) {
    if (tie.wave !== wave || tie.source === tie.target) continue;
    const edge = graph.edge(tie.source, tie.target);
    if (edge === undefined)
      graph.addEdge(tie.source, tie.target, { weight: tie.weight, types: [], attributes: {} });
    else graph.updateEdgeAttribute(edge, "weight", (w) => (w ?? 0) + tie.weight);
  }
  return graph;
}

/** The registry with every `compute` timed into `spent` (milliseconds). */
function timed(spent: { ms: number }): Measure[] {
  return MEASURES.map((measure) => {
    const compute = measure.compute as (...args: unknown[]) => unknown;
    return {
      ...measure,
      compute: (...args: unknown[]) => {
        const start = performance.now();
        try {
          return compute(...args);
        } finally {
          spent.ms += performance.now() - start;
        }
      },
    } as Measure;
  });
}

console.log(
  `machine: ${cpus().length} cores, load ${loadavg()[0]!.toFixed(1)}; Node ${process.version}; median of ${repeat}`,
);
console.log(
  "run                      actors    ties   wall ms  compute ms  view ms  registry ms  registry %",
);
for (const n of sizes) {
  const graph = city(n);
  for (const [name, run] of [
    ["measureNetwork", (measures: Measure[]) => measureNetwork(graph, { measures })],
    ["analyze", (measures: Measure[]) => analyze(graph, { measures, permutations: 0 })],
  ] as const) {
    const walls: number[] = [];
    const computes: number[] = [];
    const views: number[] = [];
    for (let r = 0; r < repeat; r++) {
      const spent = { ms: 0 };
      const measures = timed(spent);
      let start = performance.now();
      csrOf(graph);
      views.push(performance.now() - start);
      start = performance.now();
      run(measures);
      walls.push(performance.now() - start);
      computes.push(spent.ms);
    }
    const [wall, compute, view] = [median(walls), median(computes), median(views)];
    const own = Math.max(0, wall - compute - view);
    console.log(
      `${name.padEnd(22)} ${String(graph.order).padStart(7)} ${String(graph.size).padStart(7)} ` +
        `${wall.toFixed(0).padStart(9)} ${compute.toFixed(0).padStart(11)} ${view.toFixed(0).padStart(8)} ` +
        `${own.toFixed(1).padStart(12)} ${((100 * own) / wall).toFixed(1).padStart(11)}`,
    );
  }
}
