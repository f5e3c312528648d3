/**
 * Bidirectional formatting characters in cells (#17): the embedding, override and isolate controls of the
 * Unicode Bidirectional Algorithm (UAX #9, §2.1–2.2: LRE, RLE, PDF, LRO, RLO U+202A–U+202E; LRI, RLI, FSI, PDI
 * U+2066–U+2069). A right-to-left override in a name ("Kita \u202Edron") makes a figure, a slide, a handout or
 * the dashboard show the text after it reversed ("Kita nord" shown as written in reverse), and one that is
 * never closed flips the text that follows the name too. Arabic or Hebrew names need none of them: the
 * algorithm orders their letters by itself. So they are removed from every text cell the reader gives out
 * (names, sectors, topics, extra columns), and the cell is reported (TEXT_BIDI). The direction *marks*
 * (LRM, RLM, ALM) are left: they change no letter's order, only where neutral characters go.
 *
 * Ids keep the characters (an id must match its references byte for byte): `ID_INVISIBLE` reports them.
 */

/** The embedding, override and isolate controls (all of them: `g`). */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * The first bidi control in `text` as `U+XXXX`, or `undefined` when there is none.
 *
 * @example
 * ```ts
 * import { firstBidiControl } from "@vernetzt/core/io";
 *
 * firstBidiControl("Kita \u202Edron") //=> "U+202E"
 * firstBidiControl("مدرسة النور") //=> undefined
 * ```
 */
export function firstBidiControl(text: string): string | undefined {
  const found = /[\u202A-\u202E\u2066-\u2069]/.exec(text);
  return found ? `U+${found[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}` : undefined;
}

/**
 * `text` without bidi embedding, override and isolate controls; text without them is returned as it is.
 *
 * @example
 * ```ts
 * import { withoutBidiControls } from "@vernetzt/core/io";
 *
 * withoutBidiControls("Kita \u202Edron\u202C") //=> "Kita dron"
 * ```
 */
export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, "");
}
