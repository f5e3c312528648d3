/**
 * Lookups over the registry of tables and fields (`registry.ts`) and the aliases of cell values: which file
 * names, column headers and cell values mean what.
 *
 * German and English spellings map to the English fields of the data model (`model/types.ts`). Matching is
 * case-, accent-, space- and punctuation-insensitive (`normalizeKey`): `Mitglied von`, `mitglied_von` and
 * `MITGLIED-VON` are the same header; `Intensität` matches `intensitat` (and `Intensitaet` is listed too).
 * Documented, table by table, in `docs/dataset-format.md` — change both together (a test checks it).
 */

import { type FieldOf, type FieldSpec, TABLES, type TableKind } from "./registry.js";

export type { FieldOf, TableKind } from "./registry.js";

/** The tables of a dataset, in registry order. */
export const TABLE_KINDS = Object.keys(TABLES) as TableKind[];

/** Tables a dataset must have. */
export const REQUIRED_TABLES: readonly TableKind[] = TABLE_KINDS.filter(
  (kind) => (TABLES[kind] as { mandatory?: boolean }).mandatory === true,
);

/**
 * File (or sheet) base names per table in the documented format; the first is the canonical English name, the
 * second the German one. `tableKindOf` also knows the registry's `moreNames`.
 */
export const TABLE_NAME_ALIASES = Object.fromEntries(
  TABLE_KINDS.map((kind) => [kind, TABLES[kind].names]),
) as unknown as { [K in TableKind]: readonly string[] };

/**
 * Columns per table: field → every header that means it, `aliases` then `weak` ones (first = canonical English
 * header, second = German). Derived from the registry (`registry.ts`).
 */
export const COLUMN_ALIASES = Object.fromEntries(
  TABLE_KINDS.map((kind) => [
    kind,
    Object.fromEntries(
      Object.entries(TABLES[kind].fields as Record<string, FieldSpec>).map(([field, spec]) => [
        field,
        [...spec.aliases, ...(spec.weak ?? [])],
      ]),
    ),
  ]),
) as unknown as { [K in TableKind]: Record<FieldOf<K>, readonly string[]> };

/** Required columns per table (districts need `id` or `name`: `TABLES.districts.oneOf`). */
export const REQUIRED_COLUMNS = Object.fromEntries(
  TABLE_KINDS.map((kind) => [kind, TABLES[kind].required]),
) as unknown as { [K in TableKind]: readonly FieldOf<K>[] };

/**
 * Synonyms of the three kinds every output knows (`organisation`, `person`, `group`); they are stored as the
 * English word. Every other value of `kind` is kept as written (`Kita`, `woman`, `Behörde`).
 */
export const KIND_ALIASES = {
  organisation: [
    "organisation",
    "organization",
    "org",
    "Einrichtung",
    "Institution",
    "Verein",
    "Träger",
    "Verband",
    "Unternehmen",
    "Betrieb",
    "company",
  ],
  person: ["person", "Einzelperson", "Privatperson", "Individuum", "individual", "Einzelakteur", "Privat"],
  group: [
    "group",
    "Gruppe",
    "Initiative",
    "Gremium",
    "Arbeitskreis",
    "Arbeitsgruppe",
    "Bündnis",
    "Runder Tisch",
  ],
} as const;

/**
 * Values of `kind` that are kept as written but still describe a person (`woman`, `Frau`, `Ehrenamtliche`): such an
 * actor is a person for privacy (pseudonymised without consent), as one whose kind is `person`.
 */
export const PERSON_KIND_WORDS = [
  "woman",
  "man",
  "female",
  "male",
  "Frau",
  "Mann",
  "weiblich",
  "männlich",
  "divers",
  "non-binary",
  "Ehrenamtliche",
  "Ehrenamtlicher",
  "Bürgerin",
  "Bürger",
  "Einwohnerin",
  "Einwohner",
  "Bewohnerin",
  "Bewohner",
  "Anwohnerin",
  "Anwohner",
  "resident",
  "Fachkraft",
] as const;

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

const DOCUMENTED_LOOKUP = lookup(TABLE_NAME_ALIASES);
const TABLE_LOOKUP = lookup(
  Object.fromEntries(
    TABLE_KINDS.map((kind) => [
      kind,
      [...TABLES[kind].names, ...((TABLES[kind] as { moreNames?: readonly string[] }).moreNames ?? [])],
    ]),
  ) as unknown as Record<TableKind, readonly string[]>,
);
const KIND_LOOKUP = lookup(KIND_ALIASES);
const BOOLEAN_LOOKUP = lookup(BOOLEAN_ALIASES);
const PROJECT_ROLE_LOOKUP = lookup(PROJECT_ROLE_ALIASES);
const LEVEL_LOOKUP = lookup(LEVEL_ALIASES);
/** Per table, the fields by strong alias (`aliases`; the `weak` ones are `header-match.ts`'s business). */
const COLUMN_LOOKUPS = Object.fromEntries(
  TABLE_KINDS.map((kind) => [
    kind,
    lookup(
      Object.fromEntries(
        Object.entries(TABLES[kind].fields as Record<string, FieldSpec>).map(([field, spec]) => [
          field,
          spec.aliases,
        ]),
      ),
    ),
  ]),
) as Record<TableKind, Map<string, string>>;

/** Numbering and list words around a file or sheet name: `01_Einrichtungen`, `Liste 2 Kooperationen 2024`. */
const NAME_DECORATION = /^(liste|tabelle|blatt|teil|anlage|export)?\d*|\d+$/g;

/**
 * The table a file or sheet name stands for (`Akteure.csv`, `akteure`, `ACTORS.CSV` → `actors`), if any.
 *
 * @example
 * ```ts
 * import { tableKindOf } from "@vernetzt/core/io";
 *
 * tableKindOf("Akteure.csv") //=> "actors"
 * tableKindOf("daten/Beziehungen.csv") //=> "ties"
 * tableKindOf("01_Einrichtungen.csv") //=> "actors"
 * tableKindOf("Kooperationen 2024") //=> "ties"
 * tableKindOf("notizen.csv") //=> undefined
 * ```
 */
export function tableKindOf(fileName: string): TableKind | undefined {
  return tableNameMatch(fileName)?.kind;
}

/**
 * The table a file or sheet name stands for, and whether the name is one of the documented format's
 * (`TABLE_NAME_ALIASES`) rather than another word for it (`Kooperationen`, `01_Einrichtungen`).
 *
 * @example
 * ```ts
 * import { tableNameMatch } from "@vernetzt/core/io";
 *
 * tableNameMatch("beziehungen.csv") //=> { kind: "ties", documented: true }
 * tableNameMatch("Kooperationen") //=> { kind: "ties", documented: false }
 * ```
 */
export function tableNameMatch(fileName: string): { kind: TableKind; documented: boolean } | undefined {
  const base = fileName.replace(/^.*[\\/]/, "").replace(/\.(csv|tsv|txt)$/i, "");
  const key = normalizeKey(base);
  const documented = DOCUMENTED_LOOKUP.get(key);
  if (documented) return { kind: documented, documented: true };
  const kind = TABLE_LOOKUP.get(key) ?? TABLE_LOOKUP.get(key.replace(NAME_DECORATION, ""));
  return kind && { kind, documented: false };
}

/**
 * The field a column header stands for in a table, if any: exactly one of the field's `aliases` (as normalised
 * by `normalizeKey`). `recognizeColumns` (`header-match.ts`) also reads weak aliases, numbering, units and
 * content.
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

const PERSON_KIND_KEYS = new Set<string>(PERSON_KIND_WORDS.map(normalizeKey));

/**
 * Whether a `kind` value describes a person: `person` (or a synonym) or one of `PERSON_KIND_WORDS`.
 *
 * @example
 * ```ts
 * import { isPersonKind } from "@vernetzt/core/io";
 *
 * isPersonKind("person") //=> true
 * isPersonKind("Frau") //=> true
 * isPersonKind("Bewohnerin") //=> true
 * isPersonKind("Kita") //=> false
 * isPersonKind(undefined) //=> false
 * ```
 */
export function isPersonKind(kind: string | undefined): boolean {
  if (kind === undefined) return false;
  return kindOf(kind) === "person" || PERSON_KIND_KEYS.has(normalizeKey(kind));
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
