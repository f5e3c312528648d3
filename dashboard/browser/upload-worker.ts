/**
 * Web worker of the Eigene Daten page, in two steps. `check`: reads the dropped files with core's
 * `parseAnyDataset` (vernetzt's CSV/XLSX/JSON/GEXF/GraphML under any names and columns, and the formats of
 * Kumu, Gephi, networkx/igraph and Network Canvas; German messages), with the overrides the person chose in
 * the mapping table, and reports what it understood. `load`: pseudonymises persons without consent and
 * computes every JSON of the dashboard with the same functions as the build's data loaders (`dashboardPart`),
 * off the page's main thread, reporting each step. The files never leave the browser.
 */
import { type Dataset, filesFromBlobs, type InputFile, mappingSpecs, pseudonymize } from "@vernetzt/core";
import { parseAnyDataset } from "@vernetzt/core/interop";
import { LoadOptionError } from "@vernetzt/core/io";
import { DASHBOARD_PARTS, type DashboardData, dashboardPart } from "../loaders/dashboard-data.js";
import { failureText } from "./error-text.js";
import type { UploadRequest, UploadResponse } from "./upload-protocol.js";

const post = (message: UploadResponse) => (self as unknown as Worker).postMessage(message);

const STEPS: Record<(typeof DASHBOARD_PARTS)[number], string> = {
  overview: "Überblick wird berechnet …",
  network: "Netzwerk wird angeordnet und berechnet …",
  gaps: "Lücken werden berechnet (999 zufällige Umverteilungen) …",
  indicator: "Indikator 6.3.3 wird berechnet …",
  recommendations: "Empfehlungen werden berechnet …",
  meetings: "Arbeitskreise werden ausgewertet …",
  seating: "Tischplan wird vorbereitet …",
  projects: "Transferprojekte werden ausgewertet …",
};

let files: InputFile[] = [];
let dataset: Dataset | null = null;

async function check(request: Extract<UploadRequest, { type: "check" }>): Promise<void> {
  post({ type: "progress", step: "Dateien werden gelesen und geprüft …", done: 0, total: 1 });
  if (request.files) files = await filesFromBlobs(request.files);
  let result: Awaited<ReturnType<typeof parseAnyDataset>>;
  try {
    result = await parseAnyDataset(files, { lang: "de", name: "Eigene Daten", columns: request.columns });
  } catch (error) {
    if (!(error instanceof LoadOptionError)) throw error;
    post({
      type: "failed",
      message: `Diese Zuordnung passt nicht zu den Dateien: ${error.message.replace(/^vernetzt: /, "")}`,
    });
    return;
  }
  dataset = result.dataset;
  const mapping = result.mapping ?? null;
  const errors = result.report.issues.some((issue) => issue.severity === "error");
  post({
    type: "checked",
    summary: dataset
      ? {
          actors: dataset.actors.length,
          ties: dataset.ties.length,
          waves: dataset.waves,
          directed: dataset.directed,
        }
      : null,
    issues: result.report.issues,
    mapping,
    columns: request.columns,
    certain:
      dataset !== null &&
      !errors &&
      request.columns.length === 0 &&
      (!mapping || mappingSpecs(mapping.tables).length === 0),
  });
}

function load(): void {
  if (!dataset) {
    post({ type: "failed", message: "Es sind keine geprüften Daten da: bitte die Dateien neu wählen." });
    return;
  }
  const shown = pseudonymize(dataset);
  const data: Partial<DashboardData> = {};
  DASHBOARD_PARTS.forEach((part, i) => {
    post({ type: "progress", step: STEPS[part], done: i, total: DASHBOARD_PARTS.length });
    (data as Record<string, unknown>)[part] = dashboardPart(shown, part);
  });
  post({ type: "data", data: data as DashboardData });
}

self.addEventListener("message", async (event: MessageEvent<UploadRequest>) => {
  try {
    if (event.data.type === "check") await check(event.data);
    else load();
  } catch (error) {
    post({
      type: "failed",
      message: failureText(
        "Die Dateien konnten nicht ausgewertet werden",
        error,
        "Bitte die Seite neu laden und es noch einmal versuchen; bleibt der Fehler, die Dateien als .xlsx oder „CSV UTF-8“ neu speichern.",
      ),
    });
  }
});
