/**
 * `vernetzt indicator <path> [--wave W]… [--replicates N] [--seed S] [--json] [--lang de|en]`: the 6.3.3
 * indicator ("Die unterschiedlichen Akteure der Stadtgesellschaft wissen voneinander, kennen sich und
 * arbeiten zusammen") per wave and district, with its five components always shown next to it.
 * `--json` prints `{"rule", "minLevel", "waves": [{"wave", "value", "components": {"connected", "reach2",
 * "crossDistrict", "crossSector", "isolated"}, "byDistrict": {…}, "notes": […], "responseRate"?, "interval"?,
 * "levels": {"aware", "know", "cooperate"}, "nonResponse"?}]}` (docs/cli.md). `--rule` and `--min-level` choose
 * the level rule and the composite's lowest level; the levels are always reported.
 */
import {
  COMPONENT_NAMES,
  type IndicatorComponents,
  type IndicatorMessages,
  type IndicatorWave,
  indicator,
  indicatorMessagesDe,
  indicatorMessagesEn,
} from "@vernetzt/core/indicators";
import type { LevelName } from "@vernetzt/core/model";
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
import { formatNumber, formatShare } from "../util/format.js";
import { writeJson } from "../util/json-out.js";
import { printText } from "../util/terminal.js";
import { asUsage } from "../util/usage.js";

interface IndicatorCommandOptions {
  pseudonymize?: boolean;
  wave?: string[];
  replicates?: string;
  seed?: string;
  minGroupSize?: string;
  rule?: string;
  minLevel?: string;
  json?: boolean;
  lang?: string;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function register(program: Command): void {
  program
    .command("indicator")
    .description("the 6.3.3 indicator per survey wave and district, with its components")
    .argument("<path>", "dataset folder or file")
    .option("--wave <wave>", "only this wave (repeatable; default: every wave)", collect)
    .option("--replicates <n>", "bootstrap replicates for waves with respondents; 0 skips (default 200)")
    .option("--seed <seed>", "seed of the bootstrap (default 1)")
    .option(MIN_GROUP_SIZE_FLAG, MIN_GROUP_SIZE_HELP)
    .option(RULE_FLAG, RULE_HELP)
    .option(MIN_LEVEL_FLAG, MIN_LEVEL_HELP)
    .option("--json", "print the result as JSON")
    .option("--lang <lang>", "language: de or en (default: de)")
    .action(async (path: string, _options: unknown, command: Command) => {
      const options = command.optsWithGlobals<IndicatorCommandOptions>();
      const lang = contentLang(options.lang);
      const replicates = integerFlag(options.replicates, "--replicates", 0);
      const seed = integerFlag(options.seed, "--seed", Number.MIN_SAFE_INTEGER);
      const minGroupSize = minGroupSizeFlag(options.minGroupSize);
      const view = levelViewFlags(options) ?? {};
      const { dataset } = await loadDatasetOrExit(path, {
        lang,
        pseudonymize: options.pseudonymize === true,
      });
      const result = asUsage(() =>
        indicator(dataset, {
          lang,
          ...(options.wave === undefined ? {} : { waves: options.wave.map((w) => waveIdOf(dataset, w)) }),
          ...(replicates === undefined ? {} : { replicates }),
          ...(seed === undefined ? {} : { seed }),
          ...(minGroupSize === undefined ? {} : { minGroupSize }),
          ...view,
        }),
      );
      if (options.json) {
        await writeJson(result);
        return;
      }
      const m = lang === "de" ? indicatorMessagesDe : indicatorMessagesEn;
      const share = (value: number | null) => formatShare(lang, value, m.notApplicableShort);
      const districtName = new Map(dataset.districts.map((d) => [d.id, d.name]));
      const lines: string[] = [];
      for (const wave of result.waves) {
        const extra = [
          wave.interval
            ? m.cliInterval({ low: share(wave.interval[0]), high: share(wave.interval[1]), level: "95" })
            : "",
          wave.responseRate === undefined
            ? ""
            : m.cliResponseRate({ rate: formatNumber(lang, wave.responseRate * 100) }),
        ].filter(Boolean);
        lines.push(
          m.cliWave({ wave: waveName(dataset, wave.wave), value: share(wave.value) }) +
            (extra.length ? ` (${extra.join("; ")})` : ""),
        );
        lines.push(...componentLines(wave.components, m.components, share, "  "));
        lines.push(...wave.notes.map((note) => `  ! ${note}`));
        // districts by name (the districts table), as every other command and the dashboard show them
        const districts = Object.entries(wave.byDistrict).map(
          ([id, value]) => [districtName.get(id) ?? id, value] as const,
        );
        if (districts.length > 0) lines.push(`  ${m.cliByDistrict}`);
        for (const [district, value] of districts) {
          if (value.suppressed) {
            lines.push(`    ${district}: < ${minGroupSize ?? 5} (${m.cliSuppressed})`);
            continue;
          }
          const parts = COMPONENT_NAMES.map((name) => `${m.short[name]} ${share(value.components[name])}`);
          lines.push(`    ${district}: ${share(value.value)} (${parts.join(", ")})`);
        }
        lines.push(...levelLines(wave, m, share, lang));
      }
      if (result.rule !== "max" || result.minLevel > 1) {
        lines.push(m.cliRule({ rule: result.rule, minLevel: result.minLevel }));
      }
      printText(`${lines.join("\n")}\n`);
    });
}

/** The three levels side by side, the pairs each side named and the non-response of a wave. */
function levelLines(
  wave: IndicatorWave,
  m: IndicatorMessages,
  share: (value: number | null) => string,
  lang: "de" | "en",
): string[] {
  if (!wave.levels) return [];
  const lines = [`  ${m.levelsHeading}`];
  for (const name of Object.keys(wave.levels) as LevelName[]) {
    const level = wave.levels[name];
    const interval = level.interval ? ` [${share(level.interval[0])}–${share(level.interval[1])}]` : "";
    lines.push(
      `    ${m.cliLevel({ name: m.levels[name], minLevel: level.minLevel, value: share(level.value), ties: level.ties })}${interval}`,
    );
    const parts = COMPONENT_NAMES.map((c) => `${m.short[c]} ${share(level.components[c])}`);
    lines.push(`      ${parts.join(", ")}`);
    if (level.pairs) lines.push(`      ${m.cliReported(level.pairs)}`);
  }
  const nr = wave.nonResponse;
  if (nr) {
    const rate = nr.pairs === 0 ? 0 : (nr.pairsAnswered / nr.pairs) * 100;
    lines.push(
      `  ${m.cliNonResponse({ respondents: nr.respondents, actors: nr.actors, answered: nr.pairsAnswered, pairs: nr.pairs, share: formatNumber(lang, rate) })}`,
    );
  }
  return lines;
}

function componentLines(
  components: IndicatorComponents,
  labels: Record<keyof IndicatorComponents, string>,
  share: (value: number | null) => string,
  indent: string,
): string[] {
  return COMPONENT_NAMES.map((name) => `${indent}${labels[name]}: ${share(components[name])}`);
}
