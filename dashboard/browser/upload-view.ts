/**
 * The Eigene Daten page's upload: choose or drop files, a web worker checks them and computes every page's
 * data, the page shows core's validation report and the network view, and stores the data in this
 * browser's IndexedDB (`uploaded-store.ts`) so that every page shows them. Nothing is sent anywhere (the
 * CSP allows no other host, and the worker only talks to this page).
 */
import { datasetBanner } from "./data-source.js";
import { el } from "./dom.js";
import { type NetworkView, networkView } from "./network-view.js";
import type { UploadRequest, UploadResponse } from "./upload-protocol.js";
import { saveUploaded, type UploadedData } from "./uploaded-store.js";

/** The upload element; `workerUrl` is the bundled `upload-worker.js`. */
export function uploadView(workerUrl: string): { element: HTMLElement; destroy(): void } {
  const input = el("input", {
    id: "upload-files",
    type: "file",
    multiple: true,
    accept: ".csv,.tsv,.txt,.xlsx,.json,.gexf,.graphml,.xml,.edgelist",
    "aria-describedby": "upload-hint",
  });
  const status = el("p", { class: "vz-status", role: "status", "aria-live": "polite" });
  const report = el("pre", { class: "vz-report", hidden: true, tabindex: 0, "aria-label": "Prüfbericht" });
  const result = el("div", { class: "vz-upload-result" });
  const zone = el(
    "div",
    { class: "vz-dropzone" },
    el(
      "label",
      { for: "upload-files" },
      "Dateien auswählen (akteure.csv, beziehungen.csv, … oder eine Excel-Datei)",
    ),
    input,
    el(
      "p",
      { id: "upload-hint", class: "vz-hint" },
      "Oder die Dateien hierher ziehen. Sie werden nur in diesem Browser gelesen und nirgendwohin gesendet.",
    ),
  );
  let worker: Worker | null = null;
  let view: NetworkView | null = null;

  function start(files: File[]): void {
    if (files.length === 0) return;
    worker?.terminate();
    view?.destroy();
    view = null;
    result.replaceChildren();
    report.hidden = true;
    worker = new Worker(workerUrl, { type: "module" });
    worker.addEventListener("message", (event: MessageEvent<UploadResponse>) => {
      const message = event.data;
      if (message.type === "progress") status.textContent = message.step;
      else if (message.type === "report") {
        report.textContent = message.text || "Keine Hinweise: die Daten sind in Ordnung.";
        report.hidden = false;
        status.textContent = `Prüfung beendet: ${message.errors} Fehler, ${message.warnings} Hinweise.`;
      } else if (message.type === "failed") {
        status.textContent = message.message;
      } else {
        const network = message.data.network;
        const uploaded: UploadedData = {
          ...message.data,
          savedAt: new Date().toISOString(),
          files: files.map((file) => file.name),
        };
        view = networkView(network);
        (window as unknown as { vernetztUploadView: NetworkView }).vernetztUploadView = view;
        const loaded = `Geladen: ${network.nodes.length} Akteure, ${network.edges.length} Verbindungen.`;
        saveUploaded(uploaded).then(
          () => {
            status.textContent = `${loaded} Alle Seiten (Überblick, Netzwerk, Lückenkarte, Akteure, Empfehlungen, Entwicklung) zeigen jetzt diese Daten.`;
            result.replaceChildren(datasetBanner(uploaded.overview, uploaded), view?.element ?? "");
          },
          () => {
            status.textContent = `${loaded} Dieser Browser erlaubt kein Speichern (z. B. im privaten Modus): die anderen Seiten zeigen weiter den mitgelieferten Datensatz.`;
            result.replaceChildren(view?.element ?? "");
          },
        );
      }
    });
    worker.addEventListener("error", (event) => {
      status.textContent = `Die Auswertung ist abgebrochen: ${event.message}`;
    });
    worker.postMessage({ files } satisfies UploadRequest);
  }

  input.addEventListener("change", () => start([...(input.files ?? [])]));
  zone.addEventListener("dragover", (event) => {
    event.preventDefault();
    zone.classList.add("vz-dragover");
  });
  zone.addEventListener("dragleave", () => zone.classList.remove("vz-dragover"));
  zone.addEventListener("drop", (event) => {
    event.preventDefault();
    zone.classList.remove("vz-dragover");
    start([...(event.dataTransfer?.files ?? [])]);
  });

  return {
    element: el("div", { class: "vz-upload" }, zone, status, report, result),
    destroy: () => {
      worker?.terminate();
      view?.destroy();
    },
  };
}
