/**
 * `generateNetwork(options)`: a synthetic but realistic city network of any size, streamed as rows.
 *
 * Model — a degree-corrected stochastic block model (Karrer & Newman 2011, doi:10.1103/PhysRevE.83.016107)
 * with districts as blocks, sector homophily inside them, and Chung–Lu power-law propensities (see `blocks.ts`):
 *
 * - Every actor i draws Poisson(meanDegree · θᵢ · (1 + (W − 1)(1 − q))) tie "stubs" over all W waves
 *   (q = `tieSurvival`). For each stub the other end j is drawn by
 *   1. district: the own district with probability `withinDistrict` (pᴅ), otherwise another district
 *      chosen in proportion to its number of actors;
 *   2. actor: an actor of that district drawn ∝ θ (O(1) inverse CDF, no per-actor tables); with
 *      probability `withinSector` (pₛ) only actors of the own sector are accepted (rejection sampling).
 *   Hence P(tie inside the district) = pᴅ and P(same sector) ≈ pₛ + (1 − pₛ) · share(sector), before the
 *   membership ties (always inside the district) are added.
 * - Waves: a stub is born in wave 1 with probability 1 / (1 + (W − 1)(1 − q)), otherwise in a uniformly
 *   chosen later wave, and then survives each following wave with probability q. So each wave keeps about
 *   a share q of the previous wave's ties and adds as many new ones: the mean degree stays ≈ meanDegree.
 *   Each wave is written as a complete snapshot (every tie alive then, with that wave).
 * - No duplicates without memory: the pair {i, j} has one "owner" (a hash of the pair picks i or j) and
 *   only the owner's stubs may create it; the owner removes its own repeated picks. Self-picks are dropped.
 *   Expected degree stays ≈ meanDegree · θᵢ, because i keeps half its picks and receives half of others'.
 * - Persons represent one organisation of their district (`member_of`), with a `Mitgliedschaft` tie in
 *   every wave. A survey tie is observed in a wave only if at least one of its ends answered (`respondents`).
 * - Meetings: per district and wave `meetingsPerWave` working-group meetings; the host rotates over the
 *   district's six biggest organisations; attendees are drawn ∝ propensity.
 *
 * Every random choice comes from a counter-based stream `createRng(seed, purpose, index, …)`, so each row
 * can be produced on its own: memory is O(districts + the largest actor's stubs), time O(rows).
 * Same options, same rows, byte for byte. networkx's `stochastic_block_model` and igraph's `sample_sbm` have
 * no degree correction; the closest are igraph's `sample_pref` / R `sample_fitness_pl` per block.
 */
import type { Actor, Attendance, District, MeetingEvent, Tie } from "../model/types.js";
import { createRng, hashSeed, hashUnit, type Rng } from "../random/rng.js";
import { type ActorCore, CityBlocks } from "./blocks.js";
import {
  type GenerateNetworkOptions,
  type ResolvedGenerateNetworkOptions,
  resolveGenerateNetworkOptions,
} from "./options.js";
import {
  cumulativeSums,
  logNormal,
  pick,
  pickCumulative,
  poisson,
  randomInt,
  sampleDistinct,
} from "./sampling.js";
import {
  DISTRICT_PREFIXES,
  DISTRICT_SUFFIXES,
  FAMILY_NAMES,
  FIRST_NAMES,
  MEMBERSHIP_TIE_TYPE,
  SECTORS,
  TIE_TYPES,
} from "./vocabulary.js";

/** One row of `respondents.csv`: the actor answered the survey of that wave. */
export interface Respondent {
  actor: string;
  wave: string;
}

/** A meeting of a generated network; `wave` is the survey wave it belongs to. */
export type GeneratedMeeting = MeetingEvent & { wave: string };

/** A generated network: each method starts a fresh stream of rows, in a stable order. */
export interface GeneratedNetwork {
  readonly options: ResolvedGenerateNetworkOptions;
  /** Wave labels "1" … "W". */
  readonly waves: readonly string[];
  districts(): Generator<District>;
  /** Actors in index order (district by district, sector by sector). */
  actors(): Generator<Actor>;
  /** Ties wave by wave; each wave a complete snapshot. Undirected. */
  ties(): Generator<Tie>;
  events(): Generator<GeneratedMeeting>;
  attendance(): Generator<Attendance>;
  respondents(): Generator<Respondent>;
}

/** Centre of the generated city (a fictional place in south-west Germany) and district spacing. */
const CITY_CENTRE = { lat: 48.95, lon: 9.35 };
const DISTRICT_SPACING_KM = 1.3;
const INHABITANTS_PER_ACTOR = 450;
const TIE_TYPE_CUMULATIVE = cumulativeSums(TIE_TYPES.map((t) => t.share));

interface Stub {
  target: number;
  firstWave: number;
  lastWave: number;
  weight: number;
  type: string;
}

const pad = (value: number, width: number): string => String(value).padStart(width, "0");
const round = (x: number, digits: number): number => Number(x.toFixed(digits));

/**
 * Creates the row streams of a synthetic city network. Throws `GenerateOptionError` for bad options.
 *
 * @example
 * ```ts
 * import { generateNetwork } from "@vernetzt/core/generate";
 *
 * const network = generateNetwork({ actors: 200, waves: 2, seed: 7 });
 * network.options.districts //=> 6
 * network.waves //=> ["1", "2"]
 * const actors = [...network.actors()];
 * actors.length //=> 200
 * new Set(actors.map((actor) => actor.district)).size //=> 6
 * // deterministic: the same seed and options give the same rows
 * const again = generateNetwork({ actors: 200, waves: 2, seed: 7 });
 * JSON.stringify([...again.ties()]) === JSON.stringify([...network.ties()]) //=> true
 * ```
 */
export function generateNetwork(options: GenerateNetworkOptions = {}): GeneratedNetwork {
  const city = createCity(resolveGenerateNetworkOptions(options));
  return {
    options: city.o,
    waves: Array.from({ length: city.o.waves }, (_, w) => String(w + 1)),
    districts: () => districtRows(city),
    actors: () => actorRows(city),
    ties: () => tieRows(city),
    events: () => eventRows(city),
    attendance: () => attendanceRows(city),
    respondents: () => respondentRows(city),
  };
}

/** What every row stream of one generated city reads: its options, blocks, ids and district names. */
interface City {
  readonly o: ResolvedGenerateNetworkOptions;
  readonly blocks: CityBlocks;
  readonly districtNames: readonly string[];
  /** Actor ids `a0001` …, zero-padded to the width of the actor count. */
  actorId(i: number): string;
  /** District ids `d01` …, at least two digits. */
  districtId(d: number): string;
}

function createCity(o: ResolvedGenerateNetworkOptions): City {
  const actorWidth = String(o.actors).length;
  const districtWidth = Math.max(2, String(o.districts).length);
  return {
    o,
    blocks: new CityBlocks(o),
    districtNames: makeDistrictNames(o.districts, o.seed),
    actorId: (i) => `a${pad(i + 1, actorWidth)}`,
    districtId: (d) => `d${pad(d + 1, districtWidth)}`,
  };
}

/** Whether actor i answered the survey of wave `wave` (a one-shot coin per actor and wave). */
function responded(city: City, i: number, wave: number): boolean {
  return hashUnit(city.o.seed, "respond", i, wave) < city.o.responseRate;
}

/** The centre of district d on a sunflower spiral around the city centre (golden angle). */
function districtCentre(d: number): { lat: number; lon: number } {
  const radius = DISTRICT_SPACING_KM * Math.sqrt(d + 0.5);
  const angle = d * Math.PI * (3 - Math.sqrt(5));
  const lat = CITY_CENTRE.lat + (radius * Math.sin(angle)) / 111.2;
  const lon =
    CITY_CENTRE.lon + (radius * Math.cos(angle)) / (111.2 * Math.cos((CITY_CENTRE.lat * Math.PI) / 180));
  return { lat: round(lat, 5), lon: round(lon, 5) };
}

/** All actors in index order, with their district known (no binary search). */
function* cores({ o, blocks }: City): Generator<ActorCore> {
  for (let d = 0; d < o.districts; d++) {
    for (let i = blocks.districtStart[d]!; i < blocks.districtStart[d + 1]!; i++) yield blocks.core(i, d);
  }
}

function* districtRows(city: City): Generator<District> {
  const { o, blocks } = city;
  const rng = createRng(o.seed, "population");
  for (let d = 0; d < o.districts; d++) {
    const population = blocks.districtSizes[d]! * INHABITANTS_PER_ACTOR * logNormal(rng, 0, 0.2);
    yield {
      id: city.districtId(d),
      name: city.districtNames[d]!,
      ...districtCentre(d),
      population: Math.max(10, Math.round(population / 10) * 10),
      attributes: {},
    };
  }
}

function* actorRows(city: City): Generator<Actor> {
  const { o, blocks } = city;
  // Organisations of one district and sector so far: numbers repeated name patterns ("TSV Auhof 2").
  let counts = new Array<number>(SECTORS.length).fill(0);
  for (const core of cores(city)) {
    if (core.index === blocks.districtStart[core.district]) counts = counts.fill(0);
    const rng = createRng(o.seed, "actor", core.index);
    const profile = SECTORS[core.sector]!;
    const actor: Actor = {
      id: city.actorId(core.index),
      name: "",
      kind: core.isPerson ? "person" : "organisation",
      sector: profile.sector,
      district: city.districtId(core.district),
      topics: sampleDistinct(rng, profile.topics, 1 + randomInt(rng, core.isPerson ? 2 : 3)),
      offers: core.isPerson ? [] : sampleDistinct(rng, profile.offers, randomInt(rng, 4)),
      needs: core.isPerson ? [] : sampleDistinct(rng, profile.needs, randomInt(rng, 3)),
      attributes: {},
    };
    if (core.isPerson) describePerson(city, core, rng, actor);
    else describeOrganisation(city, core, rng, counts[core.sector]!++, actor);
    yield actor;
  }
}

/** A person: a fictional name, the organisation it represents, consent. */
function describePerson(city: City, core: ActorCore, rng: Rng, actor: Actor): void {
  actor.name = `${pick(rng, FIRST_NAMES)} ${pick(rng, FAMILY_NAMES)}`;
  const memberOf = city.blocks.memberOf(core);
  if (memberOf >= 0) actor.memberOf = city.actorId(memberOf);
  actor.consent = rng() < city.o.consentRate;
}

/** An organisation: the `position`-th name pattern of its sector in its district, a place near the centre. */
function describeOrganisation(city: City, core: ActorCore, rng: Rng, position: number, actor: Actor): void {
  const profile = SECTORS[core.sector]!;
  const pattern = profile.names[position % profile.names.length]!;
  const ordinal = Math.floor(position / profile.names.length) + 1;
  actor.name =
    pattern.replace("{d}", city.districtNames[core.district]!) + (ordinal > 1 ? ` ${ordinal}` : "");
  const centre = districtCentre(core.district);
  actor.lat = round(centre.lat + (rng() - 0.5) * 0.012, 5);
  actor.lon = round(centre.lon + (rng() - 0.5) * 0.018, 5);
}

/** Each wave a complete snapshot: per actor its membership tie, then the ties of the stubs it owns. */
function* tieRows(city: City): Generator<Tie> {
  const { o } = city;
  for (let w = 1; w <= o.waves; w++) {
    const wave = String(w);
    for (const core of cores(city)) {
      const memberOf = core.isPerson ? city.blocks.memberOf(core) : -1;
      if (memberOf >= 0) {
        yield tie(city.actorId(core.index), city.actorId(memberOf), 1, MEMBERSHIP_TIE_TYPE, wave);
      }
      const seen = new Set<number>();
      for (const stub of stubsOf(city, core)) {
        const j = stub.target;
        if (stub.firstWave > w || stub.lastWave < w || j === core.index || seen.has(j)) continue;
        if (ownerOf(city, core.index, j) !== core.index) continue;
        if (!responded(city, core.index, w) && !responded(city, j, w)) continue;
        if (isMembershipPair(city, core, memberOf, j)) continue;
        seen.add(j);
        yield tie(city.actorId(core.index), city.actorId(j), stub.weight, stub.type, wave);
      }
    }
  }
}

/** The tie stubs of one actor over all waves: other end, first and last wave, weight, type. */
function stubsOf(city: City, core: ActorCore): Stub[] {
  const { o } = city;
  const stubShare = 1 + (o.waves - 1) * (1 - o.tieSurvival);
  const rng = createRng(o.seed, "stubs", core.index);
  const count = poisson(rng, o.meanDegree * core.propensity * stubShare);
  const stubs: Stub[] = [];
  for (let k = 0; k < count; k++) {
    const target = drawTarget(city, rng, core);
    const firstWave = o.waves === 1 || rng() < 1 / stubShare ? 1 : 2 + randomInt(rng, o.waves - 1);
    let lastWave = firstWave;
    while (lastWave < o.waves && rng() < o.tieSurvival) lastWave++;
    const u = rng();
    const weight = u < 0.6 ? 1 : u < 0.9 ? 2 : 3;
    const type = TIE_TYPES[pickCumulative(rng, TIE_TYPE_CUMULATIVE)]!.type;
    stubs.push({ target, firstWave, lastWave, weight, type });
  }
  return stubs;
}

/** The other end of a stub: a district (own with probability pᴅ), then an actor ∝ θ (own sector with pₛ). */
function drawTarget({ o, blocks }: City, rng: Rng, from: ActorCore): number {
  let district = from.district;
  if (o.districts > 1 && rng() >= o.withinDistrict) {
    for (let attempt = 0; attempt < 64 && district === from.district; attempt++) {
      district = pickCumulative(rng, blocks.districtCumulative);
    }
    if (district === from.district)
      district = (from.district + 1 + randomInt(rng, o.districts - 1)) % o.districts;
  }
  return rng() < o.withinSector
    ? blocks.drawInSector(rng, district, from.sector)
    : blocks.draw(rng, district);
}

/** The one actor of the pair {i, j} whose stubs may create their tie (a hash of the pair). */
function ownerOf(city: City, i: number, j: number): number {
  const [low, high] = i < j ? [i, j] : [j, i];
  return hashSeed(city.o.seed, "owner", low, high) & 1 ? low : high;
}

/** Whether {i, j} is a person–organisation membership pair (written as a membership tie instead). */
function isMembershipPair({ blocks }: City, i: ActorCore, memberOfI: number, j: number): boolean {
  if (memberOfI === j) return true;
  if (i.isPerson) return false; // a person is never the organisation of another person
  const other = blocks.core(j);
  return other.isPerson && blocks.memberOf(other) === i.index;
}

/** The rotating hosts of district d: its (up to) six top-ranked organisations, in rank order. */
function hostsOf({ blocks }: City, d: number): number[] {
  const hosts: number[] = [];
  for (let r = 0; r < blocks.districtSizes[d]! && hosts.length < 6; r++) {
    const index = blocks.indexOfRank(d, r);
    if (!blocks.isPerson(index, r)) hosts.push(index);
  }
  return hosts;
}

interface Meeting {
  event: GeneratedMeeting;
  district: number;
  host: number;
  serial: number;
}

/** Per wave and district `meetingsPerWave` meetings, spread over the year, hosts in rotation. */
function* meetings(city: City): Generator<Meeting> {
  const { o } = city;
  const start = Date.parse(`${o.startDate}T00:00:00Z`);
  const dayMs = 86_400_000;
  let serial = 0;
  for (let w = 1; w <= o.waves; w++) {
    for (let d = 0; d < o.districts; d++) {
      const hosts = hostsOf(city, d);
      for (let k = 0; k < o.meetingsPerWave; k++) {
        const host = hosts[((w - 1) * o.meetingsPerWave + k) % hosts.length]!;
        const day = (w - 1) * 365 + Math.floor((k * 365) / o.meetingsPerWave) + (d % 7);
        const event: GeneratedMeeting = {
          id: `m-${city.districtId(d)}-${w}-${k + 1}`,
          date: new Date(start + day * dayMs).toISOString().slice(0, 10),
          district: city.districtId(d),
          host: city.actorId(host),
          wave: String(w),
          attributes: {},
        };
        yield { event, district: d, host, serial: serial++ };
      }
    }
  }
}

function* eventRows(city: City): Generator<GeneratedMeeting> {
  for (const meeting of meetings(city)) yield meeting.event;
}

/** The host and up to `meetingSize` attendees of the district, drawn ∝ propensity. */
function* attendanceRows(city: City): Generator<Attendance> {
  const { o, blocks } = city;
  for (const { event, district, host, serial } of meetings(city)) {
    const rng = createRng(o.seed, "attend", serial);
    const size = Math.min(o.meetingSize, blocks.districtSizes[district]!);
    const present = new Set<number>([host]);
    for (let attempt = 0; attempt < 4 * size && present.size < size; attempt++) {
      present.add(blocks.draw(rng, district));
    }
    for (const actor of present) yield { event: event.id, actor: city.actorId(actor) };
  }
}

function* respondentRows(city: City): Generator<Respondent> {
  for (let w = 1; w <= city.o.waves; w++) {
    for (let i = 0; i < city.o.actors; i++) {
      if (responded(city, i, w)) yield { actor: city.actorId(i), wave: String(w) };
    }
  }
}

function tie(source: string, target: string, weight: number, type: string, wave: string): Tie {
  return { source, target, weight, type, wave, directed: false, attributes: {} };
}

/** K distinct district names: prefix + suffix combinations in a seeded order, numbered beyond 600. */
function makeDistrictNames(count: number, seed: number | string): string[] {
  const combos = DISTRICT_PREFIXES.length * DISTRICT_SUFFIXES.length;
  const rng = createRng(seed, "district-names");
  const order = sampleDistinct(
    rng,
    Array.from({ length: combos }, (_, k) => k),
    combos,
  );
  return Array.from({ length: count }, (_, d) => {
    const k = order[d % combos]!;
    const name =
      DISTRICT_PREFIXES[Math.floor(k / DISTRICT_SUFFIXES.length)]! +
      DISTRICT_SUFFIXES[k % DISTRICT_SUFFIXES.length]!;
    return d < combos ? name : `${name} ${Math.floor(d / combos) + 1}`;
  });
}
