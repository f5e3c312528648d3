/** Messages between the Eigene Daten page and its web worker (`upload-worker.ts`). */
import type { DashboardData } from "../loaders/dashboard-data.js";

/** Page → worker: the files the person chose. */
export interface UploadRequest {
  files: File[];
}

/** Worker → page. */
export type UploadResponse =
  | { type: "progress"; step: string }
  | { type: "report"; text: string; errors: number; warnings: number }
  | { type: "data"; data: DashboardData }
  | { type: "failed"; message: string };
