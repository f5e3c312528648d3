/**
 * The Tischplan JSON (`seating.json`): core's `seatingContext` (every actor's profile, who already works
 * together, the recommendations and the worst gaps of the latest wave) and the meetings whose attendance lists
 * can be taken as participants. The page computes the plan in the browser with core's `pairValues` and
 * `planTables`. Pure: the data loader and the upload worker both call {@link seatingData}.
 */
import { type Dataset, latestWave, type SeatingContext, seatingContext } from "@vernetzt/core";
import { RECOMMENDATIONS_TOP, type RecommendationsData } from "./recommendations-data.js";

/** Meetings with fewer attendees are not offered as a participant list (too small to seat at tables). */
const MIN_ATTENDEES = 4;

/** The `seating.json` contract. */
export interface SeatingData {
  context: SeatingContext;
  /** Meetings to take participants from, latest first: id, label (title or group, date), attendee ids. */
  meetings: Array<{ id: string; label: string; date: string | null; attendees: string[] }>;
}

/**
 * The seating context of `dataset` (already pseudonymised) and its meetings' attendance lists.
 * `recommendations`: the Empfehlungen part, when computed (the same introductions: latest wave, top 5,
 * seed 1), so they are not computed twice.
 */
export function seatingData(dataset: Dataset, recommendations?: RecommendationsData): SeatingData {
  const attendees = new Map<string, string[]>();
  for (const { event, actor } of dataset.attendance)
    attendees.set(event, [...(attendees.get(event) ?? []), actor]);
  const date = (iso: string | undefined) =>
    iso === undefined ? "" : ` (${iso.split("-").reverse().join(".")})`;
  const meetings = dataset.events
    .filter((e) => (attendees.get(e.id)?.length ?? 0) >= MIN_ATTENDEES)
    .map((e) => ({
      id: e.id,
      label: `${e.attributes.Titel ?? e.attributes.title ?? e.group ?? e.id}${date(e.date)}`,
      date: e.date ?? null,
      attendees: attendees.get(e.id)!,
    }))
    .sort((a, b) => (b.date ?? "").localeCompare(a.date ?? "") || a.id.localeCompare(b.id, "de"));
  const recommended =
    recommendations &&
    recommendations.top === RECOMMENDATIONS_TOP &&
    recommendations.wave === latestWave(dataset)
      ? recommendations.recommendations
      : null;
  return { context: seatingContext(dataset, { recommendTop: RECOMMENDATIONS_TOP, recommended }), meetings };
}
