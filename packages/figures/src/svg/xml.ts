/**
 * SVG as text: one tag builder and escaping. Figures are strings, not DOM trees, so the same function runs
 * in Node and in the browser and its output is byte-for-byte the same. Numbers are rounded to 2 decimals so
 * outputs are stable (snapshots, diffs between waves).
 */

/** Attribute values; `null`, `undefined` and `false` leave the attribute out. */
export type Attributes = Record<string, string | number | null | undefined | false>;

/** A child of {@link tag}: markup, or nothing (`null`, `undefined`, `false`, `""`). */
export type Child = string | null | undefined | false;

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/** Characters XML 1.0 forbids: C0 controls but tab, newline, carriage return; U+FFFE and U+FFFF. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching exactly these characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Escapes text for XML content and attribute values; drops characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN, "").replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** A number as an attribute: at most 2 decimals, no "-0". */
export function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/** `<name a="…">children</name>`, or `<name a="…"/>` without children. */
export function tag(name: string, attributes: Attributes = {}, ...children: Child[]): string {
  let open = `<${name}`;
  for (const [key, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    open += ` ${key}="${typeof value === "number" ? num(value) : escapeXml(value)}"`;
  }
  const inner = children.filter((c): c is string => typeof c === "string" && c !== "").join("");
  return inner === "" ? `${open}/>` : `${open}>${inner}</${name}>`;
}
