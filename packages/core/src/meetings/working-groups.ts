/**
 * Working groups (Arbeitskreise): what the meetings and their attendance say about each group.
 *
 * A group is the events' `group` value where given, else the meeting's district, else the one group of all
 * remaining meetings (`basis` says which). Meetings are put in order by date, then wave, then input order.
 * Per group:
 * - **meetings per year** (dated meetings) and the **attendance** of every meeting, with its least-squares
 *   **trend** (`trend.ts`);
 * - **host rotation**: who hosted how often; the regulars (at least `regularFrom` meetings) who never hosted,
 *   neither themselves nor through the organisation they represent (`memberOf`); how evenly hosting is spread:
 *   Pielou's evenness J (`evenness.ts`) of the hosting counts over every institution that hosted or comes
 *   regularly (so one host among ten regulars gives J = 0, everyone hosting once gives 1); and the **city's
 *   share**: hosted meetings hosted by an actor whose sector is a city sector (`citySectors`), or by a person
 *   representing one;
 * - the **mix** ("die Mischung"): distinct attendees by kind and by sector, and Pielou's J of the sectors;
 * - **first-timers and returners**: per meeting, how many came for the first time and how many had been
 *   before; per group, who came exactly once (`firstTimers`), who came again (`returning`), and who came once
 *   and never again although the group met afterwards (`neverReturned`);
 * - **what the group did for the network** (`new-ties.ts`): pairs of attendees who met at the group and had no
 *   survey tie up to that wave, and how many of them are tied in a later wave, against pairs of the same
 *   districts who did not meet there.
 * - **status**: `starting` with fewer than `establishedFrom` meetings (a group just beginning, not a failure),
 *   `dormant` when its last meeting lies before the latest period the data cover (year of the latest dated
 *   meeting, else the latest wave), else `active`.
 *
 * What the data lack is named in `missing` (codes, worded by the CLI and the dashboard), never guessed.
 */

import { normalizeKey } from "../io/aliases.js";
import { definedOnly } from "../model/defined-only.js";
import type { Actor, Dataset, MeetingEvent } from "../model/types.js";
import { MeetingsOptionError } from "./errors.js";
import { pielouEvenness } from "./evenness.js";
import { type NewTies, newTiesOf, type TieIndex, tieIndexOf } from "./new-ties.js";
import { seriesTrend, type Trend } from "./trend.js";

export interface WorkingGroupsOptions {
  /** A group with fewer meetings than this is shown as `starting`. Default `4`. */
  establishedFrom: number;
  /** Attending at least this many meetings makes an actor a regular (a potential host). Default `2`. */
  regularFrom: number;
  /**
   * Sectors that are the city (matched ignoring case, accents and punctuation). Default: `Stadtverwaltung`,
   * `Stadt`, `Kommune`, `Verwaltung`, `Ortschaftsverwaltung`, `Gemeindeverwaltung`, `city`,
   * `city administration`, `municipality`, `local authority`.
   */
  citySectors: readonly string[];
}

export const DEFAULT_WORKING_GROUPS_OPTIONS: WorkingGroupsOptions = {
  establishedFrom: 4,
  regularFrom: 2,
  citySectors: [
    "Stadtverwaltung",
    "Stadt",
    "Kommune",
    "Verwaltung",
    "Ortschaftsverwaltung",
    "Gemeindeverwaltung",
    "city",
    "city administration",
    "municipality",
    "local authority",
  ],
};

/** One meeting of a group with its attendance. */
export interface MeetingAttendance {
  event: string;
  /** ISO date, null when the meeting has none. */
  date: string | null;
  wave: string | null;
  host: string | null;
  /** Attendees. */
  count: number;
  /** Attendees at a meeting of this group for the first time. */
  firstTime: number;
  /** Attendees who had come to an earlier meeting of this group. */
  returning: number;
}

/** What the data of a group lack (a sentence each in the CLI and the dashboard). */
export type MeetingsMissing =
  | "meetings"
  | "attendance"
  | "dates"
  | "hosts"
  | "groups"
  | "districts"
  | "waves"
  | "sectors";

export interface WorkingGroup {
  /** The group's key: its `group` value, its district id, or `""` for meetings with neither. */
  group: string;
  /** Where the grouping came from. */
  basis: "group" | "district" | "none";
  /** Display name: the group's name, the district's name, or `""`. */
  label: string;
  /** Districts of its meetings (ids, in order of first meeting). */
  districts: string[];
  status: "starting" | "active" | "dormant";
  meetings: number;
  firstDate: string | null;
  lastDate: string | null;
  meetingsPerYear: Array<{ year: number; count: number }>;
  attendance: MeetingAttendance[];
  /** Mean attendees per meeting with attendance recorded; null without any. */
  meanAttendance: number | null;
  trend: Trend | null;
  /** Actor id → meetings hosted, most first (then first hosting). */
  hosts: Record<string, number>;
  /** Meetings with a host recorded. */
  hostedMeetings: number;
  /** Regulars who never hosted (nor did the organisation they represent), most meetings first. */
  neverHosted: string[];
  /** Pielou's J of hosting over hosts and regulars; null with fewer than two such institutions. */
  hostEvenness: number | null;
  /** Institutions counted for `hostEvenness` (hosts and regulars who could host). */
  potentialHosts: number;
  /** Share of hosted meetings hosted by the city; null when no meeting has a host. */
  cityShare: number | null;
  /** Distinct attendees. */
  attendees: number;
  composition: {
    /** `organisation`, `person`, `group`, or `unknown`. */
    byKind: Record<string, number>;
    /** Sector as written, or `unknown`; most first. */
    bySector: Record<string, number>;
    /** Pielou's J of the known sectors; null with fewer than two. */
    sectorEvenness: number | null;
  };
  /** Came exactly once. */
  firstTimers: string[];
  /** Came at least twice. */
  returning: string[];
  /** Came once, and the group met again afterwards without them. */
  neverReturned: string[];
  newTies: NewTies;
}

export interface WorkingGroupsResult {
  groups: WorkingGroup[];
  /** What the dataset as a whole lacks for this view. */
  missing: MeetingsMissing[];
}

/**
 * Resolves and validates the options; throws `MeetingsOptionError`.
 *
 * @example
 * ```ts
 * import { resolveWorkingGroupsOptions } from "@vernetzt/core/meetings";
 *
 * resolveWorkingGroupsOptions({ establishedFrom: 6 }).establishedFrom //=> 6
 * resolveWorkingGroupsOptions().regularFrom //=> 2
 * ```
 */
export function resolveWorkingGroupsOptions(
  options: Partial<WorkingGroupsOptions> = {},
): WorkingGroupsOptions {
  const o = { ...DEFAULT_WORKING_GROUPS_OPTIONS, ...definedOnly(options) };
  for (const name of ["establishedFrom", "regularFrom"] as const) {
    if (!Number.isInteger(o[name]) || o[name] < 1)
      throw new MeetingsOptionError(name, o[name], "an integer ≥ 1");
  }
  if (!Array.isArray(o.citySectors) || !o.citySectors.every((s) => typeof s === "string")) {
    throw new MeetingsOptionError("citySectors", o.citySectors, "a list of sector names");
  }
  return o;
}

/**
 * Every working group of the dataset (see the module comment), sorted by label (German collation).
 *
 * @example
 * ```ts
 * import { parseDataset } from "@vernetzt/core/io";
 * import { workingGroups } from "@vernetzt/core/meetings";
 *
 * const { dataset } = await parseDataset([
 *   { name: "actors.csv", data: "id,name,sector\nstadt,Stadtteilbüro,Stadtverwaltung\nkirche,Kirchengemeinde,Kirche\nverein,Sportverein,Sport" },
 *   { name: "ties.csv", data: "source,target\nstadt,kirche" },
 *   { name: "events.csv", data: "id,date,host,Arbeitskreis\nm1,2024-03-05,stadt,AK Nord\nm2,2024-06-11,kirche,AK Nord\nm3,2024-09-10,stadt,AK Nord" },
 *   { name: "attendance.csv", data: "event,actor\nm1,stadt\nm1,kirche\nm1,verein\nm2,stadt\nm2,kirche\nm3,stadt\nm3,kirche" },
 * ]);
 * const [group] = workingGroups(dataset!).groups;
 * group?.hosts //=> { stadt: 2, kirche: 1 }
 * group?.cityShare //=> 0.6667
 * group?.neverReturned //=> ["verein"]
 * group?.status //=> "starting"
 * ```
 */
export function workingGroups(
  dataset: Dataset,
  options: Partial<WorkingGroupsOptions> = {},
): WorkingGroupsResult {
  const o = resolveWorkingGroupsOptions(options);
  const context = contextOf(dataset, o);
  const groups = [...groupMeetings(dataset).values()].map((g) => describeGroup(g, context, o));
  groups.sort((a, b) => a.label.localeCompare(b.label, "de") || a.group.localeCompare(b.group, "de"));
  return { groups, missing: missingOf(dataset, groups) };
}

interface Context {
  dataset: Dataset;
  actors: Map<string, Actor>;
  districtNames: Map<string, string>;
  attendees: Map<string, string[]>;
  isCity: (actor: string) => boolean;
  /** The latest period the data cover: a year when meetings are dated, else a wave index. */
  latest: { year: number | null; wave: number };
  /** The survey ties by pair, made once when a group first needs them. */
  ties: () => TieIndex;
}

function contextOf(dataset: Dataset, o: WorkingGroupsOptions): Context {
  const actors = new Map(dataset.actors.map((a) => [a.id, a]));
  const attendees = new Map<string, string[]>();
  for (const { event, actor } of dataset.attendance)
    attendees.set(event, [...(attendees.get(event) ?? []), actor]);
  const city = new Set(o.citySectors.map(normalizeKey));
  const citySector = (actor: Actor | undefined) =>
    actor?.sector !== undefined && city.has(normalizeKey(actor.sector));
  const isCity = (id: string) => {
    const actor = actors.get(id);
    return citySector(actor) || (actor?.memberOf !== undefined && citySector(actors.get(actor.memberOf)));
  };
  const years = dataset.events.flatMap((e) => (e.date ? [yearOf(e.date)] : []));
  let index: TieIndex | undefined;
  const waves = dataset.events.map((e) => dataset.waves.indexOf(e.wave ?? "")).filter((i) => i >= 0);
  return {
    dataset,
    actors,
    districtNames: new Map(dataset.districts.map((d) => [d.id, d.name])),
    attendees,
    isCity,
    latest: { year: years.length > 0 ? Math.max(...years) : null, wave: Math.max(-1, ...waves) },
    ties: () => {
      index ??= tieIndexOf(dataset);
      return index;
    },
  };
}

interface GroupMeetings {
  group: string;
  basis: WorkingGroup["basis"];
  meetings: MeetingEvent[];
}

/** Meetings by group, each group's meetings in date, wave, input order. */
function groupMeetings(dataset: Dataset): Map<string, GroupMeetings> {
  const groups = new Map<string, GroupMeetings>();
  for (const event of dataset.events) {
    const basis = event.group !== undefined ? "group" : event.district !== undefined ? "district" : "none";
    const group = event.group ?? event.district ?? "";
    const key = JSON.stringify([basis, group]);
    if (!groups.has(key)) groups.set(key, { group, basis, meetings: [] });
    groups.get(key)!.meetings.push(event);
  }
  const position = new Map(dataset.events.map((e, i) => [e.id, i]));
  const wave = (e: MeetingEvent) => (e.wave === undefined ? -1 : dataset.waves.indexOf(e.wave));
  for (const g of groups.values()) {
    g.meetings.sort(
      (a, b) =>
        (a.date ?? "9999").localeCompare(b.date ?? "9999") ||
        wave(a) - wave(b) ||
        position.get(a.id)! - position.get(b.id)!,
    );
  }
  return groups;
}

function describeGroup(g: GroupMeetings, c: Context, o: WorkingGroupsOptions): WorkingGroup {
  const attendance = attendanceOf(g.meetings, c);
  const visits = visitsOf(g.meetings, c);
  const dates = g.meetings.flatMap((m) => (m.date ? [m.date] : []));
  const recorded = attendance.filter((a) => a.count > 0).map((a) => a.count);
  return {
    group: g.group,
    basis: g.basis,
    label: g.basis === "district" ? (c.districtNames.get(g.group) ?? g.group) : g.group,
    districts: [...new Set(g.meetings.flatMap((m) => (m.district ? [m.district] : [])))],
    status: statusOf(g.meetings, c, o),
    meetings: g.meetings.length,
    firstDate: dates[0] ?? null,
    lastDate: dates[dates.length - 1] ?? null,
    meetingsPerYear: perYear(dates),
    attendance,
    meanAttendance:
      recorded.length > 0 ? round4(recorded.reduce((s, n) => s + n, 0) / recorded.length) : null,
    trend: seriesTrend(recorded),
    ...hostRotation(g.meetings, visits, c, o),
    attendees: visits.size,
    composition: compositionOf([...visits.keys()], c),
    ...returnersOf(g.meetings, visits),
    newTies: newTiesOf(c.dataset, g.meetings, c.attendees, c.ties()),
  };
}

function attendanceOf(meetings: MeetingEvent[], c: Context): MeetingAttendance[] {
  const seen = new Set<string>();
  return meetings.map((m) => {
    const present = c.attendees.get(m.id) ?? [];
    const firstTime = present.filter((a) => !seen.has(a)).length;
    for (const a of present) seen.add(a);
    return {
      event: m.id,
      date: m.date ?? null,
      wave: m.wave ?? null,
      host: m.host ?? null,
      count: present.length,
      firstTime,
      returning: present.length - firstTime,
    };
  });
}

/** Actor → positions of the meetings attended (in meeting order). */
function visitsOf(meetings: MeetingEvent[], c: Context): Map<string, number[]> {
  const visits = new Map<string, number[]>();
  meetings.forEach((m, i) => {
    for (const a of c.attendees.get(m.id) ?? []) visits.set(a, [...(visits.get(a) ?? []), i]);
  });
  return visits;
}

function statusOf(meetings: MeetingEvent[], c: Context, o: WorkingGroupsOptions): WorkingGroup["status"] {
  if (meetings.length < o.establishedFrom) return "starting";
  const years = meetings.flatMap((m) => (m.date ? [yearOf(m.date)] : []));
  if (c.latest.year !== null && years.length > 0)
    return Math.max(...years) < c.latest.year ? "dormant" : "active";
  const waves = meetings.map((m) => c.dataset.waves.indexOf(m.wave ?? "")).filter((i) => i >= 0);
  if (waves.length > 0 && Math.max(...waves) < c.latest.wave) return "dormant";
  return "active";
}

function perYear(dates: string[]): Array<{ year: number; count: number }> {
  const counts = new Map<number, number>();
  for (const date of dates) counts.set(yearOf(date), (counts.get(yearOf(date)) ?? 0) + 1);
  return [...counts].sort((a, b) => a[0] - b[0]).map(([year, count]) => ({ year, count }));
}

function hostRotation(
  meetings: MeetingEvent[],
  visits: Map<string, number[]>,
  c: Context,
  o: WorkingGroupsOptions,
): Pick<
  WorkingGroup,
  "hosts" | "hostedMeetings" | "neverHosted" | "hostEvenness" | "potentialHosts" | "cityShare"
> {
  const counts = new Map<string, number>();
  for (const m of meetings) if (m.host !== undefined) counts.set(m.host, (counts.get(m.host) ?? 0) + 1);
  const hosts = [...counts].sort((a, b) => b[1] - a[1]); // stable: ties keep the order of first hosting
  const hostedMeetings = hosts.reduce((s, [, n]) => s + n, 0);
  const hosted = (id: string) => counts.has(id) || counts.has(c.actors.get(id)?.memberOf ?? "");
  const neverHosted = [...visits]
    .filter(([id, at]) => at.length >= o.regularFrom && !hosted(id))
    .sort((a, b) => b[1].length - a[1].length)
    .map(([id]) => id);
  const potential = hosts.length + neverHosted.length;
  const city = hosts.filter(([id]) => c.isCity(id)).reduce((s, [, n]) => s + n, 0);
  return {
    hosts: Object.fromEntries(hosts),
    hostedMeetings,
    neverHosted,
    hostEvenness:
      hostedMeetings === 0
        ? null
        : pielouEvenness(
            hosts.map(([, n]) => n),
            potential,
          ),
    potentialHosts: potential,
    cityShare: hostedMeetings === 0 ? null : round4(city / hostedMeetings),
  };
}

function compositionOf(attendees: string[], c: Context): WorkingGroup["composition"] {
  const byKind = new Map<string, number>();
  const bySector = new Map<string, number>();
  for (const id of attendees) {
    const actor = c.actors.get(id);
    const kind = actor?.kind ?? "unknown";
    const sector = actor?.sector ?? "unknown";
    byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
    bySector.set(sector, (bySector.get(sector) ?? 0) + 1);
  }
  const sorted = (m: Map<string, number>) =>
    Object.fromEntries([...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], "de")));
  const known = [...bySector].filter(([sector]) => sector !== "unknown").map(([, n]) => n);
  return { byKind: sorted(byKind), bySector: sorted(bySector), sectorEvenness: pielouEvenness(known) };
}

function returnersOf(
  meetings: MeetingEvent[],
  visits: Map<string, number[]>,
): Pick<WorkingGroup, "firstTimers" | "returning" | "neverReturned"> {
  const once = [...visits].filter(([, at]) => at.length === 1).sort((a, b) => a[1][0]! - b[1][0]!);
  return {
    firstTimers: once.map(([id]) => id),
    returning: [...visits].filter(([, at]) => at.length > 1).map(([id]) => id),
    neverReturned: once.filter(([, at]) => at[0]! < meetings.length - 1).map(([id]) => id),
  };
}

function missingOf(dataset: Dataset, groups: WorkingGroup[]): MeetingsMissing[] {
  const missing: MeetingsMissing[] = [];
  if (dataset.events.length === 0) return ["meetings"];
  if (dataset.attendance.length === 0) missing.push("attendance");
  if (dataset.events.every((e) => e.date === undefined)) missing.push("dates");
  if (dataset.events.every((e) => e.host === undefined)) missing.push("hosts");
  if (dataset.events.every((e) => e.group === undefined)) {
    missing.push("groups");
    if (dataset.events.every((e) => e.district === undefined)) missing.push("districts");
  }
  if (groups.every((g) => g.newTies.reason === "one-wave")) missing.push("waves");
  if (dataset.actors.every((a) => a.sector === undefined)) missing.push("sectors");
  return missing;
}

const yearOf = (date: string): number => Number(date.slice(0, 4));
const round4 = (x: number): number => Math.round(x * 1e4) / 1e4 + 0;
