/**
 * Every JSON of the dashboard for one dataset, as the upload worker computes it in the browser. Each part
 * is the same function the build-time data loader calls (`src/data/<name>.json.ts`), never a copy.
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

/** Names of the parts, in the order the worker computes them (for progress messages). */
export const DASHBOARD_PARTS = [
  "overview",
  "network",
  "gaps",
  "indicator",
  "recommendations",
  "meetings",
  "seating",
  "projects",
] as const;

/** Computes one part of the dashboard data of `dataset` (already validated and pseudonymised). */
export function dashboardPart<K extends keyof DashboardData>(dataset: Dataset, part: K): DashboardData[K] {
  const compute: { [P in keyof DashboardData]: (d: Dataset) => DashboardData[P] } = {
    overview: (d) => overviewData(d, NO_NOTE),
    network: networkDataOf,
    gaps: (d) => gapsData(d),
    indicator: indicatorData,
    recommendations: recommendationsData,
    meetings: meetingsData,
    seating: seatingData,
    projects: projectsData,
  };
  return compute[part](dataset);
}

/** All parts of the dashboard data of `dataset`. */
export function dashboardDataOf(dataset: Dataset): DashboardData {
  return {
    overview: dashboardPart(dataset, "overview"),
    network: dashboardPart(dataset, "network"),
    gaps: dashboardPart(dataset, "gaps"),
    indicator: dashboardPart(dataset, "indicator"),
    recommendations: dashboardPart(dataset, "recommendations"),
    meetings: dashboardPart(dataset, "meetings"),
    seating: dashboardPart(dataset, "seating"),
    projects: dashboardPart(dataset, "projects"),
  };
}
