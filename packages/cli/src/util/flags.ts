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
