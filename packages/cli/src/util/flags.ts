/** Parsing of flag values shared by the commands. */
import { levelOf } from "@vernetzt/core/io";
import { LEVEL_RULES, type LevelRule, type TieLevelView } from "@vernetzt/core/model";
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
  "hide the figures of groups (districts, sectors, …) with fewer than k actors, one of them a person; 1 shows every figure (default 5)";

/** Parses `--min-group-size`: an integer ≥ 1, or `undefined` (core's default, 5). */
export const minGroupSizeFlag = (value: string | undefined): number | undefined =>
  integerFlag(value, "--min-group-size", 1);

/**
 * `--rule` and `--min-level`: the tie-level view (`model/tie-levels.ts`) of every command that takes ties. The
 * rule turns two sides' survey reports of a pair into one tie; the level leaves out ties below it.
 */
export const RULE_FLAG = "--rule <rule>";
export const RULE_HELP =
  "how two sides' survey answers about a pair become one tie: max (the higher level either named), min (the lower; a non-respondent's answer is taken from the other side) or confirmed (only pairs both named) (default max)";
export const MIN_LEVEL_FLAG = "--min-level <level>";
export const MIN_LEVEL_HELP =
  "only ties of this level and above: 1 wissen voneinander, 2 kennen uns (meetings count here), 3 arbeiten zusammen (default 1: every tie)";

/** Parses `--rule` and `--min-level`; undefined when neither is given. */
export function levelViewFlags(options: {
  rule?: string;
  minLevel?: string;
}): Partial<TieLevelView> | undefined {
  if (options.rule === undefined && options.minLevel === undefined) return undefined;
  const view: Partial<TieLevelView> = {};
  if (options.rule !== undefined) {
    if (!LEVEL_RULES.includes(options.rule as LevelRule)) {
      throw new UsageError(`--rule must be one of ${LEVEL_RULES.join(", ")}, got "${options.rule}".`);
    }
    view.rule = options.rule as LevelRule;
  }
  if (options.minLevel !== undefined) {
    const level = levelOf(options.minLevel);
    if (level === undefined || level === 0) {
      throw new UsageError(
        `--min-level must be 1, 2 or 3 (or wissen voneinander, kennen uns, arbeiten zusammen), got "${options.minLevel}".`,
      );
    }
    view.minLevel = level;
  }
  return view;
}
