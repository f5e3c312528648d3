/**
 * Writing a dataset in another tool's format, one entry for all of them (the CLI's `export --format`).
 * Each format's own writer documents its layout; this only picks the writer and names the files.
 */
import { datasetWave } from "../io/export-dataset.js";
import type { InputFile } from "../io/input-file.js";
import type { Dataset } from "../model/types.js";
import { datasetToEdgeList } from "./edge-list.js";
import { InteropExportError } from "./errors.js";
import { datasetToGephiSpreadsheet } from "./gephi-spreadsheet.js";
import { datasetToKumu, datasetToKumuBlueprint } from "./kumu.js";
import { datasetToNetworkCanvasRoster } from "./network-canvas.js";
import { datasetToNodeEdgeCsv } from "./node-edge-csv.js";

/** Formats `exportInterop` writes. Folder formats give several files, the others one. */
export const INTEROP_EXPORT_FORMATS = [
  "nodes-edges-csv",
  "edgelist",
  "kumu",
  "kumu-json",
  "gephi-csv",
  "network-canvas-roster",
] as const;

export type InteropExportFormat = (typeof INTEROP_EXPORT_FORMATS)[number];

/**
 * Whether `format` writes a folder of files (`nodes-edges-csv`, `gephi-csv`) rather than one file.
 *
 * @example
 * ```ts
 * import { isFolderFormat } from "@vernetzt/core/interop";
 *
 * isFolderFormat("gephi-csv") //=> true
 * isFolderFormat("kumu") //=> false
 * ```
 */
export function isFolderFormat(format: InteropExportFormat): boolean {
  return format === "nodes-edges-csv" || format === "gephi-csv";
}

/**
 * Whether `format` writes CSV text (which `excelSafe` applies to).
 *
 * @example
 * ```ts
 * import { isCsvFormat } from "@vernetzt/core/interop";
 *
 * isCsvFormat("gephi-csv") //=> true
 * isCsvFormat("kumu-json") //=> false
 * ```
 */
export function isCsvFormat(format: InteropExportFormat): boolean {
  return isFolderFormat(format) || format === "network-canvas-roster";
}

/**
 * The files of `dataset` (or of one `wave` of it) in `format`. `excelSafe` prefixes formula-like cells of
 * the CSV formats with `'` (`io/excel-safe.ts`); the other formats ignore it.
 *
 * @example
 * ```ts
 * import { exportInterop } from "@vernetzt/core/interop";
 * import { parseDataset } from "@vernetzt/core/io";
 *
 * const { dataset } = await parseDataset(
 *   [
 *     { name: "actors.csv", data: "id,name\nkita,Kita Sonnenschein\njugend,Jugendtreff" },
 *     { name: "ties.csv", data: "source,target\nkita,jugend" },
 *   ],
 *   { name: "netz" },
 * );
 * const files = await exportInterop(dataset!, "nodes-edges-csv");
 * files.map((file) => file.name) //=> ["nodes.csv", "edges.csv"]
 * ```
 */
export async function exportInterop(
  dataset: Dataset,
  format: InteropExportFormat,
  options: { wave?: string; excelSafe?: boolean } = {},
): Promise<InputFile[]> {
  const csv = { excelSafe: options.excelSafe ?? false };
  const data = options.wave === undefined ? dataset : datasetWave(dataset, options.wave);
  switch (format) {
    case "nodes-edges-csv":
      return datasetToNodeEdgeCsv(data, csv);
    case "edgelist":
      return [{ name: `${data.name}.edgelist`, data: datasetToEdgeList(data, { data: "dict" }) }];
    case "kumu":
      return [await datasetToKumu(data)];
    case "kumu-json":
      return [datasetToKumuBlueprint(data)];
    case "gephi-csv":
      return datasetToGephiSpreadsheet(data, csv);
    case "network-canvas-roster":
      return [datasetToNetworkCanvasRoster(data, csv)];
    default:
      throw new InteropExportError("format", `vernetzt/interop: unknown export format "${String(format)}".`);
  }
}
