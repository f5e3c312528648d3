/**
 * Which column of a table holds which field: found from the headers through the alias table (or given, for
 * JSON documents and graph files), with every other column kept as an extra attribute.
 */
import { type FieldOf, fieldHeaders, fieldOf, type TableKind } from "./aliases.js";
import { firstBidiControl, withoutBidiControls } from "./bidi.js";
import { TABLES } from "./registry.js";
import type { Cell, Table, TableRow } from "./table.js";
import type { IssueCollector, IssueLocation } from "./validation-report.js";
import { cellText, parseList } from "./values.js";

export interface Columns<K extends TableKind> {
  table: Table;
  /** Column index per field. */
  index: Partial<Record<FieldOf<K>, number>>;
  /** Columns kept as extra attributes: column index and attribute name (the header, made unique). */
  extras: Array<{ index: number; key: string }>;
  /** Where the rows report what their reading changed (bidi controls removed: TEXT_BIDI). */
  issues?: IssueCollector;
}

/**
 * Resolves the columns of a table; null (with COLUMN_MISSING reported) when a required column is missing.
 * A second column for the same field is reported (COLUMN_DUPLICATE) and kept as an extra attribute.
 */
export function resolveColumns<K extends TableKind>(
  kind: K,
  table: Table,
  issues: IssueCollector,
  severity: "error" | "warning",
): Columns<K> | null {
  const index: Partial<Record<FieldOf<K>, number>> = {};
  const extras: Array<{ index: number; key: string }> = [];
  const keys = new Set<string>(); // a Set: a sheet with 100,000 columns must not take quadratic time
  const addExtra = (i: number, header: string) => {
    let key = header;
    for (let n = 2; keys.has(key); n++) key = `${header} (${n})`;
    keys.add(key);
    if (key !== header) {
      issues.warning("COLUMN_DUPLICATE", { file: table.file, row: 1, column: header }, { value: header });
    }
    extras.push({ index: i, key });
  };
  const known = TABLES[kind].fields as Record<string, unknown>;
  table.header.forEach((header, i) => {
    const given = table.fields ? (table.fields[i] ?? undefined) : fieldOf(kind, header);
    // a field the table does not have (an endpoint's `source.district` beside an actors table) is an attribute
    const field = (given !== undefined && Object.hasOwn(known, given) ? given : undefined) as
      | FieldOf<K>
      | undefined;
    if (field === undefined) {
      addExtra(i, header);
    } else if (index[field] !== undefined) {
      issues.warning("COLUMN_DUPLICATE", { file: table.file, row: 1, column: header }, { value: field });
      addExtra(i, header);
    } else {
      index[field] = i;
    }
  });
  const spec = TABLES[kind] as { required: readonly string[]; oneOf?: readonly string[] };
  const missing = (spec.required as readonly FieldOf<K>[]).filter((field) => index[field] === undefined);
  if (spec.oneOf?.every((field) => index[field as FieldOf<K>] === undefined)) {
    missing.push(spec.oneOf[0] as FieldOf<K>);
  }
  for (const field of missing) {
    const names = fieldHeaders(kind, field);
    issues.add(
      severity,
      "COLUMN_MISSING",
      { file: table.file, row: 1, column: null },
      {
        value: names.en,
        detail: names.de,
      },
    );
  }
  return missing.length > 0 ? null : { table, index, extras, issues };
}

/** Text that NFC cannot change (most cells): normalising is skipped. */
const NOT_ASCII = /[^ -~\t\n\r]/;

/** Reads the fields of one row. */
export class RowReader<K extends TableKind> {
  /** Columns of this row already reported for bidi controls (a field may be read twice). */
  private bidiReported: Set<string> | undefined;

  constructor(
    private readonly columns: Columns<K>,
    readonly row: TableRow,
  ) {}

  /** `text` without bidi controls (`bidi.ts`), reported once per column of the row when there were some. */
  private shown(text: string, column: string | null): string {
    const control = firstBidiControl(text);
    if (control === undefined) return text;
    const cleaned = withoutBidiControls(text);
    const key = column ?? "";
    if (this.columns.issues && !this.bidiReported?.has(key)) {
      this.bidiReported ??= new Set();
      this.bidiReported.add(key);
      this.columns.issues.warning(
        "TEXT_BIDI",
        { file: this.columns.table.file, row: this.row.row, column },
        { value: cleaned, detail: control },
      );
    }
    return cleaned;
  }

  has(field: FieldOf<K>): boolean {
    return this.columns.index[field] !== undefined;
  }
  cell(field: FieldOf<K>): Cell {
    const i = this.columns.index[field];
    return i === undefined ? undefined : this.row.cells[i];
  }
  /**
   * The cell as trimmed text, as written (no Unicode normalisation: names and labels stay byte for byte), but
   * without bidi embedding, override and isolate controls, which would flip the text in every output (reported:
   * TEXT_BIDI).
   */
  text(field: FieldOf<K>): string {
    const text = cellText(this.cell(field));
    return NOT_ASCII.test(text) ? this.shown(text, this.at(field).column) : text;
  }
  /** The cell as a list (`a; b` or `a, b`), each item as `text` gives it. */
  list(field: FieldOf<K>): string[] {
    const items = parseList(this.cell(field));
    if (!items.some((item) => NOT_ASCII.test(item))) return items;
    const column = this.at(field).column;
    return items.map((item) => this.shown(item, column)).filter((item) => item !== "");
  }
  /**
   * The cell as an id or a reference to one: trimmed text in Unicode NFC, so that an id typed on a Mac
   * (`u` + combining `¨`) equals the same id typed on Windows (`ü`) (#17). Only ids and references are
   * normalised; every other cell is kept as written.
   */
  id(field: FieldOf<K>): string {
    const text = cellText(this.cell(field));
    return NOT_ASCII.test(text) ? text.normalize("NFC") : text;
  }
  /** Where a field of this row is, for an issue. */
  at(field?: FieldOf<K>): IssueLocation {
    const i = field === undefined ? undefined : this.columns.index[field];
    const column = i === undefined ? null : (this.columns.table.header[i] ?? null);
    return { file: this.row.file ?? this.columns.table.file, row: this.row.row, column };
  }
  /** The extra columns of this row, by header as written (a repeated header gets ` (2)`); empty cells left out. */
  attributes(): Record<string, string> {
    if (this.columns.extras.length === 0) return {};
    const entries: Array<[string, string]> = [];
    for (const { index, key } of this.columns.extras) {
      const text = cellText(this.row.cells[index]);
      const value = NOT_ASCII.test(text) ? this.shown(text, this.columns.table.header[index] ?? key) : text;
      if (value !== "") entries.push([key, value]);
    }
    // fromEntries defines own properties: a header "__proto__" is kept as an attribute, not a prototype
    return Object.fromEntries(entries);
  }
}

/** The readers of every row of a table. */
export function rowsOf<K extends TableKind>(columns: Columns<K>): RowReader<K>[] {
  return columns.table.rows.map((row) => new RowReader(columns, row));
}
