/** Messages between the Eigene Daten page and its web worker (`upload-worker.ts`). */
import type { NetworkData } from "./network-data.js";

/** Page → worker: the files the person chose. */
export interface UploadRequest {
  files: File[];
}

/** Worker → page. */
export type UploadResponse =
  | { type: "progress"; step: string }
  | { type: "report"; text: string; errors: number; warnings: number }
  | { type: "network"; data: NetworkData }
  | { type: "failed"; message: string };
