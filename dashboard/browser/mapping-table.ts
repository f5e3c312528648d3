/**
 * What the loader understood of the uploaded files, as a table a person can correct with drop-downs before
 * loading: per file or sheet, which table it is (a drop-down), and per column its first values, what it is read
 * as (a drop-down: the table's fields, or "Zusatzspalte") and how that was found. Every change becomes an override
 * line (`Datei=Tabelle`, `Datei/Spalte=Feld`, the same as `vernetzt validate --columns`) and the files are
 * checked again. Plain German; field names come from core's registry (their German headers).
 */
import { type DatasetMapping, fieldLabel, TABLES, type TableKind, tableLabel } from "@vernetzt/core/io";
import { el } from "./dom.js";

/** The overrides the person chose: key `Datei` or `Datei/Spalte`, value a table kind or a field. */
export type MappingChoices = Map<string, string>;

/** The override lines of the choices, for `parseAnyDataset`'s `columns`. */
export function choiceLines(choices: MappingChoices): string[] {
  return [...choices].map(([key, value]) => `${key}=${value}`);
}

const TABLE_HELP: Record<TableKind, string> = {
  actors: "Akteure (eine Zeile je Einrichtung, Gruppe oder Person)",
  ties: "Beziehungen (wer mit wem zusammenarbeitet)",
  districts: "Stadtteile",
  events: "Treffen",
  attendance: "Teilnahme an Treffen",
  respondents: "Befragte (wer geantwortet hat)",
  projects: "Transferprojekte",
};

const FOUND_BY: Record<string, string> = {
  alias: "an der Überschrift",
  pattern: "an der Überschrift (mit Zusatz)",
  weak: "am ähnlichen Wort",
  content: "an den Werten",
  override: "von Ihnen gewählt",
};

const FIELD_HELP: Record<string, string> = {
  "ties.source": "Von – erster Akteur",
  "ties.target": "Zu – zweiter Akteur",
  "ties.weight": "Gewicht – Intensität, Häufigkeit",
  "ties.wave": "Welle – Jahr der Erhebung",
  "ties.type": "Art der Beziehung",
  "actors.id": "ID – Nummer oder Kürzel",
  "actors.sector": "Sektor – Bereich, Handlungsfeld",
};

/** The options of a column's drop-down in a table of `kind`: every field, and "Zusatzspalte". */
function fieldOptions(kind: TableKind, edgeList: boolean): Array<[string, string]> {
  const options: Array<[string, string]> = Object.keys(TABLES[kind].fields).map((field) => [
    field,
    FIELD_HELP[`${kind}.${field}`] ?? fieldLabel(kind, field, "de"),
  ]);
  if (kind === "ties" && edgeList) {
    for (const end of ["source", "target"] as const) {
      for (const field of ["district", "sector", "kind"]) {
        const key = `${end}.${field}`;
        options.push([key, fieldLabel("ties", key, "de")]);
      }
    }
  }
  options.push(["extra", "Zusatzspalte (so behalten)"]);
  return options;
}

function selectOf(
  label: string,
  options: Array<[string, string]>,
  value: string,
  disabled: boolean,
  onChange: (value: string) => void,
): HTMLSelectElement {
  const control = el("select", { "aria-label": label, disabled });
  for (const [optionValue, text] of options) {
    const option = el("option", { value: optionValue }, text);
    if (optionValue === value) option.selected = true;
    control.append(option);
  }
  control.addEventListener("change", () => onChange(control.value));
  return control;
}

/**
 * The mapping table; `onChange(choices)` gets the new overrides whenever a drop-down changes (the person's
 * earlier choices included).
 */
export function mappingTable(
  mapping: DatasetMapping,
  choices: MappingChoices,
  onChange: (choices: MappingChoices) => void,
): HTMLElement {
  const change = (key: string, value: string, dropColumnsOf?: string) => {
    const next = new Map(choices);
    if (dropColumnsOf !== undefined)
      for (const k of [...next.keys()]) if (k.startsWith(`${dropColumnsOf}/`)) next.delete(k);
    next.set(key, value);
    onChange(next);
  };
  const sections = mapping.tables.map((table) => {
    const fixed = table.fixed === true;
    const kindOptions: Array<[string, string]> = [
      ...(Object.keys(TABLES) as TableKind[]).map((kind): [string, string] => [kind, TABLE_HELP[kind]]),
      ["ignore", "nicht verwenden"],
    ];
    const kindSelect = selectOf(
      `Was enthält „${table.file}“?`,
      kindOptions,
      table.kind ?? "ignore",
      fixed,
      (value) => change(table.file, value, table.file),
    );
    const heading = el(
      "div",
      { class: "vz-map-head" },
      el(
        "h4",
        {},
        `„${table.file}“`,
        el("span", { class: "vz-hint" }, ` ${table.rows.toLocaleString("de-DE")} Zeilen`),
      ),
      el("label", {}, "enthält ", kindSelect),
    );
    if (table.kind === null) {
      return el(
        "section",
        { class: "vz-map-table vz-map-unused" },
        heading,
        el(
          "p",
          { class: "vz-hint" },
          "Wird nicht verwendet. Falls doch: oben auswählen, was diese Tabelle enthält.",
        ),
      );
    }
    const kind = table.kind;
    const edgeList = mapping.actorsFromTies && kind === "ties";
    const rows = table.columns.map((column) =>
      el(
        "tr",
        {},
        el("th", { scope: "row" }, column.header),
        el("td", { class: "vz-map-examples" }, (column.examples ?? []).join(" · ")),
        el(
          "td",
          {},
          selectOf(
            `„${column.header}“ lesen als`,
            fieldOptions(kind, edgeList),
            column.field === null || column.duplicate ? "extra" : column.field,
            fixed,
            (value) => change(`${table.file}/${column.header}`, value),
          ),
        ),
        el(
          "td",
          { class: "vz-hint" },
          column.duplicate
            ? "zweite Spalte für dasselbe Feld"
            : column.by
              ? (FOUND_BY[column.by] ?? "")
              : "unbekannte Überschrift: behalten",
        ),
      ),
    );
    return el(
      "section",
      { class: "vz-map-table" },
      heading,
      el(
        "table",
        {},
        el(
          "caption",
          { class: "vz-visually-hidden" },
          `Spalten von „${table.file}“ (${tableLabel(kind, "de")})`,
        ),
        el(
          "thead",
          {},
          el(
            "tr",
            {},
            el("th", { scope: "col" }, "Spalte"),
            el("th", { scope: "col" }, "Beispiele"),
            el("th", { scope: "col" }, "gelesen als"),
            el("th", { scope: "col" }, "erkannt"),
          ),
        ),
        el("tbody", {}, ...rows),
      ),
    );
  });
  const notes: HTMLElement[] = [];
  if (mapping.actorsFromTies)
    notes.push(el("p", {}, "Es gibt keine Akteursliste: die Akteure sind die Namen in den Beziehungen."));
  if (mapping.waveFromDate)
    notes.push(el("p", {}, `Die Wellen sind die Jahre der Spalte „${mapping.waveFromDate.column}“.`));
  return el(
    "div",
    { class: "vz-mapping", role: "region", "aria-label": "Zuordnung der Tabellen und Spalten" },
    ...notes,
    ...sections,
  );
}
