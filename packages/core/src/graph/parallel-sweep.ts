/**
 * The path sweep of `path-sweep.ts` spread over `worker_threads`: the CSR arrays and the source list are
 * copied once into `SharedArrayBuffer`s, each worker claims blocks of the fixed partition (`sweepBlockSize`)
 * from a shared counter, sums each block from zero and posts it back; this thread adds the blocks in block
 * order, exactly as `sweepPaths` does, so the result is bit-identical for any number of workers (and to the
 * synchronous `sweepPaths`). Per-source values (distance sums, eccentricity) are written by the worker that
 * owns the source into shared arrays.
 *
 * `node:worker_threads` is loaded by a dynamic import behind a feature check, so core still runs in the
 * browser (one thread there). The worker file is `path-sweep-worker.js` next to this module in `dist`, or
 * `path-sweep-worker.ts` when running from source (tsx, vitest): the worker then loads tsx itself.
 */
import type { Adjacency } from "./csr.js";
import type { FoldedLeaves } from "./leaves.js";
import { checkInteger } from "./options.js";
import {
  addBlockSums,
  type BlockSums,
  type SweepAccumulators,
  type SweepOptions,
  sweepBlockSize,
  sweepPaths,
} from "./path-sweep.js";

const MODULE = "vernetzt/graph/parallel-sweep";

/** Options of the parallel path sweep (`pathMetricsAsync`, `measureNetworkAsync`, `analyzeAsync`). */
export interface ParallelOptions {
  /**
   * Worker threads for the path sweep (integer ≥ 1), or `null` for `min(available parallelism, 4)` in Node
   * and 1 where `worker_threads` is unavailable (browser). Default `null`. Results are identical for any value.
   */
  workers: number | null;
  /** Graphs with fewer actors are swept on the calling thread (worker start-up costs more). Default `2000`. */
  minParallelActors: number;
}

export const DEFAULT_PARALLEL_OPTIONS: ParallelOptions = { workers: null, minParallelActors: 2000 };

/**
 * Resolves and validates parallel options; other keys of `options` are ignored.
 *
 * @example
 * ```ts
 * import { resolveParallelOptions } from "@vernetzt/core/graph";
 *
 * resolveParallelOptions({ workers: 4 }) //=> { workers: 4, minParallelActors: 2000 }
 * resolveParallelOptions() //=> { workers: null, minParallelActors: 2000 }
 * ```
 */
export function resolveParallelOptions(options: Partial<ParallelOptions> = {}): ParallelOptions {
  const { workers, minParallelActors } = { ...DEFAULT_PARALLEL_OPTIONS, ...options };
  const resolved = { workers, minParallelActors };
  if (resolved.workers !== null) checkInteger(MODULE, "workers", resolved.workers, 1);
  checkInteger(MODULE, "minParallelActors", resolved.minParallelActors, 0);
  return resolved;
}

/** What a sweep worker receives (all arrays backed by `SharedArrayBuffer`). */
export interface SweepWorkerData {
  adjacency: Adjacency;
  sources: Int32Array;
  blockSize: number;
  weighted: boolean;
  betweennessWeight: number;
  betweenness: boolean;
  targetSums: boolean;
  /** Leaves folded into their partner's sweep (`foldLeaves`), or null. */
  folded: FoldedLeaves | null;
  /** Linear scaling of the dependencies (`SweepOptions`). */
  linearScaling: boolean;
  /** Next unclaimed block, at index 0. */
  next: Int32Array;
  perSource: Pick<SweepAccumulators, "sourceDistanceSum" | "sourceInverseDistanceSum" | "eccentricity">;
}

type WorkerThreads = typeof import("node:worker_threads");

/** What a worker posts: one block's sums, or block −1 when it found no block left. */
interface BlockMessage {
  block: number;
  sums: BlockSums | null;
}

/**
 * The part of a `node:worker_threads` Worker the sweep uses, declared here so that the published types do not
 * need Node's type declarations (a browser project has none).
 */
export interface SweepWorker {
  // biome-ignore lint/suspicious/noExplicitAny: the listener's arguments differ per event, as in Node's own type
  on(event: "error" | "exit" | "message", listener: (...args: any[]) => void): unknown;
  terminate(): Promise<number>;
}

/** Resolved parallel settings with `node:worker_threads` loaded (or not available): see `createSweepRunner`. */
export interface SweepRunner {
  /** Worker threads to use; 1 = on the calling thread. */
  readonly workers: number;
  readonly minParallelActors: number;
  /** Starts one sweep worker; null when `workers` is 1. */
  readonly spawn: ((data: SweepWorkerData) => SweepWorker) | null;
}

/**
 * Resolves `options` and loads what the workers need, once per analysis, so that `sweepPathsParallel`
 * starts its workers before it first yields (the caller can compute other measures meanwhile).
 *
 * @example
 * ```ts
 * import { createSweepRunner } from "@vernetzt/core/graph";
 *
 * const single = await createSweepRunner({ workers: 1 });
 * [single.workers, single.spawn] //=> [1, null]
 * const parallel = await createSweepRunner({ workers: 3 });
 * parallel.workers //=> 3
 * ```
 */
export async function createSweepRunner(options: Partial<ParallelOptions> = {}): Promise<SweepRunner> {
  const o = resolveParallelOptions(options);
  const threads = o.workers === 1 ? null : await loadWorkerThreads();
  const workers = threads === null ? 1 : (o.workers ?? (await defaultWorkers()));
  if (threads === null || workers < 2)
    return { workers: 1, minParallelActors: o.minParallelActors, spawn: null };
  const { entry, eval: isCode } = await workerEntry();
  const spawn = (data: SweepWorkerData) => new threads.Worker(entry, { workerData: data, eval: isCode });
  return { workers, minParallelActors: o.minParallelActors, spawn };
}

/**
 * `sweepPaths` on worker threads; same arguments and the same bits in `acc`. Runs `sweepPaths` on this
 * thread (before returning) for small graphs, a single block or a one-worker `runner`; otherwise the workers
 * are started before this returns and the promise settles when every block has been added.
 *
 * @example
 * ```ts
 * import { createAccumulators, createSweepRunner, sweepPathsParallel, toCsr } from "@vernetzt/core/graph";
 * import { parseEdgeList } from "@vernetzt/core/interop";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * const { dataset } = parseEdgeList({ name: "netz.edgelist", data: "a b\nb c" });
 * const graph = buildGraph(dataset!);
 * const csr = toCsr(graph);
 * const acc = createAccumulators(csr.n, true, false);
 * const runner = await createSweepRunner({ workers: 2, minParallelActors: 0 });
 * await sweepPathsParallel(csr.undirected, [0, 1, 2], false, 1, acc, runner);
 * acc.betweenness //=> [0, 2, 0]
 * acc.eccentricity //=> [2, 1, 2]
 * ```
 */
export function sweepPathsParallel(
  adjacency: Adjacency,
  sources: ArrayLike<number>,
  weighted: boolean,
  betweennessWeight: number,
  acc: SweepAccumulators,
  runner: SweepRunner,
  options: SweepOptions = {},
): Promise<void> {
  const folded = options.folded ?? null;
  const n = adjacency.offsets.length - 1;
  const list = sources instanceof Int32Array ? sources : Int32Array.from(sources);
  const blockSize = sweepBlockSize(list.length);
  const blocks = Math.ceil(list.length / blockSize);
  const threads = Math.min(runner.workers, blocks);
  if (runner.spawn === null || n < runner.minParallelActors || threads < 2) {
    sweepPaths(adjacency, list, weighted, betweennessWeight, acc, options);
    return Promise.resolve();
  }
  const perSource = {
    sourceDistanceSum: shared(acc.sourceDistanceSum),
    sourceInverseDistanceSum: shared(acc.sourceInverseDistanceSum),
    eccentricity: shared(acc.eccentricity),
  };
  const { offsets, targets, weights } = adjacency;
  const data: SweepWorkerData = {
    adjacency: { offsets: shared(offsets), targets: shared(targets), weights: shared(weights) },
    sources: shared(list),
    blockSize,
    weighted,
    betweennessWeight,
    betweenness: acc.betweenness !== null,
    targetSums: acc.distanceSum !== null,
    folded: folded === null ? null : { offsets: shared(folded.offsets), leaves: shared(folded.leaves) },
    linearScaling: options.linearScaling ?? false,
    next: shared(new Int32Array(1)),
    perSource,
  };
  const workers = Array.from({ length: threads }, () => runner.spawn!(data));
  const done = new Promise<void>((resolve, reject) => {
    const pending = new Map<number, BlockSums>();
    let added = 0;
    let exited = 0;
    for (const worker of workers) {
      worker.on("error", reject);
      worker.on("exit", (code) => {
        // A worker exits with 0 after its last block (or none left); every block is posted before that.
        if (code !== 0 || (++exited === threads && added < blocks)) {
          reject(new Error(`${MODULE}: a sweep worker stopped early (exit code ${code})`));
        }
      });
      worker.on("message", ({ block, sums }: BlockMessage) => {
        if (sums === null) return;
        pending.set(block, sums);
        for (let next = pending.get(added); next !== undefined; next = pending.get(added)) {
          pending.delete(added++);
          addBlockSums(acc, next);
        }
        if (added === blocks) resolve();
      });
    }
  });
  const stopAll = () => Promise.all(workers.map((worker) => worker.terminate()));
  return done.then(
    async () => {
      await stopAll();
      acc.sourceDistanceSum.set(perSource.sourceDistanceSum);
      acc.sourceInverseDistanceSum.set(perSource.sourceInverseDistanceSum);
      acc.eccentricity.set(perSource.eccentricity);
    },
    async (error: unknown) => {
      await stopAll();
      throw error;
    },
  );
}

/** A copy of `array` in a `SharedArrayBuffer`. */
function shared<T extends Int32Array | Float64Array>(array: T): T {
  const Type = array.constructor as new (buffer: SharedArrayBuffer) => T;
  const copy = new Type(new SharedArrayBuffer(array.byteLength));
  copy.set(array);
  return copy;
}

/** `node:worker_threads`, or null outside Node. The specifier is a variable so bundlers leave it alone. */
async function loadWorkerThreads(): Promise<WorkerThreads | null> {
  if (typeof process === "undefined" || typeof process.versions?.node !== "string") return null;
  const specifier = "node:worker_threads";
  try {
    return (await import(/* @vite-ignore */ specifier)) as WorkerThreads;
  } catch {
    return null;
  }
}

/** `min(available parallelism, 4)`. */
async function defaultWorkers(): Promise<number> {
  const specifier = "node:os";
  const os = (await import(/* @vite-ignore */ specifier)) as typeof import("node:os");
  return Math.min(os.availableParallelism(), 4);
}

/**
 * The worker next to this module: `path-sweep-worker.js` in `dist`; from TS source a small bootstrap that
 * registers tsx in the worker (Node 20 does not apply `--import` loaders to a worker's entry file) and then
 * imports `path-sweep-worker.ts`.
 */
async function workerEntry(): Promise<{ entry: URL | string; eval: boolean }> {
  if (!import.meta.url.endsWith(".ts"))
    return { entry: new URL("./path-sweep-worker.js", import.meta.url), eval: false };
  const moduleSpecifier = "node:module";
  const { createRequire } = (await import(
    /* @vite-ignore */ moduleSpecifier
  )) as typeof import("node:module");
  const tsx = createRequire(import.meta.url).resolve("tsx/cjs/api");
  const worker = new URL("./path-sweep-worker.ts", import.meta.url).pathname;
  const code = `require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(worker)});`;
  return { entry: code, eval: true };
}
