/**
 * The dataset for the data loaders (Node, run by tsx at build time): core's `loadDataset` reads and
 * validates the folder, `pseudonymize` replaces persons without consent before anything else sees them.
 * A dataset with errors stops the build with core's German validation report on stderr.
 */
import { type Dataset, formatValidationReport, pseudonymize } from "@vernetzt/core";
import { loadDataset } from "@vernetzt/core/node";

export { districtNames } from "../browser/dataset-graphs.js";

/** The dataset folder chosen by the build (`VERNETZT_DATA`, resolved by `scripts/build.mjs`). */
export function dataFolder(): string {
  const folder = process.env.VERNETZT_DATA;
  if (!folder)
    throw new Error("VERNETZT_DATA is not set: build the dashboard with `node scripts/build.mjs`.");
  return folder;
}

/**
 * The validated, pseudonymised dataset in `folder`; the validation report to stderr (unless `quiet`: another
 * process of the same build prints it), errors end the process (exit 1).
 */
export async function readDataset(
  folder: string = dataFolder(),
  { quiet = false }: { quiet?: boolean } = {},
): Promise<Dataset> {
  const { dataset, report } = await loadDataset(folder, { lang: "de" });
  const hasErrors = report.issues.some((issue) => issue.severity === "error");
  if (report.issues.length > 0 && !quiet)
    process.stderr.write(formatValidationReport(report, { lang: "de" }));
  if (!dataset || hasErrors) {
    if (quiet) process.exit(1);
    process.stderr.write(
      `Der Datensatz ${folder} hat Fehler (siehe oben): bitte korrigieren und neu bauen.\n`,
    );
    process.exit(1);
  }
  return pseudonymize(dataset);
}
