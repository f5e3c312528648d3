/**
 * Co-attendance: two actors who attended the same meeting are tied; the weight is the number of meetings both
 * attended (the one-mode projection of the actor × event network, as `bipartite.weighted_projected_graph` in
 * networkx or `bipartite_projection(..., multiplicity = TRUE)` in igraph). Type `co_attendance`, undirected.
 */
import type { Dataset, Tie } from "./types.js";
import { eventsInWave, resolveWave } from "./waves.js";

/** The tie type of co-attendance ties. */
export const CO_ATTENDANCE_TYPE = "co_attendance";

/**
 * Co-attendance ties of one wave (default: the latest), pairs in input order of the actors.
 *
 * @example
 * ```ts
 * import { parseDataset } from "@vernetzt/core/io";
 * import { coAttendanceTies } from "@vernetzt/core/model";
 *
 * const { dataset } = await parseDataset([
 *   { name: "actors.csv", data: "id,name\na,Stadtteilbüro\nb,Familienzentrum\nc,Sportverein" },
 *   { name: "ties.csv", data: "source,target\na,b" },
 *   { name: "events.csv", data: "id,date\nak1,2024-03-05\nak2,2024-06-11" },
 *   { name: "attendance.csv", data: "event,actor\nak1,a\nak1,b\nak1,c\nak2,a\nak2,b" },
 * ]);
 * const ties = coAttendanceTies(dataset!);
 * ties.map((t) => `${t.source}-${t.target}:${t.weight}`) //=> ["a-b:2", "a-c:1", "b-c:1"]
 * ```
 */
export function coAttendanceTies(dataset: Dataset, wave?: string): Tie[] {
  const selected = resolveWave(dataset, wave);
  const events = new Set(eventsInWave(dataset, selected).map((event) => event.id));
  const order = new Map(dataset.actors.map((actor, i) => [actor.id, i]));
  const attendees = new Map<string, Set<string>>();
  for (const { event, actor } of dataset.attendance) {
    if (!events.has(event) || !order.has(actor)) continue;
    if (!attendees.has(event)) attendees.set(event, new Set());
    attendees.get(event)!.add(actor);
  }
  const counts = new Map<string, { source: string; target: string; weight: number }>();
  for (const members of attendees.values()) {
    const sorted = [...members].sort((a, b) => order.get(a)! - order.get(b)!);
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length; j++) {
        const key = JSON.stringify([sorted[i], sorted[j]]);
        const pair = counts.get(key);
        if (pair) pair.weight++;
        else counts.set(key, { source: sorted[i]!, target: sorted[j]!, weight: 1 });
      }
    }
  }
  return [...counts.values()]
    .sort(
      (a, b) => order.get(a.source)! - order.get(b.source)! || order.get(a.target)! - order.get(b.target)!,
    )
    .map((pair) => ({ ...pair, type: CO_ATTENDANCE_TYPE, wave: selected, directed: false, attributes: {} }));
}
