/**
 * The Entwicklung JSON (`indicator.json`): the 6.3.3 indicator per survey wave (core's `indicator`, seeded
 * bootstrap) with its five components and the breakdown by district. A district with fewer than 5 actors
 * is suppressed by core (privacy): `suppressed: true`, `value: null`. Pure: the data loader and the upload
 * worker both call {@link indicatorData}.
 */
import {
  COMPONENT_NAMES,
  type Dataset,
  type IndicatorComponents,
  indicator,
  type NonResponse,
} from "@vernetzt/core";
import { indicatorMessagesDe } from "../../packages/core/src/i18n/de/indicator.js";
import { districtNames } from "../browser/dataset-graphs.js";

/** One district's row; `suppressed` districts have `null` figures. */
export interface IndicatorDistrictData {
  district: string;
  value: number | null;
  components: IndicatorComponents;
  suppressed: boolean;
  actors: number;
}

/** One level of goal 6.3.3 in a wave: the indicator on the ties of that level and above. */
export interface IndicatorLevelData {
  key: "aware" | "know" | "cooperate";
  /** German name of the level ("wissen voneinander", "kennen sich", "arbeiten zusammen"). */
  label: string;
  minLevel: number;
  value: number | null;
  interval: [number, number] | null;
  components: IndicatorComponents;
  /** Tied pairs at this level and above. */
  ties: number;
  /** Pairs named by at least one side / by both, when the wave has survey answers. */
  pairs: { reported: number; confirmed: number; oneSided: number } | null;
}

/** The `indicator.json` contract. */
export interface IndicatorData {
  compositeLabel: string;
  components: Array<{ key: string; label: string }>;
  waves: Array<{
    wave: string;
    value: number | null;
    interval: [number, number] | null;
    responseRate: number | null;
    components: IndicatorComponents;
    notes: string[];
    byDistrict: IndicatorDistrictData[];
    /** The three levels side by side (aware, know, cooperate); absent in data stored by an older version. */
    levels?: IndicatorLevelData[];
    /** Actors and pairs the answers cover, when the wave has respondents. */
    nonResponse?: NonResponse | null;
    /** Ties of the wave that carry a level (0: the data have no levels yet, every tie counts as 3). */
    levelledTies?: number;
  }>;
}

/** The indicator of every wave of `dataset` (bootstrap seed 1), with German labels. */
export function indicatorData(dataset: Dataset): IndicatorData {
  const districtName = districtNames(dataset);
  const result = indicator(dataset, { seed: 1, lang: "de" });
  return {
    compositeLabel: indicatorMessagesDe.composite,
    components: COMPONENT_NAMES.map((key) => ({ key, label: indicatorMessagesDe.components[key] })),
    waves: result.waves.map((wave) => ({
      wave: wave.wave,
      value: wave.value,
      interval: wave.interval ?? null,
      responseRate: wave.responseRate ?? null,
      components: wave.components,
      notes: wave.notes,
      byDistrict: Object.entries(wave.byDistrict).map(([district, value]) => ({
        district: districtName(district) ?? district,
        value: value.value,
        components: value.components,
        suppressed: value.suppressed,
        actors: value.actors,
      })),
      levels: Object.entries(wave.levels ?? {}).map(([key, level]) => ({
        key: key as IndicatorLevelData["key"],
        label: indicatorMessagesDe.levels[key as IndicatorLevelData["key"]],
        minLevel: level.minLevel,
        value: level.value,
        interval: level.interval ?? null,
        components: level.components,
        ties: level.ties,
        pairs: level.pairs ?? null,
      })),
      nonResponse: wave.nonResponse ?? null,
      levelledTies: dataset.ties.filter((tie) => tie.wave === wave.wave && tie.level !== undefined).length,
    })),
  };
}
