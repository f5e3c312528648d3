/**
 * Web worker of the Eigene Daten page: reads the dropped files with core's `parseAnyDataset` (vernetzt's
 * CSV/XLSX/JSON/GEXF/GraphML and the formats of Kumu, Gephi, networkx/igraph and Network Canvas; German
 * validation messages), pseudonymises persons without consent, and computes every JSON of the dashboard
 * with the same functions as the build's data loaders (`dashboardPart`), off the page's main thread.
 * The files never leave the browser.
 */
import { filesFromBlobs, formatValidationReport, pseudonymize } from "@vernetzt/core";
import { parseAnyDataset } from "@vernetzt/core/interop";
import { DASHBOARD_PARTS, type DashboardData, dashboardPart } from "../loaders/dashboard-data.js";
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

self.addEventListener("message", async (event: MessageEvent<UploadRequest>) => {
  try {
    post({ type: "progress", step: "Dateien werden gelesen und geprüft …" });
    const files = await filesFromBlobs(event.data.files);
    const { dataset, report } = await parseAnyDataset(files, { lang: "de", name: "Eigene Daten" });
    const errors = report.issues.filter((issue) => issue.severity === "error").length;
    const warnings = report.issues.length - errors;
    post({ type: "report", text: formatValidationReport(report, { lang: "de" }), errors, warnings });
    if (!dataset || errors > 0) {
      post({
        type: "failed",
        message: "Die Daten haben Fehler (siehe Prüfbericht): bitte korrigieren und neu laden.",
      });
      return;
    }
    const shown = pseudonymize(dataset);
    const data: Partial<DashboardData> = {};
    for (const part of DASHBOARD_PARTS) {
      post({ type: "progress", step: STEPS[part] });
      (data as Record<string, unknown>)[part] = dashboardPart(shown, part);
    }
    post({ type: "data", data: data as DashboardData });
  } catch (error) {
    post({
      type: "failed",
      message: `Die Dateien konnten nicht gelesen werden: ${error instanceof Error ? error.message : String(error)}`,
    });
  }
});
