import { parseJsonText } from "@vernetzt/core/io";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

/** What JSON.parse says about `text`: its value, or that it throws. */
function native(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

describe("parseJsonText", () => {
  it("accepts exactly what JSON.parse accepts and returns the same value (nesting within the limit)", () => {
    const texts = fc.oneof(
      fc.json({ depthSize: "small" }),
      fc.json().map((t) => t.replace(/:/, ": ")),
      fc.string({ unit: fc.constantFrom(...'{}[]",:0123456789-+.eE tfnrulase\\\n\t') }),
      fc
        .tuple(fc.json(), fc.nat(), fc.constantFrom("", ",", "]", "}", '"', "\\", "\u0001", "1e", "-", " "))
        .map(([t, n, s]) => t.slice(0, n % (t.length + 1)) + s + t.slice(n % (t.length + 1))),
    );
    fc.assert(
      fc.property(texts, (text) => {
        const ours = parseJsonText(text, { maxDepth: 1000 });
        const theirs = native(text);
        expect(ours.ok).toBe(theirs.ok);
        if (ours.ok && theirs.ok) expect(ours.value).toStrictEqual(theirs.value);
      }),
      { numRuns: 3000, seed: 20261207 },
    );
  });

  it("names the line and column of a syntax error, with Windows line ends too", () => {
    expect(parseJsonText('{\r\n  "a": 1,\r\n  "b": tru\r\n}')).toMatchObject({
      ok: false,
      problem: "syntax",
      at: { line: 3, column: 8 },
    });
    expect(parseJsonText("")).toMatchObject({ ok: false, at: { line: 1, column: 1 } });
    expect(parseJsonText('{"a": [1, 2,]}')).toMatchObject({ ok: false, at: { line: 1, column: 13 } });
  });

  it("refuses nesting deeper than maxDepth at the bracket that goes too deep, without recursion", () => {
    const deep = (n: number) => `{"a": ${"[".repeat(n)}${"]".repeat(n)}}`;
    expect(parseJsonText(deep(63)).ok).toBe(true); // 64 levels with the object
    expect(parseJsonText(deep(64))).toMatchObject({ ok: false, problem: "depth", at: { column: 70 } });
    const huge = parseJsonText(deep(1_000_000));
    expect(huge).toMatchObject({ ok: false, problem: "depth", maxDepth: 64 });
  });

  it("finds every key that occurs twice in one object, with where the object is and both positions", () => {
    const text = [
      "{",
      '  "actors": [',
      '    {"id": "a", "name": "Alpha"},',
      '    {"id": "eb", "consent": "nein", "name": "Erika Beispiel", "cons\\u0065nt": "ja"}',
      "  ],",
      '  "ties": [], "ties": []',
      "}",
    ].join("\n");
    const result = parseJsonText(text);
    expect(result.ok && result.duplicates).toEqual([
      {
        key: "consent",
        path: ["actors", 1],
        first: { line: 4, column: 18 },
        repeated: { line: 4, column: 63 },
      },
      { key: "ties", path: [], first: { line: 6, column: 3 }, repeated: { line: 6, column: 15 } },
    ]);
    expect(result.ok && (result.value as { actors: Array<{ consent: string }> }).actors[1]?.consent).toBe(
      "ja",
    );
  });
});
