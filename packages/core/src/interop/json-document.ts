/**
 * One JSON file of another tool's format → its top-level object, or null with the problem reported in words
 * (FILE_ENCODING for bytes that are not text, FILE_FORMAT for text that is not a JSON object, naming the line
 * and column of a syntax error; JSON_TOO_DEEP, JSON_DUPLICATE_KEY: `io/json-text.ts`), never with the
 * JavaScript parser's own message.
 */
import { decodeText } from "../io/decode-text.js";
import type { InputFile } from "../io/input-file.js";
import { readJsonText, reportDuplicateKey } from "../io/json-text.js";
import type { IssueCollector } from "../io/validation-report.js";

/** Reads `file` as a JSON object; `format` names the expected format in the report (e.g. `"Kumu JSON"`). */
export function readJsonObject(
  file: InputFile,
  format: string,
  issues: IssueCollector,
): Record<string, unknown> | null {
  const at = { file: file.name, row: null, column: null };
  const decoded = decodeText(file.data);
  if (!decoded.ok) {
    issues.error("FILE_ENCODING", at);
    return null;
  }
  const de = issues.lang === "de";
  const read = readJsonText(decoded.text, at, format, issues);
  if (read === null) return null;
  // A key twice in one object: which value is meant? The file is not read (io/json-text.ts).
  for (const duplicate of read.duplicates) reportDuplicateKey(duplicate, at, issues);
  if (read.duplicates.length > 0) return null;
  const document = read.value;
  if (typeof document !== "object" || document === null || Array.isArray(document)) {
    const value = de ? "kein JSON-Objekt { … }" : "not a JSON object { … }";
    issues.error("FILE_FORMAT", at, { value, detail: format });
    return null;
  }
  return document as Record<string, unknown>;
}
