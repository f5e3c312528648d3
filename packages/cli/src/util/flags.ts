/** Parsing of flag values shared by the commands. */
import { UsageError } from "./errors.js";
import { type Lang, resolveLang } from "./lang.js";

/** The language of an analysis' output: `--lang` when given, else German (the coordinators' language). */
export function contentLang(option: string | undefined): Lang {
  return option === undefined ? "de" : resolveLang(option);
}

/** Parses an integer flag ≥ `min`; `undefined` stays undefined. */
export function integerFlag(value: string | undefined, flag: string, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min)
    throw new UsageError(`${flag} must be an integer ≥ ${min}, got "${value}".`);
  return n;
}

/**
 * `--min-group-size <k>`: the one flag of small-group suppression (`privacy/suppress.ts`), shared by every
 * command that publishes figures per group (district, sector, …). Core's option of the same meaning is
 * `minGroupSize` everywhere.
 */
export const MIN_GROUP_SIZE_FLAG = "--min-group-size <k>";

export const MIN_GROUP_SIZE_HELP =
  "hide the figures of groups (districts, sectors, …) with fewer than k actors; 1 shows every figure (default 5)";

/** Parses `--min-group-size`: an integer ≥ 1, or `undefined` (core's default, 5). */
export const minGroupSizeFlag = (value: string | undefined): number | undefined =>
  integerFlag(value, "--min-group-size", 1);
