/** Survey files as one ZIP archive (fflate), for the dashboard's downloads; the same files give the same bytes. */
import { zipSync } from "fflate";
import type { SurveyFile } from "./make.js";

/**
 * The files as ZIP bytes: paths as given (`/`-separated folders), every time 1980-01-01, deflated.
 *
 * @example
 * ```ts
 * import { zipFiles } from "@vernetzt/core/survey";
 *
 * const files = [{ path: "html/a.html", data: "<p>Hallo</p>" }, { path: "x.bin", data: new Uint8Array([1]) }];
 * const zip = zipFiles(files);
 * String.fromCharCode(zip[0]!, zip[1]!) //=> "PK"
 * zipFiles(files).join() === zip.join() //=> true
 * ```
 */
export function zipFiles(files: readonly SurveyFile[]): Uint8Array {
  const encoder = new TextEncoder();
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = {};
  const mtime = new Date(1980, 0, 1, 0, 0, 0);
  for (const file of files) {
    entries[file.path] = [typeof file.data === "string" ? encoder.encode(file.data) : file.data, { mtime }];
  }
  return zipSync(entries, { level: 6 });
}
