/**
 * The validation report of a dataset: every problem found while loading, collected at once.
 *
 * Each issue names the file (relative to the dataset), the spreadsheet row (header = row 1, one row per
 * record) and the column as written in the file, so a coordinator can find it in Excel. Codes are stable and
 * documented in `docs/validation-codes.md`; messages are localised (`de`, `en`) from `i18n/<lang>/validation.ts`.
 */
import { VALIDATION_MESSAGES_DE } from "../i18n/de/validation.js";
import { VALIDATION_MESSAGES_EN } from "../i18n/en/validation.js";
import type { NameCounts, Repair } from "./mapping.js";

/** Language of validation messages. */
export type MessageLang = "de" | "en";

/** Every validation code; see `docs/validation-codes.md` for what each means and what to do. */
export const VALIDATION_CODES = [
  "FILE_MISSING",
  "FILE_EMPTY",
  "FILE_ENCODING",
  "FILE_FORMAT",
  "FILE_TOO_LARGE",
  "FILE_UNKNOWN",
  "JSON_TOO_DEEP",
  "JSON_DUPLICATE_KEY",
  "XLSX_TOO_LARGE_UNPACKED",
  "XLSX_RANGE_TOO_LARGE",
  "COLUMN_MISSING",
  "COLUMN_DUPLICATE",
  "COLUMN_IGNORED",
  "ROW_TOO_MANY_FIELDS",
  "ROW_TOO_FEW_FIELDS",
  "ROW_QUOTES",
  "ROW_NUL",
  "ROWS_ABOVE_HEADER",
  "ROWS_BELOW_TABLE",
  "ACTORS_NONE",
  "ACTORS_ONLY",
  "ID_EMPTY",
  "ID_DUPLICATE",
  "ID_INVISIBLE",
  "TEXT_BIDI",
  "NAME_EMPTY",
  "KIND_UNKNOWN",
  "COORDINATE_INVALID",
  "CONSENT_INVALID",
  "DISTRICT_UNKNOWN",
  "MEMBER_OF_UNKNOWN",
  "TIE_ENDPOINT_EMPTY",
  "TIE_UNKNOWN_ACTOR",
  "TIE_SELF_LOOP",
  "TIE_SELF_LOOP_KEPT",
  "TIE_DUPLICATE",
  "WEIGHT_INVALID",
  "WEIGHT_ZERO",
  "TIE_LEVEL_INVALID",
  "TIE_LEVEL_NONE",
  "TIE_REPORTER_UNKNOWN",
  "TIE_REPORTER_NOT_END",
  "DATE_INVALID",
  "WAVE_EMPTY",
  "WAVE_INVALID",
  "WAVE_SAME_DATE",
  "BOOLEAN_INVALID",
  "NUMBER_INVALID",
  "NUMBER_AMBIGUOUS",
  "HOST_UNKNOWN",
  "EVENT_UNKNOWN",
  "ATTENDANCE_UNKNOWN_ACTOR",
  "ATTENDANCE_DUPLICATE",
  "RESPONDENT_UNKNOWN_ACTOR",
  "RESPONDENT_DUPLICATE",
  "NAME_VARIANT",
  "NAME_TYPO",
  "ACTOR_ADDED",
  "ACTORS_FROM_TIES",
  "ACTOR_VALUE_CONFLICT",
  "TIE_ONE_ACTOR",
  "TIE_LIST_SPLIT",
  "WAVE_FROM_DATE",
  "WAVE_FROM_SHEET_NAME",
  "WEIGHT_SCALE",
  "PROJECT_NAME_EMPTY",
  "PROJECT_DISTRICT_EMPTY",
  "PROJECT_DUPLICATE",
  "PROJECT_ROLE_UNKNOWN",
  "PROJECT_ORIGIN_MULTIPLE",
  "PROJECT_WAVE_UNKNOWN",
  "CARRIER_UNKNOWN",
  "YEAR_INVALID",
  // graph files of other tools
  "NODE_UNDECLARED",
  "NODE_TIMES_IGNORED",
  "VALUE_OVER_TIME",
] as const;

export type ValidationCode = (typeof VALIDATION_CODES)[number];

export type Severity = "error" | "warning";

/** One problem of the input. Exactly these six fields (the `--json` contract of `vernetzt validate`). */
export interface ValidationIssue {
  severity: Severity;
  code: ValidationCode;
  /** File (or workbook sheet) relative to the dataset, e.g. `ties.csv`; null for the dataset as a whole. */
  file: string | null;
  /** Spreadsheet row: the header is row 1, each record one row; null when the issue is not about a row. */
  row: number | null;
  /** The column header as written in the file; null when the issue is not about a column. */
  column: string | null;
  message: string;
}

/** All problems of an input; `ok` is true when there is no error (warnings allowed). */
export interface ValidationReport {
  ok: boolean;
  issues: ValidationIssue[];
}

/** Values a message may mention. */
export interface IssueParams {
  /** The offending value as written. */
  value?: string;
  /** A second value (e.g. the other endpoint, a count, the expected list). */
  detail?: string;
}

/** One message per code, for one language. */
export type ValidationMessages = Record<ValidationCode, (params: IssueParams) => string>;

const MESSAGES: Record<MessageLang, ValidationMessages> = {
  de: VALIDATION_MESSAGES_DE,
  en: VALIDATION_MESSAGES_EN,
};

/** Where an issue is: file, row and column (each may be null). */
export interface IssueLocation {
  file: string | null;
  row: number | null;
  column: string | null;
}

/**
 * Collects issues in the order they are found and renders their messages in one language.
 *
 * @example
 * ```ts
 * import { IssueCollector } from "@vernetzt/core/io";
 *
 * const issues = new IssueCollector("de");
 * issues.warning("ID_DUPLICATE", { file: "akteure.csv", row: 4, column: "ID" }, { value: "kita" });
 * issues.hasErrors //=> false
 * issues.error("COLUMN_MISSING", { file: "beziehungen.csv", row: 1, column: null }, { value: "Zu" });
 * issues.report().ok //=> false
 * const cell = { file: "akteure.csv", row: 5, column: "Stadtteil" };
 * issues.add("warning", "DISTRICT_UNKNOWN", cell, { value: "Nordstadt" });
 * const codes = issues.report().issues.map((issue) => issue.code);
 * codes //=> ["ID_DUPLICATE", "COLUMN_MISSING", "DISTRICT_UNKNOWN"]
 * // a repaired value: one warning at its first row, one entry in `repairs` counting its rows
 * const end = { file: "Kooperationen", row: 3, column: "Partner" };
 * issues.repair("NAME_TYPO", end, "Sportveren Nordstadt", "Sportverein Nordstadt");
 * issues.repair("NAME_TYPO", { ...end, row: 9 }, "Sportveren Nordstadt", "Sportverein Nordstadt");
 * issues.repairs.map((r) => [r.original, r.resolved, r.row, r.rows]) //=> [["Sportveren Nordstadt", "Sportverein Nordstadt", 3, 2]]
 * ```
 */
export class IssueCollector {
  readonly issues: ValidationIssue[] = [];
  /** The repaired values among the issues, one per distinct value (see `repair`). */
  readonly repairs: Repair[] = [];
  /** How references to actors were matched (`ActorNames`). */
  readonly names: NameCounts = { ids: 0, names: 0, variants: 0, typos: 0, added: 0 };
  private readonly repairIndex = new Map<string, Repair>();
  constructor(readonly lang: MessageLang = "en") {}

  /**
   * A value read as something else (a name with a typo as the actor it means, a word as a number): a warning
   * for its first row, and one entry in `repairs` that counts its rows. `original` and `resolved` are also the
   * message's `value` and `detail`.
   */
  repair(code: ValidationCode, at: IssueLocation, original: string, resolved: string): void {
    const key = JSON.stringify([code, at.file, at.column, original]);
    const known = this.repairIndex.get(key);
    if (known) {
      known.rows++;
      return;
    }
    this.warning(code, at, { value: original, detail: resolved });
    const repair: Repair = {
      code,
      file: at.file,
      row: at.row,
      column: at.column,
      original,
      resolved,
      rows: 1,
    };
    this.repairIndex.set(key, repair);
    this.repairs.push(repair);
  }

  add(severity: Severity, code: ValidationCode, at: IssueLocation, params: IssueParams = {}): void {
    const message = MESSAGES[this.lang][code](params);
    this.issues.push({ severity, code, file: at.file, row: at.row, column: at.column, message });
  }
  error(code: ValidationCode, at: IssueLocation, params?: IssueParams): void {
    this.add("error", code, at, params);
  }
  warning(code: ValidationCode, at: IssueLocation, params?: IssueParams): void {
    this.add("warning", code, at, params);
  }
  get hasErrors(): boolean {
    return this.issues.some((issue) => issue.severity === "error");
  }
  report(): ValidationReport {
    return { ok: !this.hasErrors, issues: [...this.issues] };
  }
}

/**
 * Renders the message of a code in a language (for user interfaces that re-localise).
 *
 * @example
 * ```ts
 * import { validationMessage } from "@vernetzt/core/io";
 *
 * const text = validationMessage("FILE_FORMAT", "en", { value: "not a zip file", detail: "XLSX" });
 * text //=> "The file cannot be read: not a zip file. Check that it is a valid XLSX file."
 * ```
 */
export function validationMessage(code: ValidationCode, lang: MessageLang, params: IssueParams = {}): string {
  return MESSAGES[lang][code](params);
}
