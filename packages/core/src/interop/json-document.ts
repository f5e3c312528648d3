/**
 * One JSON file of another tool's format → its top-level object, or null with the problem reported in words
 * (FILE_ENCODING for bytes that are not text, FILE_FORMAT for text that is not a JSON object, naming the line
 * and column of a syntax error), never with the JavaScript parser's own message.
 */
import { decodeText } from "../io/decode-text.js";
import type { InputFile } from "../io/input-file.js";
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
  let document: unknown;
  try {
    document = JSON.parse(decoded.text);
  } catch (error) {
    const [line, column] = syntaxErrorPosition(decoded.text, error);
    const where =
      line === undefined
        ? ""
        : de
          ? ` (Zeile ${line}, Spalte ${column})`
          : ` (line ${line}, column ${column})`;
    issues.error("FILE_FORMAT", at, {
      value: (de ? "kein gültiges JSON" : "not valid JSON") + where,
      detail: format,
    });
    return null;
  }
  if (typeof document !== "object" || document === null || Array.isArray(document)) {
    const value = de ? "kein JSON-Objekt { … }" : "not a JSON object { … }";
    issues.error("FILE_FORMAT", at, { value, detail: format });
    return null;
  }
  return document as Record<string, unknown>;
}

/** Line and column (1-based) of a `JSON.parse` error, from the character position engines put in it. */
function syntaxErrorPosition(text: string, error: unknown): [number?, number?] {
  const position = /position (\d+)/.exec(error instanceof Error ? error.message : "")?.[1];
  if (position === undefined) return [];
  const before = text.slice(0, Number(position)).split(/\r\n|\n|\r/);
  return [before.length, before.at(-1)!.length + 1];
}
