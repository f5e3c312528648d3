/**
 * Text measurement and wrapping for figures. SVG has no line breaks: titles, sentences and legend entries
 * are wrapped here, with the advance widths of DejaVu Sans (the font the PNG and PDF renderers embed, see
 * `font.ts`). Other fonts named in `FONT_FAMILY` (Verdana, Arial) are as wide or narrower, so wrapped text
 * never overflows when a viewer substitutes them.
 */
import { DEJAVU_SANS_BOLD_WIDTHS, DEJAVU_SANS_WIDTHS, MEASURED_CHARACTERS } from "./font-widths.js";
import { type Attributes, escapeXml, tag } from "./xml.js";

const INDEX = new Map([...MEASURED_CHARACTERS].map((c, i) => [c, i]));
/** Width of a character outside the table: the width of "M" (wide, so text never overflows). */
const FALLBACK = INDEX.get("M")!;

/** Width of `text` in user units at `size` (font size in the same units). */
export function textWidth(text: string, size: number, bold = false): number {
  const widths = bold ? DEJAVU_SANS_BOLD_WIDTHS : DEJAVU_SANS_WIDTHS;
  let total = 0;
  for (const c of text) total += widths[INDEX.get(c) ?? FALLBACK]!;
  return (total * size) / 1000;
}

/**
 * Splits `text` into lines no wider than `maxWidth` (at spaces and after hyphens); a word wider than a line
 * stands alone. At most `maxLines` lines: the last one then ends with "…".
 */
export function wrapText(
  text: string,
  maxWidth: number,
  size: number,
  bold = false,
  maxLines = Number.POSITIVE_INFINITY,
): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    const candidate = line === "" ? word : `${line} ${word}`;
    if (line !== "" && textWidth(candidate, size, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line !== "") lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] =
    `${prefixBeforeEllipsis(`${kept[maxLines - 1]!} ${lines[maxLines]!}`, maxWidth, size, bold)}…`;
  return kept;
}

/** `text` shortened with "…" to at most `maxWidth`. */
export function truncateText(text: string, maxWidth: number, size: number, bold = false): string {
  if (textWidth(text, size, bold) <= maxWidth) return text;
  return `${prefixBeforeEllipsis(text, maxWidth, size, bold)}…`;
}

/**
 * The longest start of `text` (at least its first character, without trailing spaces) that fits in `maxWidth`
 * followed by "…". One pass over the characters: a name of 200,000 characters (a hostile cell, #17) took
 * minutes when the text was shortened one character at a time and measured again each time.
 */
function prefixBeforeEllipsis(text: string, maxWidth: number, size: number, bold: boolean): string {
  const room = maxWidth - textWidth("…", size, bold);
  let width = 0;
  let end = 0;
  for (const c of text) {
    width += textWidth(c, size, bold);
    if (width > room) break;
    end += c.length;
  }
  if (end === 0) end = String.fromCodePoint(text.codePointAt(0) ?? 32).length;
  return text.slice(0, end).trimEnd() || text.slice(0, end);
}

/** Options of {@link textBlock}. */
export interface TextBlockOptions {
  x: number;
  /** Baseline of the first line. */
  y: number;
  size: number;
  lineHeight?: number;
  bold?: boolean;
  fill?: string;
  anchor?: "start" | "middle" | "end";
  /** A white outline behind the text (a separate copy underneath: `paint-order` is not understood everywhere). */
  halo?: boolean;
}

/** Lines of text, one `<text>` each (no `<tspan>` positioning, which some converters get wrong). */
export function textBlock(lines: readonly string[], o: TextBlockOptions): string {
  const lineHeight = o.lineHeight ?? o.size * 1.25;
  return lines
    .map((line, i) => {
      const attributes: Attributes = {
        x: o.x,
        y: o.y + i * lineHeight,
        "font-size": o.size,
        "font-weight": o.bold ? "bold" : null,
        "text-anchor": o.anchor && o.anchor !== "start" ? o.anchor : null,
      };
      const halo = o.halo
        ? tag(
            "text",
            {
              ...attributes,
              fill: "#ffffff",
              stroke: "#ffffff",
              "stroke-width": 4,
              "stroke-linejoin": "round",
            },
            escapeXml(line),
          )
        : "";
      return halo + tag("text", { ...attributes, fill: o.fill ?? null }, escapeXml(line));
    })
    .join("");
}

/** Height taken by `lines` lines of {@link textBlock} (from the first line's top to the last baseline's descent). */
export function textBlockHeight(lines: number, size: number, lineHeight = size * 1.25): number {
  return lines === 0 ? 0 : (lines - 1) * lineHeight + size * 1.2;
}
