/**
 * The parallel path sweep gives the bits of the single-threaded one for any worker count, runs its worker
 * from the TS source (this test, under vitest) and from compiled JS (the compiled copy built below), and
 * falls back to one thread where it should. Graphs: seeded random graphs (createRng), no real data needed:
 * the claim is equality with the synchronous code, whose values the reference tests check.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { measureNetwork, measureNetworkAsync } from "@vernetzt/core/analysis";
import {
  createAccumulators,
  createSweepRunner,
  MetricOptionError,
  pathMetrics,
  pathMetricsAsync,
  resolveParallelOptions,
  sweepBlockSize,
  sweepPaths,
  sweepPathsParallel,
  toCsr,
} from "@vernetzt/core/graph";
import type { VernetztGraph } from "@vernetzt/core/model";
import { createRng } from "@vernetzt/core/random";
import Graph from "graphology";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";

/** `actors` actors, `ties` random ties with weights 1..5, a few isolates; seeded. */
function randomGraph(actors: number, ties: number, seed: number): VernetztGraph {
  const rng = createRng(seed, "parallel-sweep-test");
  const graph = new Graph({ type: "undirected" }) as VernetztGraph;
  for (let i = 0; i < actors; i++) {
    graph.addNode(`a${i}`, { id: `a${i}`, name: `a${i}`, topics: [], offers: [], needs: [], attributes: {} });
  }
  while (graph.size < ties) {
    const s = Math.floor(rng() * (actors - 5));
    const t = Math.floor(rng() * (actors - 5));
    if (s === t || graph.hasEdge(`a${s}`, `a${t}`)) continue;
    graph.addEdge(`a${s}`, `a${t}`, { weight: 1 + Math.floor(rng() * 5), types: [], attributes: {} });
  }
  return graph;
}

const bits = (a: Float64Array | null) => (a === null ? null : Buffer.from(a.buffer).toString("base64"));
const accBits = (acc: ReturnType<typeof createAccumulators>) => Object.values(acc).map(bits);

const graph = randomGraph(700, 1800, 1);
const csr = toCsr(graph);
const all = Int32Array.from({ length: csr.n }, (_, i) => i);

describe("sweepPathsParallel", () => {
  it("sweepBlockSize depends only on the number of sources: at least 256, at most 64 blocks", () => {
    expect(sweepBlockSize(10)).toBe(256);
    expect(sweepBlockSize(700)).toBe(256);
    expect(sweepBlockSize(100_000)).toBe(1563);
    expect(Math.ceil(100_000 / sweepBlockSize(100_000))).toBe(64);
  });

  for (const weighted of [false, true]) {
    it(`gives the bits of sweepPaths for 1, 2 and 3 workers (${weighted ? "weighted" : "binary"}, target sums)`, async () => {
      const single = createAccumulators(csr.n, true, true);
      sweepPaths(csr.undirected, all, weighted, 1, single);
      for (const workers of [1, 2, 3]) {
        const runner = await createSweepRunner({ workers, minParallelActors: 0 });
        expect(runner.workers).toBe(workers);
        const parallel = createAccumulators(csr.n, true, true);
        await sweepPathsParallel(csr.undirected, all, weighted, 1, parallel, runner);
        expect(accBits(parallel)).toEqual(accBits(single));
      }
    });
  }

  it("adds into accumulators that already hold values, as sweepPaths does (second sweep of sampled mode)", async () => {
    const sources = all.filter((v) => v % 3 === 0);
    const rest = all.filter((v) => v % 3 !== 0);
    const single = createAccumulators(csr.n, true, false);
    sweepPaths(csr.undirected, sources, false, 3, single);
    sweepPaths(csr.undirected, rest, false, 0, { ...single, betweenness: null });
    const parallel = createAccumulators(csr.n, true, false);
    const runner = await createSweepRunner({ workers: 2, minParallelActors: 0 });
    await sweepPathsParallel(csr.undirected, sources, false, 3, parallel, runner);
    await sweepPathsParallel(csr.undirected, rest, false, 0, { ...parallel, betweenness: null }, runner);
    expect(accBits(parallel)).toEqual(accBits(single));
  });

  it("stays on this thread below minParallelActors and for one worker", async () => {
    expect((await createSweepRunner({ workers: 1 })).spawn).toBeNull();
    const runner = await createSweepRunner({ workers: 2 });
    expect(runner.minParallelActors).toBe(2000);
    const acc = createAccumulators(csr.n, true, false);
    // Synchronous fallback: the values are there before the promise is awaited.
    const done = sweepPathsParallel(csr.undirected, all, false, 1, acc, runner);
    expect(acc.betweenness!.some((b) => b > 0)).toBe(true);
    await done;
  });

  it("rejects a worker count that is not an integer ≥ 1", () => {
    expect(() => resolveParallelOptions({ workers: 0 })).toThrow(MetricOptionError);
    expect(() => resolveParallelOptions({ workers: 1.5 })).toThrow(MetricOptionError);
    expect(() => resolveParallelOptions({ minParallelActors: -1 })).toThrow(MetricOptionError);
    expect(resolveParallelOptions({})).toEqual({ workers: null, minParallelActors: 2000 });
  });
});

describe("pathMetricsAsync and measureNetworkAsync", () => {
  for (const samples of [null, 300]) {
    it(`equal pathMetrics / measureNetwork byte for byte with 2 and 3 workers (samples ${samples})`, async () => {
      const options = { samples, weighted: samples === null };
      const paths = JSON.stringify(pathMetrics(graph, options));
      const measured = JSON.stringify(measureNetwork(graph, options));
      for (const workers of [2, 3]) {
        const parallel = { ...options, workers, minParallelActors: 0 };
        expect(JSON.stringify(await pathMetricsAsync(graph, parallel))).toBe(paths);
        expect(JSON.stringify(await measureNetworkAsync(graph, parallel))).toBe(measured);
      }
    });
  }
});

/**
 * Compiles `entries` and every module they import by relative path, as `tsc` builds `dist` (ES modules, one
 * `.js` per `.ts`, same layout), into `outDir`.
 */
function compileTree(srcRoot: string, entries: string[], outDir: string): void {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(join(srcRoot, file), "utf8");
    for (const [, spec] of source.matchAll(/from "(\.{1,2}\/[^"]+)\.js"/g)) {
      queue.push(join(dirname(file), `${spec}.ts`));
    }
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    });
    mkdirSync(join(outDir, dirname(file)), { recursive: true });
    writeFileSync(join(outDir, file.replace(/\.ts$/, ".js")), outputText);
  }
}

describe("the compiled worker (dist)", () => {
  const outDir = mkdtempSync(join(tmpdir(), "vernetzt-core-dist-"));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it("runs from compiled JS next to parallel-sweep.js and gives the same bits", async () => {
    compileTree("packages/core/src", ["graph/parallel-sweep.ts", "graph/path-sweep-worker.ts"], outDir);
    type Module = typeof import("@vernetzt/core/graph");
    const compiled: Module = await import(pathToFileURL(join(outDir, "graph/parallel-sweep.js")).href);
    const runner = await compiled.createSweepRunner({ workers: 2, minParallelActors: 0 });
    expect(runner.workers).toBe(2);
    const single = createAccumulators(csr.n, true, true);
    sweepPaths(csr.undirected, all, true, 1, single);
    const parallel = createAccumulators(csr.n, true, true);
    await compiled.sweepPathsParallel(csr.undirected, all, true, 1, parallel, runner);
    expect(accBits(parallel)).toEqual(accBits(single));
  });
});
