/**
 * Which column of a table holds which field: every header is matched (`matchHeader`), then each field takes
 * its best column — the strongest tier wins; within the `alias` and `pattern` tiers the leftmost column (a
 * second one is a duplicate, kept as an extra attribute and reported as COLUMN_DUPLICATE, as always); within
 * `weak` the word listed first. A column whose header says nothing (`isGenericHeader`) gets the first field
 * still free whose `shape` its values have (`content` tier). Overrides (`--columns`) come before everything.
 * Every other column is an extra attribute.
 */
import { normalizeKey } from "./aliases.js";
import { columnCells, fitsShape, profileColumn } from "./content-profile.js";
import { isGenericHeader, type MatchTier, matchHeader, TIER_ORDER } from "./header-match.js";
import { type FieldSpec, TABLES, type TableKind } from "./registry.js";
import type { TableRow } from "./table.js";

/** What one column became. */
export interface ColumnChoice {
  header: string;
  /** The field, or null: kept as an extra attribute under its header. */
  field: string | null;
  /** How the field was found; null for an extra attribute (`override` when one said so). */
  tier: MatchTier | null;
  /** A second column for a field an earlier column of the same tier has: kept as an extra attribute. */
  duplicate?: boolean;
}

/** The columns of a table read as one table kind. */
export interface ColumnRecognition {
  kind: TableKind;
  columns: ColumnChoice[];
  /** Per column: its field (duplicates too, so that `resolveColumns` reports them), else null. */
  fields: (string | null)[];
  /** Required fields without a column (`oneOf` counts as one, named by its first field). */
  missing: string[];
  /** How well the headers fit the kind: the sum of the tier strengths of the fields found. */
  score: number;
}

/** Column overrides of one table: normalised header → field, or `"extra"` for an extra attribute. */
export type ColumnOverrides = ReadonlyMap<string, string>;

/**
 * Recognises the columns of a table as `kind`.
 *
 * @example
 * ```ts
 * import { recognizeColumns } from "@vernetzt/core/io";
 *
 * const header = ["Einrichtung A", "Einrichtung B", "Intensität (1-3)", "Jahr", "Bemerkung"];
 * const rows = [{ row: 2, cells: ["Kita Altstadt", "Schule Nord", "2", "2024", ""] }];
 * const { fields, missing } = recognizeColumns("ties", header, rows);
 * fields //=> ["source", "target", "weight", "wave", null]
 * missing //=> []
 * ```
 */
export function recognizeColumns(
  kind: TableKind,
  header: readonly string[],
  rows: readonly TableRow[],
  overrides: ColumnOverrides = new Map(),
): ColumnRecognition {
  const specs = TABLES[kind].fields as Record<string, FieldSpec>;
  const columns: ColumnChoice[] = header.map((h) => ({ header: h, field: null, tier: null }));
  const winner = new Map<string, { column: number; tier: number; rank: number }>();
  const candidates: Array<{ column: number; field: string; tier: MatchTier; rank: number }> = [];
  header.forEach((h, column) => {
    const forced = overrides.get(normalizeKey(h));
    if (forced === "extra") {
      columns[column] = { header: h, field: null, tier: "override" };
      return;
    }
    if (forced !== undefined) {
      candidates.push({ column, field: forced, tier: "override", rank: 0 });
      return;
    }
    const match = matchHeader(kind, h);
    if (match) candidates.push({ column, field: match.field, tier: match.tier, rank: match.rank });
  });
  for (const { column, field, tier, rank } of candidates) {
    const order = TIER_ORDER[tier];
    const best = winner.get(field);
    if (
      best === undefined ||
      order < best.tier ||
      (order === best.tier && tier === "weak" && rank < best.rank)
    ) {
      winner.set(field, { column, tier: order, rank });
    }
  }
  for (const { column, field, tier } of candidates) {
    const best = winner.get(field)!;
    if (best.column === column) {
      columns[column] = { header: header[column]!, field, tier };
    } else if (TIER_ORDER[tier] === best.tier && (tier === "alias" || tier === "pattern")) {
      columns[column] = { header: header[column]!, field, tier, duplicate: true };
    }
  }
  assignByContent(specs, header, rows, columns, overrides);
  const found = new Set(columns.filter((c) => c.field !== null && !c.duplicate).map((c) => c.field!));
  const missing: string[] = TABLES[kind].required.filter((field) => !found.has(field));
  const oneOf = (TABLES[kind] as { oneOf?: readonly string[] }).oneOf;
  if (oneOf && !oneOf.some((field) => found.has(field))) missing.push(oneOf[0]!);
  const score = columns.reduce(
    (sum, c) => (c.tier === null || c.field === null || c.duplicate ? sum : sum + (5 - TIER_ORDER[c.tier])),
    0,
  );
  return { kind, columns, fields: columns.map((c) => c.field), missing, score };
}

/** Columns whose header says nothing take the first free field whose shape their values have. */
function assignByContent(
  specs: Record<string, FieldSpec>,
  header: readonly string[],
  rows: readonly TableRow[],
  columns: ColumnChoice[],
  overrides: ColumnOverrides,
): void {
  const taken = new Set(columns.map((c) => c.field).filter((f): f is string => f !== null));
  header.forEach((h, column) => {
    if (columns[column]!.field !== null || overrides.has(normalizeKey(h)) || !isGenericHeader(h)) return;
    const profile = profileColumn(columnCells(rows, column));
    for (const [field, spec] of Object.entries(specs)) {
      if (taken.has(field) || spec.shape === undefined || !fitsShape(profile, spec.shape)) continue;
      columns[column] = { header: h, field, tier: "content" };
      taken.add(field);
      return;
    }
  });
}
