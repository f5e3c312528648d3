/**
 * The Eigene Daten page's upload, in three steps a person can follow:
 *
 * 1. **Choose or drop files.** Large files (`LARGE_UPLOAD_BYTES`) are announced first — size, how long reading
 *    takes, how much memory — and read only after „Prüfen starten“.
 * 2. **Check.** A web worker reads the files (`upload-worker.ts`) and the page shows what it read: messages
 *    first (`upload-messages.ts`), then the mapping as a table with drop-downs (`mapping-table.ts`); each
 *    change checks again. When nothing was guessed, nothing is wrong and the data are not large, it goes on by
 *    itself; otherwise „Daten laden“ (or „… ohne die fehlerhaften Zeilen laden“) does. Large data
 *    (`LARGE_UPLOAD_ACTORS`) say first how long computing will take.
 * 3. **Load.** The worker computes every page's data, step by step (progress bar, elapsed time, the estimate);
 *    „Abbrechen“ stops it at any time. The result is the network view, stored in this browser's IndexedDB
 *    (`uploaded-store.ts`) so that every page shows it.
 *
 * Nothing is sent anywhere: the CSP allows no other host, and the worker only talks to this page.
 */
import { DEFAULT_MAX_FILE_BYTES, fileSizeLimit, templateWorkbook } from "@vernetzt/core/io";
import type { DashboardData } from "../loaders/dashboard-data.js";
import { datasetBanner } from "./data-source.js";
import { el } from "./dom.js";
import { choiceLines, type MappingChoices, mappingTable } from "./mapping-table.js";
import { type NetworkView, networkView } from "./network-view.js";
import {
  COMMAND_LINE_SECONDS,
  formatDuration,
  formatElapsed,
  formatMegabytes,
  speedOf,
  uploadCheckEstimate,
  uploadLoadEstimate,
} from "./upload-estimate.js";
import { uploadMessages } from "./upload-messages.js";
import type { UploadRequest, UploadResponse } from "./upload-protocol.js";
import { saveUploaded, type UploadedData } from "./uploaded-store.js";

type Checked = Extract<UploadResponse, { type: "checked" }>;

const counts = (errors: number, warnings: number) =>
  `${errors} Fehler, ${warnings} ${warnings === 1 ? "Hinweis" : "Hinweise"}`;

/** The upload element; `workerUrl` is the bundled `upload-worker.js`. */
export function uploadView(workerUrl: string): { element: HTMLElement; destroy(): void } {
  const input = el("input", {
    id: "upload-files",
    type: "file",
    multiple: true,
    accept: ".csv,.tsv,.txt,.xlsx,.ods,.json,.gexf,.graphml,.xml,.edgelist",
    "aria-describedby": "upload-hint",
  });
  const status = el("p", { class: "vz-status", role: "status", "aria-live": "polite" });
  const progress = el("progress", { class: "vz-progress", hidden: true, max: 1 });
  const cancel = el("button", { type: "button", class: "vz-cancel", hidden: true }, "Abbrechen");
  const question = el("div", { class: "vz-question", hidden: true });
  const messages = el("div", { class: "vz-messages" });
  const mapping = el("div", { class: "vz-mapping-area" });
  const actions = el("div", { class: "vz-actions" });
  const result = el("div", { class: "vz-upload-result" });
  const template = el("button", { type: "button", class: "vz-template" }, "Excel-Vorlage herunterladen");
  const zone = el(
    "div",
    { class: "vz-dropzone" },
    el(
      "label",
      { for: "upload-files" },
      "Dateien auswählen: Ihre Excel-Tabelle oder CSV-Dateien, so wie sie sind",
    ),
    input,
    el(
      "p",
      { id: "upload-hint", class: "vz-hint" },
      "Oder die Dateien hierher ziehen. Blätter und Spalten dürfen heißen, wie sie heißen. Die Dateien werden nur in diesem Browser gelesen und nirgendwohin gesendet.",
    ),
  );

  let worker: Worker | null = null;
  let view: NetworkView | null = null;
  let timer: ReturnType<typeof setInterval> | null = null;
  let files: File[] = [];
  let choices: MappingChoices = new Map();
  let checkStarted = 0;
  let checkEstimate = 0;
  let speed = 1;

  function stopClock(): void {
    if (timer !== null) clearInterval(timer);
    timer = null;
    progress.hidden = true;
    cancel.hidden = true;
  }

  let step = "";
  let stepStarted = 0;
  let stepEstimate = 0;

  function tell(): void {
    const elapsed = formatElapsed((performance.now() - stepStarted) / 1000);
    const expected = stepEstimate >= 10 ? ` – erwartet: ${formatDuration(stepEstimate)}` : "";
    status.textContent = `${step} (läuft seit ${elapsed}${expected})`;
  }

  /** Shows a running step: the bar (`done`/`total`, or moving when unknown), elapsed time and the estimate. */
  function running(text: string, estimate: number, done?: number, total?: number): void {
    stopClock();
    step = text;
    stepStarted = performance.now();
    stepEstimate = estimate;
    progress.hidden = false;
    cancel.hidden = false;
    if (done !== undefined && total) progress.value = done / total;
    else progress.removeAttribute("value");
    tell();
    timer = setInterval(tell, 1000);
  }

  function reset(): void {
    worker?.terminate();
    worker = null;
    stopClock();
    view?.destroy();
    view = null;
    question.hidden = true;
    question.replaceChildren();
    for (const area of [messages, mapping, actions, result]) area.replaceChildren();
  }

  function ask(text: string, go: string, onGo: () => void): void {
    const start = el("button", { type: "button", class: "vz-go" }, go);
    const stop = el("button", { type: "button" }, "Abbrechen");
    start.addEventListener("click", () => {
      question.hidden = true;
      onGo();
    });
    stop.addEventListener("click", () => {
      reset();
      status.textContent = "Abgebrochen. Es wurde nichts geladen.";
    });
    question.replaceChildren(el("p", {}, text), start, " ", stop);
    question.hidden = false;
  }

  function ensureWorker(): Worker {
    if (worker) return worker;
    worker = new Worker(workerUrl, { type: "module" });
    worker.addEventListener("message", (event: MessageEvent<UploadResponse>) => onMessage(event.data));
    worker.addEventListener("error", () => {
      stopClock();
      status.textContent =
        "Die Auswertung ist abgebrochen, vermutlich reichte der Speicher des Browsers nicht. Bitte die Seite neu laden und kleinere Dateien wählen (oder die Auswertung mit vernetzt auf der Kommandozeile machen).";
    });
    return worker;
  }

  function check(withFiles: boolean): void {
    checkStarted = performance.now();
    running("Die Dateien werden gelesen und geprüft", checkEstimate);
    const request: UploadRequest = {
      type: "check",
      columns: choiceLines(choices),
      ...(withFiles ? { files } : {}),
    };
    ensureWorker().postMessage(request);
  }

  function start(chosen: File[]): void {
    if (chosen.length === 0) return;
    reset();
    files = chosen;
    choices = new Map();
    const tooLarge = files.filter((file) => file.size > fileSizeLimit(file.name, DEFAULT_MAX_FILE_BYTES));
    if (tooLarge.length > 0) {
      status.textContent = tooLarge
        .map(
          (file) =>
            `„${file.name}“ ist zu groß zum Laden im Browser (${formatMegabytes(file.size / 1024 / 1024)}; höchstens ${formatMegabytes(fileSizeLimit(file.name, DEFAULT_MAX_FILE_BYTES) / 1024 / 1024)}${/\.xlsx$/i.test(file.name) ? " für Excel-Arbeitsmappen, 100 MB als CSV" : ""}). Bitte ${/\.xlsx$/i.test(file.name) ? "als CSV speichern oder " : ""}aufteilen, oder mit vernetzt auf der Kommandozeile auswerten.`,
        )
        .join(" ");
      return;
    }
    const estimate = uploadCheckEstimate(files);
    checkEstimate = estimate.seconds;
    if (!estimate.large) {
      check(true);
      return;
    }
    status.textContent = "";
    ask(
      `Große Datei${files.length > 1 ? "en" : ""}: ${formatMegabytes(estimate.bytes / 1024 / 1024)}. Lesen und Prüfen dauert ${formatDuration(estimate.seconds)} und braucht etwa ${formatMegabytes(estimate.memoryMB)} Arbeitsspeicher; danach zeigt die Seite, was sie erkannt hat, und wie lange die Auswertung dauern wird. Sie können jederzeit abbrechen.`,
      "Prüfen starten",
      () => check(true),
    );
  }

  function load(checked: Checked): void {
    const estimate = uploadLoadEstimate(checked.summary!.actors, checked.summary!.ties, speed);
    running("Die Daten werden ausgewertet", estimate.seconds, 0, 5);
    ensureWorker().postMessage({ type: "load" } satisfies UploadRequest);
  }

  function showChecked(checked: Checked): void {
    stopClock();
    speed = speedOf(checkEstimate, (performance.now() - checkStarted) / 1000);
    const errors = checked.issues.filter((issue) => issue.severity === "error").length;
    const warnings = checked.issues.length - errors;
    messages.replaceChildren(uploadMessages(checked.summary, checked.issues));
    mapping.replaceChildren(
      checked.mapping
        ? el(
            "details",
            { class: "vz-mapping-details", open: !checked.certain },
            el("summary", {}, "So wurden Ihre Tabellen und Spalten gelesen (hier korrigieren)"),
            mappingTable(checked.mapping, choices, (next) => {
              choices = next;
              actions.replaceChildren();
              view?.destroy(); // a result of the earlier reading no longer stands
              view = null;
              result.replaceChildren();
              check(false);
            }),
          )
        : "",
    );
    actions.replaceChildren();
    if (!checked.summary) {
      status.textContent = `Prüfung beendet: ${counts(errors, warnings)}. Die Daten lassen sich so nicht laden.`;
      return;
    }
    const estimate = uploadLoadEstimate(checked.summary.actors, checked.summary.ties, speed);
    status.textContent = `Prüfung beendet: ${counts(errors, warnings)}.`;
    const label = errors > 0 ? `Ohne die ${errors} fehlerhaften Zeilen laden` : "Daten laden";
    const go = el("button", { type: "button", class: "vz-go" }, label);
    go.addEventListener("click", () => {
      actions.replaceChildren();
      load(checked);
    });
    const commandLine =
      estimate.seconds >= COMMAND_LINE_SECONDS
        ? " Für so große Netzwerke ist die Kommandozeile schneller und braucht keinen offenen Browser: vernetzt analyze, vernetzt gaps, … (siehe Methodik)."
        : "";
    const duration = el(
      "p",
      { class: "vz-hint" },
      `Die Auswertung dauert auf diesem Rechner ${formatDuration(estimate.seconds)}; Sie können sie jederzeit abbrechen.${commandLine}`,
    );
    actions.append(go, estimate.seconds >= 10 || estimate.large ? duration : "");
    if (checked.certain && !estimate.large) {
      actions.replaceChildren();
      load(checked);
    }
  }

  function onMessage(message: UploadResponse): void {
    if (message.type === "progress") {
      if (message.total > 1 && timer !== null) {
        progress.value = message.done / message.total;
        step = `Schritt ${message.done + 1} von ${message.total}: ${message.step.replace(/ …$/, "")}`;
        tell();
      }
    } else if (message.type === "checked") {
      showChecked(message);
    } else if (message.type === "failed") {
      stopClock();
      status.textContent = message.message;
    } else {
      stopClock();
      showResult(message.data);
    }
  }

  function showResult(data: DashboardData): void {
    const network = data.network;
    const uploaded: UploadedData = {
      ...data,
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

  cancel.addEventListener("click", () => {
    reset();
    status.textContent =
      "Abgebrochen. Es wurde nichts geladen; die Seiten zeigen weiter die bisherigen Daten.";
  });
  template.addEventListener("click", async () => {
    template.disabled = true;
    try {
      const bytes = await templateWorkbook();
      const url = URL.createObjectURL(
        new Blob([bytes as Uint8Array<ArrayBuffer>], {
          type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        }),
      );
      const link = el("a", { href: url, download: "vorlage-vernetzt.xlsx" });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } finally {
      template.disabled = false;
    }
  });
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
    element: el(
      "div",
      { class: "vz-upload" },
      zone,
      el(
        "p",
        { class: "vz-template-line" },
        template,
        " ",
        el(
          "span",
          { class: "vz-hint" },
          "Leere Tabelle mit deutschen Spaltennamen, einer Beispielzeile und Auswahllisten.",
        ),
      ),
      question,
      el("div", { class: "vz-running" }, status, progress, cancel),
      messages,
      mapping,
      actions,
      result,
    ),
    destroy: () => {
      reset();
    },
  };
}
