/**
 * Every JSON of the dashboard for one dataset, as the upload worker computes it in the browser. Each part
 * is the same function the build-time data loader calls (`src/data/<name>.json.ts`), never a copy.
 * The Überblick draws on the gap and recommendation parts: each part is computed once per dataset
 * ({@link dashboardPart} remembers them), and the overview comes last.
 */
import type { Dataset } from "@vernetzt/core";
import type { NetworkData } from "../browser/network-data.js";
import { networkDataOf } from "../browser/network-data-of.js";
import { type GapsData, gapsData } from "./gaps-data.js";
import { type IndicatorData, indicatorData } from "./indicator-data.js";
import { type MeetingsData, meetingsData } from "./meetings-data.js";
import { NO_NOTE, type OverviewData, overviewData } from "./overview-data.js";
import { type ProjectsData, projectsData } from "./projects-data.js";
import { type RecommendationsData, recommendationsData } from "./recommendations-data.js";
import { type SeatingData, seatingData } from "./seating-data.js";

/** The JSON files of a build, for one dataset. */
export interface DashboardData {
  overview: OverviewData;
  network: NetworkData;
  gaps: GapsData;
  indicator: IndicatorData;
  recommendations: RecommendationsData;
  meetings: MeetingsData;
  seating: SeatingData;
  projects: ProjectsData;
}

/** Names of the parts, in the order the worker computes them (for progress messages): the overview last. */
export const DASHBOARD_PARTS = [
  "network",
  "gaps",
  "indicator",
  "recommendations",
  "meetings",
  "seating",
  "projects",
  "overview",
] as const;

/** The parts computed so far, per dataset object (released with it). */
const computed = new WeakMap<Dataset, Partial<DashboardData>>();

/** Computes one part of the dashboard data of `dataset` (already validated and pseudonymised), once. */
export function dashboardPart<K extends keyof DashboardData>(dataset: Dataset, part: K): DashboardData[K] {
  const compute: { [P in keyof DashboardData]: (d: Dataset) => DashboardData[P] } = {
    overview: (d) =>
      overviewData(d, NO_NOTE, {
        gaps: dashboardPart(d, "gaps"),
        recommendations: dashboardPart(d, "recommendations"),
      }),
    network: networkDataOf,
    gaps: (d) => gapsData(d),
    indicator: indicatorData,
    recommendations: recommendationsData,
    meetings: meetingsData,
    seating: (d) => seatingData(d, dashboardPart(d, "recommendations")),
    projects: projectsData,
  };
  const parts = computed.get(dataset) ?? {};
  computed.set(dataset, parts);
  parts[part] ??= compute[part](dataset);
  return parts[part]!;
}

/** All parts of the dashboard data of `dataset`. */
export function dashboardDataOf(dataset: Dataset): DashboardData {
  return Object.fromEntries(
    DASHBOARD_PARTS.map((part) => [part, dashboardPart(dataset, part)]),
  ) as unknown as DashboardData;
}
