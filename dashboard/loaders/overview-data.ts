/**
 * The Überblick JSON (`overview.json`): what a dataset contains (counts, districts, sectors, topics, waves),
 * plus the optional note of its folder. Pure (no Node APIs): the data loader and the upload worker both
 * call {@link overviewData}, so the built and the uploaded dashboard show the same figures.
 */
import type { Dataset } from "@vernetzt/core";
import { districtNames } from "../browser/dataset-graphs.js";

/** The German texts of a dataset folder's optional `dataset.json` note. */
export interface DatasetNote {
  title: string | null;
  notice: string | null;
  story: string[];
}

/** No note (uploads, folders without `dataset.json`). */
export const NO_NOTE: DatasetNote = { title: null, notice: null, story: [] };

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
  };
}
