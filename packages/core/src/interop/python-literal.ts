/**
 * Python dict literals as networkx writes edge data (`{'weight': 2, 'type': 'Kooperation'}`, the `repr` of a
 * dict): string keys; values that are strings (single or double quotes, backslash escapes), numbers, `True`,
 * `False` or `None`. Enough for `write_edgelist`; anything else (nested lists, tuples) is rejected.
 */
import { setOwn } from "../model/member-names.js";

/** The values of a dict literal as cells (numbers stay numbers, booleans `true`/`false`, `None` empty). */
export function parsePythonDict(text: string): Record<string, string | number> | null {
  const tokens = tokenize(text.trim());
  if (tokens === null || tokens[0] !== "{" || tokens.at(-1) !== "}") return null;
  const result: Record<string, string | number> = {};
  let i = 1;
  while (i < tokens.length - 1) {
    const key = tokens[i];
    const colon = tokens[i + 1];
    const value = tokens[i + 2];
    if (typeof key !== "object" || key.kind !== "string" || colon !== ":" || value === undefined) return null;
    const parsed = literalValue(value);
    if (parsed === undefined) return null;
    if (parsed !== null) setOwn(result, key.text, parsed);
    i += 3;
    if (tokens[i] === ",") i++;
    else if (i !== tokens.length - 1) return null;
  }
  return result;
}

type Token = string | { kind: "string" | "word"; text: string };

function literalValue(token: Token): string | number | null | undefined {
  if (typeof token === "string") return undefined;
  if (token.kind === "string") return token.text;
  if (token.text === "True") return "true";
  if (token.text === "False") return "false";
  if (token.text === "None") return null;
  const number = Number(token.text);
  return /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(token.text) && Number.isFinite(number)
    ? number
    : undefined;
}

function tokenize(text: string): Token[] | null {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    if (/\s/.test(char)) {
      i++;
    } else if ("{}:,".includes(char)) {
      tokens.push(char);
      i++;
    } else if (char === "'" || char === '"') {
      let value = "";
      i++;
      while (i < text.length && text[i] !== char) {
        if (text[i] === "\\" && i + 1 < text.length) {
          const next = text[i + 1]!;
          value += next === "n" ? "\n" : next === "t" ? "\t" : next;
          i += 2;
        } else {
          value += text[i];
          i++;
        }
      }
      if (i >= text.length) return null;
      tokens.push({ kind: "string", text: value });
      i++;
    } else {
      const match = /^[^\s{}:,'"]+/.exec(text.slice(i));
      if (!match) return null;
      tokens.push({ kind: "word", text: match[0] });
      i += match[0].length;
    }
  }
  return tokens;
}

/** A dict literal as Python's `repr` writes it: `{'weight': 2, 'type': 'Kooperation'}`. */
export function pythonDictLiteral(entries: ReadonlyArray<readonly [string, string | number]>): string {
  return `{${entries.map(([key, value]) => `${pythonString(key)}: ${typeof value === "number" ? String(value) : pythonString(value)}`).join(", ")}}`;
}

function pythonString(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  const escaped = text
    .replace(/\\/g, "\\\\")
    .replace(/\n/g, "\\n")
    .replace(/\t/g, "\\t")
    .replace(new RegExp(quote, "g"), `\\${quote}`);
  return `${quote}${escaped}${quote}`;
}
