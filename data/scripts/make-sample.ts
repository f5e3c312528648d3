/**
 * Writes `data/sample/`: the fictional city of Weidenbrunn (≈ 99,000 inhabitants, 12 districts), its
 * actors, three survey waves of ties, working-group meetings with attendance, and who answered each wave,
 * as a coordinator's Excel export would have them (German file and column names, `;`, UTF-8, decimal comma).
 *
 *   node --conditions=@vernetzt/source --import tsx data/scripts/make-sample.ts [output folder]
 *
 * Every random choice comes from one seeded generator (`SEED`), consumed in a fixed order, so the files
 * are byte-identical on every run. The story is encoded explicitly below (see `STORY` and the README):
 *
 * 1. Eichenried's working group ("Arbeitskreis Soziales") starts with 5 members and grows to 9 and 14.
 * 2. A city-wide network meeting in wave 2 creates ties across districts.
 * 3. Talhausen, an outlying village, has no tie to another district in any wave.
 * 4. Ingrid Vogel (Mehrgenerationenhaus Lerchenberg) is Lerchenberg's only link to the rest of the city;
 *    she leaves before wave 3, and the bridge breaks.
 * 5. Nordstadt and Mühlbach work on the same topics (integration, language) but have no tie between them.
 * 6. Four offer/need complements between actors who never have a tie (a recommender should find them).
 *
 * No real person or organisation: names are generic patterns (`SECTORS` in core's generate vocabulary)
 * combined with invented district names, and common first and family names.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { csvLine } from "../../packages/core/src/generate/csv-tables.js";
import { pick, poisson, randomInt, sampleDistinct } from "../../packages/core/src/generate/sampling.js";
import { SECTORS, TIE_TYPES } from "../../packages/core/src/generate/vocabulary.js";
import { createRng } from "../../packages/core/src/random/rng.js";

const SEED = "weidenbrunn-2025";
/** Output folder: `data/sample`, or the folder given as first argument (the tests regenerate into a temp dir). */
const OUT = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), "..", "sample");
const CITY = { name: "Weidenbrunn", lat: 48.905, lon: 9.305 };
const WAVES = ["1", "2", "3"] as const;
const WAVE_YEAR: Record<string, number> = { "1": 2023, "2": 2024, "3": 2025 };
const rng = createRng(SEED);

// ---------------------------------------------------------------------------------------------------
// Districts: id, name, population, offset of the centre from the city centre in km (east, north), and
// how many organisations of each sector it has (sector order as in `SECTORS`).
// ---------------------------------------------------------------------------------------------------

type SectorName = (typeof SECTORS)[number]["sector"];
interface DistrictSpec {
  id: string;
  name: string;
  population: number;
  km: [number, number];
  /** Organisations per sector, besides the city office (added separately) and the named `extra` ones. */
  mix: Partial<Record<SectorName, number>>;
  /** Named organisations the story needs: [sector, name]. */
  extra?: Array<[SectorName, string]>;
  /** Topics most actors of the district work on. */
  focus: string[];
  /** Probability that an organisation is tied to the district's hub, and mean number of other ties. */
  density: { hub: number; extra: number };
}

const DISTRICTS: DistrictSpec[] = [
  {
    id: "MI",
    name: "Mitte",
    population: 15_200,
    km: [0, 0],
    mix: {
      Wohlfahrtsverband: 4,
      Kirchengemeinde: 2,
      Sportverein: 2,
      Kulturverein: 3,
      Migrantenselbstorganisation: 3,
      Initiative: 4,
      Jugendarbeit: 1,
      Schule: 2,
      Kita: 2,
      Mehrgenerationenhaus: 1,
    },
    extra: [
      ["Stadtverwaltung", "Fachbereich Soziales und Integration"],
      ["Stadtverwaltung", "Stabsstelle Bürgerschaftliches Engagement"],
      ["Stadtverwaltung", "Integrationsbüro der Stadt Weidenbrunn"],
      ["Stadtverwaltung", "Bezirkssozialdienst Weidenbrunn"],
      ["Stadtverwaltung", "Stadtbibliothek Weidenbrunn"],
      ["Migrantenselbstorganisation", "Deutsch-Italienischer Freundeskreis Mitte"],
    ],
    focus: ["Integration", "Ehrenamt"],
    density: { hub: 0.5, extra: 1.2 },
  },
  {
    id: "WE",
    name: "Weststadt",
    population: 11_800,
    km: [-1.8, 0.2],
    mix: {
      Wohlfahrtsverband: 2,
      Kirchengemeinde: 2,
      Sportverein: 2,
      Kulturverein: 2,
      Migrantenselbstorganisation: 2,
      Initiative: 3,
      Jugendarbeit: 1,
      Schule: 2,
      Kita: 2,
    },
    extra: [["Kulturverein", "Theatergruppe Weststadt"]],
    focus: ["Kinder und Familie", "Kultur"],
    density: { hub: 0.6, extra: 1.1 },
  },
  {
    id: "OS",
    name: "Oststadt",
    population: 10_400,
    km: [1.7, 0.1],
    mix: {
      Wohlfahrtsverband: 2,
      Kirchengemeinde: 1,
      Sportverein: 2,
      Kulturverein: 2,
      Migrantenselbstorganisation: 2,
      Initiative: 3,
      Jugendarbeit: 1,
      Schule: 2,
      Kita: 2,
      Mehrgenerationenhaus: 1,
    },
    focus: ["Senioren", "Nachbarschaft"],
    density: { hub: 0.6, extra: 1.1 },
  },
  {
    id: "NO",
    name: "Nordstadt",
    population: 9_600,
    km: [0.1, 1.9],
    mix: {
      Wohlfahrtsverband: 2,
      Kirchengemeinde: 1,
      Sportverein: 1,
      Kulturverein: 1,
      Migrantenselbstorganisation: 4,
      Initiative: 3,
      Jugendarbeit: 1,
      Schule: 2,
      Kita: 2,
    },
    extra: [["Initiative", "Lesepaten Nordstadt"]],
    focus: ["Integration", "Sprachförderung"],
    density: { hub: 0.6, extra: 1.1 },
  },
  {
    id: "SF",
    name: "Schlossfeld",
    population: 7_300,
    km: [-0.2, -1.6],
    mix: {
      Wohlfahrtsverband: 1,
      Kirchengemeinde: 1,
      Sportverein: 2,
      Kulturverein: 2,
      Migrantenselbstorganisation: 1,
      Initiative: 2,
      Jugendarbeit: 1,
      Schule: 1,
      Kita: 2,
    },
    focus: ["Sport und Bewegung", "Jugend"],
    density: { hub: 0.6, extra: 1.0 },
  },
  {
    id: "ER",
    name: "Eichenried",
    population: 8_900,
    km: [2.6, 1.8],
    mix: {
      Wohlfahrtsverband: 2,
      Kirchengemeinde: 2,
      Sportverein: 2,
      Kulturverein: 2,
      Migrantenselbstorganisation: 1,
      Initiative: 3,
      Jugendarbeit: 1,
      Schule: 1,
      Kita: 2,
      Mehrgenerationenhaus: 1,
    },
    extra: [["Migrantenselbstorganisation", "Ukrainische Gemeinschaft Eichenried"]],
    focus: ["Kinder und Familie", "Nachbarschaft"],
    density: { hub: 0, extra: 0 }, // Eichenried's ties come from its growing working group (story 1)
  },
  {
    id: "RS",
    name: "Rosenbühl-Sonnenhalde",
    population: 6_700,
    km: [-2.4, 2.1],
    mix: {
      Wohlfahrtsverband: 2,
      Kirchengemeinde: 2,
      Sportverein: 1,
      Kulturverein: 1,
      Migrantenselbstorganisation: 2,
      Initiative: 3,
      Jugendarbeit: 1,
      Schule: 1,
      Kita: 2,
      Mehrgenerationenhaus: 1,
    },
    focus: ["Armut", "Nachbarschaft"],
    density: { hub: 0.85, extra: 2.0 }, // a working group that has met for years: dense
  },
  {
    id: "MB",
    name: "Mühlbach",
    population: 8_200,
    km: [2.3, -1.9],
    mix: {
      Wohlfahrtsverband: 2,
      Kirchengemeinde: 1,
      Sportverein: 1,
      Kulturverein: 1,
      Migrantenselbstorganisation: 3,
      Initiative: 3,
      Jugendarbeit: 1,
      Schule: 1,
      Kita: 2,
    },
    extra: [
      ["Migrantenselbstorganisation", "Eritreische Gemeinde Mühlbach"],
      ["Initiative", "Lebensmittelausgabe Mühlbach"],
    ],
    focus: ["Integration", "Sprachförderung"],
    density: { hub: 0.6, extra: 1.1 },
  },
  {
    id: "TH",
    name: "Talhausen",
    population: 6_100,
    km: [5.2, -3.1],
    mix: {
      Kirchengemeinde: 2,
      Sportverein: 2,
      Kulturverein: 3,
      Initiative: 2,
      Jugendarbeit: 1,
      Schule: 1,
      Kita: 1,
    },
    extra: [["Stadtverwaltung", "Ortschaftsverwaltung Talhausen"]],
    focus: ["Senioren", "Kultur"],
    density: { hub: 0.75, extra: 1.5 }, // close-knit village, no ties outside (story 3)
  },
  {
    id: "KW",
    name: "Kirchwiesen",
    population: 5_600,
    km: [-3.0, -1.5],
    mix: {
      Wohlfahrtsverband: 1,
      Kirchengemeinde: 1,
      Sportverein: 1,
      Kulturverein: 2,
      Migrantenselbstorganisation: 1,
      Initiative: 2,
      Jugendarbeit: 1,
      Schule: 1,
      Kita: 1,
    },
    focus: ["Senioren", "Umwelt"],
    density: { hub: 0.6, extra: 1.0 },
  },
  {
    id: "HR",
    name: "Hohenrain",
    population: 4_800,
    km: [-1.2, 3.6],
    mix: {
      Wohlfahrtsverband: 1,
      Kirchengemeinde: 1,
      Sportverein: 1,
      Kulturverein: 1,
      Migrantenselbstorganisation: 1,
      Initiative: 2,
      Schule: 1,
      Kita: 1,
    },
    focus: ["Nachbarschaft", "Kinder und Familie"],
    density: { hub: 0.6, extra: 1.0 },
  },
  {
    id: "LB",
    name: "Lerchenberg",
    population: 4_300,
    km: [3.9, 3.4],
    mix: {
      Wohlfahrtsverband: 1,
      Kirchengemeinde: 1,
      Sportverein: 1,
      Kulturverein: 1,
      Migrantenselbstorganisation: 1,
      Initiative: 1,
      Schule: 1,
      Kita: 1,
      Mehrgenerationenhaus: 1,
    },
    focus: ["Senioren", "Nachbarschaft"],
    density: { hub: 0.85, extra: 0.4 }, // the hub is Ingrid Vogel, a person (story 4)
  },
];

/** Districts without a district coordinator office ("Stadtteilbeauftragte"). */
const NO_COORDINATOR = new Set(["MI", "TH", "LB"]);

/** Persons who represent an organisation: name, district, the organisation (by name), consent. */
const PERSONS: Array<{ name: string; district: string; memberOf: string; consent: boolean }> = [
  { name: "Ingrid Vogel", district: "LB", memberOf: "Mehrgenerationenhaus Lerchenberg", consent: true },
  { name: "Stefan Braun", district: "MI", memberOf: "Fachbereich Soziales und Integration", consent: true },
  {
    name: "Maria Rossi",
    district: "MI",
    memberOf: "Deutsch-Italienischer Freundeskreis Mitte",
    consent: true,
  },
  { name: "Jonas Becker", district: "WE", memberOf: "Jugendhaus Weststadt", consent: false },
  { name: "Hanna Wolf", district: "OS", memberOf: "Nachbarschaftshilfe Oststadt e.V.", consent: true },
  { name: "Nadia Klein", district: "OS", memberOf: "Afrikanischer Elternverein Oststadt", consent: false },
  {
    name: "Aylin Demir",
    district: "NO",
    memberOf: "Deutsch-Türkischer Kulturverein Nordstadt",
    consent: true,
  },
  { name: "Elif Schwarz", district: "NO", memberOf: "Kita Nordstadt", consent: true },
  { name: "Mehmet Yılmaz", district: "SF", memberOf: "TSV Schlossfeld", consent: true },
  { name: "Petra Lange", district: "ER", memberOf: "Stadtteilbeauftragte Eichenried", consent: true },
  { name: "Olga Petrenko", district: "ER", memberOf: "Ukrainische Gemeinschaft Eichenried", consent: true },
  { name: "Tobias Zimmermann", district: "ER", memberOf: "TSV Eichenried", consent: false },
  {
    name: "Thomas Krüger",
    district: "RS",
    memberOf: "Ev. Kirchengemeinde Rosenbühl-Sonnenhalde",
    consent: true,
  },
  { name: "Samuel Haddad", district: "MB", memberOf: "Afrikanischer Elternverein Mühlbach", consent: true },
  {
    name: "Fatma Kaya",
    district: "MB",
    memberOf: "Deutsch-Türkischer Kulturverein Mühlbach",
    consent: false,
  },
  { name: "Klaus Richter", district: "TH", memberOf: "TSV Talhausen", consent: false },
  { name: "Sabine Hoffmann", district: "KW", memberOf: "Ev. Kirchengemeinde Kirchwiesen", consent: true },
  {
    name: "Andreas Neubauer",
    district: "HR",
    memberOf: "Nachbarschaftshilfe Hohenrain e.V.",
    consent: false,
  },
];

/**
 * The story's named parts. Complements: [offering actor, seeking actor, item]; each item is offered and
 * sought by no one else, and the two actors never have a tie.
 */
const STORY = {
  growingDistrict: "ER",
  workingGroupSize: { "1": 5, "2": 9, "3": 14 } as Record<string, number>,
  isolatedDistrict: "TH",
  gap: ["NO", "MB"] as const,
  gapOutsideTies: 16,
  keyPerson: "Ingrid Vogel",
  bridgeTo: "Fachbereich Soziales und Integration",
  leavesBefore: "3",
  networkMeeting: {
    id: "NT-2024",
    wave: "2",
    date: "17.04.2024",
    district: "MI",
    host: "Fachbereich Soziales und Integration",
    title: "Netzwerktreffen Integration und Teilhabe",
  },
  complements: [
    ["Mehrgenerationenhaus Rosenbühl-Sonnenhalde", "Lebensmittelausgabe Mühlbach", "Lastenrad"],
    ["Jugendhaus Oststadt", "Theatergruppe Weststadt", "Proberaum"],
    ["Lesepaten Nordstadt", "Grundschule Nordstadt", "Hausaufgabenhilfe"],
    ["Eritreische Gemeinde Mühlbach", "Kita Mühlbach", "Dolmetschen Tigrinya"],
  ] as Array<[string, string, string]>,
};
const PLANTED_ITEMS = new Set(STORY.complements.map((c) => c[2]));

// ---------------------------------------------------------------------------------------------------
// Actors
// ---------------------------------------------------------------------------------------------------

type Art = "Organisation" | "Person" | "Gruppe";
interface SampleActor {
  id: string;
  name: string;
  art: Art;
  sector: SectorName;
  district: DistrictSpec;
  topics: string[];
  offers: string[];
  needs: string[];
  memberOf?: SampleActor;
  consent?: boolean;
  legalForm: string;
  lat?: number;
  lon?: number;
  /** Relative activity: who gets more ties (log-normal). */
  activity: number;
}

const LEGAL_FORM: Record<SectorName, string> = {
  Stadtverwaltung: "kommunal",
  Wohlfahrtsverband: "gGmbH",
  Kirchengemeinde: "kirchlich",
  Sportverein: "e.V.",
  Kulturverein: "e.V.",
  Migrantenselbstorganisation: "e.V.",
  Initiative: "e.V.",
  Jugendarbeit: "kommunal",
  Schule: "kommunal",
  Kita: "kommunal",
  Mehrgenerationenhaus: "e.V.",
};
/** Initiatives without a registered association: informal groups. */
const INFORMAL = /^(Repair-Café|Tauschring|Gemeinschaftsgarten|Lesepaten|Seniorennetzwerk|Freundeskreis)/;

const sectorProfile = (sector: SectorName) => SECTORS.find((s) => s.sector === sector)!;
const centre = (d: DistrictSpec) => ({
  lat: CITY.lat + d.km[1] / 111.2,
  lon: CITY.lon + d.km[0] / (111.2 * Math.cos((CITY.lat * Math.PI) / 180)),
});
const logNormal = (sigma: number): number =>
  Math.exp(sigma * Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng()));

const actors: SampleActor[] = [];
const byName = new Map<string, SampleActor>();

function addActor(district: DistrictSpec, sector: SectorName, name: string, art: Art): SampleActor {
  if (byName.has(name)) throw new Error(`make-sample: duplicate actor name ${name}`);
  const profile = sectorProfile(sector);
  const draw = (pool: readonly string[], max: number) =>
    sampleDistinct(
      rng,
      pool.filter((item) => !PLANTED_ITEMS.has(item)),
      randomInt(rng, max + 1),
    );
  const topics = sampleDistinct(rng, profile.topics, 1 + randomInt(rng, 2));
  for (const topic of district.focus) if (!topics.includes(topic) && rng() < 0.6) topics.push(topic);
  const actor: SampleActor = {
    id: `A${String(actors.length + 1).padStart(3, "0")}`,
    name,
    art,
    sector,
    district,
    topics,
    offers: art === "Person" ? [] : draw(profile.offers, 2),
    needs: art === "Person" ? [] : draw(profile.needs, 2),
    legalForm: art === "Person" ? "" : art === "Gruppe" ? "informell" : LEGAL_FORM[sector],
    activity: logNormal(0.6),
  };
  if (art !== "Person") {
    const c = centre(district);
    actor.lat = Number((c.lat + (rng() - 0.5) * 0.009).toFixed(5));
    actor.lon = Number((c.lon + (rng() - 0.5) * 0.013).toFixed(5));
  }
  actors.push(actor);
  byName.set(name, actor);
  return actor;
}

for (const district of DISTRICTS) {
  if (!NO_COORDINATOR.has(district.id))
    addActor(district, "Stadtverwaltung", `Stadtteilbeauftragte ${district.name}`, "Organisation");
  for (const [sector, name] of district.extra ?? []) {
    addActor(district, sector, name, INFORMAL.test(name) ? "Gruppe" : "Organisation");
  }
  for (const profile of SECTORS) {
    const wanted = district.mix[profile.sector as SectorName] ?? 0;
    const names = profile.names
      .map((pattern) => pattern.replace("{d}", district.name))
      .filter((n) => !byName.has(n));
    for (const name of names.slice(0, wanted)) {
      addActor(district, profile.sector as SectorName, name, INFORMAL.test(name) ? "Gruppe" : "Organisation");
    }
  }
}
for (const person of PERSONS) {
  const district = DISTRICTS.find((d) => d.id === person.district)!;
  const organisation = byName.get(person.memberOf);
  if (!organisation) throw new Error(`make-sample: ${person.name} represents an unknown ${person.memberOf}`);
  const actor = addActor(district, organisation.sector, person.name, "Person");
  actor.memberOf = organisation;
  actor.consent = person.consent;
}
for (const [offering, seeking, item] of STORY.complements) {
  const a = byName.get(offering);
  const b = byName.get(seeking);
  if (!a || !b) throw new Error(`make-sample: complement ${item} needs ${offering} and ${seeking}`);
  a.offers.push(item);
  b.needs.push(item);
}

const districtOf = (id: string) => DISTRICTS.find((d) => d.id === id)!;
const inDistrict = (id: string) => actors.filter((a) => a.district.id === id);
const hubOf = (d: DistrictSpec): SampleActor =>
  d.id === "LB"
    ? byName.get(STORY.keyPerson)!
    : d.id === "TH"
      ? byName.get("Ortschaftsverwaltung Talhausen")!
      : d.id === "MI"
        ? byName.get("Fachbereich Soziales und Integration")!
        : byName.get(`Stadtteilbeauftragte ${d.name}`)!;

// ---------------------------------------------------------------------------------------------------
// Ties, wave by wave. A tie is kept in a map keyed by the sorted pair; each wave is a complete snapshot.
// ---------------------------------------------------------------------------------------------------

interface SampleTie {
  a: SampleActor;
  b: SampleActor;
  weight: number;
  type: string;
}
const pairKey = (a: SampleActor, b: SampleActor) => (a.id < b.id ? `${a.id}|${b.id}` : `${b.id}|${a.id}`);
const keyPerson = byName.get(STORY.keyPerson)!;
const complementPairs = new Set(STORY.complements.map(([x, y]) => pairKey(byName.get(x)!, byName.get(y)!)));

/** Whether the story allows a tie between a and b (outside the key person's own, explicit ties). */
function allowed(a: SampleActor, b: SampleActor): boolean {
  if (a === b || complementPairs.has(pairKey(a, b))) return false;
  if (a.district === b.district) return true;
  const ids = new Set([a.district.id, b.district.id]);
  if (ids.has(STORY.isolatedDistrict)) return false; // story 3
  if (STORY.gap.every((id) => ids.has(id))) return false; // story 5
  if (ids.has("LB")) return false; // story 4: only the key person links Lerchenberg
  return true;
}

/** An item of `items` drawn in proportion to `weight`. */
function drawWeighted<T>(items: readonly T[], weight: (item: T) => number): T {
  let x = rng() * items.reduce((s, item) => s + weight(item), 0);
  for (const item of items) {
    x -= weight(item);
    if (x < 0) return item;
  }
  return items[items.length - 1]!;
}

const randomTieType = (): string => drawWeighted(TIE_TYPES, (t) => t.share).type;

/** A partner in `pool`, drawn in proportion to activity. */
const drawPartner = (pool: readonly SampleActor[]): SampleActor => drawWeighted(pool, (a) => a.activity);

function addTie(ties: Map<string, SampleTie>, a: SampleActor, b: SampleActor, type = randomTieType()): void {
  if (a === b || ties.has(pairKey(a, b))) return;
  const u = rng();
  ties.set(pairKey(a, b), { a, b, weight: u < 0.55 ? 1 : u < 0.88 ? 2 : 3, type });
}

/** Within-district ties of an ordinary district: to the hub, and `extra` (Poisson) ties by activity. */
function districtTies(
  ties: Map<string, SampleTie>,
  d: DistrictSpec,
  hubShare: number,
  extraMean: number,
): void {
  const members = inDistrict(d.id).filter((a) => a.art !== "Person" || a === hubOf(d));
  const hub = hubOf(d);
  for (const actor of members) {
    if (actor !== hub && rng() < hubShare) addTie(ties, actor, hub);
    const count = poisson(rng, extraMean);
    for (let k = 0; k < count; k++) {
      const partner = drawPartner(members);
      if (d.id === "LB" && partner === keyPerson) continue; // the key person's ties are explicit
      if (allowed(actor, partner)) addTie(ties, actor, partner);
    }
  }
}

/** Persons' ties: membership with their organisation, plus one or two ties within their district. */
function personTies(ties: Map<string, SampleTie>, wave: string): void {
  for (const person of actors.filter((a) => a.art === "Person")) {
    if (person === keyPerson && wave === STORY.leavesBefore) continue;
    addTie(ties, person, person.memberOf!, "Mitgliedschaft");
    if (person === keyPerson) continue;
    const pool = inDistrict(person.district.id).filter((a) => a !== person && a.art !== "Person");
    for (let k = 0; k < 1 + randomInt(rng, 2); k++) {
      const partner = drawPartner(pool);
      if (allowed(person, partner)) addTie(ties, person, partner);
    }
  }
}

/** Ties across districts between actors of the same sector (parishes, clubs, welfare branches, …). */
function crossTies(ties: Map<string, SampleTie>, count: number): void {
  const pool = actors.filter((a) => a.art !== "Person");
  let made = 0;
  for (let attempt = 0; attempt < count * 50 && made < count; attempt++) {
    const a = drawPartner(pool);
    const sameSector = pool.filter((b) => b.sector === a.sector && b.district !== a.district);
    if (sameSector.length === 0) continue;
    const b = pick(rng, sameSector);
    if (!allowed(a, b) || ties.has(pairKey(a, b))) continue;
    if (a.district.id === STORY.growingDistrict || b.district.id === STORY.growingDistrict) continue;
    addTie(ties, a, b, "Austausch");
    made++;
  }
}

/**
 * Story 5: Nordstadt and Mühlbach are each well connected to other districts through their integration
 * work (so that the missing ties between them stand out), just not to each other.
 */
function gapDistrictTies(ties: Map<string, SampleTie>, count: number): void {
  for (const id of STORY.gap) {
    const inside = inDistrict(id).filter((a) => a.art !== "Person");
    const outside = actors.filter(
      (b) =>
        b.art !== "Person" && b.district.id !== id && b.topics.some((t) => districtOf(id).focus.includes(t)),
    );
    let made = 0;
    for (let attempt = 0; attempt < 500 && made < count; attempt++) {
      const a = drawPartner(inside);
      const b = drawPartner(outside);
      if (!allowed(a, b) || ties.has(pairKey(a, b)) || b.district.id === STORY.growingDistrict) continue;
      addTie(ties, a, b, "Kooperation");
      made++;
    }
  }
}

/** Eichenried's working group in order of joining: the coordinator first, then a seeded order. */
const growingGroup = (() => {
  const d = districtOf(STORY.growingDistrict);
  const hub = hubOf(d);
  const others = inDistrict(d.id).filter((a) => a !== hub && a.art !== "Person");
  return [hub, ...sampleDistinct(rng, others, others.length)].slice(0, STORY.workingGroupSize["3"]);
})();
const groupInWave = (wave: string) => growingGroup.slice(0, STORY.workingGroupSize[wave]);

/** Story 1: members who join in `wave` are tied to the coordinator and to one or two earlier members. */
function growingGroupTies(ties: Map<string, SampleTie>, wave: string): void {
  const index = WAVES.indexOf(wave as (typeof WAVES)[number]);
  const joined = index === 0 ? 1 : STORY.workingGroupSize[WAVES[index - 1]!]!;
  const group = groupInWave(wave);
  for (let k = joined; k < group.length; k++) {
    addTie(ties, group[k]!, group[0]!, "Kooperation");
    for (let j = 0; j < 1 + randomInt(rng, 2); j++) addTie(ties, group[k]!, group[1 + randomInt(rng, k)]!);
  }
}

/** Story 4: the key person is Lerchenberg's hub and its only bridge to the city. */
function keyPersonTies(ties: Map<string, SampleTie>): void {
  addTie(ties, keyPerson, byName.get(STORY.bridgeTo)!, "Kooperation");
  const lerchenberg = inDistrict("LB").filter((a) => a !== keyPerson && a.art !== "Person");
  for (const actor of lerchenberg)
    if (actor !== keyPerson.memberOf && rng() < 0.8) addTie(ties, keyPerson, actor);
}

/**
 * Meeting together counts as a tie for the analyses (co-attendance), so the story keeps apart at meetings
 * whom it keeps apart in the ties: the seeker of a complement stays away when its offerer is there.
 */
function withoutComplementPairs(present: SampleActor[], host?: SampleActor): SampleActor[] {
  const absent = new Set<string>();
  for (const [offering, seeking] of STORY.complements) {
    if (present.some((a) => a.name === offering) && present.some((a) => a.name === seeking)) {
      absent.add(host?.name === seeking ? offering : seeking);
    }
  }
  return present.filter((a) => !absent.has(a.name));
}

/**
 * Story 2: attendees of the city-wide network meeting, and the ties they made across districts. Nobody
 * from Talhausen (story 3), from Lerchenberg but Ingrid Vogel (story 4), or from Mühlbach (story 5: the
 * meeting would otherwise bring Nordstadt and Mühlbach together).
 */
const meetingAttendees = (() => {
  const candidates = actors.filter(
    (a) =>
      a.art !== "Person" &&
      a.district.id !== STORY.isolatedDistrict &&
      a.district.id !== "LB" &&
      a.district.id !== STORY.gap[1] &&
      (a.topics.includes("Integration") || a.topics.includes("Ehrenamt") || a.sector === "Stadtverwaltung"),
  );
  return withoutComplementPairs(
    [hubOf(districtOf("MI")), keyPerson, ...sampleDistinct(rng, candidates, 34)].filter(
      (a, i, all) => all.indexOf(a) === i,
    ),
  );
})();

function networkMeetingTies(ties: Map<string, SampleTie>): void {
  for (const attendee of meetingAttendees) {
    if (attendee === keyPerson) continue;
    const others = meetingAttendees.filter((b) => b.district !== attendee.district && b !== keyPerson);
    for (let k = 0; k < 1 + randomInt(rng, 2); k++) {
      const partner = pick(rng, others);
      if (allowed(attendee, partner)) addTie(ties, attendee, partner, "Netzwerktreffen");
    }
  }
}

/** Keeps each tie of the previous wave with probability `survival`; story ties are handled by the caller. */
function carryOver(previous: Map<string, SampleTie>, survival: number): Map<string, SampleTie> {
  const next = new Map<string, SampleTie>();
  for (const [key, tie] of previous) {
    const protectedTie =
      tie.type === "Mitgliedschaft" ||
      tie.a === keyPerson ||
      tie.b === keyPerson ||
      growingGroup.includes(tie.a);
    if (protectedTie || rng() < survival) next.set(key, tie);
  }
  return next;
}

const tiesByWave = new Map<string, Map<string, SampleTie>>();
{
  const wave1 = new Map<string, SampleTie>();
  for (const d of DISTRICTS)
    if (d.id !== STORY.growingDistrict) districtTies(wave1, d, d.density.hub, d.density.extra);
  for (const d of DISTRICTS) {
    if (!NO_COORDINATOR.has(d.id)) addTie(wave1, hubOf(d), hubOf(districtOf("MI")), "Kooperation");
  }
  crossTies(wave1, 22);
  gapDistrictTies(wave1, STORY.gapOutsideTies);
  keyPersonTies(wave1);
  growingGroupTies(wave1, "1");
  personTies(wave1, "1");
  tiesByWave.set("1", wave1);

  const wave2 = carryOver(wave1, 0.9);
  for (const d of DISTRICTS) if (d.id !== STORY.growingDistrict) districtTies(wave2, d, 0, 0.25);
  crossTies(wave2, 4);
  gapDistrictTies(wave2, 4);
  growingGroupTies(wave2, "2");
  networkMeetingTies(wave2);
  personTies(wave2, "2");
  tiesByWave.set("2", wave2);

  const wave3 = carryOver(wave2, 0.88);
  for (const key of [...wave3.keys()]) {
    const tie = wave3.get(key)!;
    if (tie.a === keyPerson || tie.b === keyPerson) wave3.delete(key); // story 4: she has left
  }
  for (const d of DISTRICTS) {
    if (d.id !== STORY.growingDistrict && d.id !== "LB") districtTies(wave3, d, 0, 0.25);
  }
  crossTies(wave3, 4);
  gapDistrictTies(wave3, 4);
  growingGroupTies(wave3, "3");
  personTies(wave3, "3");
  tiesByWave.set("3", wave3);
}

for (const [wave, ties] of tiesByWave) {
  for (const tie of ties.values()) {
    if (complementPairs.has(pairKey(tie.a, tie.b)))
      throw new Error(`make-sample: complement pair tied in wave ${wave}`);
  }
}

// ---------------------------------------------------------------------------------------------------
// Respondents (≈ 80 %; the story's actors always answer while they are there) and unobserved ties.
// ---------------------------------------------------------------------------------------------------

const respondents = new Map<string, Set<SampleActor>>();
for (const wave of WAVES) {
  const always = new Set<SampleActor>([...groupInWave(wave), ...DISTRICTS.map(hubOf)]);
  if (wave === STORY.networkMeeting.wave) for (const a of meetingAttendees) always.add(a);
  const answered = new Set<SampleActor>();
  for (const actor of actors) {
    const present = !(actor === keyPerson && wave === STORY.leavesBefore);
    if (present && (always.has(actor) || rng() < 0.78)) answered.add(actor);
  }
  respondents.set(wave, answered);
  // A tie neither of whose actors answered is not observed (memberships are known from the actor list).
  for (const [key, tie] of tiesByWave.get(wave)!) {
    if (tie.type !== "Mitgliedschaft" && !answered.has(tie.a) && !answered.has(tie.b))
      tiesByWave.get(wave)!.delete(key);
  }
}

// ---------------------------------------------------------------------------------------------------
// Meetings of the district working groups, with rotating hosts, and who attended.
// ---------------------------------------------------------------------------------------------------

interface Meeting {
  id: string;
  date: string;
  district: DistrictSpec;
  host: SampleActor;
  wave: string;
  title: string;
  /** The working group (column `Arbeitskreis`). */
  group: string;
  attendees: SampleActor[];
}
const MEETING_MONTHS = [3, 6, 9, 11];
const meetings: Meeting[] = [];

function meetingsPerWave(d: DistrictSpec, wave: string): number {
  if (d.id === STORY.growingDistrict) return { "1": 2, "2": 3, "3": 4 }[wave]!;
  if (d.id === "LB") return wave === STORY.leavesBefore ? 0 : 2; // the group sleeps once she has left
  return d.id === "RS" ? 4 : 3;
}

/** The working group of a district (fixed over the waves, except the growing one). */
const workingGroups = new Map<string, SampleActor[]>(
  DISTRICTS.map((d) => {
    const hub = hubOf(d);
    const share = d.id === "RS" ? 0.85 : 0.5;
    const others = inDistrict(d.id).filter((a) => a !== hub && a.art !== "Person" && rng() < share);
    return [d.id, [hub, ...others]];
  }),
);

for (const wave of WAVES) {
  for (const d of DISTRICTS) {
    const group = d.id === STORY.growingDistrict ? groupInWave(wave) : workingGroups.get(d.id)!;
    const hosts = group.filter((a) => a.art !== "Person");
    // Rosenbühl-Sonnenhalde rotates through every institution of its group; the others among three.
    const rotation = d.id === "RS" ? hosts : hosts.slice(0, 3);
    const count = meetingsPerWave(d, wave);
    for (let k = 0; k < count; k++) {
      const serial = meetings.filter((m) => m.district === d).length;
      const host = rotation[serial % rotation.length]!;
      const present = withoutComplementPairs(
        group.filter((a) => a === host || rng() < 0.8),
        host,
      );
      const month = MEETING_MONTHS[k]!;
      const day = 8 + ((DISTRICTS.indexOf(d) * 3 + k * 5) % 20);
      meetings.push({
        id: `AK-${d.id}-${WAVE_YEAR[wave]}-${k + 1}`,
        date: `${String(day).padStart(2, "0")}.${String(month).padStart(2, "0")}.${WAVE_YEAR[wave]}`,
        district: d,
        host,
        wave,
        title: `Arbeitskreis Soziales ${d.name}`,
        group: `Arbeitskreis Soziales ${d.name}`,
        attendees: present,
      });
    }
  }
}
{
  const m = STORY.networkMeeting;
  meetings.push({
    id: m.id,
    date: m.date,
    district: districtOf(m.district),
    host: byName.get(m.host)!,
    wave: m.wave,
    title: m.title,
    group: m.title,
    attendees: meetingAttendees,
  });
}

// ---------------------------------------------------------------------------------------------------
// Added for the working-group, table-plan and transfer-project views (issue #19): two more working groups,
// ties that formed between people after they met, and transfer projects. Drawn from a second generator, after
// everything above, so that every row written before stays as it was.
// ---------------------------------------------------------------------------------------------------

const rng2 = createRng(`${SEED}/arbeitskreise`);
const tiedIn = (wave: string, a: SampleActor, b: SampleActor) => tiesByWave.get(wave)!.has(pairKey(a, b));

/**
 * A working group of one district meeting twice a year: the hosts rotate through `members` in turn, each
 * member comes with probability `turnout`, and up to `guests` actors of the district who are not members drop
 * in once in a while (the first-timers who may not come back).
 */
function extraGroup(spec: {
  district: string;
  group: string;
  id: string;
  members: SampleActor[];
  waves: string[];
  months: number[];
  turnout: number;
  guests: number;
}): void {
  const d = districtOf(spec.district);
  const outsiders = inDistrict(d.id).filter((a) => a.art !== "Person" && !spec.members.includes(a));
  const hosts = spec.members.filter((a) => a.art !== "Person");
  let serial = 0;
  for (const wave of spec.waves) {
    for (const month of spec.months) {
      const host = hosts[serial % hosts.length]!;
      const guests = sampleDistinct(rng2, outsiders, randomInt(rng2, spec.guests + 1));
      const present = spec.members.filter((a) => a === host || rng2() < spec.turnout);
      serial++;
      meetings.push({
        id: `${spec.id}-${WAVE_YEAR[wave]}-${month}`,
        date: `${String(5 + serial).padStart(2, "0")}.${String(month).padStart(2, "0")}.${WAVE_YEAR[wave]}`,
        district: d,
        host,
        wave,
        title: spec.group,
        group: spec.group,
        attendees: withoutComplementPairs([...present, ...guests], host),
      });
    }
  }
}

// A youth round in Weststadt since 2023, with guests now and then; a seniors' round in Oststadt starting in 2025.
const youthSectors = new Set<SectorName>(["Jugendarbeit", "Schule", "Kita", "Sportverein", "Kulturverein"]);
extraGroup({
  district: "WE",
  group: "Runde Jugend Weststadt",
  id: "RJ-WE",
  members: [
    ...inDistrict("WE").filter((a) => a.art !== "Person" && youthSectors.has(a.sector)),
    byName.get("Jonas Becker")!,
  ],
  waves: ["1", "2", "3"],
  months: [2, 10],
  turnout: 0.75,
  guests: 2,
});
extraGroup({
  district: "OS",
  group: "Runde Senioren Oststadt",
  id: "RS-OS",
  members: inDistrict("OS").filter(
    (a) => a.art !== "Person" && (a.topics.includes("Senioren") || a.sector === "Mehrgenerationenhaus"),
  ),
  waves: ["3"],
  months: [4, 10],
  turnout: 0.8,
  guests: 1,
});

/**
 * Pairs who met at a group's meetings in one wave without a tie get one in the next wave with probability
 * `chance` (and keep it in the wave after); only while one of them answers the survey (unobserved otherwise).
 */
function tiesAfterMeeting(group: string, chance: number): void {
  for (const [w, wave] of WAVES.entries()) {
    const next = WAVES.slice(w + 1);
    if (next.length === 0) continue;
    const met = new Map<string, [SampleActor, SampleActor]>();
    for (const m of meetings.filter((x) => x.group === group && x.wave === wave)) {
      for (const a of m.attendees)
        for (const b of m.attendees) if (a.id < b.id) met.set(pairKey(a, b), [a, b]);
    }
    for (const [key, [a, b]] of met) {
      if (complementPairs.has(key) || a === keyPerson || b === keyPerson) continue;
      if (WAVES.slice(0, w + 1).some((v) => tiedIn(v, a, b)) || rng2() >= chance) continue;
      for (const [k, later] of next.entries()) {
        if (k > 0 && rng2() >= 0.9) break;
        const answered = respondents.get(later)!;
        if (!answered.has(a) && !answered.has(b)) break;
        const weight = 1 + randomInt(rng2, 2);
        if (!tiedIn(later, a, b)) tiesByWave.get(later)!.set(key, { a, b, weight, type: "Kooperation" });
      }
    }
  }
}
tiesAfterMeeting("Runde Jugend Weststadt", 0.3);
tiesAfterMeeting(`Arbeitskreis Soziales ${districtOf(STORY.growingDistrict).name}`, 0.15);

/**
 * Transfer projects: where each began (year, carriers) and the districts that took it up, from which, when.
 * The carriers of an adoption are those of the adopting district who had a tie to the source district in the
 * wave before (so the data show the way the idea travelled), else an actor working on the topic there.
 */
const TRANSFER_PROJECTS: Array<{
  project: string;
  topic: string;
  origin: string;
  year: number;
  carriers: string[];
  adoptions: Array<{ district: string; year: number; from?: string }>;
}> = [
  {
    project: "Repair-Café",
    topic: "Umwelt",
    origin: "RS",
    year: 2022,
    carriers: ["Repair-Café Rosenbühl-Sonnenhalde"],
    adoptions: [
      { district: "KW", year: 2024 },
      { district: "HR", year: 2025, from: "KW" },
    ],
  },
  {
    project: "Lesepaten",
    topic: "Bildung",
    origin: "NO",
    year: 2023,
    carriers: ["Lesepaten Nordstadt"],
    adoptions: [
      { district: "MI", year: 2024 },
      { district: "WE", year: 2025, from: "MI" },
    ],
  },
  {
    project: "Sprachcafé",
    topic: "Sprachförderung",
    origin: "MB",
    year: 2023,
    carriers: ["Eritreische Gemeinde Mühlbach"],
    adoptions: [{ district: "OS", year: 2024 }],
  },
  {
    project: "Seniorennetzwerk",
    topic: "Senioren",
    origin: "OS",
    year: 2023,
    carriers: ["Nachbarschaftshilfe Oststadt e.V."],
    adoptions: [
      { district: "SF", year: 2024 },
      { district: "TH", year: 2025 },
    ],
  },
  {
    project: "Gemeinschaftsgarten",
    topic: "Nachbarschaft",
    origin: "KW",
    year: 2024,
    carriers: [],
    adoptions: [{ district: "ER", year: 2025 }],
  },
];

const projectRows: string[][] = [];
for (const spec of TRANSFER_PROJECTS) {
  const carriersOf = new Map<string, SampleActor[]>();
  const origin = districtOf(spec.origin);
  const named = spec.carriers.map((name) => byName.get(name)!).filter(Boolean);
  carriersOf.set(origin.id, named.length > 0 ? named : [hubOf(origin)]);
  projectRows.push([
    spec.project,
    spec.topic,
    origin.name,
    String(spec.year),
    "Ursprung",
    "",
    ids(carriersOf.get(origin.id)!),
  ]);
  for (const adoption of spec.adoptions) {
    const from = adoption.from ?? spec.origin;
    const before = WAVES[Math.max(0, Math.min(WAVES.length - 1, adoption.year - WAVE_YEAR["1"]! - 1))]!;
    const sources = carriersOf.get(from) ?? inDistrict(from);
    const here = inDistrict(adoption.district).filter((a) => a.art !== "Person");
    const tiedToSource = here.filter((a) => sources.some((s) => tiedIn(before, a, s)));
    const tiedToDistrict = here.filter((a) => inDistrict(from).some((s) => tiedIn(before, a, s)));
    const onTopic = here.filter((a) => a.topics.includes(spec.topic));
    const carriers = [tiedToSource, tiedToDistrict, onTopic, [hubOf(districtOf(adoption.district))]].find(
      (list) => list.length > 0,
    )!;
    const chosen = sampleDistinct(rng2, carriers, Math.min(2, carriers.length));
    carriersOf.set(adoption.district, chosen);
    projectRows.push([
      spec.project,
      spec.topic,
      districtOf(adoption.district).name,
      String(adoption.year),
      "Übernahme",
      adoption.from ? districtOf(adoption.from).name : "",
      ids(chosen),
    ]);
  }
}

function ids(actors: SampleActor[]): string {
  return actors
    .map((a) => a.id)
    .sort()
    .join(", ");
}

// ---------------------------------------------------------------------------------------------------
// Writing: German headers, `;`, decimal comma, dates DD.MM.YYYY, lists joined with "; ".
// ---------------------------------------------------------------------------------------------------

const decimal = (x: number | undefined) => (x === undefined ? "" : String(x).replace(".", ","));
const list = (items: readonly string[]) => items.join("; ");
const yesNo = (x: boolean | undefined) => (x === undefined ? "" : x ? "ja" : "nein");

function write(file: string, header: string[], rows: Array<Array<string | number>>): void {
  const text = [header, ...rows].map((row) => csvLine(row.map(String), ";")).join("\r\n");
  writeFileSync(join(OUT, file), `${text}\r\n`, "utf8");
}

mkdirSync(OUT, { recursive: true });
write(
  "stadtteile.csv",
  ["ID", "Name", "Breitengrad", "Längengrad", "Einwohner"],
  DISTRICTS.map((d) => {
    const c = centre(d);
    return [d.id, d.name, decimal(Number(c.lat.toFixed(5))), decimal(Number(c.lon.toFixed(5))), d.population];
  }),
);
write(
  "akteure.csv",
  [
    "ID",
    "Name",
    "Art",
    "Sektor",
    "Stadtteil",
    "Themen",
    "bietet",
    "sucht",
    "Mitglied von",
    "Einwilligung",
    "Rechtsform",
    "Breitengrad",
    "Längengrad",
  ],
  actors.map((a) => [
    a.id,
    a.name,
    a.art,
    a.sector,
    a.district.name,
    list(a.topics),
    list(a.offers),
    list(a.needs),
    a.memberOf?.id ?? "",
    yesNo(a.consent),
    a.legalForm,
    decimal(a.lat),
    decimal(a.lon),
  ]),
);
write(
  "beziehungen.csv",
  ["Von", "Zu", "Gewicht", "Typ", "Welle"],
  WAVES.flatMap((wave) =>
    [...tiesByWave.get(wave)!.values()]
      .map((t) => (t.a.id < t.b.id ? t : { ...t, a: t.b, b: t.a }))
      .sort((x, y) => x.a.id.localeCompare(y.a.id) || x.b.id.localeCompare(y.b.id))
      .map((t) => [t.a.id, t.b.id, t.weight, t.type, wave]),
  ),
);
write(
  "treffen.csv",
  ["ID", "Datum", "Stadtteil", "Gastgeber", "Welle", "Titel", "Arbeitskreis"],
  meetings.map((m) => [m.id, m.date, m.district.name, m.host.id, m.wave, m.title, m.group]),
);
write(
  "teilnahme.csv",
  ["Treffen", "Akteur"],
  meetings.flatMap((m) => m.attendees.map((a) => [m.id, a.id])),
);
write(
  "projekte.csv",
  ["Projekt", "Thema", "Stadtteil", "Jahr", "Rolle", "übernommen von", "Träger"],
  projectRows,
);
write(
  "antworten.csv",
  ["Akteur", "Welle"],
  WAVES.flatMap((wave) => actors.filter((a) => respondents.get(wave)!.has(a)).map((a) => [a.id, wave])),
);

// A note for the dashboard and other tools: what this dataset is (the loader ignores this file in a folder).
const note = {
  name: "Weidenbrunn",
  fictional: true,
  title: { de: "Weidenbrunn – fiktiver Beispieldatensatz", en: "Weidenbrunn – fictional sample dataset" },
  notice: {
    de: "Alle Namen, Orte und Beziehungen sind erfunden. Ähnlichkeiten mit realen Personen oder Organisationen sind nicht beabsichtigt.",
    en: "All names, places and ties are invented. Any resemblance to real persons or organisations is unintended.",
  },
  population: DISTRICTS.reduce((s, d) => s + d.population, 0),
  waves: Object.fromEntries(WAVES.map((w) => [w, String(WAVE_YEAR[w])])),
  story: {
    de: [
      "Eichenried: der Arbeitskreis Soziales wächst von 5 auf 9 und 14 Mitglieder.",
      "Welle 2: ein stadtweites Netzwerktreffen knüpft Kontakte über Stadtteilgrenzen.",
      "Talhausen hat in keiner Welle eine Beziehung in einen anderen Stadtteil.",
      "Lerchenberg: die Schlüsselperson Ingrid Vogel geht vor Welle 3, die Brücke in die Stadt bricht ab.",
      "Nordstadt und Mühlbach arbeiten an denselben Themen, haben aber keine Beziehung zueinander.",
      "Vier Angebot-Bedarf-Paare zwischen Akteuren ohne Beziehung: Lastenrad, Proberaum, Hausaufgabenhilfe, Dolmetschen Tigrinya.",
    ],
    en: [
      "Eichenried: the social working group grows from 5 to 9 and 14 members.",
      "Wave 2: a city-wide network meeting creates ties across districts.",
      "Talhausen has no tie to another district in any wave.",
      "Lerchenberg: the key person Ingrid Vogel leaves before wave 3, and the bridge to the city breaks.",
      "Nordstadt and Mühlbach work on the same topics but have no tie between them.",
      "Four offer/need pairs between actors without a tie: cargo bike, rehearsal room, homework help, Tigrinya interpreting.",
    ],
  },
  generatedBy: "data/scripts/make-sample.ts",
  seed: SEED,
};
writeFileSync(join(OUT, "dataset.json"), `${JSON.stringify(note, null, 2)}\n`, "utf8");

const counts = WAVES.map(
  (w) => `wave ${w}: ${tiesByWave.get(w)!.size} ties, ${respondents.get(w)!.size} respondents`,
);
process.stderr.write(
  `make-sample: ${actors.length} actors, ${meetings.length} meetings; ${counts.join("; ")}\n`,
);
