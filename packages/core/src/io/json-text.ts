/**
 * JSON text checked before it is parsed: a single iterative pass (no recursion, so no depth can exhaust the
 * stack) over the grammar of RFC 8259 that finds
 *
 * - the line and column of the first syntax error (engines word and place `JSON.parse` errors differently);
 * - nesting deeper than `maxDepth` (a document nested 5,000 levels deep inside an attribute ended in
 *   "Maximum call stack size exceeded" further on);
 * - keys that occur twice in one object: `JSON.parse` keeps the last silently, so `{"consent": "nein", …,
 *   "consent": "ja"}` would name a person who said no. RFC 8259 §4: "The names within an object SHOULD be
 *   unique"; a reader is free to refuse them, and vernetzt does.
 *
 * Only text that passes is handed to `JSON.parse`, which then cannot fail.
 */
import type { IssueCollector, IssueLocation, MessageLang } from "./validation-report.js";

/** Options of {@link parseJsonText}. */
export interface JsonTextOptions {
  /** Deepest nesting of objects and arrays read. Default 64 (vernetzt's and other tools' files need about 5). */
  maxDepth?: number;
}

export const DEFAULT_JSON_TEXT_OPTIONS: Required<JsonTextOptions> = { maxDepth: 64 };

/** Where in the text: 1-based line and column (in characters). */
export interface JsonPosition {
  line: number;
  column: number;
}

/** A key that occurs twice (or more) in one object. */
export interface JsonDuplicateKey {
  key: string;
  /** Where the object is: keys and array indexes from the top, e.g. `["actors", 2]`. */
  path: Array<string | number>;
  /** The first and the repeated occurrence. */
  first: JsonPosition;
  repeated: JsonPosition;
}

/** The parsed value with the duplicate keys found, or why the text is not read. */
export type JsonTextResult =
  | { ok: true; value: unknown; duplicates: JsonDuplicateKey[] }
  | { ok: false; problem: "syntax" | "depth"; at: JsonPosition; maxDepth: number };

interface Frame {
  kind: "object" | "array";
  /** Keys seen so far (objects), with the index of their first occurrence. */
  keys: Map<string, number> | null;
  /** The current key (objects) or index (arrays). */
  at: string | number;
}

/**
 * Parses JSON text, or says where and why it is not read.
 *
 * @example
 * ```ts
 * import { parseJsonText } from "@vernetzt/core/io";
 *
 * parseJsonText('{"a": [1, 2]}') //=> { ok: true, value: { a: [1, 2] }, duplicates: [] }
 * parseJsonText('{"a": 1,\n "b": }') //=> { ok: false, problem: "syntax", at: { line: 2, column: 7 }, maxDepth: 64 }
 * parseJsonText("[".repeat(100) + "]".repeat(100)).ok //=> false
 * const twice = parseJsonText('{"actors": [{"id": "eb", "consent": "nein", "consent": "ja"}]}');
 * twice.ok && twice.duplicates //=> [{ key: "consent", path: ["actors", 0], first: { line: 1, column: 26 }, repeated: { line: 1, column: 45 } }]
 * ```
 */
export function parseJsonText(text: string, options: JsonTextOptions = {}): JsonTextResult {
  const maxDepth = options.maxDepth ?? DEFAULT_JSON_TEXT_OPTIONS.maxDepth;
  const found = scan(text, maxDepth);
  const positions = lineColumns(text, [
    ...(found.error ? [found.error.index] : []),
    ...found.duplicates.flatMap((d) => [d.first, d.repeated]),
  ]);
  if (found.error)
    return { ok: false, problem: found.error.problem, at: positions.get(found.error.index)!, maxDepth };
  return {
    ok: true,
    value: JSON.parse(text),
    duplicates: found.duplicates.map((d) => ({
      key: d.key,
      path: d.path,
      first: positions.get(d.first)!,
      repeated: positions.get(d.repeated)!,
    })),
  };
}

interface ScanResult {
  error: { problem: "syntax" | "depth"; index: number } | null;
  duplicates: Array<{ key: string; path: Array<string | number>; first: number; repeated: number }>;
}

const QUOTE = 34;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const BACKSLASH = 92;

/** One pass over the text; indexes are character offsets. */
function scan(text: string, maxDepth: number): ScanResult {
  const duplicates: ScanResult["duplicates"] = [];
  const stack: Frame[] = [];
  let i = 0;
  const fail = (problem: "syntax" | "depth", index = i): ScanResult => ({
    error: { problem, index: Math.min(index, text.length) },
    duplicates,
  });
  const skipSpace = () => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 10 || c === 13 || c === 9) i++;
      else return;
    }
  };
  /** Index after the closing quote of the string starting at `i`, or -1. */
  const stringEnd = (): number => {
    let j = i + 1;
    for (;;) {
      const c = text.charCodeAt(j);
      if (c === QUOTE) return j + 1;
      if (Number.isNaN(c) || c < 32) return -1;
      if (c === BACKSLASH) {
        const e = text[j + 1];
        if (e === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6))) return -1;
          j += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) j += 2;
        else return -1;
      } else j++;
    }
  };

  // expect: "value" (a value must come), "key" (a key or `}` of an empty object), "after" (after a value)
  let expect: "value" | "key" | "firstValue" | "after" = "value";
  for (;;) {
    skipSpace();
    const c = text[i];
    const top = stack[stack.length - 1];
    if (expect === "after") {
      if (top === undefined) return i === text.length ? { error: null, duplicates } : fail("syntax");
      if (c === ",") {
        i++;
        if (top.kind === "array") {
          top.at = (top.at as number) + 1;
          expect = "value";
        } else expect = "key";
        continue;
      }
      if ((c === "]" && top.kind === "array") || (c === "}" && top.kind === "object")) {
        i++;
        stack.pop();
        continue;
      }
      return fail("syntax");
    }
    if (expect === "key") {
      if (c === "}" && top!.keys!.size === 0) {
        i++;
        stack.pop();
        expect = "after";
        continue;
      }
      if (c !== '"') return fail("syntax");
      const start = i;
      const end = stringEnd();
      if (end < 0) return fail("syntax");
      const raw = text.slice(start + 1, end - 1);
      const key = raw.includes("\\") ? (JSON.parse(text.slice(start, end)) as string) : raw;
      const first = top!.keys!.get(key);
      if (first === undefined) top!.keys!.set(key, start);
      else duplicates.push({ key, path: stack.slice(0, -1).map((f) => f.at), first, repeated: start });
      top!.at = key;
      i = end;
      skipSpace();
      if (text[i] !== ":") return fail("syntax");
      i++;
      expect = "value";
      continue;
    }
    if (expect === "firstValue") {
      if (c === "]") {
        i++;
        stack.pop();
        expect = "after";
        continue;
      }
      expect = "value";
    }
    // a value
    if (c === "{" || c === "[") {
      if (stack.length >= maxDepth) return fail("depth");
      stack.push({ kind: c === "{" ? "object" : "array", keys: c === "{" ? new Map() : null, at: 0 });
      i++;
      expect = c === "{" ? "key" : "firstValue";
      continue;
    }
    if (c === '"') {
      const end = stringEnd();
      if (end < 0) return fail("syntax");
      i = end;
    } else if (c === "t" || c === "f" || c === "n") {
      const word = c === "t" ? "true" : c === "f" ? "false" : "null";
      if (!text.startsWith(word, i)) return fail("syntax");
      i += word.length;
    } else {
      NUMBER.lastIndex = i;
      if (!NUMBER.test(text)) return fail("syntax");
      i = NUMBER.lastIndex;
    }
    expect = "after";
  }
}

/** Line and column of each index, in one pass over the text. */
function lineColumns(text: string, indexes: number[]): Map<number, JsonPosition> {
  const sorted = [...new Set(indexes)].sort((a, b) => a - b);
  const result = new Map<number, JsonPosition>();
  let line = 1;
  let lineStart = 0;
  let next = 0;
  for (let i = 0; next < sorted.length; i++) {
    while (next < sorted.length && sorted[next] === i) {
      result.set(i, { line, column: i - lineStart + 1 });
      next++;
    }
    if (i >= text.length) break;
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return result;
}

/**
 * Parses JSON text and reports why it cannot be read: FILE_FORMAT naming the line and column of a syntax error
 * ("not valid JSON (line 3, column 5)", in the collector's language, `format` naming the expected format) or
 * JSON_TOO_DEEP. Duplicate keys are returned for the caller to report where they belong
 * ({@link reportDuplicateKey}); `null` when the text is not read.
 *
 * @example
 * ```ts
 * import { IssueCollector, readJsonText } from "@vernetzt/core/io";
 *
 * const issues = new IssueCollector("de");
 * readJsonText('{"a": 1,}', { file: "netz.json", row: null, column: null }, "JSON", issues) //=> null
 * issues.issues[0]!.message //=> "Die Datei lässt sich nicht lesen: kein gültiges JSON (Zeile 1, Spalte 9). Ist es eine gültige JSON-Datei?"
 * readJsonText('{"a": 1}', { file: "netz.json", row: null, column: null }, "JSON", issues)?.value //=> { a: 1 }
 * ```
 */
export function readJsonText(
  text: string,
  at: IssueLocation,
  format: string,
  issues: IssueCollector,
  options: JsonTextOptions = {},
): { value: unknown; duplicates: JsonDuplicateKey[] } | null {
  const result = parseJsonText(text, options);
  if (result.ok) return { value: result.value, duplicates: result.duplicates };
  const where = positionText(result.at, issues.lang);
  if (result.problem === "depth") {
    issues.error("JSON_TOO_DEEP", at, { value: where, detail: String(result.maxDepth) });
  } else {
    const value = `${issues.lang === "de" ? "kein gültiges JSON" : "not valid JSON"} (${where})`;
    issues.error("FILE_FORMAT", at, { value, detail: format });
  }
  return null;
}

/**
 * Reports a key that occurs twice (JSON_DUPLICATE_KEY) at `at`, naming both places.
 *
 * @example
 * ```ts
 * import { IssueCollector, parseJsonText, reportDuplicateKey } from "@vernetzt/core/io";
 *
 * const parsed = parseJsonText('{"id": "eb",\n "consent": "nein", "consent": "ja"}');
 * const issues = new IssueCollector("en");
 * if (parsed.ok) reportDuplicateKey(parsed.duplicates[0]!, { file: "netz.json", row: 2, column: null }, issues);
 * issues.issues[0]!.message //=> 'The key "consent" occurs twice in one object (line 2, column 2 and line 2, column 21); it was not read, because it is not clear which value is meant. Delete one of them.'
 * ```
 */
export function reportDuplicateKey(
  duplicate: JsonDuplicateKey,
  at: IssueLocation,
  issues: IssueCollector,
): void {
  const and = issues.lang === "de" ? " und " : " and ";
  const detail =
    positionText(duplicate.first, issues.lang) + and + positionText(duplicate.repeated, issues.lang);
  issues.error("JSON_DUPLICATE_KEY", at, { value: duplicate.key, detail });
}

function positionText(at: JsonPosition, lang: MessageLang): string {
  return lang === "de" ? `Zeile ${at.line}, Spalte ${at.column}` : `line ${at.line}, column ${at.column}`;
}
