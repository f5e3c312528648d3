/**
 * The German vocabularies the generators draw from: sectors with their share of a city's actors, name
 * patterns, topics, offers and needs; district name parts; person names.
 *
 * Everything here is generic on purpose: name patterns combine a kind of institution with a district
 * name ("Nachbarschaftshilfe Lindenau e.V."), never the name of a real organisation or brand, and person
 * names are common first and family names combined at random. The sector shares are rough orders of
 * magnitude from the Ludwigsburg working groups described in the domain texts (many associations and
 * initiatives, a few city offices), not measurements.
 */

/** One sector (field of work) of a city's actors, as the generators use it. */
export interface SectorProfile {
  /** The sector value written into `sector` (German, as a coordinator would write it). */
  sector: string;
  /** Relative share of all actors (the shares of all sectors need not sum to 1). */
  share: number;
  /** Name patterns; `{d}` is replaced by the district name. */
  names: readonly string[];
  /** Topics typical of the sector; actors draw 1–3. */
  topics: readonly string[];
  /** Offers typical of the sector; actors draw 0–3. */
  offers: readonly string[];
  /** Needs typical of the sector; actors draw 0–2. */
  needs: readonly string[];
}

export const SECTORS: readonly SectorProfile[] = [
  {
    sector: "Stadtverwaltung",
    share: 0.04,
    names: ["Stadtteilbüro {d}", "Stadtteilbeauftragte {d}", "Bürgerbüro {d}", "Quartiersmanagement {d}"],
    topics: ["Nachbarschaft", "Stadtteilentwicklung", "Ehrenamt", "Integration", "Wohnen"],
    offers: ["Räume", "Fördermittelberatung", "Öffentlichkeitsarbeit", "Kontakte zur Verwaltung"],
    needs: ["Ehrenamtliche", "Kontakte zu Familien", "Rückmeldungen aus dem Stadtteil"],
  },
  {
    sector: "Wohlfahrtsverband",
    share: 0.1,
    names: [
      "Sozialstation {d}",
      "Familienberatung {d}",
      "Migrationsberatung {d}",
      "Schuldnerberatung {d}",
      "Sozialdienst {d}",
    ],
    topics: ["Armut", "Integration", "Gesundheit", "Senioren", "Kinder und Familie", "Wohnen"],
    offers: ["Beratung", "Sozialberatung", "Dolmetschen", "Räume", "Fachkräfte"],
    needs: ["Ehrenamtliche", "Räume", "Kontakte zu Familien", "Spenden"],
  },
  {
    sector: "Kirchengemeinde",
    share: 0.07,
    names: [
      "Ev. Kirchengemeinde {d}",
      "Kath. Kirchengemeinde St. Ulrich {d}",
      "Ev. Gemeindehaus {d}",
      "Kath. Gemeinde Heilig Kreuz {d}",
    ],
    topics: ["Senioren", "Kinder und Familie", "Nachbarschaft", "Armut", "Ehrenamt"],
    offers: ["Räume", "Küche", "Ehrenamtliche", "Mittagstisch", "Festausstattung"],
    needs: ["Jüngere Ehrenamtliche", "Kontakte zu Familien", "Kooperationspartner"],
  },
  {
    sector: "Sportverein",
    share: 0.13,
    names: ["TSV {d}", "SV {d} e.V.", "Turnverein {d}", "Schachclub {d}", "Tischtennisverein {d}"],
    topics: ["Sport und Bewegung", "Jugend", "Gesundheit", "Inklusion"],
    offers: ["Sportplatz", "Übungsleiter", "Sporthalle", "Ferienprogramm"],
    needs: ["Übungsleiter", "Hallenzeiten", "Ehrenamtliche", "Kontakte zu Familien"],
  },
  {
    sector: "Kulturverein",
    share: 0.11,
    names: [
      "Musikverein {d}",
      "Gesangverein {d}",
      "Theatergruppe {d}",
      "Heimatverein {d}",
      "Kulturkreis {d}",
    ],
    topics: ["Kultur", "Nachbarschaft", "Stadtteilfest", "Senioren"],
    offers: ["Proberaum", "Auftritte bei Festen", "Festausstattung", "Musikunterricht"],
    needs: ["Nachwuchs", "Räume", "Öffentlichkeitsarbeit", "Proberaum"],
  },
  {
    sector: "Migrantenselbstorganisation",
    share: 0.08,
    names: [
      "Deutsch-Türkischer Kulturverein {d}",
      "Afrikanischer Elternverein {d}",
      "Syrischer Frauenverein {d}",
      "Deutsch-Italienischer Freundeskreis {d}",
      "Ukrainische Gemeinschaft {d}",
      "Eritreische Gemeinde {d}",
      "Internationaler Frauentreff {d}",
    ],
    topics: ["Integration", "Sprachförderung", "Kultur", "Kinder und Familie", "Bildung"],
    offers: ["Dolmetschen", "Muttersprachlicher Unterricht", "Kontakte zu Familien", "Kochen und Feste"],
    needs: ["Räume", "Sprachkurse", "Fördermittelberatung", "Kooperationspartner"],
  },
  {
    sector: "Initiative",
    share: 0.13,
    names: [
      "Nachbarschaftshilfe {d} e.V.",
      "Repair-Café {d}",
      "Tauschring {d}",
      "Lebensmittelausgabe {d}",
      "Lesepaten {d}",
      "Gemeinschaftsgarten {d}",
      "Seniorennetzwerk {d}",
      "Freundeskreis Asyl {d}",
    ],
    topics: ["Nachbarschaft", "Ehrenamt", "Umwelt", "Armut", "Senioren", "Integration"],
    offers: ["Ehrenamtliche", "Werkzeug", "Fahrdienst", "Lastenrad", "Lebensmittel", "Hausaufgabenhilfe"],
    needs: ["Räume", "Lagerraum", "Ehrenamtliche", "Spenden", "Öffentlichkeitsarbeit"],
  },
  {
    sector: "Jugendarbeit",
    share: 0.05,
    names: ["Jugendhaus {d}", "Jugendtreff {d}", "Mobile Jugendarbeit {d}", "Abenteuerspielplatz {d}"],
    topics: ["Jugend", "Bildung", "Sport und Bewegung", "Digitalisierung"],
    offers: ["Räume", "Ferienprogramm", "Computerkurse", "Fachkräfte"],
    needs: ["Ehrenamtliche", "Ausbildungsplätze", "Proberaum", "Kooperationspartner"],
  },
  {
    sector: "Schule",
    share: 0.06,
    names: ["Grundschule {d}", "Gemeinschaftsschule {d}", "Schulsozialarbeit {d}", "Realschule {d}"],
    topics: ["Bildung", "Kinder und Familie", "Jugend", "Sprachförderung"],
    offers: ["Räume", "Sporthalle", "Elternkontakte"],
    needs: ["Hausaufgabenhilfe", "Lesepaten", "Sprachkurse", "Dolmetschen"],
  },
  {
    sector: "Kita",
    share: 0.09,
    names: ["Kita {d}", "Kinderhaus {d}", "Familienzentrum {d}", "Kindergarten Sonnenschein {d}"],
    topics: ["Kinder und Familie", "Sprachförderung", "Bildung", "Gesundheit"],
    offers: ["Elternkontakte", "Eltern-Kind-Gruppe", "Räume"],
    needs: ["Dolmetschen", "Sprachkurse", "Ehrenamtliche", "Beratung"],
  },
  {
    sector: "Mehrgenerationenhaus",
    share: 0.03,
    names: ["Mehrgenerationenhaus {d}", "Bürgerhaus {d}", "Stadtteiltreff {d}"],
    topics: ["Nachbarschaft", "Senioren", "Kinder und Familie", "Ehrenamt", "Digitalisierung"],
    offers: ["Räume", "Mittagstisch", "Computerkurse", "Lastenrad", "Küche"],
    needs: ["Ehrenamtliche", "Kooperationspartner", "Spenden"],
  },
];

/** Parts of generated district names: a prefix and a suffix, e.g. "Linden" + "au". */
export const DISTRICT_PREFIXES: readonly string[] = [
  "Linden",
  "Eichen",
  "Birken",
  "Mühl",
  "Sonnen",
  "Rosen",
  "Wald",
  "Bach",
  "Stein",
  "Hasel",
  "Erlen",
  "Kirch",
  "Schloss",
  "Feld",
  "Wiesen",
  "Buchen",
  "Tannen",
  "Weiden",
  "Espen",
  "Ulmen",
  "Brunnen",
  "Hohen",
  "Neu",
  "Kreuz",
  "Heide",
  "Lerchen",
  "Falken",
  "Kranich",
  "Holder",
  "Kastanien",
];
export const DISTRICT_SUFFIXES: readonly string[] = [
  "au",
  "hof",
  "feld",
  "berg",
  "bach",
  "hausen",
  "heim",
  "wiese",
  "grund",
  "hain",
  "tal",
  "höhe",
  "garten",
  "eck",
  "bühl",
  "ried",
  "steig",
  "acker",
  "weiler",
  "rain",
];

export const FIRST_NAMES: readonly string[] = [
  "Anna",
  "Lena",
  "Sabine",
  "Petra",
  "Fatma",
  "Elif",
  "Maria",
  "Julia",
  "Katharina",
  "Olga",
  "Aylin",
  "Monika",
  "Sarah",
  "Nadia",
  "Ingrid",
  "Hanna",
  "Thomas",
  "Michael",
  "Stefan",
  "Andreas",
  "Mehmet",
  "Ali",
  "Peter",
  "Jürgen",
  "Markus",
  "Yusuf",
  "Daniel",
  "Tobias",
  "Ivan",
  "Samuel",
  "Klaus",
  "Jonas",
];
export const FAMILY_NAMES: readonly string[] = [
  "Müller",
  "Schmidt",
  "Schneider",
  "Fischer",
  "Weber",
  "Meyer",
  "Wagner",
  "Becker",
  "Schulz",
  "Hoffmann",
  "Koch",
  "Richter",
  "Klein",
  "Wolf",
  "Neubauer",
  "Schwarz",
  "Braun",
  "Zimmermann",
  "Krüger",
  "Hartmann",
  "Yılmaz",
  "Kaya",
  "Demir",
  "Nowak",
  "Kowalski",
  "Rossi",
  "Haddad",
  "Petrenko",
  "Lange",
  "Vogel",
];

/** Types of survey ties with their relative frequency. */
export const TIE_TYPES: readonly { type: string; share: number }[] = [
  { type: "Kooperation", share: 0.45 },
  { type: "Austausch", share: 0.3 },
  { type: "Gemeinsames Projekt", share: 0.15 },
  { type: "Raumnutzung", share: 0.1 },
];

/** Type of the tie between a person and the organisation the person represents. */
export const MEMBERSHIP_TIE_TYPE = "Mitgliedschaft";
