/**
 * Worker thread of `sweepPathsParallel`: claims blocks of the fixed partition (`sweepBlockSize`) through a
 * shared counter until none is left, sweeps each from zeroed block sums and posts them (copied) with
 * their block index; the per-source results go straight into the shared arrays (each source is written by
 * exactly one block). Loaded only by `parallel-sweep.ts`, never re-exported: it imports `node:worker_threads`.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { SweepWorkerData } from "./parallel-sweep.js";
import { createBlockSums, sweepBlock } from "./path-sweep.js";

const data = workerData as SweepWorkerData;
const { adjacency, sources, blockSize, weighted, betweennessWeight, next, perSource } = data;
const n = adjacency.offsets.length - 1;
const blocks = Math.ceil(sources.length / blockSize);
for (let block = Atomics.add(next, 0, 1); block < blocks; block = Atomics.add(next, 0, 1)) {
  const sums = createBlockSums(n, data.betweenness, data.targetSums);
  const start = block * blockSize;
  sweepBlock(
    adjacency,
    sources.subarray(start, start + blockSize),
    weighted,
    betweennessWeight,
    { ...perSource, ...sums },
    { folded: data.folded, linearScaling: data.linearScaling },
  );
  // Copied, not transferred: detaching an ArrayBuffer invalidates V8's detach protector for this thread,
  // after which every typed-array access pays a check (measured: the sweep ran 20–25 % slower).
  parentPort!.postMessage({ block, sums });
}
parentPort!.postMessage({ block: -1, sums: null });
