/**
 * Waves as the tables give them: normalised (numbers as `String(number)`), collected in order of first
 * appearance, checked for consistency (a column of mostly numbers must hold only numbers), then sorted.
 * Excel date cells in a year column — a header naming a year (`Jahr`, `Erhebungsjahr`, `year`), or dates that
 * all fall on 1 January (`01.01.2024` formatted as `JJJJ`) — are their years, as the sheet shows them.
 */
import { DEFAULT_WAVE } from "../model/types.js";
import { sortWaves, waveDate } from "../model/waves.js";
import { normalizeKey } from "./aliases.js";
import type { RowReader } from "./columns.js";
import type { IssueCollector } from "./validation-report.js";
import { cellText, parseNumber } from "./values.js";

/** Collects waves in order of first appearance and checks that a wave column is consistently numeric. */
export class WaveCollector {
  private readonly seen: string[] = [];
  private readonly seenSet = new Set<string>();

  /** The waves of a table's rows (normalised), or an issue per bad row (undefined = row left out). */
  read<K extends "ties" | "events" | "respondents">(
    readers: RowReader<K>[],
    issues: IssueCollector,
    emptyAllowed: boolean,
  ): Array<string | undefined> {
    const texts = waveTexts(readers);
    // a wave column holds a handful of distinct values in millions of rows: parse each value once
    const parsed = new Map<string, number | undefined>();
    const numberOf = (text: string) => {
      if (parsed.has(text)) return parsed.get(text);
      const number = parseNumber(text);
      parsed.set(text, number);
      return number;
    };
    let givenCount = 0;
    let numericCount = 0;
    const examples: string[] = [];
    for (const text of texts) {
      if (text === "") continue;
      givenCount++;
      if (numberOf(text) === undefined) continue;
      numericCount++;
      if (examples.length < 3) examples.push(text);
    }
    if (givenCount === 0) return texts.map(() => (emptyAllowed ? undefined : DEFAULT_WAVE));
    const expectNumbers = numericCount * 2 > givenCount;
    const example = examples.join(", ");
    return texts.map((text, i) => {
      if (text === "") {
        if (!emptyAllowed) issues.error("WAVE_EMPTY", readers[i]!.at("wave" as never));
        return undefined;
      }
      const number = numberOf(text);
      if (expectNumbers && number === undefined) {
        issues.error("WAVE_INVALID", readers[i]!.at("wave" as never), { value: text, detail: example });
        return undefined;
      }
      const wave = this.sameDate(number === undefined ? text : String(number), readers[i]!, issues);
      this.add(wave);
      return wave;
    });
  }
  /** First label seen per date (`2024-12-31` for `31.12.2024` and `2024-12-31`), and dates already reported. */
  private readonly labelOfDate = new Map<string, string>();
  private readonly reportedDates = new Set<string>();

  /**
   * The wave of a label: a date written a second way (`2024-12-31` after `31.12.2024`) is the wave of the first
   * way, warned once per label with its row; any other label is its own wave.
   */
  private sameDate(
    wave: string,
    reader: RowReader<"ties" | "events" | "respondents">,
    issues: IssueCollector,
  ): string {
    if (this.seenSet.has(wave)) return wave;
    const date = waveDate(wave);
    if (date === undefined || date[2] === 0) return wave;
    const key = date.join("-");
    const first = this.labelOfDate.get(key);
    if (first === undefined) {
      this.labelOfDate.set(key, wave);
      return wave;
    }
    if (!this.reportedDates.has(wave)) {
      this.reportedDates.add(wave);
      issues.warning("WAVE_SAME_DATE", reader.at("wave" as never), { value: wave, detail: first });
    }
    return first;
  }

  add(wave: string): void {
    if (this.seenSet.has(wave)) return;
    this.seenSet.add(wave);
    this.seen.push(wave);
  }
  sorted(): string[] {
    return this.seen.length === 0 ? [DEFAULT_WAVE] : sortWaves(this.seen);
  }
}

/** The wave cells as text; date cells of a year column as their years. */
function waveTexts<K extends "ties" | "events" | "respondents">(readers: RowReader<K>[]): string[] {
  const cells = readers.map((reader) => reader.cell("wave" as never));
  const dates = cells.filter((cell): cell is Date => cell instanceof Date);
  const header = readers[0]?.at("wave" as never).column ?? "";
  const years =
    dates.length > 0 &&
    (/jahr|year/.test(normalizeKey(header)) ||
      dates.every((date) => date.getUTCMonth() === 0 && date.getUTCDate() === 1));
  return cells.map((cell) => (years && cell instanceof Date ? cellText(cell).slice(0, 4) : cellText(cell)));
}
