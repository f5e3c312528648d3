/**
 * Where the ties of one wave come from: **reported** (a row of the ties table in that wave) or **only
 * co-attendance** at the wave's meetings, which `model/buildGraph` adds by default (two actors who attended the
 * same meeting are tied; `model/coAttendanceTies`). One meeting with n attendees ties n(n − 1)/2 pairs (36
 * attendees: 630), so a wave's tie count can jump, and fall again in the next wave, without anybody reporting
 * or ending a cooperation. This says how many of a wave's ties come from where, and which meetings made them,
 * so that a comparison of waves (`compareWaves`) can be read.
 *
 * Pairs are undirected and counted once, exactly as in the wave's graph: `reported + meetingsOnly.length` is
 * the number of ties of `buildGraph(dataset, {wave, directed: false})`. Weights are ignored.
 */
import { buildGraph } from "../model/build-graph.js";
import type { Dataset, VernetztGraph } from "../model/types.js";
import { eventsInWave, resolveWave } from "../model/waves.js";
import type { TiePair } from "./compare-waves.js";

/** One meeting of the wave and the pairs of attendees it ties. */
export interface MeetingContribution {
  /** The meeting's id. */
  event: string;
  /** Attendees that are actors of the dataset. */
  attendees: number;
  /** Pairs of attendees without a reported tie in this wave: what the meeting adds to the network. */
  unreportedPairs: number;
}

/** The ties of one wave by origin. */
export interface TieOrigins {
  wave: string;
  /** Ties (undirected pairs) of the wave's graph: `reported + meetingsOnly.length`. */
  ties: number;
  /** Pairs with at least one reported tie in the wave. */
  reported: number;
  /**
   * Pairs tied only because both attended a meeting of the wave, `source` before `target` in input order and
   * sorted by input order (as the pairs of `compareWaves`).
   */
  meetingsOnly: TiePair[];
  /** The wave's meetings that have attendees, most unreported pairs first (then input order). */
  meetings: MeetingContribution[];
}

/**
 * The ties of `wave` (default: the latest) split into reported ones and those only from co-attendance.
 * Throws `UnknownWaveError` for a wave the dataset lacks.
 *
 * @example
 * ```ts
 * import { parseDataset } from "@vernetzt/core/io";
 * import { tieOrigins } from "@vernetzt/core/waves";
 *
 * const { dataset } = await parseDataset([
 *   { name: "actors.csv", data: "id,name\na,Stadtteilbüro\nb,Kita\nc,Sportverein\nd,Bücherei" },
 *   { name: "ties.csv", data: "source,target\na,b" },
 *   { name: "events.csv", data: "id,date\nfest,2024-06-01" },
 *   { name: "attendance.csv", data: "event,actor\nfest,a\nfest,b\nfest,c" },
 * ]);
 * const origins = tieOrigins(dataset!);
 * origins.ties //=> 3
 * origins.reported //=> 1
 * origins.meetingsOnly //=> [{ source: "a", target: "c" }, { source: "b", target: "c" }]
 * origins.meetings //=> [{ event: "fest", attendees: 3, unreportedPairs: 2 }]
 * ```
 */
export function tieOrigins(dataset: Dataset, wave?: string): TieOrigins {
  const selected = resolveWave(dataset, wave);
  const build = (coAttendance: boolean) =>
    buildGraph(dataset, { wave: selected, directed: false, coAttendance });
  const reportedGraph = build(false);
  const fullGraph = build(true);
  const order = new Map(dataset.actors.map((actor, i) => [actor.id, i]));
  const meetingsOnly = orderedPairs(fullGraph, order).filter(
    ({ source, target }) => !reportedGraph.hasEdge(source, target),
  );
  return {
    wave: selected,
    ties: fullGraph.size,
    reported: reportedGraph.size,
    meetingsOnly,
    meetings: meetingContributions(dataset, selected, reportedGraph, order),
  };
}

function orderedPairs(graph: VernetztGraph, order: Map<string, number>): TiePair[] {
  const pairs: TiePair[] = [];
  graph.forEachEdge((_edge, _attributes, s, t) => {
    pairs.push(order.get(s)! <= order.get(t)! ? { source: s, target: t } : { source: t, target: s });
  });
  return pairs.sort(
    (x, y) => order.get(x.source)! - order.get(y.source)! || order.get(x.target)! - order.get(y.target)!,
  );
}

function meetingContributions(
  dataset: Dataset,
  wave: string,
  reported: VernetztGraph,
  order: Map<string, number>,
): MeetingContribution[] {
  const events = eventsInWave(dataset, wave);
  const position = new Map(events.map((event, i) => [event.id, i]));
  const attendees = events.map(() => new Set<string>());
  for (const { event, actor } of dataset.attendance) {
    const i = position.get(event);
    if (i !== undefined && order.has(actor)) attendees[i]!.add(actor);
  }
  return events
    .map((event, i) => {
      const members = [...attendees[i]!];
      let unreportedPairs = 0;
      for (let a = 0; a < members.length; a++) {
        for (let b = a + 1; b < members.length; b++) {
          if (!reported.hasEdge(members[a]!, members[b]!)) unreportedPairs++;
        }
      }
      return { event: event.id, attendees: members.length, unreportedPairs, i };
    })
    .filter((meeting) => meeting.attendees > 0)
    .sort((x, y) => y.unreportedPairs - x.unreportedPairs || x.i - y.i)
    .map(({ i: _i, ...meeting }) => meeting);
}
