/**
 * Text for a terminal. Data can hold control characters (an ESC sequence in a name recolours the terminal,
 * moves the cursor or rewrites what was printed before; a CR overwrites the line; bidirectional overrides
 * reorder what is read). Every human-readable output goes through {@link printText}, which shows them as
 * harmless visible symbols instead. JSON output never does: `JSON.stringify` escapes control characters, and
 * the data must reach programs unchanged.
 */

/** C0 controls except line feed and tab, DEL, C1 controls, and Unicode bidirectional controls. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `text` with every control character replaced: C0 by its Unicode control picture (ESC → `␛`), others by `�`. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x20 ? String.fromCharCode(0x2400 + code) : code === 0x7f ? "\u2421" : "\ufffd";
  });
}

/** Writes human-readable `text` to stdout (or stderr), made safe for a terminal. */
export function printText(text: string, stream: NodeJS.WriteStream = process.stdout): void {
  stream.write(terminalSafe(text));
}
