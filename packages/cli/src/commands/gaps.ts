/**
 * `vernetzt gaps <path> [--by ATTR] [--wave W] [--expectation degree|external] [--min-expected X] [--seed S]
 * [--permutations N] [--min-group-size K] [--json] [--lang de|en]`:
 * pairs of districts, sectors (or `district×sector`, any column) with fewer ties than their actors' degrees
 * lead one to expect, most severe first, with reasons. The latest wave by default; German by default.
 * `--json` prints `{"by", "wave", "categories", "observed", "expected", "gaps": [{"a", "b", "observed",
 * "expected", "ratio", "pValue", "reasons", "suppressed", "reasonCodes"}], "minGroupSize", "groupSizes",
 * "suppressedCategories", "isolated": [{"category", "actors", "tiesInside", "reasons", "reasonCodes"}]}` (see
 * core `gaps`): `reasons` in words (`--lang`), `reasonCodes` as core returns them (`[{"code", "params"}]`).
 * Categories with no tie to any other come first in the text, before every pair. Pairs with a category of
 * fewer than `--min-group-size` actors (default 5), one a person, have `null` figures in the JSON and none in the text, where
 * they are listed last as "< 5". The null model defaults to core's (`external`), as in the dashboard.
 */
import {
  DEFAULT_GAPS_OPTIONS,
  type GapReason,
  gapReasonText,
  gaps,
  gapsMessagesDe,
  gapsMessagesEn,
} from "@vernetzt/core/gaps";
import { buildGraph } from "@vernetzt/core/model";
import { DEFAULT_SUPPRESSION_OPTIONS } from "@vernetzt/core/privacy";
import type { Command } from "commander";
import { loadDatasetOrExit, waveIdOf, waveName } from "../util/dataset.js";
import { UsageError } from "../util/errors.js";
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
import { writeJson } from "../util/json-out.js";
import { printText } from "../util/terminal.js";
import { asUsage } from "../util/usage.js";

interface GapsCommandOptions {
  rule?: string;
  minLevel?: string;
  by: string;
  pseudonymize?: boolean;
  expectation: string;
  minExpected?: string;
  wave?: string;
  seed?: string;
  permutations?: string;
  minGroupSize?: string;
  json?: boolean;
  lang?: string;
}

export function register(program: Command): void {
  program
    .command("gaps")
    .description("find pairs of districts or sectors with fewer ties than expected (gap map)")
    .argument("<path>", "dataset folder or file")
    .option(
      "--by <attribute>",
      'district, sector, any column, or two joined with "×" (district×sector)',
      "district",
    )
    .option("--wave <wave>", "survey wave (default: the latest)")
    .option(RULE_FLAG, RULE_HELP)
    .option(MIN_LEVEL_FLAG, MIN_LEVEL_HELP)
    .option(
      "--expectation <model>",
      "null model: external (only ties across borders; sharper when districts keep to themselves) or degree (all ties)",
      DEFAULT_GAPS_OPTIONS.expectation,
    )
    .option("--min-expected <x>", "list only pairs expected to have at least x ties (default 1)")
    .option("--seed <seed>", "seed of the permutation test (default 1)")
    .option("--permutations <n>", "label permutations for the p-values; 0 skips them (default 999)")
    .option(MIN_GROUP_SIZE_FLAG, MIN_GROUP_SIZE_HELP)
    .option("--json", "print the result as JSON")
    .option("--lang <lang>", "language: de or en (default: de)")
    .action(async (path: string, _options: unknown, command: Command) => {
      const options = command.optsWithGlobals<GapsCommandOptions>();
      const lang = contentLang(options.lang);
      const seed = integerFlag(options.seed, "--seed", Number.MIN_SAFE_INTEGER);
      const permutations = integerFlag(options.permutations, "--permutations", 0);
      const minGroupSize = minGroupSizeFlag(options.minGroupSize);
      const minExpected =
        options.minExpected === undefined ? undefined : Number(options.minExpected.replace(",", "."));
      if (minExpected !== undefined && !(minExpected >= 0)) {
        throw new UsageError(`--min-expected must be a number ≥ 0, got "${options.minExpected}".`);
      }
      const { dataset } = await loadDatasetOrExit(path, {
        lang,
        pseudonymize: options.pseudonymize === true,
        levelView: levelViewFlags(options),
      });
      const graph = buildGraph(
        dataset,
        options.wave === undefined ? {} : { wave: waveIdOf(dataset, options.wave) },
      );
      const messages = lang === "de" ? gapsMessagesDe : gapsMessagesEn;
      // The default --by district on data without districts is not a mistake of the user: say so, exit 0.
      if (command.getOptionValueSource("by") === "default" && !dataset.actors.some((a) => a.district)) {
        const empty = { by: "district", wave: graph.getAttribute("wave"), categories: [], observed: [] };
        printText(`${messages.cliNoDistricts}\n`, process.stderr);
        if (options.json) {
          const none = {
            expected: [],
            gaps: [],
            minGroupSize: minGroupSize ?? DEFAULT_SUPPRESSION_OPTIONS.k,
            groupSizes: [],
          };
          const result = { ...empty, ...none, suppressedCategories: [], isolated: [] };
          await writeJson(result);
        }
        return;
      }
      const result = asUsage(() =>
        gaps(graph, {
          by: options.by,
          expectation: options.expectation as "degree" | "external",
          labels: Object.fromEntries(dataset.districts.map((d) => [d.id, d.name])),
          ...(seed === undefined ? {} : { seed }),
          ...(permutations === undefined ? {} : { permutations }),
          ...(minExpected === undefined ? {} : { minExpected }),
          ...(minGroupSize === undefined ? {} : { minGroupSize }),
        }),
      );
      const words = (reasons: readonly GapReason[]) => reasons.map((reason) => gapReasonText(reason, lang));
      if (options.json) {
        // reasons in words (--lang) where they always were, and as codes for programs at the end
        const worded = <T extends { reasons: GapReason[] }>(entry: T) => ({
          ...entry,
          reasons: words(entry.reasons),
          reasonCodes: entry.reasons,
        });
        await writeJson({ ...result, gaps: result.gaps.map(worded), isolated: result.isolated.map(worded) });
        return;
      }
      const label = (category: string) =>
        category
          .split("×")
          .map((part) => dataset.districts.find((d) => d.id === part)?.name ?? part)
          .join("×");
      const lines = [messages.cliHeading({ by: result.by, wave: waveName(dataset, result.wave) })];
      if (result.gaps.length === 0 && result.isolated.length === 0) lines.push(messages.cliNone);
      const entries = [
        ...result.isolated.map((c) => ({
          title: `${label(c.category)} – ${messages.cliIsolated({ by: result.by })}`,
          ...c,
        })),
        ...result.gaps.map((gap) => ({ title: `${label(gap.a)} – ${label(gap.b)}`, ...gap })),
      ];
      entries.forEach((entry, i) => {
        lines.push(`${i + 1}. ${entry.title}`, ...words(entry.reasons).map((reason) => `   - ${reason}`));
      });
      if (result.gaps.some((gap) => gap.suppressed)) {
        lines.push("", messages.cliSuppressedNote({ k: result.minGroupSize }));
      }
      printText(`${lines.join("\n")}\n`);
    });
}
