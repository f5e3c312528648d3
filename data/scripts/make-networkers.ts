/**
 * Writes `data/networkers/`: a fictional city-wide, cross-sector group of district networkers
 * ("Quartiersvernetzer Weidenbrunn") that grows from 8 founders to about 80 people over four survey waves,
 * visits six districts, and carries five "transfer projects" from one district to another. English file
 * and column names, `,`, UTF-8.
 *
 *   node --conditions=@vernetzt/source --import tsx data/scripts/make-networkers.ts [output folder]
 *
 * Seeded (`SEED`): the same files, byte for byte, on every run. The shape follows the domain text about
 * a district networkers' group (8 → ~80 people in two years, most from the non-profit sector, district
 * visits, transfer projects); every person, organisation and project here is invented.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { csvLine } from "../../packages/core/src/generate/csv-tables.js";
import { pick, randomInt, sampleDistinct } from "../../packages/core/src/generate/sampling.js";
import { FAMILY_NAMES, FIRST_NAMES, SECTORS } from "../../packages/core/src/generate/vocabulary.js";
import { createRng } from "../../packages/core/src/random/rng.js";

const SEED = "quartiersvernetzer-2021";
const OUT = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), "..", "networkers");
const rng = createRng(SEED);

/** Members at each wave (cumulative): 8 founders, then growth to about 80. */
const WAVES = [
  { wave: "1", date: "2021-06-30", members: 8 },
  { wave: "2", date: "2022-01-31", members: 27 },
  { wave: "3", date: "2022-07-31", members: 52 },
  { wave: "4", date: "2023-01-31", members: 81 },
];

/** The districts of Weidenbrunn (the fictional city of `data/sample`), with centres and populations. */
const DISTRICTS = [
  { id: "MI", name: "Mitte", lat: 48.905, lon: 9.305, population: 15_200 },
  { id: "WE", name: "Weststadt", lat: 48.9068, lon: 9.28037, population: 11_800 },
  { id: "OS", name: "Oststadt", lat: 48.9059, lon: 9.32826, population: 10_400 },
  { id: "NO", name: "Nordstadt", lat: 48.92209, lon: 9.30637, population: 9_600 },
  { id: "SF", name: "Schlossfeld", lat: 48.89061, lon: 9.30226, population: 7_300 },
  { id: "ER", name: "Eichenried", lat: 48.92119, lon: 9.34057, population: 8_900 },
  { id: "RS", name: "Rosenbühl-Sonnenhalde", lat: 48.92389, lon: 9.27214, population: 6_700 },
  { id: "MB", name: "Mühlbach", lat: 48.88791, lon: 9.33646, population: 8_200 },
  { id: "TH", name: "Talhausen", lat: 48.87712, lon: 9.37611, population: 6_100 },
  { id: "KW", name: "Kirchwiesen", lat: 48.89151, lon: 9.26389, population: 5_600 },
  { id: "HR", name: "Hohenrain", lat: 48.93737, lon: 9.28857, population: 4_800 },
  { id: "LB", name: "Lerchenberg", lat: 48.93558, lon: 9.35849, population: 4_300 },
];

/** Sectors of the members with their share: mostly non-profit, as in the domain text. */
const MEMBER_SECTORS: Array<{ sector: string; share: number; nonProfit: boolean }> = [
  { sector: "Wohlfahrtsverband", share: 0.22, nonProfit: true },
  { sector: "Initiative", share: 0.2, nonProfit: true },
  { sector: "Kirchengemeinde", share: 0.1, nonProfit: true },
  { sector: "Migrantenselbstorganisation", share: 0.08, nonProfit: true },
  { sector: "Kulturverein", share: 0.06, nonProfit: true },
  { sector: "Mehrgenerationenhaus", share: 0.06, nonProfit: true },
  { sector: "Stadtverwaltung", share: 0.14, nonProfit: false },
  { sector: "Wohnungswirtschaft", share: 0.06, nonProfit: false },
  { sector: "Bürgerschaft", share: 0.08, nonProfit: false },
];

/** Topics the group talks about (the sector's own topics are added per person). */
const GROUP_TOPICS = [
  "Quartiersvernetzung",
  "Bürgerengagement",
  "Tauschringe",
  "Seniorennetzwerke",
  "Repair-Café",
];

/** The district visits: wave, district, date. Six districts in all. */
const VISITS = [
  { wave: "2", district: "NO", date: "2021-10-14" },
  { wave: "2", district: "RS", date: "2021-12-02" },
  { wave: "3", district: "ER", date: "2022-03-17" },
  { wave: "3", district: "MB", date: "2022-05-19" },
  { wave: "4", district: "TH", date: "2022-10-06" },
  { wave: "4", district: "KW", date: "2022-12-08" },
];

/** Transfer projects: a project of one district carried to another, in a wave. */
const TRANSFERS = [
  { project: "Repair-Café", from: "RS", to: "ER", wave: "2" },
  { project: "Tauschring", from: "NO", to: "MB", wave: "3" },
  { project: "Lesepaten", from: "WE", to: "NO", wave: "3" },
  { project: "Seniorennetzwerk", from: "OS", to: "TH", wave: "4" },
  { project: "Gemeinschaftsgarten", from: "MI", to: "KW", wave: "4" },
];

interface Member {
  id: string;
  name: string;
  sector: string;
  district: string;
  worksAt: string;
  joined: number;
  topics: string[];
  offers: string[];
  needs: string[];
  consent: boolean;
  transfer?: string;
  /** Relative activity (log-normal): who makes more contacts. */
  activity: number;
}

const logNormal = (sigma: number): number =>
  Math.exp(sigma * Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng()));

function drawWeighted<T>(items: readonly T[], weight: (item: T) => number): T {
  let x = rng() * items.reduce((s, item) => s + weight(item), 0);
  for (const item of items) {
    x -= weight(item);
    if (x < 0) return item;
  }
  return items[items.length - 1]!;
}

const districtName = (id: string) => DISTRICTS.find((d) => d.id === id)!.name;

/** The topic of a transfer project: the group topic it belongs to, else neighbourhood work. */
const topicOf = (project: string): string =>
  ({ "Repair-Café": "Repair-Café", Tauschring: "Tauschringe", Seniorennetzwerk: "Seniorennetzwerke" })[
    project
  ] ?? "Quartiersvernetzung";

/** A generic workplace for a member of a sector in a district. */
function workplace(sector: string, district: string): string {
  const profile = SECTORS.find((s) => s.sector === sector);
  if (profile) return pick(rng, profile.names).replace("{d}", districtName(district));
  if (sector === "Wohnungswirtschaft") return `Wohnungsbaugenossenschaft ${districtName(district)}`;
  return `Bürgerverein ${districtName(district)}`;
}

// Members in order of joining. Founders come from different districts and sectors; the people who
// carry or receive a transfer project are placed in the projects' districts.
const members: Member[] = [];
const usedNames = new Set<string>();
function addMember(joined: number, district?: string, sector?: string): Member {
  let name = "";
  do name = `${pick(rng, FIRST_NAMES)} ${pick(rng, FAMILY_NAMES)}`;
  while (usedNames.has(name));
  usedNames.add(name);
  const s = sector ?? drawWeighted(MEMBER_SECTORS, (x) => x.share).sector;
  const d = district ?? pick(rng, DISTRICTS).id;
  const profile = SECTORS.find((x) => x.sector === s);
  const member: Member = {
    id: `n${String(members.length + 1).padStart(2, "0")}`,
    name,
    sector: s,
    district: d,
    worksAt: workplace(s, d),
    joined,
    topics: [
      ...sampleDistinct(rng, GROUP_TOPICS, 1 + randomInt(rng, 2)),
      ...sampleDistinct(rng, profile?.topics ?? ["Nachbarschaft"], 1),
    ],
    offers: sampleDistinct(rng, profile?.offers ?? ["Kontakte", "Räume"], randomInt(rng, 3)),
    needs: sampleDistinct(rng, profile?.needs ?? ["Ehrenamtliche", "Kooperationspartner"], randomInt(rng, 3)),
    consent: rng() < 0.85,
    activity: logNormal(0.7),
  };
  members.push(member);
  return member;
}

const FOUNDERS: Array<[string, string]> = [
  ["MI", "Stadtverwaltung"],
  ["NO", "Wohlfahrtsverband"],
  ["RS", "Initiative"],
  ["WE", "Kirchengemeinde"],
  ["OS", "Mehrgenerationenhaus"],
  ["MB", "Migrantenselbstorganisation"],
  ["SF", "Bürgerschaft"],
  ["MI", "Wohlfahrtsverband"],
];
for (const [district, sector] of FOUNDERS) addMember(1, district, sector);
for (let w = 1; w < WAVES.length; w++) {
  const wave = w + 1;
  // every district visited in this wave recruits two people there
  for (const visit of VISITS.filter((v) => v.wave === String(wave))) {
    addMember(wave, visit.district);
    addMember(wave, visit.district);
  }
  // the receiving side of this wave's transfers joins if the district has no member yet
  for (const t of TRANSFERS.filter((x) => x.wave === String(wave))) {
    if (!members.some((m) => m.district === t.to)) addMember(wave, t.to);
  }
  while (members.length < WAVES[w]!.members) addMember(wave);
}

// ---------------------------------------------------------------------------------------------------
// Ties: founders know each other; newcomers attach to active members (preferential attachment);
// district visits create ties among the people present; transfers tie carrier and receiver.
// ---------------------------------------------------------------------------------------------------

interface NetTie {
  a: Member;
  b: Member;
  weight: number;
  type: string;
  project?: string;
}
const key = (a: Member, b: Member) => (a.id < b.id ? `${a.id}|${b.id}` : `${b.id}|${a.id}`);
const degree = new Map<Member, number>();
function addTie(ties: Map<string, NetTie>, a: Member, b: Member, type: string, project?: string): void {
  if (a === b || ties.has(key(a, b))) return;
  const tie: NetTie = { a, b, weight: 1 + randomInt(rng, 3), type };
  if (project !== undefined) tie.project = project;
  ties.set(key(a, b), tie);
  degree.set(a, (degree.get(a) ?? 0) + 1);
  degree.set(b, (degree.get(b) ?? 0) + 1);
}

interface Visit {
  id: string;
  wave: string;
  district: string;
  date: string;
  host: Member;
  present: Member[];
}
const visits: Visit[] = [];
const tiesByWave = new Map<string, Map<string, NetTie>>();
let previous = new Map<string, NetTie>();
for (const { wave } of WAVES) {
  const w = Number(wave);
  const ties = new Map<string, NetTie>();
  // 92 % of last wave's ties are still there (transfer ties always)
  for (const [k, t] of previous) if (t.type === "transfer" || rng() < 0.92) ties.set(k, t);
  const active = members.filter((m) => m.joined <= w);
  const newcomers = members.filter((m) => m.joined === w);
  if (w === 1) {
    for (const a of newcomers)
      for (const b of newcomers) if (a.id < b.id && rng() < 0.7) addTie(ties, a, b, "exchange");
  } else {
    const earlier = active.filter((m) => m.joined < w);
    for (const m of newcomers) {
      for (let k = 0; k < 1 + randomInt(rng, 3); k++) {
        addTie(
          ties,
          m,
          drawWeighted(earlier, (x) => (1 + (degree.get(x) ?? 0)) * x.activity),
          "exchange",
        );
      }
    }
  }
  for (const v of VISITS.filter((x) => x.wave === wave)) {
    const locals = active.filter((m) => m.district === v.district);
    const host = locals.find((m) => m.joined < w) ?? locals[0]!;
    const present = active.filter((m) => m === host || m.district === v.district || rng() < 0.55);
    visits.push({
      id: `visit-${v.district}-${v.date}`,
      wave,
      district: v.district,
      date: v.date,
      host,
      present,
    });
    for (const m of present) {
      const others = present.filter((x) => x !== m && x.district !== m.district);
      if (others.length > 0 && rng() < 0.6) addTie(ties, m, pick(rng, others), "visit");
    }
  }
  for (const t of TRANSFERS.filter((x) => x.wave === wave)) {
    const carrier = drawWeighted(
      active.filter((m) => m.district === t.from),
      (m) => m.activity,
    );
    const receiver = drawWeighted(
      active.filter((m) => m.district === t.to),
      (m) => m.activity,
    );
    carrier.transfer = `${t.project}: ${districtName(t.from)} → ${districtName(t.to)}`;
    ties.delete(key(carrier, receiver)); // the transfer is what ties them now
    addTie(ties, carrier, receiver, "transfer", t.project);
  }
  tiesByWave.set(wave, ties);
  previous = ties;
}

// ---------------------------------------------------------------------------------------------------
// Added for the working-group and transfer-project views (issue #19), from a second generator after
// everything above, so the rows written before stay as they were: the group's own plenary meetings, hosted in
// turn by its members (founders first), and the transfer projects as a projects table.
// ---------------------------------------------------------------------------------------------------

const rng2 = createRng(`${SEED}/plenum`);
const PLENARY_DATES: Record<string, string[]> = {
  "1": ["2021-03-18", "2021-05-20"],
  "2": ["2021-09-16", "2021-11-18"],
  "3": ["2022-03-10", "2022-06-09"],
  "4": ["2022-09-15", "2022-11-24"],
};
const plenaries: Visit[] = [];
for (const { wave } of WAVES) {
  for (const date of PLENARY_DATES[wave]!) {
    const active = members.filter((m) => m.joined <= Number(wave));
    const host = members[plenaries.length % members.length]!;
    const present = active.filter((m) => m === host || rng2() < 0.3);
    plenaries.push({ id: `plenum-${date}`, wave, district: host.district, date, host, present });
  }
}

// Respondents: members of the wave, about 85 %; a tie is kept only when one of its two people answered.
const respondents = new Map<string, Member[]>();
for (const { wave } of WAVES) {
  const w = Number(wave);
  const answered = members.filter((m) => m.joined <= w && (m.joined === w || rng() < 0.85));
  respondents.set(wave, answered);
  const set = new Set(answered);
  const ties = tiesByWave.get(wave)!;
  for (const [k, t] of ties) if (t.type !== "transfer" && !set.has(t.a) && !set.has(t.b)) ties.delete(k);
}

// ---------------------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------------------

function write(file: string, header: string[], rows: Array<Array<string | number | undefined>>): void {
  const text = [header, ...rows].map((row) => csvLine(row, ",")).join("\n");
  writeFileSync(join(OUT, file), `${text}\n`, "utf8");
}

mkdirSync(OUT, { recursive: true });
write(
  "districts.csv",
  ["id", "name", "lat", "lon", "population"],
  DISTRICTS.map((d) => [d.id, d.name, d.lat, d.lon, d.population]),
);
write(
  "actors.csv",
  [
    "id",
    "name",
    "kind",
    "sector",
    "district",
    "topics",
    "offers",
    "needs",
    "consent",
    "works_at",
    "joined_wave",
    "transfer_project",
  ],
  members.map((m) => [
    m.id,
    m.name,
    "person",
    m.sector,
    m.district,
    m.topics.join("; "),
    m.offers.join("; "),
    m.needs.join("; "),
    m.consent ? "yes" : "no",
    m.worksAt,
    String(m.joined),
    m.transfer ?? "",
  ]),
);
write(
  "ties.csv",
  ["source", "target", "weight", "type", "wave", "project"],
  WAVES.flatMap(({ wave }) =>
    [...tiesByWave.get(wave)!.values()]
      .map((t) => (t.a.id < t.b.id ? t : { ...t, a: t.b, b: t.a }))
      .sort((x, y) => x.a.id.localeCompare(y.a.id) || x.b.id.localeCompare(y.b.id))
      .map((t) => [t.a.id, t.b.id, t.weight, t.type, wave, t.project ?? ""]),
  ),
);
write(
  "events.csv",
  ["id", "date", "district", "host", "wave", "title", "group"],
  [
    ...visits.map((v) => [
      v.id,
      v.date,
      v.district,
      v.host.id,
      v.wave,
      `Vernetzer vor Ort: ${districtName(v.district)}`,
      "Vernetzer vor Ort",
    ]),
    ...plenaries.map((p) => [p.id, p.date, "", p.host.id, p.wave, "Plenum der Quartiersvernetzer", "Plenum"]),
  ],
);
write(
  "attendance.csv",
  ["event", "actor"],
  [...visits, ...plenaries].flatMap((v) => v.present.map((m) => [v.id, m.id])),
);
write(
  "projects.csv",
  ["project", "topic", "district", "wave", "role", "from", "carriers"],
  TRANSFERS.flatMap((t) => {
    const tie = [...tiesByWave.get(t.wave)!.values()].find(
      (x) => x.type === "transfer" && x.project === t.project,
    )!;
    const [carrier, receiver] = tie.a.district === t.from ? [tie.a, tie.b] : [tie.b, tie.a];
    // the person who carried it, with the district's members who were there before
    const team = (person: Member, district: string) =>
      [person, ...members.filter((m) => m !== person && m.district === district && m.joined < Number(t.wave))]
        .map((m) => m.id)
        .join("; ");
    return [
      [t.project, topicOf(t.project), t.from, "", "origin", "", team(carrier, t.from)],
      [t.project, topicOf(t.project), t.to, t.wave, "adoption", t.from, team(receiver, t.to)],
    ];
  }),
);
write(
  "respondents.csv",
  ["actor", "wave"],
  WAVES.flatMap(({ wave }) => respondents.get(wave)!.map((m) => [m.id, wave])),
);
const note = {
  name: "Quartiersvernetzer Weidenbrunn",
  fictional: true,
  title: {
    de: "Quartiersvernetzer – fiktiver Beispieldatensatz",
    en: "District networkers – fictional sample dataset",
  },
  notice: {
    de: "Alle Namen, Orte und Projekte sind erfunden.",
    en: "All names, places and projects are invented.",
  },
  waves: Object.fromEntries(WAVES.map((w) => [w.wave, w.date])),
  generatedBy: "data/scripts/make-networkers.ts",
  seed: SEED,
};
writeFileSync(join(OUT, "dataset.json"), `${JSON.stringify(note, null, 2)}\n`, "utf8");

const summary = WAVES.map(({ wave }) => `wave ${wave}: ${tiesByWave.get(wave)!.size} ties`).join("; ");
process.stderr.write(
  `make-networkers: ${members.length} members, ${visits.length} visits, ${plenaries.length} plenary meetings; ${summary}\n`,
);
