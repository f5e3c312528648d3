/**
 * The dataset for the data loaders (Node, run by tsx at build time): core's `loadDataset` reads and
 * validates the folder, `pseudonymize` replaces persons without consent before anything else sees them.
 * A dataset with errors stops the build with core's German validation report on stderr.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type Dataset, formatValidationReport, pseudonymize } from "@vernetzt/core";
import { loadDataset } from "@vernetzt/core/node";
import type { DashboardData } from "./dashboard-data.js";

export { districtNames } from "../browser/dataset-graphs.js";

/** The dataset folder chosen by the build (`VERNETZT_DATA`, resolved by `scripts/build.mjs`). */
export function dataFolder(): string {
  const folder = process.env.VERNETZT_DATA;
  if (!folder)
    throw new Error("VERNETZT_DATA is not set: build the dashboard with `node scripts/build.mjs`.");
  return folder;
}

/** The validated, pseudonymised dataset in `folder`; warnings to stderr, errors end the loader (exit 1). */
export async function readDataset(folder: string = dataFolder()): Promise<Dataset> {
  const { dataset, report } = await loadDataset(folder, { lang: "de" });
  const hasErrors = report.issues.some((issue) => issue.severity === "error");
  if (report.issues.length > 0) process.stderr.write(formatValidationReport(report, { lang: "de" }));
  if (!dataset || hasErrors) {
    process.stderr.write(
      `Der Datensatz ${folder} hat Fehler (siehe oben): bitte korrigieren und neu bauen.\n`,
    );
    process.exit(1);
  }
  return pseudonymize(dataset);
}

/**
 * One part of the dashboard data, computed once per build: the Überblick's loader needs the gap and
 * recommendation parts too, and each loader runs in its own process. `scripts/build.mjs` names a fresh folder
 * per build (`VERNETZT_PART_CACHE`, inside Framework's cache, deleted before every build); without it (e.g.
 * `observable preview`) the part is simply computed.
 */
export function builtPart<K extends keyof DashboardData>(
  part: K,
  compute: () => DashboardData[K],
): DashboardData[K] {
  const folder = process.env.VERNETZT_PART_CACHE;
  if (!folder) return compute();
  const file = join(folder, `${part}.json`);
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as DashboardData[K];
  const value = compute();
  mkdirSync(folder, { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(value));
  renameSync(temporary, file); // atomic: a loader running at the same time reads all of it or none
  return value;
}
