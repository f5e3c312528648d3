/**
 * How a survey wave is named on the dashboard and on every figure: as the data give it. A wave written as a year or a season ("2024",
 * "Frühjahr 2024") keeps its name. A wave numbered 1, 2, 3 gets the year the data give it: the folder's
 * `dataset.json` (`"waves": {"1": "2023"}`), else the one year in which all its dated ties and meetings lie
 * (the sample's meetings are dated). Numbers stay when the years are missing, mixed or shared by two waves.
 * Pure: the dashboard's data loader, its upload worker and `vernetzt report` all call {@link waveLabels};
 * figures take the result as their `waveLabels` option.
 */
import type { Dataset } from "@vernetzt/core";
import { ownValue } from "@vernetzt/core/model";

/** A wave id that is only a running number (1, 2, …, 99): worth replacing by a year. */
const RUNNING_NUMBER = /^\d{1,2}$/;

/**
 * Display name per wave id. `given` (from `dataset.json`) wins; otherwise a running number becomes the single
 * year of its dates, when every such wave has one and no two share it.
 */
export function waveLabels(
  dataset: Dataset,
  given: Readonly<Record<string, string>> = {},
): Record<string, string> {
  const years = new Map<string, Set<string>>(dataset.waves.map((wave) => [wave, new Set()]));
  const addYear = (wave: string | undefined, date: string | undefined) => {
    if (wave !== undefined && date !== undefined && /^\d{4}-/.test(date))
      years.get(wave)?.add(date.slice(0, 4));
  };
  for (const tie of dataset.ties) addYear(tie.wave, tie.date);
  for (const event of dataset.events) addYear(event.wave, event.date);
  const numbered = dataset.waves.filter((wave) => RUNNING_NUMBER.test(wave));
  const yearOf = (wave: string) => (years.get(wave)?.size === 1 ? [...years.get(wave)!][0] : undefined);
  const found = numbered.map(yearOf);
  const usable =
    numbered.length > 0 && found.every((year) => year !== undefined) && new Set(found).size === found.length;
  return Object.fromEntries(
    dataset.waves.map((wave) => {
      const own = ownValue(given, wave);
      const label =
        (typeof own === "string" ? own.trim() : "") ||
        (usable && RUNNING_NUMBER.test(wave) ? yearOf(wave) : undefined);
      return [wave, label ?? wave];
    }),
  );
}
