/**
 * What changed between two waves of a dataset, in the shape the "what changed" figure draws: core's
 * `compareWaves` counted (new and lost actors and ties, ties across district borders) and the districts
 * whose ties across their borders changed, biggest change first. An actor is present in a wave when it has
 * a tie in it or answered its survey; ties are compared undirected (core's definitions).
 */
import { compareWaves, type Dataset } from "@vernetzt/core";
import type { DistrictChangeData, WaveChangesFigureData } from "../what-changed.js";
import { districtNames } from "./dataset-graphs.js";

/** Options of {@link waveChangesOf}. */
export interface WaveChangesOfOptions {
  /** Betweenness sources sampled by `compareWaves` (not shown here); `null` = exact. Default `null`. */
  betweennessSamples: number | null;
  /** Seed of that sampling. Default `1`. */
  seed: number;
}

export const DEFAULT_WAVE_CHANGES_OF_OPTIONS: WaveChangesOfOptions = { betweennessSamples: null, seed: 1 };

/** The changes, and the ids of the new and the lost actors (input order) for whoever lists names. */
export interface WaveChangesOf extends WaveChangesFigureData {
  districts: { gained: DistrictChangeData[]; lost: DistrictChangeData[] };
  actorIds: { new: string[]; lost: string[] };
}

/** Changes from wave `from` to wave `to` of `dataset`. */
export function waveChangesOf(
  dataset: Dataset,
  from: string,
  to: string,
  options: Partial<WaveChangesOfOptions> = {},
): WaveChangesOf {
  const o = { ...DEFAULT_WAVE_CHANGES_OF_OPTIONS, ...options };
  const comparison = compareWaves(dataset, from, to, o);
  const actor = new Map(dataset.actors.map((a) => [a.id, a]));
  const districtName = districtNames(dataset);
  const crosses = (pair: { source: string; target: string }) => {
    const [x, y] = [actor.get(pair.source)?.district, actor.get(pair.target)?.district];
    return x !== undefined && y !== undefined && x !== y;
  };
  const byDistrict = new Map(comparison.districts.crossDistrictTies.map((d) => [d.district, d]));
  const change = (id: string): DistrictChangeData => ({
    district: districtName(id) ?? id,
    from: byDistrict.get(id)?.from ?? 0,
    to: byDistrict.get(id)?.to ?? 0,
  });
  const biggestFirst = (x: DistrictChangeData, y: DistrictChangeData) =>
    Math.abs(y.to - y.from) - Math.abs(x.to - x.from) || x.district.localeCompare(y.district, "de");
  const hasDistricts = dataset.actors.some((a) => a.district !== undefined);
  return {
    from: comparison.from,
    to: comparison.to,
    actors: { new: comparison.actors.new.length, lost: comparison.actors.lost.length },
    actorIds: { new: comparison.actors.new, lost: comparison.actors.lost },
    ties: { new: comparison.ties.new.length, lost: comparison.ties.lost.length },
    crossDistrictTies: hasDistricts
      ? { new: comparison.ties.new.filter(crosses).length, lost: comparison.ties.lost.filter(crosses).length }
      : null,
    districts: {
      gained: comparison.districts.gained.map(change).sort(biggestFirst),
      lost: comparison.districts.lost.map(change).sort(biggestFirst),
    },
  };
}
