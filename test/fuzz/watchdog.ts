/**
 * Runs fuzz targets in a child process under a watchdog: the child reports progress every few cases, and a
 * target that reports nothing for `stallMs` (a case that hangs) is killed and returned as a failure. Used by
 * the CI suite (`importers.test.ts`) and by `scripts/fuzz-long.ts`.
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export interface TargetResult {
  result: string;
  runs: number;
  cases: number;
  failed: boolean;
  seed: number;
  path: string | null;
  error: string | null;
  counterexample: string | null;
  ms: number;
  /** Set when the watchdog killed the run: the last progress it saw. */
  hung?: { target: string; cases: number };
}

export interface WatchdogOptions {
  runs: number;
  seed: number;
  targets?: string[];
  /** Longest time without progress before the child is killed. */
  stallMs: number;
  /**
   * Longest time before the child's first line (loading its modules through tsx). Default
   * max(stallMs, 120 s): on a loaded machine the start alone can take longer than a short stall limit, and a
   * watchdog test must not report a hang of a case that never started.
   */
  startMs?: number;
  onLine?: (line: Record<string, unknown>) => void;
}

const root = fileURLToPath(new URL("../..", import.meta.url));

export function runFuzz(options: WatchdogOptions): Promise<TargetResult[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        "--conditions=@vernetzt/source",
        "--import",
        "tsx",
        "test/fuzz/run.ts",
        String(options.runs),
        String(options.seed),
        ...(options.targets ?? []),
      ],
      { cwd: root, stdio: ["ignore", "pipe", "pipe"] },
    );
    const results: TargetResult[] = [];
    let last = { target: "(start)", cases: 0 };
    let stderr = "";
    let buffered = "";
    let timer: NodeJS.Timeout;
    const arm = (ms = options.stallMs) => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        results.push({
          result: last.target,
          runs: 0,
          cases: last.cases,
          failed: true,
          seed: options.seed,
          path: null,
          error: `no progress for ${ms} ms`,
          counterexample: null,
          ms,
          hung: last,
        });
        child.kill("SIGKILL");
      }, ms);
    };
    arm(options.startMs ?? Math.max(options.stallMs, 120_000));
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split("\n");
      buffered = lines.pop() ?? "";
      for (const text of lines) {
        if (text.trim() === "") continue;
        const line = JSON.parse(text) as Record<string, unknown>;
        arm();
        options.onLine?.(line);
        if (typeof line.progress === "string") last = { target: line.progress, cases: line.cases as number };
        if (typeof line.result === "string") {
          results.push(line as unknown as TargetResult);
          last = { target: `after ${line.result}`, cases: 0 };
        }
      }
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      if (code !== 0 && !results.some((r) => r.hung))
        results.push({
          result: "(runner)",
          runs: 0,
          cases: 0,
          failed: true,
          seed: options.seed,
          path: null,
          error: `exit ${code}: ${stderr.slice(-2000)}`,
          counterexample: null,
          ms: 0,
        });
      resolve(results);
    });
  });
}
