/**
 * The Entwicklung JSON (`indicator.json`): the 6.3.3 indicator per survey wave (core's `indicator`, seeded
 * bootstrap) with its five components and the breakdown by district. A district with fewer than 5 actors
 * is suppressed by core (privacy): `suppressed: true`, `value: null`. Pure: the data loader and the upload
 * worker both call {@link indicatorData}.
 */
import { COMPONENT_NAMES, type Dataset, type IndicatorComponents, indicator } from "@vernetzt/core";
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
    })),
  };
}
