/**
 * `vernetzt metrics [--json] [--lang de|en]`: every measure vernetzt computes, from core's registry. Without
 * `--json` a table per scope (field, label, range, what a value says), German or English by `--lang` or the
 * locale; `--json` prints core's `measureCatalog()`:
 * `[{"id", "scope", "label": {"de", "en"}, "explanation": {"de", "en"}, "unit", "range", "reference":
 * {"formula", "citation", "networkx", "igraph", "sna", "note"}, "options": [{"id", "flag", "default",
 * "description"}], "field", "when", "needs", "dashboard", "schema"}]`.
 */
import { type MeasureCatalogEntry, measureCatalog } from "@vernetzt/core/analysis";
import type { Command } from "commander";
import { writeJson } from "../util/json-out.js";
import { type Lang, resolveLang } from "../util/lang.js";
import { printText } from "../util/terminal.js";

interface MetricsCommandOptions {
  json?: boolean;
  lang?: string;
}

const MESSAGES = {
  de: {
    heading:
      "Die Kennzahlen von vernetzt (Details, Quellen und networkx-/igraph-Aufrufe: vernetzt metrics --json)",
    scope: {
      actor: "Je Akteur (actors[] in vernetzt analyze --json)",
      network: "Für das ganze Netzwerk (network)",
      group: "Je Merkmal wie Stadtteil oder Bereich (groups.<Merkmal>)",
      tie: "Je Beziehung (vernetzt ties)",
    },
    directed: "nur bei gerichteten Daten",
    groups: "nur mit Gruppen-Merkmalen",
    weighted: "nur mit --weighted",
    definitions: "Definitionen und Quellen: docs/metrics.md und docs/groups.md",
  },
  en: {
    heading:
      "The measures of vernetzt (details, references and networkx / igraph calls: vernetzt metrics --json)",
    scope: {
      actor: "Per actor (actors[] in vernetzt analyze --json)",
      network: "For the whole network (network)",
      group: "Per attribute such as district or sector (groups.<attribute>)",
      tie: "Per tie (vernetzt ties)",
    },
    directed: "directed data only",
    groups: "only with group attributes",
    weighted: "only with --weighted",
    definitions: "Definitions and references: docs/metrics.md and docs/groups.md",
  },
} satisfies Record<Lang, unknown>;

export function register(program: Command): void {
  program
    .command("metrics")
    .description("list every measure: labels, explanation, range, reference (see docs/cli.md)")
    .option("--json", "print the catalogue as JSON")
    .option("--lang <lang>", "language: de or en (default: from the locale)")
    .action(async (_options: unknown, command: Command) => {
      const options = command.optsWithGlobals<MetricsCommandOptions>();
      const lang = resolveLang(options.lang);
      const catalog = measureCatalog();
      if (options.json) await writeJson(catalog);
      else printText(metricsText(catalog, lang));
    });
}

/** The readable table of `catalog`: per scope, each measure's field, label and range, then its explanation. */
export function metricsText(catalog: readonly MeasureCatalogEntry[], lang: Lang): string {
  const m = MESSAGES[lang];
  const lines = [m.heading];
  const width = Math.max(...catalog.map((entry) => entry.id.length));
  for (const scope of ["actor", "network", "group", "tie"] as const) {
    const entries = catalog.filter((entry) => entry.scope === scope);
    if (entries.length === 0) continue;
    lines.push("", m.scope[scope]);
    for (const entry of entries) {
      const notes = [
        entry.range,
        entry.when === "directed" || entry.needs === "directed" ? m.directed : null,
        entry.needs === "groups" ? m.groups : null,
        entry.needs === "weighted" ? m.weighted : null,
      ].filter((note) => note !== null);
      const note = notes.length > 0 ? ` [${notes.join("; ")}]` : "";
      lines.push(`  ${entry.id.padEnd(width)}  ${entry.label[lang]}${note}`);
      lines.push(`  ${" ".repeat(width)}  ${entry.explanation[lang]}`);
    }
  }
  lines.push("", m.definitions);
  return `${lines.join("\n")}\n`;
}
