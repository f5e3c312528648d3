/**
 * The frame around a table in a sheet or CSV file: coordinators put a title above it — a merged cell
 * „Netzwerk Lindenau-Süd“, a note „Stand: 2025“ — and a note below it („Quelle: eigene Erhebung“, „Gesamt: 42“);
 * Excel, LibreOffice and openpyxl keep both as rows.
 *
 * - **Title rows.** The header is the first non-blank row that is not a title: among the first
 *   {@link MAX_TITLE_ROWS} non-blank rows, a row is a title when it fills one cell only, or at most a third of the
 *   cells the rows below it usually fill (the median of the next {@link SAMPLE_ROWS}), while those rows fill at
 *   least two. A table of one column, or one whose header fills as many cells as its rows, keeps its first
 *   non-blank row as the header.
 * - **Note rows.** Below a header that fills two cells or more, the last non-blank rows that fill one cell
 *   only, starting with a word of a note ({@link NOTE_WORDS}: `Quelle`, `Stand`, `Hinweis`, `Summe`, `Gesamt`,
 *   `Source`, …, or `*`). A row with only a name is data, wherever it stands.
 *
 * Both are reported with their text (ROWS_ABOVE_HEADER, ROWS_BELOW_TABLE): nothing is left out unseen.
 */
import type { IssueCollector } from "./validation-report.js";

/** At most this many title rows above a header. */
export const MAX_TITLE_ROWS = 10;
/** Rows below a candidate whose median width says how wide the table is. */
export const SAMPLE_ROWS = 20;
/** First words of a note below a table (German and English), compared ignoring case. */
export const NOTE_WORDS = [
  "Quelle",
  "Quellen",
  "Stand",
  "Hinweis",
  "Hinweise",
  "Anmerkung",
  "Anmerkungen",
  "Legende",
  "Erläuterung",
  "Summe",
  "Gesamt",
  "Insgesamt",
  "Source",
  "Sources",
  "Note",
  "Notes",
  "Total",
  "As of",
] as const;

const NOTE = new RegExp(`^(\\*|(${NOTE_WORDS.join("|")})\\b)`, "iu");

/** Row indexes of a table's frame: the header (-1 when every row is blank), titles above it, notes below. */
export interface TableFrame {
  header: number;
  titles: number[];
  notes: number[];
}

/** The header, title and note rows of `rows`; `text` gives a cell's trimmed text. */
export function findTableFrame<T>(rows: readonly (readonly T[])[], text: (cell: T) => string): TableFrame {
  const width = (row: readonly T[]) => row.reduce((count, cell) => count + (text(cell) !== "" ? 1 : 0), 0);
  const nonBlank: number[] = [];
  for (let i = 0; i < rows.length && nonBlank.length < MAX_TITLE_ROWS + SAMPLE_ROWS + 1; i++)
    if (width(rows[i]!) > 0) nonBlank.push(i);
  if (nonBlank.length === 0) return { header: -1, titles: [], notes: [] };
  const titles: number[] = [];
  for (let k = 0; k < Math.min(MAX_TITLE_ROWS, nonBlank.length - 1); k++) {
    const own = width(rows[nonBlank[k]!]!);
    const below = nonBlank
      .slice(k + 1, k + 1 + SAMPLE_ROWS)
      .map((i) => width(rows[i]!))
      .sort((a, b) => a - b);
    const usual = below[Math.floor(below.length / 2)]!;
    if (usual < 2 || (own > 1 && own * 3 > usual)) break;
    titles.push(nonBlank[k]!);
  }
  const header = nonBlank[titles.length]!;
  const notes: number[] = [];
  if (width(rows[header]!) >= 2) {
    for (let i = rows.length - 1; i > header + 1; i--) {
      const row = rows[i]!;
      const filled = row.filter((cell) => text(cell) !== "");
      if (filled.length === 0) continue;
      if (filled.length > 1 || !NOTE.test(text(filled[0]!))) break;
      notes.unshift(i);
    }
  }
  return { header, titles, notes };
}

/**
 * Reports the title rows above a header (ROWS_ABOVE_HEADER) and the note rows below a table (ROWS_BELOW_TABLE),
 * each with its text and row.
 */
export function reportTableFrame(
  file: string,
  frame: {
    titles: readonly { row: number | null; text: string }[];
    notes: readonly { row: number | null; text: string }[];
  },
  headerRow: number,
  issues: IssueCollector,
): void {
  if (frame.titles.length > 0) {
    const value = frame.titles.map((title) => title.text).join(" / ");
    const at = { file, row: frame.titles[0]!.row, column: null };
    issues.warning("ROWS_ABOVE_HEADER", at, { value, detail: String(headerRow) });
  }
  for (const note of frame.notes)
    issues.warning("ROWS_BELOW_TABLE", { file, row: note.row, column: null }, { value: note.text });
}

/** The text of a row's filled cells, joined by spaces. */
export function rowText<T>(row: readonly T[], text: (cell: T) => string): string {
  return row
    .map(text)
    .filter((cell) => cell !== "")
    .join(" ");
}
