/**
 * The Überblick JSON (`overview.json`): what a dataset contains (counts, districts, sectors, topics, waves
 * with their names and where their ties come from), what changed since the previous wave (core's
 * `compareWaves` and `tieOrigins`: the figures add up, and say what meetings added), the first screen's gaps
 * and introductions (from the gap and recommendation parts), plus the optional note of its folder.
 * Pure (no Node APIs): the data loader and the upload worker both call {@link overviewData}, so the built
 * and the uploaded dashboard show the same figures.
 */
import { compareWaves, type Dataset, type MeetingEvent, type TieOrigins, tieOrigins } from "@vernetzt/core";
import { type DatasetNote, NO_DATASET_NOTE } from "@vernetzt/core/io";
import { districtNames } from "../browser/dataset-graphs.js";
import { type FirstScreenData, firstScreenData } from "./first-screen-data.js";
import { type GapsData, gapsData } from "./gaps-data.js";
import { type RecommendationsData, recommendationsData } from "./recommendations-data.js";
import { waveLabels } from "./wave-labels.js";

/** The German texts of a dataset folder's optional `dataset.json` note (core's `readDatasetNote`). */
export type { DatasetNote };

/** No note (uploads, folders without `dataset.json`). */
export const NO_NOTE: DatasetNote = NO_DATASET_NOTE;

/** The other parts the Überblick draws on (computed once; see `dashboard-data.ts`). */
export interface OverviewInputs {
  gaps: GapsData;
  recommendations: RecommendationsData;
}

/** A meeting that tied many attendees who reported no tie to each other. */
export interface MeetingNote {
  /** Its title (a column Titel, Title, Name or Bezeichnung of the meetings table), else its id. */
  title: string;
  /** ISO date, when given. */
  date: string | null;
  attendees: number;
  /** Pairs of attendees tied only by this meeting (no reported tie in the wave). */
  unreportedPairs: number;
}

/** How many meetings a wave's note names (those adding the most pairs). */
export const MEETINGS_LISTED = 2;

/** A district whose ties across district borders changed between the two waves. */
export interface DistrictChange {
  /** Display name (from the districts table when there is one). */
  district: string;
  from: number;
  to: number;
}

/**
 * What changed from the second-to-last to the last wave (core's `compareWaves`): an actor is present in a
 * wave when it has a tie in it or answered its survey; ties are compared undirected.
 */
export interface WaveChanges {
  from: string;
  to: string;
  /** Counts, and the names of the first {@link NAMES_LISTED} in input order. */
  actors: { new: number; lost: number; newNames: string[]; lostNames: string[] };
  /**
   * Ties (undirected pairs) in each wave and the new and lost ones: `after = before + new − lost`.
   * `newFromMeetings`: new ties that exist only through a meeting of the later wave; `lostFromMeetings`:
   * lost ties that had existed only through a meeting of the earlier wave (co-attendance).
   */
  ties: {
    before: number;
    after: number;
    new: number;
    lost: number;
    newFromMeetings: number;
    lostFromMeetings: number;
  };
  /** New and lost ties between actors of two different districts (same split); `null` without districts. */
  crossDistrictTies: { new: number; lost: number; newFromMeetings: number; lostFromMeetings: number } | null;
  /**
   * Districts with more / fewer ties across district borders than in the previous wave, the biggest change
   * first (equal changes in German order of the names).
   */
  districts: { gained: DistrictChange[]; lost: DistrictChange[] };
}

/** How many names of new and lost actors the overview lists (the rest is counted). */
export const NAMES_LISTED = 5;

/** One wave: its name and where its ties come from (core's `tieOrigins`). */
export interface OverviewWave {
  wave: string;
  /** Its display name: a year where the data give one (see `wave-labels.ts`), else the wave as written. */
  label: string;
  /** Rows of the ties table in this wave (before merging repeated pairs). */
  ties: number;
  /** Ties of the wave's network (undirected pairs) = `reported + fromMeetings`. */
  pairs: number;
  reported: number;
  /** Pairs tied only by attending the same meeting. */
  fromMeetings: number;
  /** The meetings that add the most of those pairs, at most {@link MEETINGS_LISTED}. */
  meetings: MeetingNote[];
}

/** The `overview.json` contract. */
export interface OverviewData extends Omit<DatasetNote, "waves"> {
  name: string;
  actors: number;
  ties: number;
  directed: boolean;
  waves: OverviewWave[];
  districts: string[];
  sectors: string[];
  topics: string[];
  events: number;
  hasRespondents: boolean;
  hasCoordinates: boolean;
  /** Changes since the previous wave; `null` when the dataset has fewer than two waves. */
  changes: WaveChanges | null;
  /** The latest wave's worst gaps and best introductions, for the first screen. */
  firstScreen: FirstScreenData;
}

/**
 * Counts and category lists of `dataset` (German collation order), its waves, the changes since the previous
 * wave and the first screen. `inputs` are the gap and recommendation parts when already computed (the
 * dashboard's loaders and worker pass them); computed here otherwise.
 */
export function overviewData(
  dataset: Dataset,
  note: DatasetNote = NO_NOTE,
  inputs?: OverviewInputs,
): OverviewData {
  const { waves: givenLabels, ...texts } = note;
  const labels = waveLabels(dataset, givenLabels);
  const districtName = districtNames(dataset);
  const distinct = (values: Array<string | undefined>) =>
    [...new Set(values.filter((v): v is string => Boolean(v)))].sort((a, b) => a.localeCompare(b, "de"));
  const tiesPerWave = new Map<string, number>();
  for (const tie of dataset.ties) tiesPerWave.set(tie.wave, (tiesPerWave.get(tie.wave) ?? 0) + 1);
  const origins = new Map(dataset.waves.map((wave) => [wave, tieOrigins(dataset, wave)]));
  const meetingNote = meetingNotes(dataset);
  const { gaps, recommendations } = inputs ?? {
    gaps: gapsData(dataset),
    recommendations: recommendationsData(dataset),
  };
  return {
    name: dataset.name,
    ...texts,
    actors: dataset.actors.length,
    ties: dataset.ties.length,
    directed: dataset.directed,
    waves: dataset.waves.map((wave) => {
      const origin = origins.get(wave)!;
      return {
        wave,
        label: labels[wave] ?? wave,
        ties: tiesPerWave.get(wave) ?? 0,
        pairs: origin.ties,
        reported: origin.reported,
        fromMeetings: origin.meetingsOnly.length,
        meetings: origin.meetings
          .filter((m) => m.unreportedPairs > 0)
          .slice(0, MEETINGS_LISTED)
          .map(meetingNote),
      };
    }),
    districts: distinct(dataset.actors.map((a) => districtName(a.district))),
    sectors: distinct(dataset.actors.map((a) => a.sector)),
    topics: distinct(dataset.actors.flatMap((a) => a.topics)),
    events: dataset.events.length,
    hasRespondents: dataset.respondents !== undefined,
    hasCoordinates: dataset.actors.some((a) => a.lat !== undefined && a.lon !== undefined),
    changes: waveChanges(dataset, origins),
    firstScreen: firstScreenData(dataset, gaps, recommendations),
  };
}

/** A meeting's title column, if it has one (the meetings table keeps unknown columns as attributes). */
const TITLE = /^(titel|title|name|bezeichnung)$/i;

function meetingNotes(dataset: Dataset) {
  const events = new Map<string, MeetingEvent>(dataset.events.map((e) => [e.id, e]));
  return (meeting: TieOrigins["meetings"][number]): MeetingNote => {
    const event = events.get(meeting.event);
    const titleKey = Object.keys(event?.attributes ?? {}).find((key) => TITLE.test(key.trim()));
    return {
      title: (titleKey && event!.attributes[titleKey]!.trim()) || meeting.event,
      date: event?.date ?? null,
      attendees: meeting.attendees,
      unreportedPairs: meeting.unreportedPairs,
    };
  };
}

/**
 * The last two waves compared, in the shape the overview page shows; `null` with fewer than two waves.
 * `origins`: core's `tieOrigins` of the waves, when already computed.
 */
export function waveChanges(
  dataset: Dataset,
  origins: ReadonlyMap<string, TieOrigins> = new Map(),
): WaveChanges | null {
  if (dataset.waves.length < 2) return null;
  const [from, to] = dataset.waves.slice(-2) as [string, string];
  const [before, after] = [from, to].map((wave) => origins.get(wave) ?? tieOrigins(dataset, wave)) as [
    TieOrigins,
    TieOrigins,
  ];
  // Betweenness is not shown here: not computed (at 20,000 actors it was most of this part's time).
  const comparison = compareWaves(dataset, from, to, { betweenness: false });
  const actor = new Map(dataset.actors.map((a) => [a.id, a]));
  const districtName = districtNames(dataset);
  const names = (ids: string[]) => ids.slice(0, NAMES_LISTED).map((id) => actor.get(id)!.name);
  const crosses = (pair: { source: string; target: string }) => {
    const [x, y] = [actor.get(pair.source)!.district, actor.get(pair.target)!.district];
    return x !== undefined && y !== undefined && x !== y;
  };
  const key = (pair: { source: string; target: string }) => `${pair.source}\u0000${pair.target}`;
  const onlyMeetings = (origin: TieOrigins) => new Set(origin.meetingsOnly.map(key));
  const [meetingsBefore, meetingsAfter] = [onlyMeetings(before), onlyMeetings(after)];
  const split = (filter: (pair: { source: string; target: string }) => boolean) => {
    const added = comparison.ties.new.filter(filter);
    const gone = comparison.ties.lost.filter(filter);
    return {
      new: added.length,
      lost: gone.length,
      newFromMeetings: added.filter((p) => meetingsAfter.has(key(p))).length,
      lostFromMeetings: gone.filter((p) => meetingsBefore.has(key(p))).length,
    };
  };
  const hasDistricts = dataset.actors.some((a) => a.district !== undefined);
  const byDistrict = new Map(comparison.districts.crossDistrictTies.map((d) => [d.district, d]));
  const districtChange = (id: string): DistrictChange => ({
    district: districtName(id)!,
    from: byDistrict.get(id)!.from!,
    to: byDistrict.get(id)!.to!,
  });
  return {
    from: comparison.from,
    to: comparison.to,
    actors: {
      new: comparison.actors.new.length,
      lost: comparison.actors.lost.length,
      newNames: names(comparison.actors.new),
      lostNames: names(comparison.actors.lost),
    },
    ties: { before: before.ties, after: after.ties, ...split(() => true) },
    crossDistrictTies: hasDistricts ? split(crosses) : null,
    districts: {
      gained: comparison.districts.gained.map(districtChange).sort(biggestChangeFirst),
      lost: comparison.districts.lost.map(districtChange).sort(biggestChangeFirst),
    },
  };
}

const biggestChangeFirst = (x: DistrictChange, y: DistrictChange): number =>
  Math.abs(y.to - y.from) - Math.abs(x.to - x.from) || x.district.localeCompare(y.district, "de");
