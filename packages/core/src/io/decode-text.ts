/**
 * Bytes of a text file → text, the way German spreadsheet files come: UTF-8 with or without BOM, UTF-16 with
 * BOM, or Windows-1252 (German Excel's "CSV (Trennzeichen-getrennt)"), detected by UTF-8 decoding failing.
 */

export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

export type DecodedText = { ok: true; text: string; encoding: TextEncodingName } | { ok: false };

/**
 * Text of a file; `ok: false` when the bytes are not text (binary data such as a zip or an image).
 *
 * @example
 * ```ts
 * import { decodeText } from "@vernetzt/core/io";
 *
 * // "Straße" as German Excel saves it (Windows-1252)
 * const excel = new Uint8Array([0x53, 0x74, 0x72, 0x61, 0xdf, 0x65]);
 * decodeText(excel) //=> { ok: true, text: "Straße", encoding: "windows-1252" }
 * decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])).ok //=> false
 * ```
 */
export function decodeText(
  data: Uint8Array | ArrayBuffer | string,
  options: DecodeTextOptions = {},
): DecodedText {
  const nul = options.allowRareNul === true;
  if (typeof data === "string") return checked(data.replace(/^\uFEFF/, ""), "utf-8", nul);
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return checked(decode("utf-16le", bytes.subarray(2)), "utf-16le", nul);
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return checked(decode("utf-16be", bytes.subarray(2)), "utf-16be", nul);
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return checked(new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(start)), "utf-8", nul);
  } catch {
    return checked(decodeWindows1252(bytes), "windows-1252", nul);
  }
}

export interface DecodeTextOptions {
  /**
   * Accept text with a few NUL characters (at most one in a hundred characters) as text, for a reader that
   * reports the rows holding them (a CSV file damaged in one place). Default `false`: any NUL means binary.
   */
  allowRareNul?: boolean;
}

/** Windows-1252 bytes 0x80–0x9F (the rest is ISO-8859-1); undefined bytes map to U+FFFD. */
const WINDOWS_1252_HIGH = "€\uFFFD‚ƒ„…†‡ˆ‰Š‹Œ\uFFFDŽ\uFFFD\uFFFD‘’“”•–—˜™š›œ\uFFFDžŸ";

/**
 * Decodes Windows-1252 by table: Node's `TextDecoder("windows-1252")` decodes 0x80–0x9F as ISO-8859-1 control
 * characters (so `€`, `„`, `“` of German Excel files would be lost); browsers and this table do it right.
 *
 * @example
 * ```ts
 * import { decodeWindows1252 } from "@vernetzt/core/io";
 *
 * decodeWindows1252(new Uint8Array([0x84, 0x80, 0x20, 0x35, 0x93])) //=> "„€ 5“"
 * ```
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  let text = "";
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    text += String.fromCharCode(...chunk).replace(
      /[\u0080-\u009f]/g,
      (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!,
    );
  }
  return text;
}

function decode(encoding: string, bytes: Uint8Array): string {
  return new TextDecoder(encoding).decode(bytes);
}

/** Text with NUL or many other control characters is binary data read as text. */
function checked(text: string, encoding: TextEncodingName, allowRareNul: boolean): DecodedText {
  if (!allowRareNul && text.includes("\u0000")) return { ok: false };
  let controls = 0;
  let nuls = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 11 && code !== 12 && code !== 13) || code === 127)
      controls++;
    if (code === 0) nuls++;
  }
  if (controls > 0 && controls * 100 > text.length) return { ok: false };
  if (nuls > 0 && (!allowRareNul || nuls * 100 > text.length)) return { ok: false };
  return { ok: true, text, encoding };
}
