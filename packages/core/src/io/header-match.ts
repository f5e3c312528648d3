/**
 * Which field a column header means in a table, with how sure the match is. Tiers, strongest first:
 *
 * 1. `alias` — the header is one of the field's `aliases` (`normalizeKey`: case, accents, spaces and
 *    punctuation do not count): `Intensität`, `Name der Einrichtung`, `Jahr`.
 * 2. `pattern` — the header is one after dropping what decorates it: a note in brackets or after a colon, a
 *    scale or unit (`Intensität (1-5)`, `Gewicht [1–3]`, `Häufigkeit: 1 = selten`); for a tie endpoint also the
 *    words that say it holds a number (`Nr. Einrichtung`, `Partner-ID`) and a pair marker (`Einrichtung A` /
 *    `Einrichtung B`, `Akteur 1` / `Akteur 2`: 1, A or I is the source, 2, B or II the target).
 * 3. `weak` — one of the field's `weak` words (`Träger` for a name), exactly or after the same dropping;
 *    among several, the word listed first wins.
 *
 * A header that matches nothing is an extra attribute, unless it says nothing at all (`GENERIC_HEADER`): then
 * `table-recognition.ts` looks at the values.
 */
import { normalizeKey } from "./aliases.js";
import {
  ACTOR_WORDS,
  type FieldOf,
  type FieldSpec,
  GENERIC_HEADER,
  ID_MARKER_WORDS,
  SECOND_ACTOR_WORDS,
  TABLES,
  type TableKind,
} from "./registry.js";

/** How a column's field was found (strongest first); `content`, `override` and `derived` come from elsewhere. */
export type MatchTier = "alias" | "pattern" | "weak" | "content" | "override";

/** Order of the tiers: a lower number wins. */
export const TIER_ORDER: Record<MatchTier, number> = {
  override: 0,
  alias: 1,
  pattern: 2,
  weak: 3,
  content: 4,
};

/** One field a header may mean. */
export interface HeaderMatch<F extends string = string> {
  field: F;
  tier: "alias" | "pattern" | "weak";
  /** Position of the matched word in the field's `weak` list (0 for `alias`/`pattern`): lower wins. */
  rank: number;
}

interface FieldWord {
  field: string;
  rank: number;
}

/** Per table: normalised word → field, for `aliases` and for `weak` words. */
const WORDS = Object.fromEntries(
  (Object.keys(TABLES) as TableKind[]).map((kind) => {
    const strong = new Map<string, FieldWord>();
    const weak = new Map<string, FieldWord>();
    for (const [field, spec] of Object.entries(TABLES[kind].fields as Record<string, FieldSpec>)) {
      for (const alias of spec.aliases) {
        const key = normalizeKey(alias);
        if (!strong.has(key)) strong.set(key, { field, rank: 0 });
      }
      (spec.weak ?? []).forEach((word, rank) => {
        const key = normalizeKey(word);
        if (!weak.has(key)) weak.set(key, { field, rank });
      });
    }
    return [kind, { strong, weak }];
  }),
) as Record<TableKind, { strong: Map<string, FieldWord>; weak: Map<string, FieldWord> }>;

const ACTOR_KEYS = new Set<string>(ACTOR_WORDS.map(normalizeKey));
const ID_MARKER_KEYS = new Set<string>(ID_MARKER_WORDS.map(normalizeKey));
const SECOND_KEYS = new Set<string>(SECOND_ACTOR_WORDS.map(normalizeKey));
/** Words that join others in a header without meaning anything (`Name der Einrichtung`). */
const FILLER_KEYS = new Set(["der", "des", "die", "the", "of", "von"]);

/**
 * A header without its decoration: notes in brackets, after a colon or a dash, scales (`1-5`, `1 bis 3`) and
 * units (`in %`, `in Stunden`).
 *
 * @example
 * ```ts
 * import { headerCore } from "@vernetzt/core/io";
 *
 * headerCore("Intensität (1-5)") //=> "Intensität"
 * headerCore("Häufigkeit: 1 = selten, 5 = oft") //=> "Häufigkeit"
 * headerCore("Gewicht [1–3]") //=> "Gewicht"
 * headerCore("Kosten in €") //=> "Kosten"
 * ```
 */
export function headerCore(header: string): string {
  return header
    .replace(/\([^)]*\)?|\[[^\]]*\]?|\{[^}]*\}?/g, " ")
    .replace(/\s[:–—-]\s.*$|:.*$/, " ")
    .replace(/\b\d+\s*(?:[-–—]|bis|to)\s*\d+\b/gi, " ")
    .replace(/\s(?:in|als)\s+(?:%|€|euro|prozent|stunden|std\.?|h|minuten|min)\s*$/i, " ")
    .replace(/[*?!]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Words of a header, normalised (`Nr. Einrichtung` → `nr`, `einrichtung`). */
function wordsOf(text: string): string[] {
  return text
    .split(/[\s_./\\\-–—:,;()[\]]+/)
    .map((word) => normalizeKey(word))
    .filter((word) => word !== "" && /[\p{L}\p{N}]/u.test(word));
}

/** A pair marker at the end of a header: `Einrichtung A` → { base: "Einrichtung", second: false }. */
export function pairMarker(header: string): { base: string; second: boolean } | undefined {
  const match = /^(.*?\p{L})[\s_.\-–]*\(?\s*(1|2|A|B|a|b|I|II)\s*\)?\.?$/u.exec(header.trim());
  if (!match) return undefined;
  const marker = match[2]!;
  if (/^[ab]$/.test(marker) && !/[\s_.\-–(]$/.test(header.trim().slice(0, -1))) return undefined;
  return { base: match[1]!.trim(), second: ["2", "B", "b", "II"].includes(marker) };
}

/**
 * Whether `header` says nothing about its column (empty, `column 3`, `Spalte 3`, `Unnamed: 2`, `A`).
 *
 * @example
 * ```ts
 * import { isGenericHeader } from "@vernetzt/core/io";
 *
 * isGenericHeader("Spalte 3") //=> true
 * isGenericHeader("column 2") //=> true
 * isGenericHeader("Stadtteil") //=> false
 * ```
 */
export function isGenericHeader(header: string): boolean {
  const key = normalizeKey(header);
  return key === "" || GENERIC_HEADER.test(key) || /^[a-z]$/.test(key) || /^[^\p{L}\p{N}]*$/u.test(header);
}

/**
 * The field a header means in a table, and how sure that is; undefined when it means none.
 *
 * @example
 * ```ts
 * import { matchHeader } from "@vernetzt/core/io";
 *
 * matchHeader("ties", "Intensität (1-5)") //=> { field: "weight", tier: "pattern", rank: 0 }
 * matchHeader("ties", "Einrichtung B")?.field //=> "target"
 * matchHeader("ties", "Nr. Partner")?.field //=> "target"
 * matchHeader("actors", "Träger") //=> { field: "name", tier: "weak", rank: 13 }
 * matchHeader("actors", "Lieblingsfarbe") //=> undefined
 * ```
 */
export function matchHeader<K extends TableKind>(
  kind: K,
  header: string,
): HeaderMatch<FieldOf<K>> | undefined {
  const { strong, weak } = WORDS[kind];
  const found = (entry: FieldWord | undefined, tier: HeaderMatch["tier"]) =>
    entry &&
    ({ field: entry.field as FieldOf<K>, tier, rank: tier === "weak" ? entry.rank : 0 } as HeaderMatch<
      FieldOf<K>
    >);
  const key = normalizeKey(header);
  const core = headerCore(header);
  const coreKey = normalizeKey(core);
  const exact = found(strong.get(key), "alias");
  if (exact) return exact;
  const cleaned = coreKey !== "" ? found(strong.get(coreKey), "pattern") : undefined;
  if (cleaned) return cleaned;
  const endpoint = endpointOf(kind, core);
  if (endpoint) return endpoint as HeaderMatch<FieldOf<K>>;
  const qualified = qualifiedOf(core);
  const head = qualified !== undefined ? found(strong.get(normalizeKey(qualified)), "pattern") : undefined;
  if (head) return head;
  return (
    found(weak.get(key), "weak") ??
    (coreKey !== "" ? found(weak.get(coreKey), "weak") : undefined) ??
    alternativesOf(kind, core)
  );
}

/** Words that join a header's alternatives: `Einrichtung / Träger`, `Stadtteil bzw. Quartier`. */
const ALTERNATIVE = /\s*\/\s*|\s+(?:bzw\.?|beziehungsweise|oder|or)\s+|\s*\|\s*/i;

/**
 * A header that offers alternatives (`Einrichtung / Träger`, `Name bzw. Bezeichnung`) means what its
 * alternatives mean: the strongest match among them, never stronger than `pattern`.
 */
function alternativesOf<K extends TableKind>(kind: K, core: string): HeaderMatch<FieldOf<K>> | undefined {
  const parts = core.split(ALTERNATIVE).filter((part) => part.trim() !== "");
  if (parts.length < 2) return undefined;
  let best: HeaderMatch<FieldOf<K>> | undefined;
  for (const part of parts) {
    const match = matchHeader(kind, part);
    if (!match) continue;
    const tier = match.tier === "alias" ? "pattern" : match.tier;
    const candidate = { ...match, tier } as HeaderMatch<FieldOf<K>>;
    if (
      best === undefined ||
      TIER_ORDER[candidate.tier] < TIER_ORDER[best.tier] ||
      (candidate.tier === best.tier && candidate.rank < best.rank)
    ) {
      best = candidate;
    }
  }
  return best;
}

/** Joining words between a header's head and what it is about (`Jahr der Kooperation`). */
const JOIN_KEYS = new Set([
  "der",
  "des",
  "dem",
  "den",
  "die",
  "von",
  "vom",
  "zur",
  "zum",
  "mit",
  "im",
  "am",
  "of",
  "the",
  "with",
  "ihrer",
  "ihres",
  "unserer",
  "unseres",
]);
/** What a header may be about without changing its field: the actor, the cooperation, the survey. */
const ABOUT_KEYS = new Set<string>(
  [
    ...ACTOR_WORDS,
    ...SECOND_ACTOR_WORDS,
    "Partnereinrichtung",
    "Partnerinstitution",
    "Zusammenarbeit",
    "Kooperation",
    "Kontakt",
    "Kontakte",
    "Kontakts",
    "Beziehung",
    "Partnerschaft",
    "Vernetzung",
    "Erhebung",
    "Befragung",
    "Treffen",
    "Nennung",
    "Akteurs",
    "Trägers",
    "Vereins",
    "Einrichtungen",
    "Organisationen",
    "cooperation",
    "collaboration",
    "contact",
    "relationship",
    "survey",
    "organisation",
  ].map(normalizeKey),
);

/**
 * The head of a header that names what it is about after a joining word (`Jahr der Kooperation`, `Stadtteil
 * der Einrichtung`, `Häufigkeit des Kontakts`): the head when everything after it is a joining word or one of
 * `ABOUT_KEYS`; undefined otherwise (`Name der Kontaktperson` is not the actor's name).
 */
function qualifiedOf(core: string): string | undefined {
  const words = core.split(/\s+/).filter((word) => word !== "");
  const join = words.findIndex((word, i) => i > 0 && JOIN_KEYS.has(normalizeKey(word)));
  if (join < 1 || join === words.length - 1) return undefined;
  const rest = words.slice(join).map(normalizeKey);
  if (!rest.every((word) => JOIN_KEYS.has(word) || ABOUT_KEYS.has(word))) return undefined;
  return words.slice(0, join).join(" ");
}

/**
 * A tie endpoint (or the actor of attendance and respondents) written with a number marker or a pair marker:
 * `Nr. Einrichtung`, `Partner-ID`, `Einrichtung A`, `Akteur 2`, `Name Partner`.
 */
function endpointOf(kind: TableKind, core: string): HeaderMatch | undefined {
  const refs = Object.entries(TABLES[kind].fields as Record<string, FieldSpec>)
    .filter(([, spec]) => spec.shape === "actor")
    .map(([field]) => field);
  if (refs.length === 0) return undefined;
  const { strong, weak } = WORDS[kind];
  const withoutIds = wordsOf(core).filter((word) => !ID_MARKER_KEYS.has(word));
  const fieldOfWords = (words: string[]): string | undefined => {
    const joined = words.join("");
    const entry = strong.get(joined) ?? weak.get(joined);
    if (entry && refs.includes(entry.field)) return entry.field;
    if (words.length > 0 && words.every((word) => ACTOR_KEYS.has(word))) return refs[0];
    return undefined;
  };
  if (kind === "ties") {
    const pair = pairMarker(core);
    if (pair) {
      const words = wordsOf(pair.base).filter((word) => !ID_MARKER_KEYS.has(word));
      if (words.length > 0 && fieldOfWords(words) !== undefined) {
        return { field: pair.second ? "target" : "source", tier: "pattern", rank: 0 };
      }
    }
  }
  const allWords = wordsOf(core);
  if (withoutIds.length > 0 && withoutIds.length < allWords.length) {
    const field = fieldOfWords(withoutIds);
    if (field !== undefined) return { field, tier: "pattern", rank: 0 };
  }
  // `Name Partner`, `Name der Einrichtung B`: actor words only; a partner word makes it the second endpoint
  if (
    kind === "ties" &&
    withoutIds.length >= 2 &&
    withoutIds.every((word) => ACTOR_KEYS.has(word) || FILLER_KEYS.has(word))
  ) {
    const second = withoutIds.some((word) => SECOND_KEYS.has(word));
    return { field: second ? "target" : "source", tier: "pattern", rank: 0 };
  }
  return undefined;
}
