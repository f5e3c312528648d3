/** English texts of the working-groups view (`vernetzt meetings`): statuses, what is missing, the report. */
import type { MeetingsMissing, WorkingGroup } from "../../meetings/working-groups.js";
import { formatNumberEn } from "./gaps.js";

const percent = (share: number) => `${formatNumberEn(share * 100)} %`;
const signed = (x: number) => `${x > 0 ? "+" : x < 0 ? "−" : ""}${formatNumberEn(Math.abs(x))}`;
const twoDecimals = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const meetingsMessagesEn = {
  heading: (p: { count: number }) => `Working groups (${p.count})`,
  none: "No meeting in the data.",
  status: { starting: "just starting", active: "active", dormant: "no meeting lately" } satisfies Record<
    WorkingGroup["status"],
    string
  >,
  basis: {
    group: "working group",
    district: "meetings of the district",
    none: "meetings without working group or district",
  } satisfies Record<WorkingGroup["basis"], string>,
  unnamed: "Meetings without working group or district",
  missing: {
    meetings:
      "The data have no meetings (events.csv / treffen.csv with attendance): there is nothing to show.",
    attendance:
      "No attendance (attendance.csv / teilnahme.csv): attendance, first-timers and the mix are empty.",
    dates: "The meetings have no date: no meetings per year, and their order is the order of the file.",
    hosts: "The meetings have no host (column Gastgeber): host rotation cannot be shown.",
    groups:
      "The meetings have no working group (column Arbeitskreis, Gremium or Runde): each district counts as one group.",
    districts: "The meetings have neither working group nor district: all of them count as one group.",
    waves: "The ties have only one wave: whether ties formed after people met cannot be seen yet.",
    sectors: "The actors have no sector: the mix shows kinds only.",
  } satisfies Record<MeetingsMissing, string>,
  groupLine: (p: {
    label: string;
    status: string;
    meetings: number;
    from: string | null;
    to: string | null;
  }) =>
    `${p.label} — ${p.status}, ${plural(p.meetings, "meeting", "meetings")}${p.from ? ` (${p.from === p.to ? p.from : `${p.from} – ${p.to}`})` : ""}`,
  perYear: (p: { years: Array<{ year: number; count: number }> }) =>
    `Meetings per year: ${p.years.map((y) => `${y.year}: ${y.count}`).join(" · ")}`,
  attendance: (p: { mean: number; trend: string | null }) =>
    `Attendance: ${formatNumberEn(p.mean)} per meeting on average${p.trend ? `; ${p.trend}` : ""}`,
  trend: {
    rising: (p: { slope: number }) => `rising (${signed(p.slope)} per meeting)`,
    falling: (p: { slope: number }) => `falling (${signed(p.slope)} per meeting)`,
    steady: () => "steady",
  },
  hosts: (p: { hosts: Array<{ name: string; count: number }> }) =>
    `Hosts: ${p.hosts.map((h) => `${h.name} ${h.count}×`).join(" · ")}`,
  noHosts: "Hosts: none recorded",
  neverHosted: (p: { names: string[] }) => `Come regularly, never hosted: ${p.names.join(", ")}`,
  rotation: (p: { evenness: number | null; cityShare: number | null }) =>
    [
      p.evenness === null
        ? null
        : `Host rotation: evenness ${twoDecimals.format(p.evenness)} (1 = everyone equally often, 0 = always the same)`,
      p.cityShare === null ? null : `hosted by the city: ${percent(p.cityShare)}`,
    ]
      .filter(Boolean)
      .join("; "),
  mix: (p: { attendees: number; kinds: string; sectors: string }) =>
    `Mix: ${plural(p.attendees, "attendee", "attendees")} – ${p.kinds}${p.sectors ? `; ${p.sectors}` : ""}`,
  kinds: {
    organisation: ["organisation", "organisations"],
    person: ["person", "persons"],
    group: ["group", "groups"],
    unknown: ["kind not given", "kind not given"],
  } as Record<string, [string, string]>,
  unknownSector: "sector not given",
  returners: (p: { once: number; neverReturned: string[]; returning: number }) =>
    `Came again: ${p.returning}; came once: ${p.once}` +
    (p.neverReturned.length > 0 ? `; never came back: ${p.neverReturned.join(", ")}` : ""),
  newTies: (p: { formed: number; pairs: number; share: number | null }) =>
    `New ties: ${p.formed} of ${plural(p.pairs, "pair", "pairs")} who met here without a tie work together in a later wave${p.share === null ? "" : ` (${percent(p.share)})`}`,
  baseline: (p: { formed: number; pairs: number; share: number | null }) =>
    `pairs of the same districts who did not meet here: ${p.formed} of ${p.pairs}${p.share === null ? "" : ` (${percent(p.share)})`}`,
  newTiesReason: {
    "one-wave": "New ties: only one wave, nothing to compare yet",
    "no-waves-at-meetings": "New ties: the meetings have no wave or dated year that is a wave",
    "no-attendance": "New ties: no meeting with two or more attendees recorded",
  },
  newTiesNone: "New ties: the group has met only in the latest wave, nothing to compare yet",
};

export type MeetingsMessages = typeof meetingsMessagesEn;
