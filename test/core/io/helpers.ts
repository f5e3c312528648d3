/** Small helpers for the io tests: datasets written inline as CSV text. */

import type { ValidationIssue } from "@vernetzt/core/io";
import { type LoadOptions, type LoadResult, parseDataset } from "@vernetzt/core/io";

/** A minimal valid dataset, to which a test adds or replaces files. */
export const BASE: Record<string, string> = {
  "actors.csv": "id,name\na,Alpha\nb,Beta\nc,Gamma\n",
  "ties.csv": "source,target\na,b\n",
};

/** Loads inline files (name → content). */
export function load(
  files: Record<string, string | Uint8Array>,
  options: LoadOptions = {},
): Promise<LoadResult> {
  return parseDataset(
    Object.entries(files).map(([name, data]) => ({ name, data })),
    options,
  );
}

/** The issues of a code. */
export function issuesOf(result: LoadResult, code: string): ValidationIssue[] {
  return result.report.issues.filter((issue) => issue.code === code);
}

/** `code@file:row:column` of every issue, for compact assertions. */
export function where(result: LoadResult): string[] {
  return result.report.issues.map((i) => `${i.severity} ${i.code}@${i.file}:${i.row}:${i.column}`);
}
