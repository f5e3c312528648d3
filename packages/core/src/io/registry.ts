/**
 * The registry of tables and fields: one entry per table kind, one entry per field, each with the words people
 * use for it and what its values look like. Everything that recognises a spreadsheet reads this one object:
 * file and sheet names (`tableKindOf`), headers (`fieldOf`, `header-match.ts`), the content check of a column
 * whose header says nothing (`content-profile.ts`), the required columns, and the documentation
 * (`docs/dataset-format.md`, checked by a test). Adding a field or a table is adding one entry here.
 *
 * Words are matched case-, accent-, space- and punctuation-insensitively (`normalizeKey`), so `Mitglied von`,
 * `mitglied_von` and `MITGLIED-VON` are one alias. The first alias of a table or field is its canonical English
 * name, the second its German one (used in messages and exports).
 *
 * `aliases` say the field for certain; `weak` words say it only when no other column of the table has one of
 * the field's `aliases` (a `Träger` column is the name of an actor list only when there is no `Name` column).
 * `shape` is what the values look like; it decides only for a column whose header says nothing (`Spalte 3`,
 * an empty header) — see `content-profile.ts`.
 */

/** What the values of a field look like (the content check of `content-profile.ts`). */
export type ValueShape =
  /** Short codes or numbers, unique in the table. */
  | "id"
  /** Free text, mostly unique: names of organisations or people. */
  | "name"
  /** Names or ids of the rows of the actors table (tie endpoints, attendance, respondents). */
  | "actor"
  /** A number (weights: greater than 0). */
  | "number"
  /** Years (1900–2100), small integers or short labels that repeat: survey waves. */
  | "wave"
  /** Calendar dates. */
  | "date"
  /** Yes/no values. */
  | "boolean";

/** One field of a table. */
export interface FieldSpec {
  /** Headers that mean this field; the first is the canonical English header, the second the German one. */
  readonly aliases: readonly string[];
  /** Headers that mean this field only when no column of the table has one of `aliases`. */
  readonly weak?: readonly string[];
  /** What the values look like, for a column whose header says nothing. */
  readonly shape?: ValueShape;
}

/** One table kind of a dataset. */
export interface TableSpec {
  /**
   * The file and sheet names of the documented format (without extension); the first is the canonical English
   * name, the second German. A table so named reads exactly as `docs/dataset-format.md` always said.
   */
  readonly names: readonly string[];
  /** More names that say which table a file or sheet is (`Kooperationen`, `Einrichtungen`). */
  readonly moreNames?: readonly string[];
  /** Fields that must have a column (else COLUMN_MISSING). */
  readonly required: readonly string[];
  /** At least one of these fields must have a column (districts: `id` or `name`). */
  readonly oneOf?: readonly string[];
  /** Whether a dataset needs this table (actors and ties). */
  readonly mandatory?: boolean;
  readonly fields: Readonly<Record<string, FieldSpec>>;
}

/** Words for a district, shared by actors, events and the districts table. */
const DISTRICT_WORDS = [
  "district",
  "Stadtteil",
  "Quartier",
  "Stadtbezirk",
  "Bezirk",
  "Sozialraum",
  "Ortsteil",
  "Stadtviertel",
  "Viertel",
  "Wohnviertel",
  "Kiez",
  "Planungsraum",
  "Planungsbezirk",
  "Sozialbezirk",
  "Sozialregion",
  "Stadtgebiet",
  "Wohngebiet",
  "Programmgebiet",
  "Fördergebiet",
  "Statistischer Bezirk",
  "Ortschaft",
  "neighbourhood",
  "neighborhood",
  "In welchem Stadtteil",
  "Stadtteil Ihrer Einrichtung",
  "In welchem Stadtteil liegt Ihre Einrichtung",
] as const;

/** Words for a survey wave, shared by ties, events and respondents. */
const WAVE_WORDS = [
  "wave",
  "Welle",
  "Erhebung",
  "Jahr",
  "Erhebungsjahr",
  "Befragungsjahr",
  "Erhebungswelle",
  "Befragungswelle",
  "Erhebungsrunde",
  "Befragungsrunde",
  "Befragung",
  "Zeitraum",
  "Erhebungszeitraum",
  "Berichtsjahr",
  "Kalenderjahr",
  "Messzeitpunkt",
  "year",
  "period",
] as const;

const LAT_WORDS = ["lat", "Breitengrad", "latitude", "Breite", "geo lat", "GPS Breite"] as const;
const LON_WORDS = [
  "lon",
  "Längengrad",
  "Laengengrad",
  "longitude",
  "lng",
  "Länge",
  "long",
  "geo lon",
  "GPS Länge",
] as const;
const ID_WORDS = [
  "id",
  "ID",
  "Kennung",
  "Nr",
  "Nummer",
  "lfd. Nr.",
  "laufende Nummer",
  "Kürzel",
  "Kuerzel",
  "Code",
  "Schlüssel",
  "key",
] as const;

/**
 * Every table kind and its fields. Tables: `actors` and `ties` (a dataset needs both; a single edge list gives
 * its actors itself), `districts`, `events` (meetings, with the working group they belong to), `attendance`,
 * `respondents`, `projects` (transfer projects and the districts that started or adopted them).
 */
export const TABLES = {
  actors: {
    names: ["actors", "akteure", "akteur", "actor"],
    moreNames: [
      "akteursliste",
      "akteurliste",
      "einrichtungen",
      "einrichtungsliste",
      "organisationen",
      "institutionen",
      "träger",
      "trägerliste",
      "mitglieder",
      "netzwerkpartner",
      "partnerliste",
      "adressliste",
      "adressen",
      "stammdaten",
      "verzeichnis",
      "akteursverzeichnis",
      "vereine",
      "knoten",
      "akteursübersicht",
      "übersicht akteure",
      "einrichtungsübersicht",
      "übersicht einrichtungen",
      "netzwerkakteure",
      "netzwerkmitglieder",
      "mitgliederliste",
    ],
    required: ["name"],
    mandatory: true,
    fields: {
      id: {
        aliases: [
          ...ID_WORDS,
          "Akteur-ID",
          "Akteurs-ID",
          "Einrichtungs-ID",
          "Einrichtungsnummer",
          "Akteursnummer",
          "Organisations-ID",
          "Knoten-ID",
        ],
        shape: "id",
      },
      name: {
        aliases: [
          "name",
          "Name",
          "Bezeichnung",
          "label",
          "Name der Einrichtung",
          "Einrichtungsname",
          "Name der Organisation",
          "Organisationsname",
          "Name der Institution",
          "Institutionsname",
          "Name des Akteurs",
          "Akteursname",
          "Organization Name",
          "Organisation Name",
          "Name des Vereins",
          "Vereinsname",
          "Firmenname",
          "Organisation/Einrichtung",
        ],
        weak: [
          "Einrichtung",
          "Organisation",
          "Organization",
          "Institution",
          "Akteur",
          "Akteurin",
          "Netzwerkpartner",
          "Kooperationspartner",
          "Partner",
          "Partnerorganisation",
          "Verein",
          "Firma",
          "Dienststelle",
          "Träger",
          "Name des Trägers",
          "Trägername",
          "Titel",
          "title",
          "Mitglied",
          "Netzwerkmitglied",
          "Netzwerkakteur",
          "Teilnehmende Einrichtung",
        ],
        shape: "name",
      },
      kind: {
        aliases: [
          "kind",
          "Art",
          "Typ",
          "type",
          "Akteursart",
          "Akteurstyp",
          "Art des Akteurs",
          "Organisationsform",
          "Organisationstyp",
          "Organization Type",
          "Einrichtungsart",
          "Art der Einrichtung",
          "Einrichtungstyp",
          "Trägerart",
        ],
      },
      sector: {
        aliases: [
          "sector",
          "Sektor",
          "Bereich",
          "Handlungsfeld",
          "Arbeitsbereich",
          "Arbeitsfeld",
          "Tätigkeitsfeld",
          "Taetigkeitsfeld",
          "Tätigkeitsbereich",
          "In welchem Bereich",
          "In welchem Bereich arbeiten Sie",
          "Bereich Ihrer Einrichtung",
          "Fachbereich",
          "Fachgebiet",
          "Sparte",
          "Branche",
          "Aufgabenbereich",
          "Angebotsbereich",
          "Leistungsbereich",
          "Ressort",
          "Bereiche",
          "Handlungsfelder",
          "Arbeitsbereiche",
          "Sektoren",
          "Fachrichtung",
          "Tätigkeitsbereiche",
        ],
        weak: ["Kategorie", "category"],
      },
      district: {
        aliases: DISTRICT_WORDS,
        weak: ["Gebiet", "Gemeinde", "Region", "Standort", "area", "Ort", "Lage"],
      },
      topics: {
        aliases: [
          "topics",
          "Themen",
          "Thema",
          "Themenfelder",
          "Themenfeld",
          "Themenschwerpunkte",
          "Schwerpunkte",
          "Schwerpunkt",
          "Arbeitsschwerpunkte",
          "Arbeitsthemen",
          "Schlagworte",
          "Stichworte",
        ],
        weak: ["Zielgruppen", "Zielgruppe", "target groups", "tags", "keywords"],
      },
      offers: {
        aliases: ["offers", "bietet", "Angebote", "Angebot", "bietet an", "Ressourcen", "Leistungen"],
      },
      needs: {
        aliases: [
          "needs",
          "sucht",
          "Bedarfe",
          "Bedarf",
          "sucht nach",
          "Gesuche",
          "braucht",
          "Unterstützungsbedarf",
        ],
      },
      memberOf: {
        aliases: [
          "member_of",
          "Mitglied von",
          "gehört zu",
          "gehoert zu",
          "Teil von",
          "Dachorganisation",
          "Dachverband",
          "übergeordnete Organisation",
          "parent",
        ],
      },
      lat: { aliases: LAT_WORDS },
      lon: { aliases: LON_WORDS },
      consent: {
        aliases: [
          "consent",
          "Einwilligung",
          "Einverständnis",
          "Einverstaendnis",
          "Einwilligung liegt vor",
          "Zustimmung",
          "Namensnennung",
          "Veröffentlichung erlaubt",
          "DSGVO-Einwilligung",
        ],
        shape: "boolean",
      },
    },
  },
  ties: {
    names: ["ties", "beziehungen", "beziehung", "tie", "kontakte", "edges"],
    moreNames: [
      "kooperationen",
      "kooperation",
      "kooperationsbeziehungen",
      "zusammenarbeit",
      "verbindungen",
      "verbindung",
      "vernetzung",
      "netzwerk",
      "netzwerkbeziehungen",
      "partnerschaften",
      "kanten",
      "links",
      "relations",
      "relationships",
      "connections",
      "kooperationsliste",
      "beziehungsliste",
      "kantenliste",
      "edgelist",
      "edge list",
      "wer mit wem",
    ],
    required: ["source", "target"],
    mandatory: true,
    fields: {
      source: {
        aliases: [
          "source",
          "Von",
          "Quelle",
          "from",
          "Akteur A",
          "ego",
          "Absender",
          "befragte Einrichtung",
          "meldende Einrichtung",
          "nennende Einrichtung",
          "Name Ihrer Einrichtung",
          "Ihre Einrichtung",
          "Ihre Organisation",
          "your organisation",
          "your organization",
          "Ausgangsakteur",
          "nennende Organisation",
          "befragte Organisation",
          "Akteur (von)",
          "Einrichtung (von)",
        ],
        weak: [
          "Einrichtung",
          "Name der Einrichtung",
          "Organisation",
          "Institution",
          "Akteur",
          "Name",
          "Träger",
          "wer",
        ],
        shape: "actor",
      },
      target: {
        aliases: [
          "target",
          "Zu",
          "Ziel",
          "to",
          "Akteur B",
          "alter",
          "Partner",
          "Kooperationspartner",
          "Kooperationspartnerin",
          "Partnerorganisation",
          "Partnereinrichtung",
          "Netzwerkpartner",
          "arbeitet zusammen mit",
          "arbeitet mit",
          "kooperiert mit",
          "Zusammenarbeit mit",
          "Kooperation mit",
          "Kontakt zu",
          "Kontakt mit",
          "genannte Einrichtung",
          "genannter Akteur",
          "Mit welchen Einrichtungen arbeiten Sie zusammen",
          "Mit wem arbeiten Sie zusammen",
          "Wer sind Ihre Kooperationspartner",
          "works with",
          "who do you work with",
          "Empfänger",
          "mit",
          "Mit wem",
          "Partnerin",
          "Partnerinstitution",
          "Zielakteur",
          "genannte Organisation",
          "genannter Partner",
          "Kooperationspartner:innen",
          "Kooperationspartnerinnen",
          "Partnerorganisationen",
          "Kontaktpartner",
          "in Kontakt mit",
          "Akteur (zu)",
          "Einrichtung (zu)",
        ],
        shape: "actor",
      },
      weight: {
        aliases: [
          "weight",
          "Gewicht",
          "Intensität",
          "Intensitaet",
          "Stärke",
          "Staerke",
          "Häufigkeit",
          "Haeufigkeit",
          "Kontakthäufigkeit",
          "Intensität der Zusammenarbeit",
          "Kooperationsintensität",
          "Frequenz",
          "strength",
          "frequency",
          "value",
          "Wert",
          "Wie oft",
          "Wie häufig",
          "Kontaktintensität",
          "Intensität des Kontakts",
          "Häufigkeit des Kontakts",
          "How often",
          "intensity",
          "tie strength",
          "contact frequency",
          "frequency of contact",
          "Wie intensiv",
          "Wie eng",
          "Kooperationsstärke",
          "Beziehungsstärke",
          "Verbindungsstärke",
          "Enge der Zusammenarbeit",
          "Intensitätsstufe",
          "Anzahl Kontakte",
          "Kontakte pro Jahr",
          "Treffen pro Jahr",
        ],
        weak: ["Bewertung", "Anzahl"],
        shape: "number",
      },
      type: {
        aliases: [
          "type",
          "Typ",
          "Art der Beziehung",
          "Art",
          "Beziehungsart",
          "Art der Zusammenarbeit",
          "Art der Kooperation",
          "Kooperationsart",
          "Kooperationsform",
          "Form der Zusammenarbeit",
          "Form der Kooperation",
          "Beziehungstyp",
          "Kontaktart",
          "relation",
        ],
        weak: ["Kategorie", "category"],
      },
      wave: { aliases: WAVE_WORDS, weak: ["Stand"], shape: "wave" },
      date: {
        aliases: ["date", "Datum", "Kontaktdatum", "Datum der Kooperation", "Datum des Kontakts"],
        shape: "date",
      },
      directed: { aliases: ["directed", "gerichtet", "einseitig"], shape: "boolean" },
      // the levels of goal 6.3.3 and who reported a survey answer (model/tie-levels.ts; #18)
      level: { aliases: ["level", "Stufe", "Beziehungsstufe"] },
      reportedBy: { aliases: ["reported_by", "gemeldet von", "angegeben von", "Angabe von", "reportedBy"] },
    },
  },
  districts: {
    names: ["districts", "stadtteile", "stadtteil", "district"],
    moreNames: [
      "stadtbezirke",
      "bezirke",
      "quartiere",
      "sozialräume",
      "ortsteile",
      "stadtviertel",
      "planungsräume",
    ],
    required: [],
    oneOf: ["id", "name"],
    fields: {
      id: { aliases: [...ID_WORDS, "Bezirksnummer", "Stadtteilnummer"], shape: "id" },
      name: {
        aliases: [
          "name",
          "Name",
          "Stadtteil",
          "Bezeichnung",
          "Stadtbezirk",
          "Bezirk",
          "Quartier",
          "Sozialraum",
          "Ortsteil",
          "Stadtviertel",
          "Planungsraum",
          "Gebiet",
        ],
        shape: "name",
      },
      lat: { aliases: LAT_WORDS },
      lon: { aliases: LON_WORDS },
      population: {
        aliases: [
          "population",
          "Einwohner",
          "Einwohnerzahl",
          "Bevölkerung",
          "Bevoelkerung",
          "Einwohnerinnen und Einwohner",
          "Einwohner:innen",
          "Anzahl Einwohner",
          "Bevölkerungszahl",
        ],
        shape: "number",
      },
    },
  },
  events: {
    names: ["events", "treffen", "veranstaltungen", "event", "meetings"],
    moreNames: ["termine", "sitzungen", "gremiensitzungen"],
    required: ["id"],
    fields: {
      id: {
        aliases: [...ID_WORDS, "Treffen", "Veranstaltung", "Sitzung", "Termin-ID"],
        weak: ["Titel", "Name", "Bezeichnung"],
        shape: "id",
      },
      date: { aliases: ["date", "Datum", "Termin", "Sitzungsdatum"], shape: "date" },
      district: { aliases: DISTRICT_WORDS },
      host: {
        aliases: [
          "host",
          "Gastgeber",
          "Gastgeberin",
          "Ausrichter",
          "Veranstalter",
          "Einladende",
          "Organisator",
          "gastgebende Einrichtung",
        ],
      },
      wave: { aliases: WAVE_WORDS, shape: "wave" },
      group: { aliases: ["group", "Arbeitskreis", "Gremium", "Runde", "Arbeitsgruppe", "working group"] },
    },
  },
  attendance: {
    names: ["attendance", "teilnahme", "teilnahmen", "teilnehmende"],
    moreNames: ["anwesenheit", "anwesenheitsliste", "teilnehmerliste", "teilnehmendenliste"],
    required: ["event", "actor"],
    fields: {
      event: { aliases: ["event", "Treffen", "Veranstaltung", "meeting", "Sitzung", "Termin"] },
      actor: {
        aliases: [
          "actor",
          "Akteur",
          "Teilnehmer",
          "Teilnehmende",
          "Teilnehmerin",
          "Einrichtung",
          "Organisation",
        ],
        weak: ["Name"],
        shape: "actor",
      },
    },
  },
  respondents: {
    names: ["respondents", "antworten", "befragte", "respondent"],
    moreNames: ["rücklauf", "ruecklauf"],
    required: ["actor"],
    fields: {
      actor: {
        aliases: [
          "actor",
          "Akteur",
          "Befragte",
          "respondent",
          "Befragter",
          "befragte Einrichtung",
          "Einrichtung",
        ],
        weak: ["Name", "Organisation"],
        shape: "actor",
      },
      wave: { aliases: WAVE_WORDS, shape: "wave" },
    },
  },
  projects: {
    names: ["projects", "projekte", "projekt", "transferprojekte", "project"],
    required: ["project", "district"],
    fields: {
      project: { aliases: ["project", "Projekt", "Transferprojekt", "Name"] },
      topic: { aliases: ["topic", "Thema", "Themen", "Themenfeld"] },
      district: { aliases: DISTRICT_WORDS },
      year: { aliases: ["year", "Jahr", "Start", "seit", "Beginn", "Startjahr", "übernommen im Jahr"] },
      wave: { aliases: ["wave", "Welle", "Erhebung"] },
      role: { aliases: ["role", "Rolle"] },
      from: { aliases: ["from", "übernommen von", "uebernommen von", "Vorbild", "Herkunft"] },
      carriers: { aliases: ["carriers", "Träger", "Traeger", "Akteure", "getragen von"] },
    },
  },
} as const satisfies Record<string, TableSpec>;

/** The tables of a dataset. */
export type TableKind = keyof typeof TABLES;

/** The fields of one table. */
export type FieldOf<K extends TableKind> = keyof (typeof TABLES)[K]["fields"] & string;

/**
 * Words that name an actor in a header, for tie endpoints written as a pair (`Einrichtung A` / `Einrichtung B`,
 * `Akteur 1` / `Akteur 2`, `Nr. Partner`) and for the actor columns of a single edge list (`Stadtteil Partner`).
 */
export const ACTOR_WORDS = [
  "Akteur",
  "Akteurin",
  "Einrichtung",
  "Organisation",
  "Organization",
  "Institution",
  "Träger",
  "Partner",
  "Partnerin",
  "Kooperationspartner",
  "Netzwerkpartner",
  "Name",
  "Verein",
  "actor",
  "node",
  "Knoten",
] as const;

/** Words that mark the second endpoint of a pair of actor columns (`Stadtteil Partner`, `Name Partner`). */
export const SECOND_ACTOR_WORDS = [
  "Partner",
  "Partnerin",
  "Kooperationspartner",
  "Partnerorganisation",
  "Partnereinrichtung",
  "Ziel",
  "target",
  "to",
] as const;

/** Words that say a column holds the number or id of an actor (`Nr. Einrichtung`, `Partner-ID`). */
export const ID_MARKER_WORDS = [
  "Nr",
  "Nummer",
  "ID",
  "Kennung",
  "Code",
  "Kürzel",
  "Schlüssel",
  "lfd",
] as const;

/**
 * Headers that say nothing about their column: left empty (read as `column N`), or named by position
 * (`Spalte 3`, `Feld 2`, pandas' `Unnamed: 2`). Their content decides.
 */
export const GENERIC_HEADER = /^(column|spalte|feld|field|col|unnamed|sp)?\d*$/;

/**
 * Names of sheets and files that explain the others (a template's notes, a legend): never a table, left out
 * without a warning (the mapping lists them as not used).
 */
export const NOTE_TABLE_NAMES = [
  "Hinweise",
  "Anleitung",
  "Legende",
  "Erläuterungen",
  "Erklärung",
  "Ausfüllhilfe",
  "Listen",
  "Info",
  "Liesmich",
  "README",
  "notes",
  "instructions",
  "legend",
] as const;
