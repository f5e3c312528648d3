/** Messages between the Eigene Daten page and its web worker (`upload-worker.ts`). */
import type { DatasetMapping, ValidationIssue } from "@vernetzt/core/io";
import type { DashboardData } from "../loaders/dashboard-data.js";

/**
 * Page → worker: check the files (the first time) or the same files again with other overrides
 * (`columns`: `--columns` lines from the mapping table's drop-downs), then compute the dashboard (`load`).
 */
export type UploadRequest = { type: "check"; files?: File[]; columns: string[] } | { type: "load" };

/** What was read, for the sentence above the mapping. */
export interface UploadSummary {
  actors: number;
  ties: number;
  waves: string[];
  directed: boolean;
}

/** Worker → page. */
export type UploadResponse =
  | { type: "progress"; step: string; done: number; total: number }
  | {
      type: "checked";
      /** The dataset read (null: nothing to load). */
      summary: UploadSummary | null;
      issues: ValidationIssue[];
      /** What was understood; absent for another tool's format (its layout is fixed). */
      mapping: DatasetMapping | null;
      /** The columns lines now in force. */
      columns: string[];
      /** Nothing was guessed and nothing is wrong: the page loads without asking. */
      certain: boolean;
    }
  | { type: "data"; data: DashboardData }
  | { type: "failed"; message: string };
