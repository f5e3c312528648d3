/**
 * What an upload will cost, said before it starts: from the file sizes (before reading), then from the actors
 * and ties read (before computing the dashboard). The figures are a model fitted to `scripts/bench-upload.ts`
 * (generated cities of 1,000 to 16,000 actors; see docs/dashboard.md) and scaled by how fast this browser read
 * the files: a slow computer reads slowly and computes slowly alike. They are rounded and said as "about", with
 * a range — the point is to tell a person whether to wait a minute or to come back after lunch.
 */

/** Files this large (all together) are announced before reading. */
export const LARGE_UPLOAD_BYTES = 20 * 1024 * 1024;
/** Datasets this large are announced before computing, and never computed without asking. */
export const LARGE_UPLOAD_ACTORS = 20_000;

/**
 * Seconds per megabyte to read and check CSV files on the reference machine (the 2-core test machine, quiet);
 * workbooks take about six times longer per (compressed) megabyte. From bench-upload: 1.5 MB in 5.3 s at a load
 * average of 22 on 2 cores, about 8 times the quiet time (docs/dashboard.md).
 */
const CHECK_SECONDS_PER_MB = 0.45;
const XLSX_FACTOR = 6;
/**
 * The dashboard computation grows a little faster than the actors: seconds ≈ `LOAD_COEFFICIENT` · actors^1.25
 * (bench-upload: 1,000 → 4,000 actors took 5.5 times as long), scaled to the measured 70 s for 5,000 actors on
 * the quiet reference machine (docs/dashboard.md, "Big uploads"); more ties per actor than the generated cities'
 * 8 make it slower (square root).
 */
const LOAD_COEFFICIENT = 70 / 5000 ** 1.25;
const LOAD_EXPONENT = 1.25;
const REFERENCE_TIES_PER_ACTOR = 8;
/** Memory of the browser tab per megabyte of files while reading (docs/trust.md: about 15 for CSV). */
const MEMORY_PER_MB = 15;
/** Above this many seconds, the page suggests the command line. */
export const COMMAND_LINE_SECONDS = 30 * 60;

/** A file as the page sees it before reading. */
export interface FileSize {
  name: string;
  size: number;
}

/** What reading and checking will cost. */
export interface CheckEstimate {
  bytes: number;
  large: boolean;
  /** Seconds, about. */
  seconds: number;
  /** Megabytes of memory, about. */
  memoryMB: number;
}

/**
 * The cost of reading and checking `files`.
 *
 * 99 MB of CSV is large: about 50 seconds and 1.5 GB.
 */
export function uploadCheckEstimate(files: readonly FileSize[]): CheckEstimate {
  let bytes = 0;
  let seconds = 0;
  for (const file of files) {
    bytes += file.size;
    const factor = /\.(xlsx|ods)$/i.test(file.name) ? XLSX_FACTOR : 1;
    seconds += (file.size / 1024 / 1024) * CHECK_SECONDS_PER_MB * factor;
  }
  return {
    bytes,
    large: bytes >= LARGE_UPLOAD_BYTES,
    seconds,
    memoryMB: (bytes / 1024 / 1024) * MEMORY_PER_MB,
  };
}

/** What computing the dashboard will cost. */
export interface LoadEstimate {
  large: boolean;
  /** Seconds, about. */
  seconds: number;
}

/**
 * The cost of computing the dashboard for `actors` and `ties`, scaled by `speed` (reference seconds ÷ seconds
 * this browser took for the check; 1 when not measured).
 */
export function uploadLoadEstimate(actors: number, ties: number, speed = 1): LoadEstimate {
  const density = Math.sqrt(Math.max(1, ties / Math.max(1, actors) / REFERENCE_TIES_PER_ACTOR));
  const seconds = (LOAD_COEFFICIENT * actors ** LOAD_EXPONENT * density) / Math.max(0.1, speed);
  return { large: actors >= LARGE_UPLOAD_ACTORS, seconds };
}

/** How fast this browser is against the reference machine, from a check's measured and estimated seconds. */
export function speedOf(estimated: number, measured: number): number {
  if (!(measured > 0.5) || !(estimated > 0)) return 1; // too short to measure: assume the reference
  // bounded: reading a file (mostly text) and computing a network differ too much to trust more than 3×
  return Math.min(3, Math.max(0.3, estimated / measured));
}

/**
 * A duration for people, in German: "wenige Sekunden", "etwa 40 Sekunden", "etwa 3 bis 5 Minuten", "etwa 1 bis 2
 * Stunden".
 *
 * `formatDuration(200)` is "etwa 2 bis 5 Minuten".
 */
export function formatDuration(seconds: number): string {
  if (seconds < 10) return "wenige Sekunden";
  if (seconds < 60) return `etwa ${Math.ceil(seconds / 10) * 10} Sekunden`;
  const low = (value: number) => Math.max(1, Math.floor(value));
  if (seconds < 3600) {
    const minutes = seconds / 60;
    const from = low(minutes * 0.8);
    const to = Math.max(from + 1, Math.ceil(minutes * 1.4));
    return `etwa ${from} bis ${to} Minuten`;
  }
  const hours = seconds / 3600;
  const from = low(hours * 0.8);
  return `etwa ${from} bis ${Math.max(from + 1, Math.ceil(hours * 1.4))} Stunden`;
}

/** Elapsed seconds as `m:ss`. */
export function formatElapsed(seconds: number): string {
  const s = Math.floor(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

/** Megabytes for people: "99 MB", "1,4 GB". */
export function formatMegabytes(megabytes: number): string {
  if (megabytes < 1024) return `${Math.max(1, Math.round(megabytes)).toLocaleString("de-DE")} MB`;
  return `${(megabytes / 1024).toLocaleString("de-DE", { maximumFractionDigits: 1 })} GB`;
}
