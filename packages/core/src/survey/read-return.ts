/**
 * Reading one returned form: an XLSX form (written by any program — Excel, LibreOffice, Numbers, a script —
 * cells in any case and with surrounding spaces) or a saved HTML form (its JSON answers block is parsed, never
 * run). The file name does not matter: the respondent is the `ID` on the sheet `Über uns` (or in the HTML
 * block). When that ID is missing, the respondent is the one surveyed actor absent from the list (each form
 * lists everyone but its respondent). What cannot be used is a `BrokenReturn` with a reason; a usable return
 * keeps its row problems (a value that is no level, an ID not in the list) next to its answers.
 */
import { strFromU8, unzipSync } from "fflate";
import { levelOf, normalizeKey } from "../io/aliases.js";
import { arrayBufferOf, extensionOf, type InputFile } from "../io/input-file.js";
import type { Cell } from "../io/table.js";
import { IssueCollector } from "../io/validation-report.js";
import { cellText, parseList } from "../io/values.js";
import { readXlsxSheets, type Sheet } from "../io/xlsx-sheets.js";
import type { Actor } from "../model/types.js";
import { SURVEY_ANSWERS_BLOCK, SURVEY_FORM_BLOCK } from "./form-html.js";

/** An answer for one row: 0 "kennen wir nicht" … 3 "arbeiten zusammen". */
export type SurveyLevel = 0 | 1 | 2 | 3;

/** A partner written into the free rows. */
export interface WriteIn {
  name: string;
  district: string;
  sector: string;
  /** The chosen answer; `null` when none was chosen. */
  level: SurveyLevel | null;
}

/** A problem of one row of a usable return; the row is left out, the rest of the return is used. */
export interface ReturnProblem {
  code: "LEVEL_INVALID" | "ID_UNKNOWN" | "ROW_REPEATED" | "ROW_SELF" | "LEVEL_WITHOUT_NAME";
  /** Spreadsheet row (header = 1), `null` in an HTML return. */
  row: number | null;
  value: string;
}

/** The answers of one returned form. */
export interface SurveyReturn {
  file: string;
  format: "xlsx" | "html";
  respondent: string;
  /** True when the form did not name its respondent and the one actor missing from its list was taken. */
  inferred: boolean;
  /** The wave the form names; `null` when it names none. */
  wave: string | null;
  /** Per actor id, the answer given; rows left empty are absent. */
  answers: Map<string, SurveyLevel>;
  writeIns: WriteIn[];
  /** Offers and needs as returned; `null` when the field was not there. */
  offers: string[] | null;
  needs: string[] | null;
  /** When the file was last saved (ISO), if it says so (XLSX document properties, HTML `savedAt`). */
  savedAt: string | null;
  problems: ReturnProblem[];
  /** The answers as canonical text: equal fingerprints = the same answers. */
  fingerprint: string;
}

/** Why a returned file cannot be used. */
export type BrokenReason =
  | "UNREADABLE"
  | "NOT_A_FORM"
  | "OTHER_FORMAT"
  | "UNFILLED_HTML"
  | "NO_RESPONDENT"
  | "RESPONDENT_UNKNOWN";

export interface BrokenReturn {
  file: string;
  broken: BrokenReason;
  /** What was found: the file type, the unknown ID, the reader's message. */
  detail: string;
}

/** What a return is read against: the dataset's actors and who was asked. */
export interface ReturnContext {
  actors: ReadonlyMap<string, Actor>;
  /** The actors who got a form (each form lists all of them but its respondent). */
  surveyed: ReadonlySet<string>;
}

/**
 * Reads one returned file.
 *
 * @example
 * ```ts
 * import { parseDataset } from "@vernetzt/core/io";
 * import { readSurveyReturn, surveyForms, surveyFormXlsx } from "@vernetzt/core/survey";
 *
 * const { dataset } = await parseDataset([{ name: "actors.csv", data: "id,name\nk,Kita\ns,Schule" }], {
 *   requireTies: false,
 * });
 * const actors = new Map(dataset!.actors.map((a): [string, typeof a] => [a.id, a]));
 * const context = { actors, surveyed: new Set(actors.keys()) };
 * const blank = await surveyFormXlsx(surveyForms(dataset!)[0]!);
 * const read = await readSurveyReturn({ name: "irgendwas.xlsx", data: blank }, context);
 * "respondent" in read && read.respondent //=> "k"
 * "respondent" in read && read.answers.size //=> 0
 * const broken = await readSurveyReturn({ name: "notiz.txt", data: "Hallo" }, context);
 * "broken" in broken && broken.broken //=> "NOT_A_FORM"
 * ```
 */
export async function readSurveyReturn(
  file: InputFile,
  context: ReturnContext,
): Promise<SurveyReturn | BrokenReturn> {
  const bytes = new Uint8Array(arrayBufferOf(file.data));
  const kind = sniff(file.name, bytes);
  if (kind === "xlsx") return readXlsxReturn(file.name, bytes, context);
  if (kind === "html") return readHtmlReturn(file.name, new TextDecoder().decode(bytes), context);
  if (kind === "not-a-form") return { file: file.name, broken: "NOT_A_FORM", detail: extensionOf(file.name) };
  return { file: file.name, broken: "OTHER_FORMAT", detail: kind };
}

/** What a file is, by its first bytes (names may be changed): xlsx, html, a known other format, or not a form. */
function sniff(name: string, bytes: Uint8Array): string {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 120));
  if (head.startsWith("PK")) {
    if (head.includes("opendocument.spreadsheet")) return "ods";
    return "xlsx";
  }
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return "xls";
  if (head.startsWith("%PDF")) return "pdf";
  if (/^\s*</.test(head.replace(/^\uFEFF|^ï»¿/, "")) || extensionOf(name) === "html") {
    const text = new TextDecoder().decode(bytes);
    if (text.includes(SURVEY_FORM_BLOCK) || text.includes(SURVEY_ANSWERS_BLOCK)) return "html";
  }
  return "not-a-form";
}

// ---------------------------------------------------------------------------------------------- XLSX

const KEYS = {
  id: ["id"],
  name: ["name"],
  district: ["stadtteil", "district"],
  sector: ["bereich", "sector"],
  level: ["stufe", "level", "beziehungsstufe"],
};

async function readXlsxReturn(
  file: string,
  bytes: Uint8Array,
  context: ReturnContext,
): Promise<SurveyReturn | BrokenReturn> {
  const issues = new IssueCollector("de");
  let sheets: Sheet[] | null;
  try {
    sheets = await readXlsxSheets(file, arrayBufferOf(bytes), issues);
  } catch (error) {
    sheets = null;
    issues.error("FILE_FORMAT", { file, row: null, column: null }, { value: String(error) });
  }
  if (!sheets) return { file, broken: "UNREADABLE", detail: issues.issues[0]?.message ?? "XLSX" };
  const contacts = sheets.find((sheet) => normalizeKey(sheet.name) === "kontakte");
  const about = sheets.find((sheet) => normalizeKey(sheet.name) === "uberuns");
  const column = (field: keyof typeof KEYS) =>
    contacts ? contacts.header.findIndex((h) => KEYS[field].includes(normalizeKey(h))) : -1;
  const at = { id: column("id"), name: column("name"), level: column("level") };
  if (!contacts || at.id < 0 || at.level < 0) {
    return { file, broken: "NOT_A_FORM", detail: sheets.map((sheet) => sheet.name).join(", ") };
  }
  const district = column("district");
  const sector = column("sector");
  const fields = aboutFields(about);
  const text = (cells: readonly Cell[], index: number) => (index < 0 ? "" : cellText(cells[index]));
  const answers = new Map<string, SurveyLevel>();
  const listed = new Set<string>();
  const writeIns: WriteIn[] = [];
  const problems: ReturnProblem[] = [];
  const byName = namesToIds(context.actors);
  const rows: Array<{ row: number | null; id: string; name: string; level: SurveyLevel | null }> = [];
  for (const row of contacts.rows) {
    const id = text(row.cells, at.id);
    const name = text(row.cells, at.name);
    const raw = text(row.cells, at.level);
    const level = raw === "" ? null : (levelOf(raw) ?? undefined);
    if (level === undefined) {
      problems.push({ code: "LEVEL_INVALID", row: row.row, value: raw });
      if (id !== "") listed.add(id);
      continue;
    }
    if (id === "" || !context.actors.has(id)) {
      const known = id === "" ? undefined : byName.get(normalizeKey(name));
      if (known !== undefined) {
        rows.push({ row: row.row, id: known, name, level });
        continue;
      }
      if (name === "") {
        if (level !== null) problems.push({ code: "LEVEL_WITHOUT_NAME", row: row.row, value: raw });
        continue;
      }
      if (id !== "") problems.push({ code: "ID_UNKNOWN", row: row.row, value: id });
      writeIns.push({ name, district: text(row.cells, district), sector: text(row.cells, sector), level });
      continue;
    }
    rows.push({ row: row.row, id, name, level });
  }
  for (const { row, id, level } of rows) {
    listed.add(id);
    if (level === null) continue;
    if (answers.has(id)) {
      problems.push({ code: "ROW_REPEATED", row, value: id });
      continue;
    }
    answers.set(id, level);
  }
  const respondent = fields.get("id") ?? "";
  const found = findRespondent(respondent, listed, context);
  if ("broken" in found) return { file, broken: found.broken, detail: found.detail };
  if (answers.has(found.id)) {
    problems.push({ code: "ROW_SELF", row: null, value: found.id });
    answers.delete(found.id);
  }
  return finish({
    file,
    format: "xlsx",
    respondent: found.id,
    inferred: found.inferred,
    wave: fields.get("welle") ?? fields.get("wave") ?? null,
    answers,
    writeIns,
    offers: fields.has("wirbieten") ? parseList(fields.get("wirbieten")!) : null,
    needs: fields.has("wirsuchen") ? parseList(fields.get("wirsuchen")!) : null,
    savedAt: modifiedAt(bytes),
    problems,
  });
}

/** The sheet `Über uns` as normalised first cell → second cell (the header row is a row like the others). */
function aboutFields(sheet: Sheet | undefined): Map<string, string> {
  const fields = new Map<string, string>();
  if (!sheet) return fields;
  const rows = [sheet.header as Cell[], ...sheet.rows.map((row) => row.cells)];
  for (const cells of rows) {
    const key = normalizeKey(cellText(cells[0]));
    const value = cellText(cells[1]);
    if (key !== "" && !fields.has(key) && !/^column\d+$/.test(key)) fields.set(key, value);
  }
  // a header cell left empty is named "column N" by the sheet reader: an empty value
  for (const [key, value] of fields) if (/^column \d+$/.test(value)) fields.set(key, "");
  return fields;
}

/** `dcterms:modified` of the XLSX document properties (written by Excel, LibreOffice, openpyxl …). */
function modifiedAt(bytes: Uint8Array): string | null {
  try {
    const files = unzipSync(bytes, { filter: (entry) => entry.name === "docProps/core.xml" });
    const xml = files["docProps/core.xml"];
    if (!xml) return null;
    const match = /<dcterms:modified[^>]*>([^<]+)<\/dcterms:modified>/.exec(strFromU8(xml));
    const date = match ? new Date(match[1]!.trim()) : null;
    return date && !Number.isNaN(date.getTime()) ? date.toISOString() : null;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------- HTML

function readHtmlReturn(file: string, html: string, context: ReturnContext): SurveyReturn | BrokenReturn {
  const block = (id: string): unknown => {
    const pattern = new RegExp(`<script\\b[^>]*\\bid=["']?${id}["']?[^>]*>([\\s\\S]*?)<\\/script>`, "i");
    const match = pattern.exec(html);
    if (!match) return undefined;
    try {
      return JSON.parse(match[1]!);
    } catch {
      return undefined;
    }
  };
  const form = asRecord(block(SURVEY_FORM_BLOCK));
  const saved = asRecord(block(SURVEY_ANSWERS_BLOCK));
  if (!saved) return { file, broken: "UNFILLED_HTML", detail: String(form?.respondent ?? "") };
  const problems: ReturnProblem[] = [];
  const answers = new Map<string, SurveyLevel>();
  for (const [id, value] of Object.entries(asRecord(saved.answers) ?? {})) {
    const level = typeof value === "number" && [0, 1, 2, 3].includes(value) ? (value as SurveyLevel) : null;
    if (level === null) problems.push({ code: "LEVEL_INVALID", row: null, value: String(value) });
    else if (!context.actors.has(id)) problems.push({ code: "ID_UNKNOWN", row: null, value: id });
    else answers.set(id, level);
  }
  const writeIns: WriteIn[] = [];
  for (const entry of Array.isArray(saved.writeIns) ? saved.writeIns : []) {
    const record = asRecord(entry);
    const name = typeof record?.name === "string" ? record.name.trim() : "";
    if (!record || name === "") continue;
    const level = [0, 1, 2, 3].includes(record.level as number) ? (record.level as SurveyLevel) : null;
    const str = (value: unknown) => (typeof value === "string" ? value.trim() : "");
    writeIns.push({ name, district: str(record.district), sector: str(record.sector), level });
  }
  const respondent = String(saved.respondent ?? form?.respondent ?? "");
  const found = findRespondent(respondent, new Set(answers.keys()), context);
  if ("broken" in found) return { file, broken: found.broken, detail: found.detail };
  if (answers.has(found.id)) {
    problems.push({ code: "ROW_SELF", row: null, value: found.id });
    answers.delete(found.id);
  }
  const text = (value: unknown) =>
    typeof value === "string" ? parseList(value.replace(/\r?\n/g, ";")) : null;
  const wave = saved.wave ?? form?.wave;
  const savedAt = typeof saved.savedAt === "string" ? new Date(saved.savedAt) : null;
  return finish({
    file,
    format: "html",
    respondent: found.id,
    inferred: false,
    wave: wave === undefined || wave === null ? null : String(wave),
    answers,
    writeIns,
    offers: text(saved.offers),
    needs: text(saved.needs),
    savedAt: savedAt && !Number.isNaN(savedAt.getTime()) ? savedAt.toISOString() : null,
    problems,
  });
}

function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

// ---------------------------------------------------------------------------------------------- shared

/**
 * The respondent: the ID the form names, else (XLSX: no ID) the one surveyed actor the list does not hold.
 */
function findRespondent(
  id: string,
  listed: ReadonlySet<string>,
  context: ReturnContext,
): { id: string; inferred: boolean } | { broken: BrokenReason; detail: string } {
  if (id !== "") {
    return context.actors.has(id) ? { id, inferred: false } : { broken: "RESPONDENT_UNKNOWN", detail: id };
  }
  const absent = [...context.surveyed].filter((actor) => !listed.has(actor));
  if (absent.length === 1 && listed.size > 0) return { id: absent[0]!, inferred: true };
  return { broken: "NO_RESPONDENT", detail: "" };
}

/** Actor ids by normalised name (the first actor of a name wins). */
function namesToIds(actors: ReadonlyMap<string, Actor>): Map<string, string> {
  const byName = new Map<string, string>();
  for (const actor of actors.values()) {
    const key = normalizeKey(actor.name);
    if (!byName.has(key)) byName.set(key, actor.id);
  }
  return byName;
}

function finish(read: Omit<SurveyReturn, "fingerprint">): SurveyReturn {
  const answers = [...read.answers].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const fingerprint = JSON.stringify([
    read.respondent,
    answers,
    read.writeIns.map((w) => [normalizeKey(w.name), w.district, w.sector, w.level]),
    read.offers,
    read.needs,
  ]);
  return { ...read, fingerprint };
}
