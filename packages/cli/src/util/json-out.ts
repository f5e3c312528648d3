/**
 * `--json` output written in pieces: byte for byte `JSON.stringify(value, null, 2) + "\n"`, without building
 * the whole text first. At 100,000 actors the analysis document is about 73 MB; as one string plus its
 * encoded copy for stdout it raised the peak memory of `vernetzt analyze` from 1.23 to 1.69 GB (measured).
 *
 * Objects and arrays are walked to `depth` levels; below that each value is one `JSON.stringify` call,
 * re-indented. The semantics are JSON.stringify's: `toJSON` is called, object members whose value is
 * `undefined`, a function or a symbol are left out, such array elements become `null`.
 */

/** Writes `value` as indented JSON and a line break to `out`, waiting for `drain` when the stream is full. */
export async function writeJson(
  value: unknown,
  out: NodeJS.WritableStream = process.stdout,
  depth = 2,
): Promise<void> {
  let buffer = "";
  for (const piece of jsonPieces(value, "", depth, "")) {
    buffer += piece;
    if (buffer.length >= 1 << 20) {
      const text = buffer;
      buffer = "";
      if (!out.write(text)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
    }
  }
  buffer += "\n";
  await new Promise<void>((resolve, reject) =>
    out.write(buffer, (error) => (error ? reject(error) : resolve())),
  );
}

/** The pieces of `JSON.stringify(value, null, 2)` for a value at `indent`; `key` as JSON.stringify passes it. */
export function* jsonPieces(value: unknown, indent: string, depth: number, key: string): Generator<string> {
  const v = prepared(value, key);
  if (depth <= 0 || v === null || typeof v !== "object") {
    yield reindent(JSON.stringify(v, null, 2) ?? "null", indent);
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(v)) {
    if (v.length === 0) {
      yield "[]";
      return;
    }
    yield "[\n";
    for (let i = 0; i < v.length; i++) {
      yield inner;
      const element = prepared(v[i], String(i));
      if (omitted(element)) yield "null";
      else yield* jsonPieces(element, inner, depth - 1, String(i));
      yield i < v.length - 1 ? ",\n" : "\n";
    }
    yield `${indent}]`;
    return;
  }
  const entries = Object.keys(v)
    .map((k): [string, unknown] => [k, prepared((v as Record<string, unknown>)[k], k)])
    .filter(([, member]) => !omitted(member));
  if (entries.length === 0) {
    yield "{}";
    return;
  }
  yield "{\n";
  for (let i = 0; i < entries.length; i++) {
    const [k, member] = entries[i]!;
    yield `${inner}${JSON.stringify(k)}: `;
    yield* jsonPieces(member, inner, depth - 1, k);
    yield i < entries.length - 1 ? ",\n" : "\n";
  }
  yield `${indent}}`;
}

/** The value after `toJSON`, as JSON.stringify sees it (boxed primitives unboxed). */
function prepared(value: unknown, key: string): unknown {
  let v = value;
  if (v !== null && typeof v === "object" && typeof (v as { toJSON?: unknown }).toJSON === "function") {
    v = (v as { toJSON: (key: string) => unknown }).toJSON(key);
  }
  if (v instanceof Number || v instanceof String || v instanceof Boolean) v = v.valueOf();
  return v;
}

function omitted(value: unknown): boolean {
  return value === undefined || typeof value === "function" || typeof value === "symbol";
}

/** Text of a value written at `indent`: every line after the first gets the indent. */
function reindent(text: string, indent: string): string {
  return indent === "" || !text.includes("\n") ? text : text.replaceAll("\n", `\n${indent}`);
}
