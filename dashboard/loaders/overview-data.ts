/**
 * The Überblick JSON (`overview.json`): what a dataset contains (counts, districts, sectors, topics, waves),
 * what changed since the previous wave (core's `compareWaves`, summarised by `@vernetzt/figures`' `waveChangesOf`,
 * as the report's "what changed" figure draws it), plus the optional note of its folder.
 * Pure (no Node APIs): the data loader and the upload worker both call {@link overviewData}, so the built
 * and the uploaded dashboard show the same figures.
 */
import type { Dataset } from "@vernetzt/core";
import { waveChangesOf } from "@vernetzt/figures";
import { districtNames } from "../browser/dataset-graphs.js";
import { pathSampling } from "../browser/network-data-of.js";

/** The German texts of a dataset folder's optional `dataset.json` note. */
export interface DatasetNote {
  title: string | null;
  notice: string | null;
  story: string[];
}

/** No note (uploads, folders without `dataset.json`). */
export const NO_NOTE: DatasetNote = { title: null, notice: null, story: [] };

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
  ties: { new: number; lost: number };
  /** New and lost ties between actors of two different districts; `null` without districts. */
  crossDistrictTies: { new: number; lost: number } | null;
  /**
   * Districts with more / fewer ties across district borders than in the previous wave, the biggest change
   * first (equal changes in German order of the names).
   */
  districts: { gained: DistrictChange[]; lost: DistrictChange[] };
}

/** How many names of new and lost actors the overview lists (the rest is counted). */
export const NAMES_LISTED = 5;

/** The `overview.json` contract. */
export interface OverviewData extends DatasetNote {
  name: string;
  actors: number;
  ties: number;
  directed: boolean;
  waves: Array<{ wave: string; ties: number }>;
  districts: string[];
  sectors: string[];
  topics: string[];
  events: number;
  hasRespondents: boolean;
  hasCoordinates: boolean;
  /** Changes since the previous wave; `null` when the dataset has fewer than two waves. */
  changes: WaveChanges | null;
}

/** Counts and category lists of `dataset` (German collation order). */
export function overviewData(dataset: Dataset, note: DatasetNote = NO_NOTE): OverviewData {
  const districtName = districtNames(dataset);
  const distinct = (values: Array<string | undefined>) =>
    [...new Set(values.filter((v): v is string => Boolean(v)))].sort((a, b) => a.localeCompare(b, "de"));
  const tiesPerWave = new Map<string, number>();
  for (const tie of dataset.ties) tiesPerWave.set(tie.wave, (tiesPerWave.get(tie.wave) ?? 0) + 1);
  return {
    name: dataset.name,
    ...note,
    actors: dataset.actors.length,
    ties: dataset.ties.length,
    directed: dataset.directed,
    waves: dataset.waves.map((wave) => ({ wave, ties: tiesPerWave.get(wave) ?? 0 })),
    districts: distinct(dataset.actors.map((a) => districtName(a.district))),
    sectors: distinct(dataset.actors.map((a) => a.sector)),
    topics: distinct(dataset.actors.flatMap((a) => a.topics)),
    events: dataset.events.length,
    hasRespondents: dataset.respondents !== undefined,
    hasCoordinates: dataset.actors.some((a) => a.lat !== undefined && a.lon !== undefined),
    changes: waveChanges(dataset),
  };
}

/** The last two waves compared, in the shape the overview page shows; `null` with fewer than two waves. */
export function waveChanges(dataset: Dataset): WaveChanges | null {
  if (dataset.waves.length < 2) return null;
  const [from, to] = dataset.waves.slice(-2) as [string, string];
  // Betweenness is not shown here; sampled like the network view's for big networks, so it costs little.
  const sampling = pathSampling(dataset.actors.length);
  const { actorIds, ...changes } = waveChangesOf(dataset, from, to, {
    betweennessSamples: sampling?.samples ?? null,
    seed: sampling?.seed ?? 1,
  });
  const name = new Map(dataset.actors.map((a) => [a.id, a.name]));
  const names = (ids: string[]) => ids.slice(0, NAMES_LISTED).map((id) => name.get(id)!);
  return {
    ...changes,
    actors: { ...changes.actors, newNames: names(actorIds.new), lostNames: names(actorIds.lost) },
  };
}
