/**
 * A single edge list is a complete dataset: "who works with whom", maybe with the first one's district. The
 * actors are the names that appear in the endpoint columns, in order of first appearance, the same name
 * written differently (`normalizeKey`) being one actor; a name one or two typing errors away from a name that
 * appears more often is that actor (the ties then report NAME_TYPO). Columns of the ties table that describe an
 * endpoint's actor rather than the tie — an actors field (`Stadtteil`, `Bereich`, `Art der Einrichtung`) — give
 * that actor's value: the source's, or the target's when the header has a pair marker or a partner word
 * (`Stadtteil B`, `Stadtteil 2`, `Stadtteil Partner`). The first value of an actor counts; a different later one
 * is ACTOR_VALUE_CONFLICT. Such columns are no tie attributes.
 *
 * Ties that name actors by code (`a01`, `17`) need their actors list: without it they stay FILE_MISSING.
 */
import type { Actor } from "../model/types.js";
import { ActorNames } from "./actor-names.js";
import { normalizeKey } from "./aliases.js";
import { isCodeLike } from "./content-profile.js";
import { matchHeader, pairMarker } from "./header-match.js";
import { SECOND_ACTOR_WORDS } from "./registry.js";
import type { Table, TableRow } from "./table.js";
import type { IssueCollector } from "./validation-report.js";
import { cellText } from "./values.js";

/** A column of the ties table that holds a value of an endpoint's actor. */
export interface EndpointColumn {
  index: number;
  of: "source" | "target";
  /** The actors field (`district`, `sector`, …). */
  field: string;
}

const SECOND_KEYS = new Set<string>(SECOND_ACTOR_WORDS.map(normalizeKey));

/** Above this many distinct names, typing errors are not looked for among them (it takes quadratic time). */
const MAX_TYPO_NAMES = 5000;

/** A word that marks the second end, also in the genitive or plural (`des Partners`, `Partnerinnen`). */
function isSecondWord(word: string): boolean {
  const key = normalizeKey(word);
  return SECOND_KEYS.has(key) || SECOND_KEYS.has(key.replace(/(?:innen|s|n)$/, ""));
}

/**
 * Which extra columns of a ties table describe an endpoint's actor; overrides `source.FIELD`/`target.FIELD` in
 * the table's fields count first.
 *
 * @example
 * ```ts
 * import { endpointColumns } from "@vernetzt/core/io";
 *
 * const header = ["Einrichtung", "Stadtteil", "Partner", "Stadtteil Partner", "Bemerkung"];
 * const columns = endpointColumns(header, ["source", null, "target", null, null]);
 * columns //=> [{ index: 1, of: "source", field: "district" }, { index: 3, of: "target", field: "district" }]
 * ```
 */
export function endpointColumns(
  header: readonly string[],
  fields: readonly (string | null)[],
): EndpointColumn[] {
  const columns: EndpointColumn[] = [];
  header.forEach((h, index) => {
    const given = /^(source|target)\.(.+)$/.exec(fields[index] ?? "");
    if (given) {
      columns.push({ index, of: given[1] as "source" | "target", field: given[2]! });
      return;
    }
    if (fields[index] !== null && fields[index] !== undefined) return;
    const pair = pairMarker(h);
    const words = (pair?.base ?? h).split(/[\s_.\-–()]+/).filter((w) => w !== "");
    const second = (pair?.second ?? false) || words.some(isSecondWord);
    const named = words.filter((w) => !isSecondWord(w));
    const base = named.filter((w) => !["der", "des", "vom"].includes(w.toLowerCase()));
    if (base.length === 0) return;
    // `Stadtteil der Einrichtung` as a whole first, then without its joining words (`Stadtteil des Partners`)
    const match =
      (second ? undefined : matchHeader("actors", named.join(" "))) ?? matchHeader("actors", base.join(" "));
    if (!match || match.field === "id" || match.field === "name") return;
    if (columns.some((c) => c.field === match.field && c.of === (second ? "target" : "source"))) return;
    columns.push({ index, of: second ? "target" : "source", field: match.field });
  });
  return columns;
}

/**
 * Whether the endpoints of a ties table are codes (then the names are in an actors list that is missing).
 *
 * @example
 * ```ts
 * import { endpointsAreCodes } from "@vernetzt/core/io";
 *
 * const rows = [{ row: 2, cells: ["a01", "a02"] }, { row: 3, cells: ["a01", "a03"] }];
 * endpointsAreCodes({ kind: "ties", file: "ties.csv", header: ["Von", "Zu"], fields: ["source", "target"], rows }) //=> true
 * ```
 */
export function endpointsAreCodes(ties: Table): boolean {
  const ends = ["source", "target"].map((f) => ties.fields?.indexOf(f) ?? -1).filter((i) => i >= 0);
  let values = 0;
  let codes = 0;
  for (const row of ties.rows.slice(0, 2000)) {
    for (const i of ends) {
      const text = cellText(row.cells[i]);
      if (text === "") continue;
      values++;
      if (isCodeLike(text)) codes++;
    }
  }
  return values === 0 || codes >= 0.9 * values;
}

/**
 * The actors of a single edge list, and the ties table without the columns that describe actors.
 *
 * @example
 * ```ts
 * import { actorsOfEdgeList, IssueCollector } from "@vernetzt/core/io";
 *
 * const ties = {
 *   kind: "ties" as const,
 *   file: "Kooperationen.csv",
 *   header: ["Einrichtung", "Stadtteil", "Partner"],
 *   fields: ["source", null, "target"],
 *   rows: [
 *     { row: 2, cells: ["Kita Altstadt", "Altstadt", "Schule Nord"] },
 *     { row: 3, cells: ["Schule Nord", "Nord", "Jugendtreff"] },
 *   ],
 * };
 * const { actors } = actorsOfEdgeList(ties, new IssueCollector());
 * actors.map((a) => [a.name, a.district ?? null]) //=> [["Kita Altstadt", "Altstadt"], ["Schule Nord", "Nord"], ["Jugendtreff", null]]
 * ```
 */
export function actorsOfEdgeList(ties: Table, issues: IssueCollector): { actors: Actor[]; ties: Table } {
  const fields = ties.fields ?? [];
  const ends = { source: fields.indexOf("source"), target: fields.indexOf("target") };
  const described = endpointColumns(ties.header, fields);
  const canonical = canonicalNames(ties.rows, [ends.source, ends.target]);
  const actors = new Map<string, Actor>();
  const firstValue = new Map<string, string>();
  for (const row of ties.rows) {
    for (const of of ["source", "target"] as const) {
      const written = cellText(row.cells[ends[of]]);
      if (written === "") continue;
      const name = canonical.get(written) ?? written;
      let actor = actors.get(name);
      if (!actor) {
        actor = { id: name, name, topics: [], offers: [], needs: [], attributes: {} };
        actors.set(name, actor);
      }
      for (const column of described.filter((c) => c.of === of)) {
        const value = cellText(row.cells[column.index]);
        if (value === "") continue;
        const key = `${name}\u0000${column.field}`;
        const first = firstValue.get(key);
        if (first === undefined) {
          firstValue.set(key, value);
          setActorValue(actor, column.field, value);
        } else if (normalizeKey(first) !== normalizeKey(value)) {
          issues.warning(
            "ACTOR_VALUE_CONFLICT",
            { file: ties.file, row: row.row, column: ties.header[column.index] ?? null },
            { value, detail: first },
          );
        }
      }
    }
  }
  issues.warning(
    "ACTORS_FROM_TIES",
    { file: ties.file, row: null, column: null },
    { detail: String(actors.size) },
  );
  if (described.length === 0) return { actors: [...actors.values()], ties };
  const drop = new Set(described.map((c) => c.index));
  const keep = ties.header.map((_, i) => !drop.has(i));
  return {
    actors: [...actors.values()],
    ties: {
      ...ties,
      header: ties.header.filter((_, i) => keep[i]),
      fields: fields.filter((_, i) => keep[i]),
      rows: ties.rows.map((row): TableRow => ({ row: row.row, cells: row.cells.filter((_, i) => keep[i]) })),
    },
  };
}

/** Sets an actors field from text (lists split like the actors table's, the rest as text or attribute). */
function setActorValue(actor: Actor, field: string, value: string): void {
  if (field === "topics" || field === "offers" || field === "needs") {
    actor[field] = value
      .split(value.includes(";") ? ";" : ",")
      .map((v) => v.trim())
      .filter((v) => v !== "");
  } else if (field === "kind" || field === "sector" || field === "district") {
    actor[field] = value;
  } else {
    actor.attributes[field] = value;
  }
}

/**
 * Per written name, the name of its actor: spellings of one name (`normalizeKey`) and names one or two typing
 * errors from a more frequent name go to the most frequent spelling (ties in frequency: the first written).
 */
function canonicalNames(rows: readonly TableRow[], indexes: number[]): Map<string, string> {
  const counts = new Map<string, { written: Map<string, number>; total: number; first: number }>();
  let order = 0;
  for (const row of rows) {
    for (const i of indexes) {
      const text = cellText(row.cells[i]);
      if (text === "") continue;
      const key = normalizeKey(text);
      let entry = counts.get(key);
      if (!entry) {
        entry = { written: new Map(), total: 0, first: order++ };
        counts.set(key, entry);
      }
      entry.total++;
      entry.written.set(text, (entry.written.get(text) ?? 0) + 1);
    }
  }
  const spellingOf = (entry: { written: Map<string, number> }) =>
    [...entry.written].reduce((best, next) => (next[1] > best[1] ? next : best))[0];
  const byFrequency = [...counts.values()].sort((a, b) => b.total - a.total || a.first - b.first);
  const known = new ActorNames(new Map());
  const canonical = new Map<string, string>();
  const typos = counts.size <= MAX_TYPO_NAMES;
  for (const entry of byFrequency) {
    const spelling = spellingOf(entry);
    const typo = typos ? known.resolve(spelling) : undefined;
    const name = typo ? known.nameOf(typo.id) : spelling;
    if (!typo) known.add({ id: spelling, name: spelling, topics: [], offers: [], needs: [], attributes: {} });
    for (const written of entry.written.keys()) canonical.set(written, name);
  }
  return canonical;
}
