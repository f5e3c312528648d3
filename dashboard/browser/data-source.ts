/**
 * Which dataset a page shows: the uploaded one when the browser holds one (see `uploaded-store.ts`), else
 * the dataset built into the site. Every page calls {@link dashboardSource} once and puts
 * {@link datasetBanner} under its title, so it is always clear which data are shown.
 */
import { dashboardMessagesDe as texts } from "../../packages/core/src/i18n/de/dashboard.js";
import type { DashboardData } from "../loaders/dashboard-data.js";
import type { OverviewData } from "../loaders/overview-data.js";
import { el } from "./dom.js";
import { clearUploaded, loadUploaded, type UploadedData } from "./uploaded-store.js";

/** The uploaded data if present; pages fall back to their `FileAttachment` for each part. */
export async function dashboardSource(): Promise<UploadedData | null> {
  return loadUploaded();
}

/** One part: the uploaded one, else `built()` (the page's `FileAttachment(…).json()`). */
export async function dashboardPartOf<K extends keyof DashboardData>(
  uploaded: UploadedData | null,
  part: K,
  built: () => Promise<DashboardData[K]>,
): Promise<DashboardData[K]> {
  return uploaded ? uploaded[part] : built();
}

const dateTime = new Intl.DateTimeFormat("de-DE", { dateStyle: "medium", timeStyle: "short" });

/** The banner: which dataset is shown; for uploaded data a button back to the built dataset. */
export function datasetBanner(overview: OverviewData, uploaded: UploadedData | null): HTMLElement {
  const t = texts.banner;
  if (!uploaded) {
    return el(
      "div",
      { class: "vz-dataset", role: "region", "aria-label": t.label },
      el("span", {}, t.built({ name: overview.title ?? overview.name })),
      " ",
      el("a", { href: "./eigene-daten" }, t.loadOwn),
    );
  }
  const back = el("button", { type: "button", class: "vz-dataset-back" }, t.back);
  back.addEventListener("click", async () => {
    back.disabled = true;
    await clearUploaded();
    location.reload();
  });
  return el(
    "div",
    { class: "vz-dataset vz-dataset-uploaded", role: "region", "aria-label": t.label },
    el("strong", {}, t.uploaded),
    " ",
    el(
      "span",
      {},
      t.uploadedDetail({
        files: uploaded.files.join(", "),
        savedAt: dateTime.format(new Date(uploaded.savedAt)),
      }),
    ),
    " ",
    el("span", { class: "vz-hint" }, t.storage),
    " ",
    back,
  );
}
