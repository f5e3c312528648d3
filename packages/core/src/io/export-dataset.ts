/** One entry point for every export format: the files to write for a dataset. */

import { ownValue } from "../model/member-names.js";
import type { Dataset } from "../model/types.js";
import { resolveWave } from "../model/waves.js";
import { type CsvExportOptions, datasetToCsvFiles } from "./csv-export.js";
import { datasetToJson } from "./dataset-json.js";
import { datasetToGexf, datasetToGraphml } from "./graph-files.js";
import type { InputFile } from "./input-file.js";

export const EXPORT_FORMATS = ["json", "gexf", "graphml", "csv"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions extends CsvExportOptions {
  /** Only this wave's ties (and its meetings and respondents). Default: every wave. */
  wave?: string;
}

/**
 * The dataset restricted to one wave (ties, meetings, respondents); throws `UnknownWaveError` if absent.
 *
 * @example
 * ```ts
 * import { datasetWave, parseDataset } from "@vernetzt/core/io";
 *
 * const { dataset } = await parseDataset([
 *   { name: "actors.csv", data: "id,name\na,Alpha\nb,Beta\nc,Gamma" },
 *   { name: "ties.csv", data: "source,target,wave\na,b,2022\na,b,2024\nb,c,2024" },
 * ]);
 * const wave = datasetWave(dataset!, "2024");
 * wave.waves //=> ["2024"]
 * wave.ties.length //=> 2
 * ```
 */
export function datasetWave(dataset: Dataset, wave: string): Dataset {
  const selected = resolveWave(dataset, wave);
  const events = dataset.events.filter((e) => e.wave === undefined || e.wave === selected);
  const eventIds = new Set(events.map((e) => e.id));
  const result: Dataset = {
    ...dataset,
    ties: dataset.ties.filter((t) => t.wave === selected),
    events,
    attendance: dataset.attendance.filter((a) => eventIds.has(a.event)),
    waves: [selected],
  };
  if (dataset.respondents) result.respondents = { [selected]: ownValue(dataset.respondents, selected) ?? [] };
  return result;
}

/**
 * The files of a dataset in one format: one file `<name>.json|gexf|graphml`, or the CSV files of a folder.
 *
 * @example
 * ```ts
 * import { exportDataset, parseDataset } from "@vernetzt/core/io";
 *
 * const { dataset } = await parseDataset(
 *   [
 *     { name: "actors.csv", data: "id,name\na,Alpha\nb,Beta" },
 *     { name: "ties.csv", data: "source,target\na,b" },
 *   ],
 *   { name: "netz" },
 * );
 * exportDataset(dataset!, "gexf").map((f) => f.name) //=> ["netz.gexf"]
 * exportDataset(dataset!, "csv", { delimiter: ";" }).map((f) => f.name) //=> ["actors.csv", "ties.csv"]
 * ```
 */
export function exportDataset(
  dataset: Dataset,
  format: ExportFormat,
  options: ExportOptions = {},
): InputFile[] {
  const data = options.wave === undefined ? dataset : datasetWave(dataset, options.wave);
  switch (format) {
    case "json":
      return [{ name: `${data.name}.json`, data: datasetToJson(data) }];
    case "gexf":
      return [{ name: `${data.name}.gexf`, data: datasetToGexf(data) }];
    case "graphml":
      return [{ name: `${data.name}.graphml`, data: datasetToGraphml(data) }];
    case "csv": {
      const csv: CsvExportOptions = {};
      if (options.delimiter !== undefined) csv.delimiter = options.delimiter;
      if (options.bom !== undefined) csv.bom = options.bom;
      if (options.excelSafe !== undefined) csv.excelSafe = options.excelSafe;
      return datasetToCsvFiles(data, csv);
    }
  }
}
