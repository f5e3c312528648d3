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
 * Seconds per megabyte to read and check CSV files on the reference machine; workbooks take about six times
 * longer per (compressed) megabyte. Fitted to bench-upload (see docs/dashboard.md).
 */
const CHECK_SECONDS_PER_MB = 0.9;
const XLSX_FACTOR = 6;
/** Seconds of the dashboard computation per actor and per tie (all waves) on the reference machine. */
const LOAD_SECONDS_PER_ACTOR = 0.002;
const LOAD_SECONDS_PER_TIE = 0.0004;
/** Memory of the browser tab per megabyte of files while reading (docs/trust.md: about 15 for CSV). */
const MEMORY_PER_MB = 15;

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
 * @example uploadCheckEstimate([{ name: "akteure.csv", size: 99 * 1024 * 1024 }]).large //=> true
 */
export function uploadCheckEstimate(files: readonly FileSize[]): CheckEstimate {
  let bytes = 0;
  let seconds = 0;
  for (const file of files) {
    bytes += file.size;
    const factor = /\.xlsx$/i.test(file.name) ? XLSX_FACTOR : 1;
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
  const seconds = (actors * LOAD_SECONDS_PER_ACTOR + ties * LOAD_SECONDS_PER_TIE) / Math.max(0.1, speed);
  return { large: actors >= LARGE_UPLOAD_ACTORS, seconds };
}

/** How fast this browser is against the reference machine, from a check's measured and estimated seconds. */
export function speedOf(estimated: number, measured: number): number {
  if (!(measured > 0.5) || !(estimated > 0)) return 1; // too short to measure: assume the reference
  return Math.min(10, Math.max(0.1, estimated / measured));
}

/**
 * A duration for people, in German: "wenige Sekunden", "etwa 40 Sekunden", "etwa 3 bis 5 Minuten", "etwa 1 bis 2
 * Stunden".
 *
 * @example formatDuration(200) //=> "etwa 3 bis 5 Minuten"
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
