/**
 * Runs the doc examples written by `examples.test.ts`, all in this one process:
 * `node --conditions=@vernetzt/source --import tsx example-runner.ts <manifest.json> <results.json>`.
 *
 * The manifest lists each example module and how many `//=>` results it shows. A shown result is checked by
 * `__expect(actual, expected, marker, digits)`: numbers agree to the digits written (`0.522` accepts
 * 0.5215 ≤ x ≤ 0.5225; `digits`, the most decimals of any number written in the shown value, applies to all of
 * its numbers, so `0.1500` is checked to four decimals; an integer to 1e-9), strings, booleans and null exactly, arrays, typed arrays, Maps, Sets and plain
 * objects element by element with the same keys. Every marker must be reached at least once.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

export interface ManifestEntry {
  id: string;
  file: string;
  markers: number;
}

export interface RunResult {
  id: string;
  problems: string[];
}

let current: { problems: string[]; reached: Set<number> } = { problems: [], reached: new Set() };

(globalThis as Record<string, unknown>).__expect = (
  actual: unknown,
  expected: unknown,
  marker: number,
  digits: number,
) => {
  current.reached.add(marker);
  const problem = difference(actual, expected, "", digits);
  if (problem !== null) current.problems.push(`result ${marker + 1} (//=>): ${problem}`);
};

/** Why `actual` is not what the example shows, or null when it is. */
export function difference(actual: unknown, expected: unknown, path: string, digits = 0): string | null {
  const at = path === "" ? "" : ` at ${path}`;
  if (typeof expected === "number") {
    if (typeof actual !== "number") return `expected ${expected}${at}, got ${show(actual)}`;
    if (Number.isNaN(expected)) return Number.isNaN(actual) ? null : `expected NaN${at}, got ${actual}`;
    return Math.abs(actual - expected) <= tolerance(expected, digits) || actual === expected
      ? null
      : `expected ${expected}${at}, got ${actual}`;
  }
  if (expected === null || typeof expected !== "object") {
    return Object.is(actual, expected) ? null : `expected ${show(expected)}${at}, got ${show(actual)}`;
  }
  const a = normalise(actual);
  const e = normalise(expected);
  if (Array.isArray(e)) {
    if (!Array.isArray(a)) return `expected an array${at}, got ${show(actual)}`;
    if (a.length !== e.length) return `expected ${e.length} elements${at}, got ${a.length}: ${show(actual)}`;
    for (let i = 0; i < e.length; i++) {
      const problem = difference(a[i], e[i], `${path}[${i}]`, digits);
      if (problem !== null) return problem;
    }
    return null;
  }
  if (a === null || typeof a !== "object" || Array.isArray(a))
    return `expected an object${at}, got ${show(actual)}`;
  const actualKeys = Object.keys(a).sort();
  const expectedKeys = Object.keys(e as object).sort();
  if (actualKeys.join("\u0000") !== expectedKeys.join("\u0000")) {
    return `expected keys ${expectedKeys.join(", ")}${at}, got ${actualKeys.join(", ")}`;
  }
  for (const key of expectedKeys) {
    const problem = difference(
      (a as Record<string, unknown>)[key],
      (e as Record<string, unknown>)[key],
      `${path}.${key}`,
      digits,
    );
    if (problem !== null) return problem;
  }
  return null;
}

/**
 * Half a unit of the last digit written: the shown number is the result rounded. An integer must agree to
 * 1e-9 (exact for counts; a computed 0.9999999999999997 is shown as 1). `digits`: decimals written in the
 * source, which the number itself forgets (`0.1500` is 0.15).
 */
function tolerance(expected: number, digits: number): number {
  if (!Number.isFinite(expected)) return 0;
  if (Number.isInteger(expected)) return 1e-9;
  const text = expected.toExponential();
  const [mantissa = "", exponent = "0"] = text.split("e");
  const decimals = Math.max((mantissa.split(".")[1] ?? "").length - Number(exponent), digits);
  return 0.5 * 10 ** -decimals + 1e-12;
}

function normalise(value: unknown): unknown {
  if (ArrayBuffer.isView(value) && !(value instanceof DataView))
    return Array.from(value as unknown as number[]);
  if (value instanceof Map) return [...value.entries()];
  if (value instanceof Set) return [...value];
  return value;
}

function show(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  try {
    const text = JSON.stringify(normalise(value));
    return text === undefined ? String(value) : text.length > 300 ? `${text.slice(0, 300)}…` : text;
  } catch {
    return String(value);
  }
}

async function main(manifestPath: string, resultsPath: string): Promise<void> {
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as ManifestEntry[];
  const results: RunResult[] = [];
  for (const entry of manifest) {
    current = { problems: [], reached: new Set() };
    try {
      await import(pathToFileURL(entry.file).href);
    } catch (error) {
      current.problems.push(
        `threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
      );
    }
    for (let marker = 0; marker < entry.markers; marker++) {
      if (!current.reached.has(marker))
        current.problems.push(`result ${marker + 1} (//=>) was never reached`);
    }
    results.push({ id: entry.id, problems: current.problems });
  }
  writeFileSync(resultsPath, JSON.stringify(results));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main(process.argv[2] ?? "", process.argv[3] ?? "");
}
