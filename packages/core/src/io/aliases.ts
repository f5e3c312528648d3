/**
 * The one alias table: which file names, column headers and cell values mean what.
 *
 * German and English spellings map to the English fields of the data model (`model/types.ts`). Matching is
 * case-, accent-, space- and punctuation-insensitive (`normalizeKey`): `Mitglied von`, `mitglied_von` and
 * `MITGLIED-VON` are the same header; `Intensität` matches `intensitat` (and `Intensitaet` is listed too).
 * Documented, table by table, in `docs/dataset-format.md` — change both together.
 */

/** The tables of a dataset. */
export type TableKind =
  | "actors"
  | "ties"
  | "districts"
  | "events"
  | "attendance"
  | "respondents"
  | "projects";

export const TABLE_KINDS: readonly TableKind[] = [
  "actors",
  "ties",
  "districts",
  "events",
  "attendance",
  "respondents",
  "projects",
];

/** Tables a dataset must have. */
export const REQUIRED_TABLES: readonly TableKind[] = ["actors", "ties"];

/** File (or sheet) base names per table; the first is the canonical English name, the second the German one. */
export const TABLE_NAME_ALIASES: Record<TableKind, readonly string[]> = {
  actors: ["actors", "akteure", "akteur", "actor"],
  ties: ["ties", "beziehungen", "beziehung", "tie", "kontakte", "edges"],
  districts: ["districts", "stadtteile", "stadtteil", "district"],
  events: ["events", "treffen", "veranstaltungen", "event", "meetings"],
  attendance: ["attendance", "teilnahme", "teilnahmen", "teilnehmende"],
  respondents: ["respondents", "antworten", "befragte", "respondent"],
  projects: ["projects", "projekte", "projekt", "transferprojekte", "project"],
};

/** Columns per table: field → header aliases (first = canonical English header, second = German). */
export const COLUMN_ALIASES = {
  actors: {
    id: ["id", "ID", "Kennung", "Nr"],
    name: ["name", "Name", "Bezeichnung", "label"],
    kind: ["kind", "Art", "Typ", "type"],
    sector: ["sector", "Sektor", "Bereich", "Handlungsfeld"],
    district: ["district", "Stadtteil", "Quartier"],
    topics: ["topics", "Themen", "Thema"],
    offers: ["offers", "bietet", "Angebote", "Angebot"],
    needs: ["needs", "sucht", "Bedarfe", "Bedarf"],
    memberOf: ["member_of", "Mitglied von", "gehört zu", "gehoert zu"],
    lat: ["lat", "Breitengrad", "latitude", "Breite"],
    lon: ["lon", "Längengrad", "Laengengrad", "longitude", "lng", "Länge"],
    consent: ["consent", "Einwilligung", "Einverständnis", "Einverstaendnis"],
  },
  ties: {
    source: ["source", "Von", "Quelle", "from", "Akteur A"],
    target: ["target", "Zu", "Ziel", "to", "Akteur B"],
    weight: ["weight", "Gewicht", "Intensität", "Intensitaet", "Stärke", "Staerke"],
    type: ["type", "Typ", "Art der Beziehung", "Art", "Beziehungsart"],
    wave: ["wave", "Welle", "Erhebung"],
    date: ["date", "Datum"],
    directed: ["directed", "gerichtet"],
    level: ["level", "Stufe", "Beziehungsstufe"],
    reportedBy: ["reported_by", "gemeldet von", "angegeben von", "Angabe von", "reportedBy"],
  },
  districts: {
    id: ["id", "ID", "Kennung", "Nr"],
    name: ["name", "Name", "Stadtteil", "Bezeichnung"],
    lat: ["lat", "Breitengrad", "latitude", "Breite"],
    lon: ["lon", "Längengrad", "Laengengrad", "longitude", "lng", "Länge"],
    population: ["population", "Einwohner", "Einwohnerzahl", "Bevölkerung", "Bevoelkerung"],
  },
  events: {
    id: ["id", "ID", "Kennung", "Nr"],
    date: ["date", "Datum"],
    district: ["district", "Stadtteil", "Quartier"],
    host: ["host", "Gastgeber", "Gastgeberin", "Ausrichter"],
    wave: ["wave", "Welle", "Erhebung"],
    group: ["group", "Arbeitskreis", "Gremium", "Runde", "Arbeitsgruppe", "working group"],
  },
  attendance: {
    event: ["event", "Treffen", "Veranstaltung", "meeting"],
    actor: ["actor", "Akteur", "Teilnehmer", "Teilnehmende"],
  },
  respondents: {
    actor: ["actor", "Akteur", "Befragte", "respondent"],
    wave: ["wave", "Welle", "Erhebung"],
  },
  projects: {
    project: ["project", "Projekt", "Transferprojekt", "Name"],
    topic: ["topic", "Thema", "Themen", "Themenfeld"],
    district: ["district", "Stadtteil", "Quartier"],
    year: ["year", "Jahr", "Start", "seit", "Beginn"],
    wave: ["wave", "Welle", "Erhebung"],
    role: ["role", "Rolle"],
    from: ["from", "übernommen von", "uebernommen von", "Vorbild", "Herkunft"],
    carriers: ["carriers", "Träger", "Traeger", "Akteure", "getragen von"],
  },
} as const satisfies Record<TableKind, Record<string, readonly string[]>>;

/** The fields of one table. */
export type FieldOf<K extends TableKind> = keyof (typeof COLUMN_ALIASES)[K] & string;

/** Required columns per table (districts need `id` or `name`: checked separately). */
export const REQUIRED_COLUMNS: { [K in TableKind]: readonly FieldOf<K>[] } = {
  actors: ["id", "name"],
  ties: ["source", "target"],
  districts: [],
  events: ["id"],
  attendance: ["event", "actor"],
  respondents: ["actor"],
  projects: ["project", "district"],
};

/** Values of `kind`. */
export const KIND_ALIASES = {
  organisation: ["organisation", "organization", "org", "Einrichtung", "Institution", "Verein", "Träger"],
  person: ["person", "Einzelperson", "Privatperson"],
  group: ["group", "Gruppe", "Initiative", "Gremium", "Arbeitskreis"],
} as const;

/**
 * Values of a tie's `level` (`model/tie-levels.ts`): the numbers and the survey form's labels. `0` — "kennen wir
 * nicht" — is an answer, but no tie.
 */
export const LEVEL_ALIASES = {
  0: ["0", "kennen wir nicht", "kennen uns nicht", "Stufe 0", "none"],
  1: ["1", "wissen voneinander", "Stufe 1", "aware"],
  2: ["2", "kennen uns", "kennen sich", "Stufe 2", "know"],
  3: ["3", "arbeiten zusammen", "Stufe 3", "cooperate"],
} as const;

/** Values of a project site's `role`; without a role the earliest site of a project is its origin. */
export const PROJECT_ROLE_ALIASES = {
  origin: ["origin", "Ursprung", "Start", "Idee", "Original"],
  adoption: ["adoption", "Übernahme", "Uebernahme", "Transfer", "übernommen", "Nachahmung"],
} as const;

/** Yes/no values (`consent`, `directed`); an empty cell means "not given". */
export const BOOLEAN_ALIASES = {
  true: ["true", "ja", "j", "yes", "y", "wahr", "x", "1", "✓", "✔"],
  false: ["false", "nein", "n", "no", "falsch", "0", "-"],
} as const;

/**
 * Normalises a header, file name or value for matching: lower case, accents and umlauts reduced to their base
 * letter (`ä` → `a`, `ß` → `ss`), everything but letters and digits removed (a value of only punctuation,
 * such as `-` or `✓`, is kept trimmed).
 *
 * @example
 * ```ts
 * import { normalizeKey } from "@vernetzt/core/io";
 *
 * normalizeKey("Mitglied von") //=> "mitgliedvon"
 * normalizeKey("Straße") //=> "strasse"
 * normalizeKey(" ✓ ") //=> "✓"
 * ```
 */
export function normalizeKey(text: string): string {
  const key = text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/ß/g, "ss")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, "");
  return key === "" ? text.trim() : key;
}

function lookup<T extends string>(table: Record<T, readonly string[]>): Map<string, T> {
  const map = new Map<string, T>();
  for (const key of Object.keys(table) as T[]) {
    for (const alias of table[key]) if (!map.has(normalizeKey(alias))) map.set(normalizeKey(alias), key);
  }
  return map;
}

const TABLE_LOOKUP = lookup(TABLE_NAME_ALIASES);
const KIND_LOOKUP = lookup(KIND_ALIASES);
const BOOLEAN_LOOKUP = lookup(BOOLEAN_ALIASES);
const LEVEL_LOOKUP = lookup(LEVEL_ALIASES);
const PROJECT_ROLE_LOOKUP = lookup(PROJECT_ROLE_ALIASES);
const COLUMN_LOOKUPS = Object.fromEntries(
  TABLE_KINDS.map((kind) => [kind, lookup(COLUMN_ALIASES[kind] as Record<string, readonly string[]>)]),
) as Record<TableKind, Map<string, string>>;

/**
 * The table a file or sheet name stands for (`Akteure.csv`, `akteure`, `ACTORS.CSV` → `actors`), if any.
 *
 * @example
 * ```ts
 * import { tableKindOf } from "@vernetzt/core/io";
 *
 * tableKindOf("Akteure.csv") //=> "actors"
 * tableKindOf("daten/Beziehungen.csv") //=> "ties"
 * tableKindOf("notizen.csv") //=> undefined
 * ```
 */
export function tableKindOf(fileName: string): TableKind | undefined {
  const base = fileName.replace(/^.*[\\/]/, "").replace(/\.(csv|tsv|txt)$/i, "");
  return TABLE_LOOKUP.get(normalizeKey(base));
}

/**
 * The field a column header stands for in a table, if any.
 *
 * @example
 * ```ts
 * import { fieldOf } from "@vernetzt/core/io";
 *
 * fieldOf("ties", "Intensität") //=> "weight"
 * fieldOf("actors", "Mitglied von") //=> "memberOf"
 * fieldOf("actors", "Lieblingsfarbe") //=> undefined
 * ```
 */
export function fieldOf<K extends TableKind>(kind: K, header: string): FieldOf<K> | undefined {
  return COLUMN_LOOKUPS[kind].get(normalizeKey(header)) as FieldOf<K> | undefined;
}

/**
 * `organisation` | `person` | `group` for a cell value, if it is one of the aliases.
 *
 * @example
 * ```ts
 * import { kindOf } from "@vernetzt/core/io";
 *
 * kindOf("Verein") //=> "organisation"
 * kindOf("Arbeitskreis") //=> "group"
 * kindOf("Stiftung") //=> undefined
 * ```
 */
export function kindOf(value: string): keyof typeof KIND_ALIASES | undefined {
  return KIND_LOOKUP.get(normalizeKey(value));
}

/**
 * true / false for a yes-no cell value, undefined when it is none of the aliases.
 *
 * @example
 * ```ts
 * import { booleanOf } from "@vernetzt/core/io";
 *
 * booleanOf("ja") //=> true
 * booleanOf("Nein") //=> false
 * booleanOf("vielleicht") //=> undefined
 * ```
 */
export function booleanOf(value: string): boolean | undefined {
  const key = BOOLEAN_LOOKUP.get(normalizeKey(value));
  return key === undefined ? undefined : key === "true";
}

/**
 * 0–3 for a `level` cell (a number or a label, any case and spacing), undefined when it is none of them.
 *
 * @example
 * ```ts
 * import { levelOf } from "@vernetzt/core/io";
 *
 * levelOf("2") //=> 2
 * levelOf(" Arbeiten  zusammen ") //=> 3
 * levelOf("kennen wir nicht") //=> 0
 * levelOf("sehr gut") //=> undefined
 * ```
 */
export function levelOf(value: string): 0 | 1 | 2 | 3 | undefined {
  const key = LEVEL_LOOKUP.get(normalizeKey(value));
  return key === undefined ? undefined : (Number(key) as 0 | 1 | 2 | 3);
}

/**
 * `origin` | `adoption` for a project site's role, if the value is one of the aliases.
 *
 * @example
 * ```ts
 * import { projectRoleOf } from "@vernetzt/core/io";
 *
 * projectRoleOf("Ursprung") //=> "origin"
 * projectRoleOf("Übernahme") //=> "adoption"
 * projectRoleOf("vielleicht") //=> undefined
 * ```
 */
export function projectRoleOf(value: string): keyof typeof PROJECT_ROLE_ALIASES | undefined {
  return PROJECT_ROLE_LOOKUP.get(normalizeKey(value));
}

/**
 * The canonical English and German header of a field (for messages).
 *
 * @example
 * ```ts
 * import { fieldHeaders } from "@vernetzt/core/io";
 *
 * fieldHeaders("ties", "weight") //=> { en: "weight", de: "Gewicht" }
 * ```
 */
export function fieldHeaders(kind: TableKind, field: string): { en: string; de: string } {
  const aliases = (COLUMN_ALIASES[kind] as Record<string, readonly string[]>)[field] ?? [field];
  return { en: aliases[0] ?? field, de: aliases[1] ?? aliases[0] ?? field };
}
