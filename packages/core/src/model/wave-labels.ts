/**
 * How a survey wave is named wherever people read it (dashboard, figures, CLI text): as the data give it. A
 * wave written as a year or a season ("2024", "Frühjahr 2024") keeps its name. A wave numbered 1, 2, 3 gets the
 * year the data give it: the folder's `dataset.json` (`"waves": {"1": "2023"}`, read by `readDatasetNote` of
 * `@vernetzt/core/node`), else the one year in which all its dated ties and meetings lie (the sample's meetings
 * are dated). Numbers stay when the years are missing, mixed or shared by two waves.
 * Pure. Wave ids stay the keys of every JSON result; only the words people read use the names.
 */

import { ownValue } from "./member-names.js";
import type { Dataset } from "./types.js";

/** A wave id that is only a running number (1, 2, …, 99): worth replacing by a year. */
const RUNNING_NUMBER = /^\d{1,2}$/;

/**
 * Display name per wave id. `given` (from `dataset.json`) wins; otherwise a running number becomes the single
 * year of its dates, when every such wave has one and no two share it.
 *
 * @example
 * ```ts
 * import { parseDataset } from "@vernetzt/core/io";
 * import { waveLabels } from "@vernetzt/core/model";
 *
 * const { dataset } = await parseDataset([
 *   { name: "actors.csv", data: "id,name\na,Alpha\nb,Beta\nc,Gamma" },
 *   { name: "ties.csv", data: "source,target,wave,date\na,b,1,2023-03-01\nb,c,2,2024-05-02\na,c,2,2024-06-10" },
 * ]);
 * // numbered waves get the one year their dated ties lie in
 * waveLabels(dataset!) //=> {"1": "2023", "2": "2024"}
 * // a name given in dataset.json wins
 * waveLabels(dataset!, { "2": "Frühjahr 2024" }) //=> {"1": "2023", "2": "Frühjahr 2024"}
 * ```
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

/**
 * The wave id `label` names: an id as it is, else the wave whose display name (`labels`, as `waveLabels` gives
 * them) it is, else `label` unchanged (so that the caller's "unknown wave" message names what was typed). Lets
 * people write "--wave 2025" where wave 3 is named 2025.
 *
 * @example
 * ```ts
 * import { waveNamed } from "@vernetzt/core/model";
 *
 * const labels = { "1": "2023", "2": "2024" };
 * waveNamed(["1", "2"], "2024", labels) //=> "2"
 * waveNamed(["1", "2"], "1", labels) //=> "1"
 * waveNamed(["1", "2"], "2030", labels) //=> "2030"
 * ```
 */
export function waveNamed(
  waves: readonly string[],
  label: string,
  labels: Readonly<Record<string, string>>,
): string {
  if (waves.includes(label)) return label;
  return waves.find((wave) => ownValue(labels, wave) === label) ?? label;
}
