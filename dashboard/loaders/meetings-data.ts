/**
 * The Arbeitskreise JSON (`meetings.json`): core's `workingGroups` of the dataset, with the names of the actors
 * and districts it mentions. Pure: the data loader and the upload worker both call {@link meetingsData}.
 */
import { type Dataset, type WorkingGroupsResult, workingGroups } from "@vernetzt/core";

/** The `meetings.json` contract. */
export interface MeetingsData {
  result: WorkingGroupsResult;
  /** Actor id → name, sector, district name (only the actors the groups mention). */
  actors: Record<string, { name: string; sector?: string; district?: string }>;
}

/** The working groups of `dataset` (already pseudonymised) and the names they need. */
export function meetingsData(dataset: Dataset): MeetingsData {
  const result = workingGroups(dataset);
  const districtNames = new Map(dataset.districts.map((d) => [d.id, d.name]));
  const mentioned = new Set<string>([
    ...dataset.attendance.map((a) => a.actor),
    ...dataset.events.flatMap((e) => (e.host === undefined ? [] : [e.host])),
  ]);
  const actors: MeetingsData["actors"] = Object.fromEntries(
    dataset.actors
      .filter((a) => mentioned.has(a.id))
      .map((a) => {
        const district = a.district === undefined ? undefined : (districtNames.get(a.district) ?? a.district);
        return [
          a.id,
          {
            name: a.name,
            ...(a.sector !== undefined && { sector: a.sector }),
            ...(district !== undefined && { district }),
          },
        ];
      }),
  );
  return { result, actors };
}
