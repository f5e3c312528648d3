/**
 * The dashboard's JSON parts at build time, each computed once per build and shared by every process that
 * needs it. Framework runs each data loader (`src/data/<part>.json.ts`) in a process of its own, one after
 * the other; reading and validating a city's dataset costs seconds, and the Überblick draws on the gap and
 * recommendation parts. So `scripts/build.mjs` first runs `scripts/compute-parts.ts` in one process per core:
 * each reads the dataset once and computes the parts no other process has claimed, heaviest first
 * ({@link BUILD_ORDER}), into the part folder (`VERNETZT_PART_CACHE`, inside Framework's cache, deleted before
 * every build). The data loaders then only copy their part to stdout, without reading the dataset again.
 *
 * A part is claimed by creating `<part>.claim` (atomic `mkdir`, holding the claimer's process id); a process
 * that needs a part another one is computing waits for its file, and takes the part over if that process
 * ended without writing it. Without `VERNETZT_PART_CACHE` (e.g. `observable preview`) a part is computed.
 *
 * With `VERNETZT_BUILD_TIMES=<file>` every computed part appends one JSON line (part, wall and CPU seconds,
 * process id) to that file: `pnpm bench:dashboard` reads it to say where a build's time went.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { cpuUsage } from "node:process";
import type { Dataset } from "@vernetzt/core";
import { readDatasetNote } from "@vernetzt/core/node";
import { networkDataOf } from "../browser/network-data-of.js";
import type { DashboardData } from "./dashboard-data.js";
import { dataFolder, readDataset } from "./dataset.js";
import { gapsData } from "./gaps-data.js";
import { indicatorData } from "./indicator-data.js";
import { meetingsData } from "./meetings-data.js";
import { overviewData } from "./overview-data.js";
import { projectsData } from "./projects-data.js";
import { recommendationsData } from "./recommendations-data.js";
import { seatingData } from "./seating-data.js";

/** A part's name (the data file `<part>.json`). */
export type PartName = keyof DashboardData;

/**
 * The order in which build processes take the parts: the longest first (measured at 20,000 actors), so that
 * two processes end at about the same time; the Überblick last, since it draws on gaps and recommendations.
 */
export const BUILD_ORDER: readonly PartName[] = [
  "network",
  "indicator",
  "seating",
  "meetings",
  "gaps",
  "recommendations",
  "projects",
  "overview",
];

/** The dataset, read once per process and only when a part has to be computed. */
let dataset: Promise<Dataset> | undefined;
let quietDataset = false;

/** Reads the dataset without printing its validation warnings (another process of the build prints them). */
export function readDatasetQuietly(): void {
  quietDataset = true;
}

function theDataset(): Promise<Dataset> {
  dataset ??= readDataset(dataFolder(), { quiet: quietDataset });
  return dataset;
}

/** How each part is computed from the validated, pseudonymised dataset (the upload worker's functions). */
const COMPUTE: { [P in PartName]: (d: Dataset) => Promise<DashboardData[P]> | DashboardData[P] } = {
  network: networkDataOf,
  indicator: indicatorData,
  seating: seatingData,
  meetings: meetingsData,
  gaps: gapsData,
  recommendations: recommendationsData,
  projects: projectsData,
  overview: async (d) =>
    overviewData(d, (await readDatasetNote(dataFolder(), "de")).note, {
      gaps: await builtPart("gaps"),
      recommendations: await builtPart("recommendations"),
    }),
};

/** Whether the process `pid` still runs. */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Claims `part` in `folder` for this process; `false` when another live process holds it. */
function claim(folder: string, part: PartName): boolean {
  const claimFolder = join(folder, `${part}.claim`);
  const pidFile = join(claimFolder, "pid");
  try {
    mkdirSync(claimFolder);
    writeFileSync(pidFile, String(process.pid));
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  // Held: by a live process, or by one that ended without writing the part (then it is ours).
  const holder = existsSync(pidFile) ? Number(readFileSync(pidFile, "utf8")) : Number.NaN;
  if (Number.isInteger(holder) && holder > 0 && !running(holder)) {
    writeFileSync(pidFile, String(process.pid));
    return true;
  }
  return false;
}

async function compute<K extends PartName>(part: K): Promise<DashboardData[K]> {
  const wall = performance.now();
  const cpu = cpuUsage();
  const value = await COMPUTE[part](await theDataset());
  const times = process.env.VERNETZT_BUILD_TIMES;
  if (times) {
    const used = cpuUsage(cpu);
    const line = {
      part,
      wall: (performance.now() - wall) / 1000,
      cpu: (used.user + used.system) / 1e6,
      pid: process.pid,
    };
    appendFileSync(times, `${JSON.stringify(line)}\n`);
  }
  return value;
}

function writePart(file: string, value: unknown): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(value));
  renameSync(temporary, file); // atomic: a process waiting for it reads all of it or none
}

/**
 * One part of the dashboard data of this build: read from the part folder when a process of this build
 * computed it (waiting while another one computes it), else computed here and written there for the others.
 */
export async function builtPart<K extends PartName>(part: K): Promise<DashboardData[K]> {
  const folder = process.env.VERNETZT_PART_CACHE;
  if (!folder) return compute(part);
  mkdirSync(folder, { recursive: true });
  const file = join(folder, `${part}.json`);
  for (;;) {
    if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as DashboardData[K];
    if (claim(folder, part)) break;
    await sleep(200);
  }
  const value = await compute(part);
  writePart(file, value);
  return value;
}

/**
 * Computes, into the part folder, every part of this build that no other process has computed or claimed,
 * in {@link BUILD_ORDER} (one such process per core share the work; see the top of this file).
 */
export async function computeBuiltParts(): Promise<void> {
  const folder = process.env.VERNETZT_PART_CACHE;
  if (!folder) throw new Error("VERNETZT_PART_CACHE is not set: run this from `node scripts/build.mjs`.");
  mkdirSync(folder, { recursive: true });
  for (const part of BUILD_ORDER) {
    const file = join(folder, `${part}.json`);
    if (existsSync(file) || !claim(folder, part)) continue;
    writePart(file, await compute(part));
  }
}
