/**
 * Web worker of the Eigene Daten page: reads the dropped files with core's `parseDataset` (German
 * validation messages), pseudonymises persons without consent, and computes the network picture
 * (`networkDataOf`), off the page's main thread. The files never leave the browser.
 */
import { filesFromBlobs, formatValidationReport, parseDataset, pseudonymize } from "@vernetzt/core";
import { networkDataOf } from "./network-data-of.js";
import type { UploadRequest, UploadResponse } from "./upload-protocol.js";

const post = (message: UploadResponse) => (self as unknown as Worker).postMessage(message);

self.addEventListener("message", async (event: MessageEvent<UploadRequest>) => {
  try {
    post({ type: "progress", step: "Dateien werden gelesen und geprüft …" });
    const files = await filesFromBlobs(event.data.files);
    const { dataset, report } = await parseDataset(files, { lang: "de", name: "Eigene Daten" });
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
    post({ type: "progress", step: "Netzwerk wird berechnet …" });
    post({ type: "network", data: networkDataOf(pseudonymize(dataset)) });
  } catch (error) {
    post({
      type: "failed",
      message: `Die Dateien konnten nicht gelesen werden: ${error instanceof Error ? error.message : String(error)}`,
    });
  }
});
