/**
 * The Befragung page: the survey „Wer kennt wen?“ in the browser, with core's `makeSurvey` and `collectSurvey`
 * (the same functions as `vernetzt survey make|collect`). Step 1 reads the actor list and makes every form as one
 * ZIP download; step 2 reads the returned files against the same list, shows who answered and who is still
 * missing (the reminder list), and hands the dataset with the new wave to the upload worker, so that every page
 * shows it (stored in this browser only, as on Eigene Daten). Nothing is sent anywhere: the files are read here.
 */
import { type Dataset, filesFromBlobs, formatValidationReport, type InputFile } from "@vernetzt/core";
import { parseAnyDataset } from "@vernetzt/core/interop";
import {
  type CollectResult,
  collectedFiles,
  collectSurvey,
  makeSurvey,
  type SurveyFile,
  surveyMessagesDe,
  surveyReportText,
  zipFiles,
} from "@vernetzt/core/survey";
import { el } from "./dom.js";
import { failureText } from "./error-text.js";
import { formatNumber, formatPercent } from "./format.js";
import type { UploadRequest, UploadResponse } from "./upload-protocol.js";
import { saveUploaded, type UploadedData } from "./uploaded-store.js";

/** A ZIP of files as a download link (the URL is revoked when the page goes). */
function zipLink(
  files: readonly SurveyFile[],
  name: string,
  text: string,
  urls: string[],
): HTMLAnchorElement {
  const url = URL.createObjectURL(new Blob([zipFiles(files) as BlobPart], { type: "application/zip" }));
  urls.push(url);
  return el("a", { href: url, download: name, class: "vz-download" }, text);
}

function fileField(
  id: string,
  label: string,
  hint: string,
  accept: string,
): { field: HTMLElement; input: HTMLInputElement } {
  const input = el("input", { id, type: "file", multiple: true, accept, "aria-describedby": `${id}-hint` });
  const field = el(
    "div",
    { class: "vz-dropzone" },
    el("label", { for: id }, label),
    input,
    el("p", { id: `${id}-hint`, class: "vz-hint" }, hint),
  );
  field.addEventListener("dragover", (event) => {
    event.preventDefault();
    field.classList.add("vz-dragover");
  });
  field.addEventListener("dragleave", () => field.classList.remove("vz-dragover"));
  field.addEventListener("drop", (event) => {
    event.preventDefault();
    field.classList.remove("vz-dragover");
    const dropped = event.dataTransfer?.files;
    if (dropped && dropped.length > 0) {
      input.files = dropped;
      input.dispatchEvent(new Event("change"));
    }
  });
  return { field, input };
}

/** A table whose first column names the row. */
function rowTable(caption: string | null, headers: string[], rows: string[][]): HTMLTableElement {
  return el(
    "table",
    { class: "vz-table" },
    caption === null ? null : el("caption", {}, caption),
    el("thead", {}, el("tr", {}, ...headers.map((h) => el("th", { scope: "col" }, h)))),
    el(
      "tbody",
      {},
      ...rows.map(([first, ...rest]) =>
        el("tr", {}, el("th", { scope: "row" }, first ?? ""), ...rest.map((cell) => el("td", {}, cell))),
      ),
    ),
  );
}

function textField(
  id: string,
  label: string,
  placeholder: string,
): { field: HTMLElement; input: HTMLInputElement } {
  const input = el("input", { id, type: "text", placeholder });
  return { field: el("div", { class: "vz-field" }, el("label", { for: id }, label), input), input };
}

const nextFrame = () => new Promise((resolve) => setTimeout(resolve, 30));

/** The page's view; `workerUrl` is the bundled `upload-worker.js` (it computes every page's data). */
export function surveyView(workerUrl: string): { element: HTMLElement; destroy(): void } {
  const urls: string[] = [];
  let dataset: Dataset | null = null;
  let worker: Worker | null = null;

  // ---------------------------------------------------------------------------------- 1. the forms
  const actors = fileField(
    "survey-actors",
    "Akteursliste auswählen (akteure.csv, eine Excel-Datei oder der ganze Datensatz)",
    "Oder die Dateien hierher ziehen. Sie werden nur in diesem Browser gelesen.",
    ".csv,.tsv,.txt,.xlsx,.json",
  );
  const title = textField("survey-title", "Titel", "z. B. Netzwerk Weststadt");
  const contact = textField("survey-contact", "Antworten an", "Name und E-Mail-Adresse");
  const deadline = textField("survey-deadline", "Frist", "z. B. 31. März 2025");
  const wave = textField("survey-wave", "Welle", "leer lassen: die nächste");
  const make = el("button", { type: "button", id: "survey-make", disabled: true }, "Fragebögen erstellen");
  const datasetStatus = el("p", { class: "vz-status", role: "status", "aria-live": "polite" });
  const datasetReport = el("pre", {
    class: "vz-report",
    hidden: true,
    tabindex: 0,
    "aria-label": "Prüfbericht",
  });
  const made = el("div", { class: "vz-survey-made" });

  actors.input.addEventListener("change", async () => {
    dataset = null;
    make.disabled = true;
    collect.disabled = true;
    made.replaceChildren();
    datasetReport.hidden = true;
    datasetStatus.textContent = "Die Akteursliste wird gelesen …";
    const files = await filesFromBlobs([...(actors.input.files ?? [])]);
    const name = title.input.value.trim() || "Netzwerk";
    const { dataset: read, report } = await parseAnyDataset(files, { lang: "de", name, requireTies: false });
    const errors = report.issues.filter((issue) => issue.severity === "error").length;
    if (report.issues.length > 0) {
      datasetReport.textContent = formatValidationReport(report, { lang: "de" });
      datasetReport.hidden = false;
    }
    if (!read || errors > 0) {
      datasetStatus.textContent =
        "Die Liste hat Fehler (siehe Prüfbericht): bitte korrigieren und neu laden.";
      return;
    }
    dataset = read;
    make.disabled = false;
    collect.disabled = returns.input.files === null || returns.input.files.length === 0;
    const waves = read.ties.length > 0 ? `, Wellen ${read.waves.join(", ")}` : ", noch ohne Beziehungen";
    datasetStatus.textContent = `Geladen: ${formatNumber(read.actors.length)} Akteure${waves}.`;
  });

  make.addEventListener("click", async () => {
    if (!dataset) return;
    make.disabled = true;
    made.replaceChildren(el("p", { class: "vz-status", role: "status" }, "Die Fragebögen werden erstellt …"));
    await nextFrame();
    try {
      const options = {
        ...(title.input.value.trim() ? { title: title.input.value.trim() } : {}),
        contact: contact.input.value.trim(),
        deadline: deadline.input.value.trim(),
        ...(wave.input.value.trim() ? { wave: wave.input.value.trim() } : {}),
      };
      const survey = await makeSurvey(dataset, options);
      const m = surveyMessagesDe;
      made.replaceChildren(
        el(
          "p",
          { class: "vz-status", role: "status" },
          `${formatNumber(survey.recipients.length)} Fragebögen für Welle ${survey.wave}: je eine Excel-, Browser- und Papierfassung, dazu das Anschreiben und der Verteiler.`,
          survey.notAsked > 0 ? ` ${m.notAsked({ persons: survey.notAsked })}` : "",
        ),
        zipLink(
          survey.files,
          `fragebogen-welle-${survey.wave}.zip`,
          `Alle Fragebögen herunterladen (ZIP, Welle ${survey.wave})`,
          urls,
        ),
        el(
          "details",
          {},
          el("summary", {}, `Wer bekommt welchen Fragebogen (${formatNumber(survey.recipients.length)})`),
          rowTable(
            null,
            ["Name", "Stadtteil", "Dateien"],
            survey.recipients.map((r) => [r.name, r.district, `${r.xlsx}, ${r.html}, ${r.print}`]),
          ),
        ),
      );
    } catch (error) {
      made.replaceChildren(
        el(
          "p",
          { class: "vz-status", role: "status" },
          failureText(
            "Die Fragebögen konnten nicht erstellt werden",
            error,
            "Bitte die Seite neu laden und es noch einmal versuchen.",
          ),
        ),
      );
    } finally {
      make.disabled = false;
    }
  });

  // ---------------------------------------------------------------------------------- 2. the returns
  const returns = fileField(
    "survey-returns",
    "Zurückgeschickte Fragebögen auswählen (.xlsx und gespeicherte .html, beliebige Namen)",
    "Oder hierher ziehen. Mehrfach geschickte Dateien werden erkannt; unlesbare werden genannt, der Rest wird übernommen.",
    ".xlsx,.html,.htm,.ods,.xls,.pdf",
  );
  const collect = el(
    "button",
    { type: "button", id: "survey-collect", disabled: true },
    "Rücklauf auswerten",
  );
  const collected = el("div", { class: "vz-survey-report" });
  returns.input.addEventListener("change", () => {
    collect.disabled = dataset === null || (returns.input.files?.length ?? 0) === 0;
    if (dataset === null) {
      collected.replaceChildren(
        el(
          "p",
          { class: "vz-status", role: "status" },
          "Bitte oben zuerst die Akteursliste laden, aus der die Fragebögen gemacht wurden.",
        ),
      );
    }
  });
  collect.addEventListener("click", async () => {
    if (!dataset) return;
    collect.disabled = true;
    collected.replaceChildren(
      el("p", { class: "vz-status", role: "status" }, "Die Rückläufe werden gelesen …"),
    );
    await nextFrame();
    try {
      const files: InputFile[] = await filesFromBlobs([...(returns.input.files ?? [])]);
      const result = await collectSurvey(
        dataset,
        files,
        wave.input.value.trim() ? { wave: wave.input.value.trim() } : {},
      );
      collected.replaceChildren(...reportView(result, urls, (progress) => show(result, progress)));
    } catch (error) {
      collected.replaceChildren(
        el(
          "p",
          { class: "vz-status", role: "status" },
          failureText(
            "Die Rückläufe konnten nicht gelesen werden",
            error,
            "Bitte die Dateien prüfen (ausgefüllte Fragebögen als .xlsx oder .html) und es noch einmal versuchen.",
          ),
        ),
      );
    } finally {
      collect.disabled = false;
    }
  });

  /** Hands the dataset with the new wave to the upload worker and stores the result for every page. */
  function show(result: CollectResult, progress: (step: string) => void): Promise<string> {
    return new Promise((resolve) => {
      worker?.terminate();
      worker = new Worker(workerUrl, { type: "module" });
      const files = collectedFiles(result, "de")
        .filter((file) => !file.path.includes("/"))
        .map((file) => new File([file.data as BlobPart], file.path, { type: "text/csv" }));
      worker.addEventListener("message", (event: MessageEvent<UploadResponse>) => {
        const message = event.data;
        if (message.type === "progress") progress(message.step);
        if (message.type === "failed") resolve(message.message);
        if (message.type === "checked") {
          // the worker read the collected CSV files; then it computes every page (as on Eigene Daten)
          const errors = message.issues.filter((issue) => issue.severity === "error").length;
          if (message.summary === null || errors > 0) {
            resolve(
              `Der Datensatz mit der neuen Welle hat ${errors} Fehler; bitte den Datensatz herunterladen und prüfen.`,
            );
          } else {
            worker?.postMessage({ type: "load" } satisfies UploadRequest);
          }
        }
        if (message.type !== "data") return;
        const uploaded: UploadedData = {
          ...message.data,
          savedAt: new Date().toISOString(),
          files: [`Befragung Welle ${result.report.wave}`],
        };
        saveUploaded(uploaded).then(
          () => resolve(`Übernommen: Alle Seiten zeigen jetzt die Daten mit Welle ${result.report.wave}.`),
          () =>
            resolve(
              "Der Browser erlaubt kein Speichern (IndexedDB): die anderen Seiten zeigen weiter die bisherigen Daten.",
            ),
        );
      });
      worker.addEventListener("error", (event) => {
        console.warn(event.message); // the browser's text, for whoever debugs it; the page says what to do
        resolve("Die Auswertung ist abgebrochen. Bitte die Seite neu laden und es noch einmal versuchen.");
      });
      worker.postMessage({ type: "check", files, columns: [] } satisfies UploadRequest);
    });
  }

  const element = el(
    "div",
    { class: "vz-survey" },
    el("h2", { id: "fragebogen-erstellen" }, "1. Fragebögen erstellen"),
    el(
      "p",
      {},
      "Für jede Einrichtung ein Fragebogen – als Excel-Datei, als Browser-Datei (funktioniert ohne Internet) und zum Ausdrucken –, dazu das Anschreiben und die Liste, wer welchen Fragebogen bekommt. Personen ohne Einwilligung bekommen keinen und stehen auf keinem.",
    ),
    actors.field,
    datasetStatus,
    datasetReport,
    el("div", { class: "vz-controls" }, title.field, contact.field, deadline.field, wave.field),
    make,
    made,
    el("h2", { id: "ruecklauf-auswerten" }, "2. Rücklauf auswerten"),
    el(
      "p",
      {},
      "Laden Sie oben dieselbe Akteursliste und hier alle zurückgeschickten Dateien. Sie sehen, wer geantwortet hat, wer noch fehlt, und können die neue Welle übernehmen – dann zeigen alle Seiten sie.",
    ),
    returns.field,
    collect,
    collected,
  );
  return {
    element,
    destroy: () => {
      worker?.terminate();
      for (const url of urls) URL.revokeObjectURL(url);
    },
  };
}

/** The collect report: figures, the reminder list, what could not be used, downloads and the take-over button. */
function reportView(
  result: CollectResult,
  urls: string[],
  take: (progress: (step: string) => void) => Promise<string>,
): HTMLElement[] {
  const r = result.report;
  const rate = r.surveyed === 0 ? 0 : r.answered.length / r.surveyed;
  const reminder = collectedFiles(result, "de").filter((file) => file.path.startsWith("befragung/"));
  const status = el("p", { class: "vz-status", role: "status", "aria-live": "polite" });
  const button = el("button", { type: "button", id: "survey-take" }, `Welle ${r.wave} im Dashboard zeigen`);
  button.addEventListener("click", async () => {
    button.disabled = true;
    status.textContent = "Alle Seiten werden neu berechnet (Netzwerk, Lücken, Indikator, Empfehlungen) …";
    status.textContent = await take((step) => {
      status.textContent = step;
    });
    button.disabled = false;
  });
  const missing = rowTable(
    `Noch keine Antwort (${formatNumber(r.missing.length)}) – zum Erinnern`,
    ["Name", "Stadtteil", "Bereich", "Hinweis"],
    r.missing.map((a) => [a.name, a.district, a.sector, surveyMessagesDe.missingReason[a.reason]]),
  );
  missing.id = "survey-missing";
  return [
    el(
      "div",
      { class: "grid grid-cols-3" },
      el(
        "div",
        { class: "card" },
        el("h3", {}, "Geantwortet"),
        el("span", { class: "big" }, `${formatNumber(r.answered.length)} von ${formatNumber(r.surveyed)}`),
        el("p", {}, formatPercent(rate)),
      ),
      el(
        "div",
        { class: "card" },
        el("h3", {}, "Noch offen"),
        el("span", { class: "big" }, formatNumber(r.missing.length)),
      ),
      el(
        "div",
        { class: "card" },
        el("h3", {}, "Nicht verwendbare Dateien"),
        el("span", { class: "big" }, formatNumber(r.broken.length)),
      ),
    ),
    r.missing.length > 0 ? missing : el("p", {}, "Alle haben geantwortet."),
    el(
      "details",
      { open: r.broken.length + r.problems.length > 0 },
      el("summary", {}, "Der ganze Bericht"),
      el("pre", { class: "vz-report", tabindex: 0 }, surveyReportText(r, "de").join("\n")),
    ),
    el(
      "p",
      {},
      zipLink(
        collectedFiles(result, "de"),
        `datensatz-welle-${r.wave}.zip`,
        `Datensatz mit Welle ${r.wave} herunterladen (ZIP, mit Bericht und Erinnerungsliste)`,
        urls,
      ),
      " ",
      zipLink(reminder, `bericht-welle-${r.wave}.zip`, "Nur Bericht und Erinnerungsliste (ZIP)", urls),
    ),
    button,
    status,
  ];
}
