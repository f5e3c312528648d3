/**
 * What the values of a column look like: the content check for a column whose header says nothing, and for
 * telling names from codes. A profile counts, over the first `PROFILE_ROWS` non-empty cells, how many are
 * years, dates, numbers, yes/no values, codes and names; `fitsShape` turns that into a yes/no per `ValueShape`.
 * Shares are fractions of the non-empty cells; a shape fits when nearly every cell has it (`SHAPE_SHARE`), so a
 * column of free text is never taken for numbers because three cells happen to be numbers.
 */
import { booleanOf } from "./aliases.js";
import type { ValueShape } from "./registry.js";
import type { Cell } from "./table.js";
import { cellText, parseDate, parseNumber } from "./values.js";

/** How many non-empty cells of a column are looked at. */
export const PROFILE_ROWS = 2000;

/** The share of non-empty cells that must have a shape for the column to have it. */
export const SHAPE_SHARE = 0.9;

/** Counts over the non-empty cells of a column (at most `PROFILE_ROWS`). */
export interface ColumnProfile {
  /** Non-empty cells looked at. */
  filled: number;
  /** Distinct values among them. */
  distinct: number;
  years: number;
  dates: number;
  numbers: number;
  /** Numbers greater than 0. */
  positive: number;
  booleans: number;
  /** Short codes without spaces (`a01`, `K-17`, `12`). */
  codes: number;
  /** Text with letters that is not a code (`Kita Altstadt`, `Quartiersbüro`). */
  names: number;
  /** Whether the numbers count 1, 2, 3, … down the rows (a running number, not a reference). */
  sequence: boolean;
}

/** A code: at most 12 characters, no space, and a digit in it or at most 3 characters. */
const CODE = /^(?=.{1,12}$)(?=\S*\d|.{1,3}$)[\p{L}\p{N}._\-/#]+$/u;
const YEAR = /^(19|20)\d\d$/;

/**
 * Whether a value is a code rather than a name: `a01`, `K-17`, `12`, `ab` are codes; `Kita Altstadt`, `Schule`
 * are names.
 *
 * @example
 * ```ts
 * import { isCodeLike } from "@vernetzt/core/io";
 *
 * isCodeLike("a01") //=> true
 * isCodeLike("17") //=> true
 * isCodeLike("Kita Altstadt") //=> false
 * isCodeLike("Jugendtreff") //=> false
 * ```
 */
export function isCodeLike(value: string): boolean {
  return CODE.test(value.trim());
}

/**
 * The profile of a column's cells.
 *
 * @example
 * ```ts
 * import { profileColumn } from "@vernetzt/core/io";
 *
 * const years = profileColumn(["2024", "2024", 2025, ""]);
 * [years.filled, years.years, years.distinct] //=> [3, 3, 2]
 * profileColumn(["Kita Altstadt", "Schule Nord"]).names //=> 2
 * ```
 */
export function profileColumn(cells: Iterable<Cell>): ColumnProfile {
  const profile: ColumnProfile = {
    filled: 0,
    distinct: 0,
    years: 0,
    dates: 0,
    numbers: 0,
    positive: 0,
    booleans: 0,
    codes: 0,
    names: 0,
    sequence: true,
  };
  const seen = new Set<string>();
  for (const cell of cells) {
    const text = cellText(cell);
    if (text === "") continue;
    if (profile.filled >= PROFILE_ROWS) break;
    profile.filled++;
    seen.add(text);
    const number = parseNumber(cell);
    if (number !== undefined) {
      profile.numbers++;
      if (number > 0) profile.positive++;
      if (number !== profile.filled) profile.sequence = false;
    } else {
      profile.sequence = false;
    }
    if (YEAR.test(text)) profile.years++;
    if (cell instanceof Date || parseDate(cell) !== undefined) profile.dates++;
    if (booleanOf(text) !== undefined) profile.booleans++;
    if (isCodeLike(text)) profile.codes++;
    else if (/\p{L}/u.test(text)) profile.names++;
  }
  profile.distinct = seen.size;
  if (profile.filled < 3) profile.sequence = false;
  return profile;
}

/**
 * Whether a column's values have a shape (see `ValueShape`); `actor` needs the actors table and is decided by
 * `referenceShare` instead, so it never fits here.
 *
 * @example
 * ```ts
 * import { fitsShape, profileColumn } from "@vernetzt/core/io";
 *
 * fitsShape(profileColumn(["2024", "2025", "2024"]), "wave") //=> true
 * fitsShape(profileColumn(["1", "3", "2"]), "number") //=> true
 * fitsShape(profileColumn(["ja", "nein"]), "boolean") //=> true
 * fitsShape(profileColumn(["Kita Altstadt", "Schule Nord"]), "name") //=> true
 * ```
 */
export function fitsShape(profile: ColumnProfile, shape: ValueShape): boolean {
  const { filled } = profile;
  if (filled === 0) return false;
  const share = (count: number) => count >= SHAPE_SHARE * filled;
  switch (shape) {
    case "id":
      return profile.distinct === filled && share(profile.codes);
    case "name":
      return profile.distinct >= SHAPE_SHARE * filled && share(profile.names);
    case "number":
      return share(profile.positive) && !share(profile.years) && !profile.sequence;
    case "wave":
      return share(profile.years) && profile.distinct <= Math.max(3, filled / 2);
    case "date":
      return share(profile.dates) && !share(profile.years);
    case "boolean":
      return share(profile.booleans) && profile.distinct <= 4 && !share(profile.numbers);
    case "actor":
      return false;
  }
}

/**
 * The share of a column's non-empty values (over the first `PROFILE_ROWS`) that `isKnown` accepts — for a
 * tie endpoint: the names or ids of the actors table.
 *
 * @example
 * ```ts
 * import { referenceShare } from "@vernetzt/core/io";
 *
 * const ids = new Set(["1", "2", "3"]);
 * referenceShare([1, 2, "2", "7"], (value) => ids.has(value)) //=> 0.75
 * ```
 */
export function referenceShare(cells: Iterable<Cell>, isKnown: (value: string) => boolean): number {
  let filled = 0;
  let known = 0;
  for (const cell of cells) {
    const text = cellText(cell);
    if (text === "") continue;
    if (filled >= PROFILE_ROWS) break;
    filled++;
    if (isKnown(text)) known++;
  }
  return filled === 0 ? 0 : known / filled;
}

/** The cells of one column of a table's rows, lazily. */
export function* columnCells(rows: ReadonlyArray<{ cells: readonly Cell[] }>, index: number): Iterable<Cell> {
  for (const row of rows) yield row.cells[index];
}
