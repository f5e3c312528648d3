/**
 * `vernetzt compare <path> --from W1 --to W2 [--samples K] [--min-group-size K] [--json]
 * [--lang de|en]`: what changed between two survey
 * waves — new and lost actors and ties, each 6.3.3 component, every actor's degree and betweenness, and
 * which districts gained or lost ties across district borders. `--json` prints core `compareWaves`' result:
 * `{"from", "to", "actors": {"new", "lost"}, "ties": {"new", "lost"}, "indicator": {"value", "components"},
 * "centrality": [{"actor", "degree", "betweenness"}], "districts": {"crossDistrictTies", "gained", "lost"}}`,
 * each change as `{"from", "to", "change"}`, and `"minGroupSize"`. A district with fewer actors than
 * `--min-group-size` (default 5) has `null` cross-district figures (`"suppressed": true`) and is named in
 * neither list.
 */
import { indicatorMessagesDe, indicatorMessagesEn } from "@vernetzt/core/indicators";
import { compareWaves } from "@vernetzt/core/waves";
import type { Command } from "commander";
import { loadDatasetOrExit, waveIdOf, waveName } from "../util/dataset.js";
import {
  contentLang,
  integerFlag,
  levelViewFlags,
  MIN_GROUP_SIZE_FLAG,
  MIN_GROUP_SIZE_HELP,
  MIN_LEVEL_FLAG,
  MIN_LEVEL_HELP,
  minGroupSizeFlag,
  RULE_FLAG,
  RULE_HELP,
} from "../util/flags.js";
import { formatShare } from "../util/format.js";
import { writeJson } from "../util/json-out.js";
import { printText } from "../util/terminal.js";
import { asUsage } from "../util/usage.js";

interface CompareCommandOptions {
  rule?: string;
  minLevel?: string;
  pseudonymize?: boolean;
  from: string;
  to: string;
  samples?: string;
  minGroupSize?: string;
  json?: boolean;
  lang?: string;
}

export function register(program: Command): void {
  program
    .command("compare")
    .description("compare two survey waves: new and lost actors and ties, indicator, centrality, districts")
    .argument("<path>", "dataset folder or file")
    .requiredOption("--from <wave>", "the earlier wave")
    .requiredOption("--to <wave>", "the later wave")
    .option("--samples <k>", "estimate betweenness from k sampled actors (large networks; default: exact)")
    .option(RULE_FLAG, RULE_HELP)
    .option(MIN_LEVEL_FLAG, MIN_LEVEL_HELP)
    .option(MIN_GROUP_SIZE_FLAG, MIN_GROUP_SIZE_HELP)
    .option("--json", "print the result as JSON")
    .option("--lang <lang>", "language: de or en (default: de)")
    .action(async (path: string, _options: unknown, command: Command) => {
      const options = command.optsWithGlobals<CompareCommandOptions>();
      const lang = contentLang(options.lang);
      const { dataset } = await loadDatasetOrExit(path, {
        lang,
        pseudonymize: options.pseudonymize === true,
        levelView: levelViewFlags(options),
      });
      const samples = integerFlag(options.samples, "--samples", 1);
      const minGroupSize = minGroupSizeFlag(options.minGroupSize);
      const result = asUsage(() =>
        compareWaves(dataset, waveIdOf(dataset, options.from), waveIdOf(dataset, options.to), {
          ...(samples === undefined ? {} : { betweennessSamples: samples }),
          ...(minGroupSize === undefined ? {} : { minGroupSize }),
        }),
      );
      if (options.json) {
        await writeJson(result);
        return;
      }
      const m = lang === "de" ? indicatorMessagesDe : indicatorMessagesEn;
      const show = (value: number | null) => formatShare(lang, value, m.notApplicableShort);
      const signed = (value: number | null) =>
        value !== null && value > 0 ? `+${show(value)}` : show(value);
      const lines = [
        m.compareHeading({ from: waveName(dataset, result.from), to: waveName(dataset, result.to) }),
        `  ${m.compareActors({ added: result.actors.new.length, lost: result.actors.lost.length })}`,
        `  ${m.compareTies({ added: result.ties.new.length, lost: result.ties.lost.length })}`,
        `  ${m.composite}: ${show(result.indicator.value.from)} → ${show(result.indicator.value.to)} (${signed(result.indicator.value.change)})`,
        ...Object.entries(result.indicator.components).map(
          ([name, c]) =>
            `    ${m.components[name as keyof typeof m.components]}: ${show(c.from)} → ${show(c.to)} (${signed(c.change)})`,
        ),
        `  ${m.compareDistricts({ gained: result.districts.gained.join(", "), lost: result.districts.lost.join(", ") })}`,
      ];
      const hidden = result.districts.crossDistrictTies.filter((d) => d.suppressed).map((d) => d.district);
      if (hidden.length > 0) {
        lines.push(`    ${m.compareSuppressed({ k: result.minGroupSize, districts: hidden.join(", ") })}`);
      }
      printText(`${lines.join("\n")}\n`);
    });
}
