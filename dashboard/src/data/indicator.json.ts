/**
 * Data loader: the 6.3.3 indicator per survey wave (core's `indicator`, seeded bootstrap), with its five
 * components and the breakdown by district, for the Entwicklung page. Writes JSON to stdout.
 */
import { COMPONENT_NAMES, indicator } from "@vernetzt/core";
import { indicatorMessagesDe } from "../../../packages/core/src/i18n/de/indicator.js";
import { districtNames, readDataset } from "../../loaders/dataset.js";

async function main(): Promise<void> {
  const dataset = await readDataset();
  const districtName = districtNames(dataset);
  const result = indicator(dataset, { seed: 1, lang: "de" });
  const output = {
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
      })),
    })),
  };
  process.stdout.write(JSON.stringify(output));
}

main().catch((error: unknown) => {
  process.stderr.write(`indicator.json: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
