/**
 * The check of uploaded files in plain German, messages first: one sentence of what was read, then the rows
 * left out (errors), then what was read differently from what is written (repairs), then other hints — each
 * as "where: what and what to do", the code small at the end, for whoever helps by phone. Long lists are cut
 * after `SHOWN` items per group, the rest behind "alle zeigen".
 */
import type { ValidationIssue } from "@vernetzt/core/io";
import { el } from "./dom.js";
import type { UploadSummary } from "./upload-protocol.js";

const SHOWN = 30;

const REPAIRS = new Set([
  "NAME_VARIANT",
  "NAME_TYPO",
  "ACTOR_ADDED",
  "WEIGHT_SCALE",
  "TIE_LIST_SPLIT",
  "WAVE_FROM_DATE",
]);

const number = (n: number) => n.toLocaleString("de-DE");

/** "Erkannt: 40 Akteure und 120 Beziehungen, Wellen 2024 und 2025." */
export function summarySentence(summary: UploadSummary): string {
  const waves =
    summary.waves.length === 1
      ? `Welle ${summary.waves[0]}`
      : `Wellen ${summary.waves.slice(0, -1).join(", ")} und ${summary.waves.at(-1)}`;
  const ties = `${number(summary.ties)} ${summary.ties === 1 ? "Beziehung" : "Beziehungen"}`;
  return `Erkannt: ${number(summary.actors)} ${summary.actors === 1 ? "Akteur" : "Akteure"} und ${ties}${summary.directed ? " (gerichtet)" : ""}, ${waves}.`;
}

function where(issue: ValidationIssue): string {
  const parts: string[] = [];
  if (issue.file) parts.push(`„${issue.file}“`);
  if (issue.row !== null) parts.push(`Zeile ${issue.row}`);
  if (issue.column) parts.push(`Spalte „${issue.column}“`);
  return parts.length > 0 ? `${parts.join(", ")}: ` : "";
}

function item(issue: ValidationIssue): HTMLElement {
  return el(
    "li",
    {},
    el("span", { class: "vz-where" }, where(issue)),
    issue.message,
    " ",
    el("code", { class: "vz-code" }, issue.code),
  );
}

function group(title: string, issues: ValidationIssue[], className: string): HTMLElement | null {
  if (issues.length === 0) return null;
  const list = el("ul", {}, ...issues.slice(0, SHOWN).map(item));
  const section = el(
    "section",
    { class: `vz-messages-group ${className}` },
    el("h4", {}, `${title} (${number(issues.length)})`),
    list,
  );
  if (issues.length > SHOWN) {
    const more = el("button", { type: "button", class: "vz-more" }, `alle ${number(issues.length)} zeigen`);
    more.addEventListener("click", () => {
      list.replaceChildren(...issues.map(item));
      more.remove();
    });
    section.append(more);
  }
  return section;
}

/** The messages of a check. */
export function uploadMessages(summary: UploadSummary | null, issues: ValidationIssue[]): HTMLElement {
  const errors = issues.filter((i) => i.severity === "error");
  const warnings = issues.filter((i) => i.severity === "warning");
  const rejected = errors.filter((i) => i.row !== null);
  const blocking = errors.filter((i) => i.row === null);
  const head = summary
    ? el("p", { class: "vz-summary" }, summarySentence(summary))
    : el(
        "p",
        { class: "vz-summary vz-summary-failed" },
        "Aus diesen Dateien lässt sich noch kein Netzwerk lesen. Was fehlt, steht unten; oft hilft es, in der Tabelle darunter auszuwählen, welche Datei bzw. welches Blatt welche Tabelle ist.",
      );
  return el(
    "div",
    { class: "vz-report", role: "region", "aria-label": "Prüfbericht", tabindex: 0 },
    head,
    issues.length === 0 ? el("p", {}, "Keine Hinweise: die Daten sind in Ordnung.") : null,
    group(summary ? "Fehler" : "Das verhindert das Laden", blocking, "vz-messages-error"),
    group("Diese Zeilen werden ausgelassen", rejected, "vz-messages-error"),
    group(
      "So gelesen (bitte prüfen)",
      warnings.filter((i) => REPAIRS.has(i.code)),
      "vz-messages-repair",
    ),
    group(
      "Hinweise",
      warnings.filter((i) => !REPAIRS.has(i.code)),
      "vz-messages-warning",
    ),
  );
}
