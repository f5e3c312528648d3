/**
 * A dataset folder's optional note, `dataset.json`: what people read about the data besides the data — its
 * title, a notice (e.g. "all names are invented"), a short story, and the names of its survey waves
 * (`"waves": {"1": "2023"}`, see `waveLabels`). Format (every key optional; texts per language):
 *
 *     {"title": {"de": "…", "en": "…"}, "notice": {"de": "…"}, "story": {"de": ["…", "…"]},
 *      "waves": {"1": "2023", "2": "2024"}}
 *
 * One reading for the dashboard's build, `vernetzt report` and the CLI's text, so a wave is named the same
 * everywhere. Values of the wrong kind are left out (and listed in `ignored`); text that is not JSON is a
 * `problem` with its line and column, so the caller can say where — the note is then empty, never half read.
 */
import { parseJsonText } from "./json-text.js";

/** The note in one language. */
export interface DatasetNote {
  title: string | null;
  notice: string | null;
  story: string[];
  /** Names of the waves by wave id; a wave without one is named as in the data. */
  waves: Record<string, string>;
}

/** What {@link parseDatasetNote} read, and what it could not use. */
export interface DatasetNoteResult {
  note: DatasetNote;
  /** The text is not JSON (or nested too deep): where. `null` when it was read. */
  problem: { line: number; column: number } | null;
  /** Keys whose values have the wrong kind (e.g. `"waves.3"` holding a number), left out. */
  ignored: string[];
}

/** No note: a folder without `dataset.json`, an upload. */
export const NO_DATASET_NOTE: Readonly<DatasetNote> = Object.freeze({
  title: null,
  notice: null,
  story: [],
  waves: {},
});

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Reads the text of a `dataset.json` note in `lang` (a text missing in `lang` falls back to German, the
 * language the notes are written in first).
 *
 * @example
 * ```ts
 * import { parseDatasetNote } from "@vernetzt/core/io";
 *
 * const text = '{"title": {"de": "Weidenbrunn"}, "waves": {"1": "2023", "2": 2024}}';
 * parseDatasetNote(text, "en").note //=> {title: "Weidenbrunn", notice: null, story: [], waves: {"1": "2023"}}
 * parseDatasetNote(text, "en").ignored //=> ["waves.2"]
 * parseDatasetNote('{"waves": {"1": "2023",}}').problem //=> {line: 1, column: 24}
 * ```
 */
export function parseDatasetNote(text: string, lang: "de" | "en" = "de"): DatasetNoteResult {
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { note: { ...NO_DATASET_NOTE, waves: {} }, problem: parsed.at, ignored: [] };
  const ignored: string[] = [];
  const root = isRecord(parsed.value) ? parsed.value : {};
  if (!isRecord(parsed.value)) ignored.push("(root)");
  const inLang = (key: string): unknown => {
    const texts = root[key];
    if (texts === undefined) return undefined;
    if (!isRecord(texts)) {
      ignored.push(key);
      return undefined;
    }
    return Object.hasOwn(texts, lang) ? texts[lang] : texts.de;
  };
  const text1 = (key: string): string | null => {
    const value = inLang(key);
    if (value === undefined) return null;
    if (typeof value === "string") return value;
    ignored.push(key);
    return null;
  };
  const storyValue = inLang("story");
  const story = Array.isArray(storyValue)
    ? storyValue.filter((line): line is string => typeof line === "string")
    : [];
  if (storyValue !== undefined && (!Array.isArray(storyValue) || story.length !== storyValue.length))
    ignored.push("story");
  const waves: Record<string, string> = {};
  if (root.waves !== undefined && !isRecord(root.waves)) ignored.push("waves");
  for (const [wave, name] of Object.entries(isRecord(root.waves) ? root.waves : {})) {
    if (typeof name === "string" && name.trim() !== "")
      Object.defineProperty(waves, wave, {
        value: name.trim(),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else ignored.push(`waves.${wave}`);
  }
  return { note: { title: text1("title"), notice: text1("notice"), story, waves }, problem: null, ignored };
}
