/**
 * Waves as the tables give them: normalised (numbers as `String(number)`), collected in order of first
 * appearance, checked for consistency (a column of mostly numbers must hold only numbers), then sorted.
 */
import { DEFAULT_WAVE } from "../model/types.js";
import { sortWaves } from "../model/waves.js";
import type { RowReader } from "./columns.js";
import type { IssueCollector } from "./validation-report.js";
import { parseNumber } from "./values.js";

/** Collects waves in order of first appearance and checks that a wave column is consistently numeric. */
export class WaveCollector {
  private readonly seen: string[] = [];

  /** The waves of a table's rows (normalised), or an issue per bad row (undefined = row left out). */
  read<K extends "ties" | "events" | "respondents">(
    readers: RowReader<K>[],
    issues: IssueCollector,
    emptyAllowed: boolean,
  ): Array<string | undefined> {
    const texts = readers.map((reader) => reader.text("wave" as never));
    const given = texts.filter((text) => text !== "");
    if (given.length === 0) return texts.map(() => (emptyAllowed ? undefined : DEFAULT_WAVE));
    const numeric = given.filter((text) => parseNumber(text) !== undefined);
    const expectNumbers = numeric.length * 2 > given.length;
    const example = numeric.slice(0, 3).join(", ");
    return texts.map((text, i) => {
      const at = readers[i]!.at("wave" as never);
      if (text === "") {
        if (!emptyAllowed) issues.error("WAVE_EMPTY", at);
        return undefined;
      }
      const number = parseNumber(text);
      if (expectNumbers && number === undefined) {
        issues.error("WAVE_INVALID", at, { value: text, detail: example });
        return undefined;
      }
      const wave = number === undefined ? text : String(number);
      this.add(wave);
      return wave;
    });
  }
  add(wave: string): void {
    if (!this.seen.includes(wave)) this.seen.push(wave);
  }
  sorted(): string[] {
    return this.seen.length === 0 ? [DEFAULT_WAVE] : sortWaves(this.seen);
  }
}
