/** The events and attendance tables → meetings and attendance (rules: `dataset-from-tables.ts`). */
import type { Attendance, District, MeetingEvent } from "../model/types.js";
import type { ActorNames } from "./actor-names.js";
import { type Columns, rowsOf } from "./columns.js";
import { resolveName } from "./name-repairs.js";
import { matchDistrict, optionalDate, uniqueRows } from "./row-values.js";
import type { IssueCollector } from "./validation-report.js";
import type { WaveCollector } from "./wave-collector.js";

export function readEvents(
  columns: Columns<"events">,
  names: ActorNames,
  districts: Map<string, District> | undefined,
  waveCollector: WaveCollector,
  issues: IssueCollector,
): Map<string, MeetingEvent> {
  const events = new Map<string, MeetingEvent>();
  const rows = uniqueRows(rowsOf(columns), (r) => r.id("id"), issues);
  const waves = waveCollector.read(
    rows.map((r) => r.reader),
    issues,
    true,
  );
  rows.forEach(({ reader, id }, i) => {
    const event: MeetingEvent = { id, attributes: reader.attributes() };
    const date = optionalDate(reader, "date", issues);
    if (date !== undefined) event.date = date;
    const district = reader.id("district");
    if (district !== "")
      event.district = districts ? matchDistrict(district, districts, reader, issues) : district;
    const host = reader.id("host");
    if (host !== "") {
      const id = resolveName(names, host, reader.at("host"), issues);
      if (id !== undefined) event.host = id;
      else issues.warning("HOST_UNKNOWN", reader.at("host"), { value: host });
    }
    const group = reader.text("group");
    if (group !== "") event.group = group;
    const wave = waves[i];
    if (wave !== undefined) event.wave = wave;
    events.set(id, event);
  });
  return events;
}

export function readAttendance(
  columns: Columns<"attendance">,
  names: ActorNames,
  events: Map<string, MeetingEvent> | undefined,
  issues: IssueCollector,
): Attendance[] {
  const attendance: Attendance[] = [];
  const firstRow = new Map<string, number | null>();
  for (const reader of rowsOf(columns)) {
    const event = reader.id("event");
    const written = reader.id("actor");
    let ok = true;
    if (event === "" || (events && !events.has(event))) {
      issues.error("EVENT_UNKNOWN", reader.at("event"), { value: event });
      ok = false;
    }
    const actor = written === "" ? undefined : resolveName(names, written, reader.at("actor"), issues);
    if (actor === undefined) {
      issues.error("ATTENDANCE_UNKNOWN_ACTOR", reader.at("actor"), { value: written });
      ok = false;
    }
    if (!ok || actor === undefined) continue;
    const key = JSON.stringify([event, actor]);
    if (firstRow.has(key)) {
      issues.warning("ATTENDANCE_DUPLICATE", reader.at(), { detail: String(firstRow.get(key) ?? "?") });
      continue;
    }
    firstRow.set(key, reader.row.row);
    attendance.push({ event, actor });
  }
  return attendance;
}

export function implicitEvents(attendance: Attendance[]): MeetingEvent[] {
  const ids = [...new Set(attendance.map((a) => a.event))];
  return ids.map((id) => ({ id, attributes: {} }));
}
