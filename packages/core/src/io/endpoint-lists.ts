/**
 * Several actors in one endpoint cell, as people write "with whom do you work?" answers: `Kita Altstadt;
 * Schule Nord`, one name per line in a cell, or `Kita Altstadt, Schule Nord`. Such a row becomes one tie per
 * pair of names (TIE_LIST_SPLIT), all with the row's number and other values. A cell that is an actor's name or
 * id is never split; any other is split on `;`, `|` and line breaks, and on `,` only when every part is an
 * actor's name (a name such as `Kita Sonnenschein, Nordstadt` stays whole). In a single edge list (no actors
 * list, {@link edgeListNames}) the actors' names are the end cells that name one actor only: an online form's
 * answer `Grundschule Nord, Hort am Park` is split when both answered the form themselves or stand alone
 * elsewhere.
 */

import { normalizeKey } from "./aliases.js";
import type { Table, TableRow } from "./table.js";
import type { IssueCollector } from "./validation-report.js";
import { cellText } from "./values.js";

/**
 * The ties table with list cells in `source`/`target` split into one row per pair; the table itself when no
 * cell is a list. `isActor` tells whether a text is an actor's name or id.
 *
 * @example
 * ```ts
 * import { IssueCollector, splitEndpointLists } from "@vernetzt/core/io";
 *
 * const ties = {
 *   kind: "ties" as const,
 *   file: "Kooperationen",
 *   header: ["Einrichtung", "arbeitet mit"],
 *   fields: ["source", "target"],
 *   rows: [{ row: 2, cells: ["Kita Altstadt", "Schule Nord; Sportverein"] }],
 * };
 * const split = splitEndpointLists(ties, () => false, new IssueCollector());
 * split.rows.map((row) => row.cells) //=> [["Kita Altstadt", "Schule Nord"], ["Kita Altstadt", "Sportverein"]]
 * ```
 */
export function splitEndpointLists(
  ties: Table,
  isActor: (text: string) => boolean,
  issues: IssueCollector,
): Table {
  const ends = ["source", "target"].map((field) => ties.fields?.indexOf(field) ?? -1);
  if (ends.some((i) => i < 0)) return ties;
  let rows: TableRow[] | undefined; // made at the first list: most tables have none
  ties.rows.forEach((row, index) => {
    const parts = ends.map((i) => partsOf(cellText(row.cells[i]), isActor));
    if (parts.every((p) => p.length <= 1)) {
      rows?.push(row);
      return;
    }
    rows ??= ties.rows.slice(0, index);
    const listed = ends.findIndex((_, n) => parts[n]!.length > 1);
    const column = ties.header[ends[listed]!] ?? null;
    const count = parts[0]!.length * parts[1]!.length;
    issues.warning(
      "TIE_LIST_SPLIT",
      { file: ties.file, row: row.row, column },
      { value: cellText(row.cells[ends[listed]!]), detail: String(count) },
    );
    for (const source of parts[0]!.length > 0 ? parts[0]! : [""]) {
      for (const target of parts[1]!.length > 0 ? parts[1]! : [""]) {
        const cells = [...row.cells];
        cells[ends[0]!] = source;
        cells[ends[1]!] = target;
        rows.push({ row: row.row, cells });
      }
    }
  });
  return rows ? { ...ties, rows } : ties;
}

function partsOf(text: string, isActor: (text: string) => boolean): string[] {
  if (text === "") return [];
  if (!/[;|\n\r,]/.test(text) || isActor(text)) return [text];
  const trimmed = (list: string[]) => list.map((part) => part.trim()).filter((part) => part !== "");
  if (/[;|\n\r]/.test(text)) return trimmed(text.split(/[;|\n\r]+/));
  if (text.includes(",")) {
    const parts = trimmed(text.split(","));
    if (parts.length > 1 && parts.every(isActor)) return parts;
  }
  return [text];
}

/**
 * For a single edge list: whether a text is a name that some end cell of the table holds alone (no `;`, `|`,
 * `,` or line break in it, or a source cell: whoever answers a form writes their own name, commas and all).
 */
export function edgeListNames(ties: Table): (text: string) => boolean {
  const [source, target] = ["source", "target"].map((field) => ties.fields?.indexOf(field) ?? -1);
  const names = new Set<string>();
  for (const row of ties.rows) {
    for (const [i, whole] of [
      [source!, true],
      [target!, false],
    ] as const) {
      if (i < 0) continue;
      const text = cellText(row.cells[i]);
      if (text !== "" && (whole ? !/[;|\n\r]/.test(text) : !/[;|\n\r,]/.test(text)))
        names.add(normalizeKey(text));
    }
  }
  return (text) => names.has(normalizeKey(text));
}
