/**
 * What the loader understood, as text for people (`vernetzt validate`): each table with its rows, each column
 * with the field it became and how that was found, the extra attributes, how names were matched, and the
 * `--columns` lines that reproduce the mapping. Tables and fields are named by their German or English header
 * (the registry's first two words).
 */
import { MAPPING_TEXT_DE } from "../i18n/de/validation.js";
import { MAPPING_TEXT_EN } from "../i18n/en/validation.js";
import { fieldHeaders, normalizeKey, TABLE_NAME_ALIASES } from "./aliases.js";
import { type DatasetMapping, mappingSpecs } from "./mapping.js";
import type { TableKind } from "./registry.js";
import type { MessageLang } from "./validation-report.js";

/** Columns listed per table at most; the rest are counted. */
const MAX_LISTED = 40;

/**
 * The name of a table kind for people: `Akteure`, `Beziehungen` (German) or `actors`, `ties` (English).
 *
 * @example
 * ```ts
 * import { tableLabel } from "@vernetzt/core/io";
 *
 * tableLabel("ties", "de") //=> "Beziehungen"
 * tableLabel("ties", "en") //=> "ties"
 * ```
 */
export function tableLabel(kind: TableKind, lang: MessageLang): string {
  const names = TABLE_NAME_ALIASES[kind];
  const word = lang === "de" ? names[1]! : names[0]!;
  return lang === "de" ? word[0]!.toUpperCase() + word.slice(1) : word;
}

/**
 * The name of a field for people: its German header (`Gewicht`, `Stadtteil`) or its English name; an
 * endpoint's actor field (`source.district`) as "district of the first actor".
 *
 * @example
 * ```ts
 * import { fieldLabel } from "@vernetzt/core/io";
 *
 * fieldLabel("ties", "weight", "de") //=> "Gewicht"
 * fieldLabel("ties", "source.district", "de") //=> "Stadtteil des ersten Akteurs"
 * ```
 */
export function fieldLabel(kind: TableKind, field: string, lang: MessageLang): string {
  const endpoint = /^(source|target)\.(.+)$/.exec(field);
  if (endpoint) {
    const text = lang === "de" ? MAPPING_TEXT_DE : MAPPING_TEXT_EN;
    return text.endpoint(fieldLabel("actors", endpoint[2]!, lang), endpoint[1] as "source" | "target");
  }
  const headers = fieldHeaders(kind, field);
  return lang === "de" ? headers.de : field;
}

/**
 * The mapping as lines of text ending with a newline; `path` is the dataset path for the reproducing command.
 *
 * @example
 * ```ts
 * import { formatMappingReport, parseDataset } from "@vernetzt/core/io";
 *
 * const { mapping } = await parseDataset([
 *   { name: "Kooperationen.csv", data: "Einrichtung;Partner;Jahr\nKita Altstadt;Schule Nord;2024" },
 * ]);
 * const lines = formatMappingReport(mapping!, "en", "kooperationen.csv").split("\n");
 * lines.slice(0, 4) //=> ["Understood:", '  "Kooperationen.csv" → ties (1 row)', '    "Einrichtung" → source (fallback word)', '    "Partner" → target']
 * ```
 */
export function formatMappingReport(mapping: DatasetMapping, lang: MessageLang, path: string): string {
  const text = lang === "de" ? MAPPING_TEXT_DE : MAPPING_TEXT_EN;
  const lines = [text.heading];
  for (const table of mapping.tables) {
    if (table.kind === null) {
      lines.push(`  ${text.unused(table.file)}`);
      continue;
    }
    const kind = table.kind;
    const how = table.by ? text.tableBy[table.by] : "";
    lines.push(`  ${text.table(table.file, tableLabel(kind, lang), table.rows)}${how ? ` (${how})` : ""}`);
    const extras: string[] = [];
    const asNamed: string[] = [];
    let listed = 0;
    for (const column of table.columns) {
      if (column.field === null) {
        extras.push(column.header);
        continue;
      }
      if (
        column.by === "alias" &&
        !column.duplicate &&
        sameWord(column.header, fieldLabel(kind, column.field, lang))
      ) {
        asNamed.push(column.header);
        continue;
      }
      if (listed++ >= MAX_LISTED) continue;
      const label = fieldLabel(kind, column.field, lang);
      if (column.duplicate) {
        lines.push(`    ${text.duplicate(column.header, label)}`);
        continue;
      }
      const by = column.by ? text.by[column.by] : "";
      lines.push(`    ${text.column(column.header, label)}${by ? ` (${by})` : ""}`);
    }
    if (listed > MAX_LISTED) lines.push(`    ${text.more(listed - MAX_LISTED)}`);
    if (asNamed.length > 0) lines.push(`    ${text.asNamed(asNamed)}`);
    if (extras.length > 0) {
      const shown = extras.slice(0, MAX_LISTED);
      lines.push(
        `    ${text.extras(shown)}${extras.length > shown.length ? ` ${text.more(extras.length - shown.length)}` : ""}`,
      );
    }
  }
  if (mapping.actorsFromTies) lines.push(`  ${text.actorsFromTies}`);
  if (mapping.waveFromDate)
    lines.push(`  ${text.waveFromDate(mapping.waveFromDate.file, mapping.waveFromDate.column)}`);
  const n = mapping.names;
  if (n.names + n.variants + n.typos + n.added > 0) lines.push(`  ${text.names(n)}`);
  const specs = mappingSpecs(mapping.tables);
  if (specs.length === 0) {
    lines.push(text.nothingGuessed);
  } else {
    lines.push(text.reproduce);
    lines.push(
      `  vernetzt validate ${shellQuote(path)} ${specs.map((spec) => `--columns ${shellQuote(spec)}`).join(" ")}`,
    );
  }
  return `${lines.join("\n")}\n`;
}

/** Whether a header is the field's own word (`ID` for id, `Welle` for wave): then it needs no line of its own. */
function sameWord(header: string, label: string): boolean {
  return normalizeKey(header) === normalizeKey(label);
}

/** A word for a POSIX shell: as it is when safe, else in single quotes. */
function shellQuote(word: string): string {
  return /^[\w./=:@%+-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
