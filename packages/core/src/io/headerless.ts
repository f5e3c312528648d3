/**
 * Tables without a header row, and edge lists whose column headers say nothing, as coordinators paste them:
 *
 * - **No header row.** A table none of whose headers is a word of any table of the registry, whose first row
 *   looks like its data (at least half of its cells are numbers or years, or a value found below in the
 *   table), is read with the first row as data and the columns named `Spalte 1`, `Spalte 2`, ….
 * - **An edge list by its values.** Without an actors table, two columns of names or codes that share a value
 *   (someone who appears on both sides) are the two ends of the ties, left to right.
 */
import { normalizeKey } from "./aliases.js";
import { columnCells, profileColumn } from "./content-profile.js";
import { isGenericHeader, matchHeader } from "./header-match.js";
import { TABLES, type TableKind } from "./registry.js";
import type { SourceTable } from "./table-recognition.js";
import { cellText, parseNumber } from "./values.js";

/** Whether the header row of a table is its first data row. */
export function looksHeaderless(source: SourceTable): boolean {
  const cells = source.header;
  if (cells.length === 0 || source.rows.length === 0) return false;
  const kinds = Object.keys(TABLES) as TableKind[];
  const named = (cell: string) =>
    (isGenericHeader(cell) && parseNumber(cell) === undefined) ||
    kinds.some((kind) => matchHeader(kind, cell));
  if (cells.some(named)) return false;
  const below = new Set<string>();
  for (const row of source.rows.slice(0, 2000))
    for (const cell of row.cells) below.add(normalizeKey(cellText(cell)));
  const dataLike = cells.filter((cell) => parseNumber(cell) !== undefined || below.has(normalizeKey(cell)));
  return dataLike.length * 2 >= cells.length;
}

/** The table with its header row as the first data row, the columns named `Spalte 1`, `Spalte 2`, …. */
export function withoutHeader(source: SourceTable): SourceTable {
  const first = source.headerRow ?? Math.max(1, (source.rows[0]?.row ?? 2) - 1);
  return {
    ...source,
    header: source.header.map((_, i) => `Spalte ${i + 1}`),
    rows: [{ row: first, cells: [...source.header] }, ...source.rows],
    headerRow: null,
  };
}

/** Two columns (indexes) of names or codes that share a value, the first such pair left to right. */
export function endColumnsByValues(
  source: SourceTable,
  candidates: readonly number[],
): [number, number] | undefined {
  const columns = candidates.filter((i) => {
    const profile = profileColumn(columnCells(source.rows, i));
    return (
      !profile.sequence && profile.distinct >= 2 && profile.names + profile.codes >= 0.9 * profile.filled
    );
  });
  const values = new Map(
    columns.map((i) => [
      i,
      new Set(
        [...columnCells(source.rows.slice(0, 2000), i)]
          .map((c) => normalizeKey(cellText(c)))
          .filter((v) => v !== ""),
      ),
    ]),
  );
  for (let a = 0; a < columns.length; a++) {
    for (let b = a + 1; b < columns.length; b++) {
      const first = values.get(columns[a]!)!;
      for (const value of values.get(columns[b]!)!) if (first.has(value)) return [columns[a]!, columns[b]!];
    }
  }
  return undefined;
}
