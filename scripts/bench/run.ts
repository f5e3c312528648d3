/**
 * Running one benchmark process and measuring it as a whole: wall time, CPU time (user + system) and peak
 * resident memory, read from GNU time (`/usr/bin/time -f`) when it is installed, else from Node's own clock
 * and `process.resourceUsage()` of the children (then the peak is the largest child so far).
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";

/** What one process cost. */
export interface Measured {
  /** Wall-clock seconds. */
  wall: number;
  /** User + system CPU seconds. */
  cpu: number;
  /** Peak resident set size in MB (10^6 bytes). */
  peakMB: number;
  /** The process's standard output. */
  stdout: string;
  /** The machine's 1-minute load average when the process started (other jobs on the shared cores). */
  load: number;
}

const GNU_TIME = "/usr/bin/time";

/** Runs `command args` (cwd = repo root) and measures it; throws with its stderr when it fails. */
export function measure(command: string, args: string[], options: { stdoutFile?: string } = {}): Measured {
  const timeFile = join(tmpdir(), `vernetzt-bench-time-${process.pid}.txt`);
  const useTime = existsSync(GNU_TIME);
  const load = loadavg()[0]!;
  const started = performance.now();
  const result = useTime
    ? spawnSync(GNU_TIME, ["-f", "%e %U %S %M", "-o", timeFile, command, ...args], {
        encoding: "utf8",
        maxBuffer: 1 << 30,
      })
    : spawnSync(command, args, { encoding: "utf8", maxBuffer: 1 << 30 });
  const wallClock = (performance.now() - started) / 1000;
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} failed (${result.status}): ${result.stderr.slice(-2000)}`);
  }
  if (options.stdoutFile) writeFileSync(options.stdoutFile, result.stdout);
  if (useTime) {
    const [wall, user, system, kb] = readFileSync(timeFile, "utf8").trim().split(/\s+/).slice(-4).map(Number);
    rmSync(timeFile, { force: true });
    return { wall: wall!, cpu: user! + system!, peakMB: (kb! * 1024) / 1e6, stdout: result.stdout, load };
  }
  const usage = process.resourceUsage();
  return {
    wall: wallClock,
    cpu: Number.NaN,
    peakMB: (usage.maxRSS * 1024) / 1e6,
    stdout: result.stdout,
    load,
  };
}

/** The median of numbers (mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Whether `/usr/bin/python3` can import a module. */
export function pythonHas(module: string): string | null {
  const result = spawnSync("/usr/bin/python3", ["-c", `import ${module}; print(${module}.__version__)`], {
    encoding: "utf8",
  });
  return result.status === 0 ? result.stdout.trim() : null;
}
