/**
 * `vernetzt recommend <path> [--top K] [--actor ID] [--wave W] [--seed S] [--json] [--lang de|en]`: for each
 * actor (or one), the actors it is not yet tied to that it should meet, with reasons naming the concrete
 * offer and need, topics, partners or districts. The latest wave by default; German by default.
 * `--json` prints `{"wave", "recommendations": [{"actor", "candidate", "score", "reasons", "reasonCodes"}]}`:
 * `reasons` in words (`--lang`), `reasonCodes` as core returns them (`[{"code", "params"}]`).
 */
import { buildGraph } from "@vernetzt/core/model";
import {
  recommend,
  recommendMessagesDe,
  recommendMessagesEn,
  recommendReasonText,
} from "@vernetzt/core/recommend";
import type { Command } from "commander";
import { loadDatasetOrExit, waveIdOf } from "../util/dataset.js";
import {
  contentLang,
  integerFlag,
  levelViewFlags,
  MIN_LEVEL_FLAG,
  MIN_LEVEL_HELP,
  RULE_FLAG,
  RULE_HELP,
} from "../util/flags.js";
import { formatShare } from "../util/format.js";
import { writeJson } from "../util/json-out.js";
import { printText } from "../util/terminal.js";
import { asUsage } from "../util/usage.js";

interface RecommendCommandOptions {
  rule?: string;
  minLevel?: string;
  pseudonymize?: boolean;
  top?: string;
  actor?: string;
  wave?: string;
  seed?: string;
  json?: boolean;
  lang?: string;
}

export function register(program: Command): void {
  program
    .command("recommend")
    .description("recommend who should meet whom, with reasons")
    .argument("<path>", "dataset folder or file")
    .option("--top <k>", "recommendations per actor (default 5)")
    .option("--actor <id>", "only for this actor id")
    .option("--wave <wave>", "survey wave (default: the latest)")
    .option(RULE_FLAG, RULE_HELP)
    .option(MIN_LEVEL_FLAG, MIN_LEVEL_HELP)
    .option("--seed <seed>", "seed of the communities used for bridging (default 1)")
    .option("--json", "print the result as JSON")
    .option("--lang <lang>", "language: de or en (default: de)")
    .action(async (path: string, _options: unknown, command: Command) => {
      const options = command.optsWithGlobals<RecommendCommandOptions>();
      const lang = contentLang(options.lang);
      const top = integerFlag(options.top, "--top", 1);
      const seed = integerFlag(options.seed, "--seed", Number.MIN_SAFE_INTEGER);
      const { dataset } = await loadDatasetOrExit(path, {
        lang,
        pseudonymize: options.pseudonymize === true,
        levelView: levelViewFlags(options),
      });
      const result = asUsage(() =>
        recommend(
          buildGraph(dataset, options.wave === undefined ? {} : { wave: waveIdOf(dataset, options.wave) }),
          {
            districts: dataset.districts,
            ...(options.actor === undefined ? {} : { actor: options.actor }),
            ...(top === undefined ? {} : { top }),
            ...(seed === undefined ? {} : { seed }),
          },
        ),
      );
      if (options.json) {
        await writeJson({
          wave: result.wave,
          recommendations: result.recommendations.map(({ reasons, ...r }) => ({
            ...r,
            reasons: reasons.map((reason) => recommendReasonText(reason, lang)),
            reasonCodes: reasons,
          })),
        });
        return;
      }
      const m = lang === "de" ? recommendMessagesDe : recommendMessagesEn;
      const names = new Map(dataset.actors.map((a) => [a.id, a.name]));
      const lines: string[] = [];
      const actors = options.actor === undefined ? dataset.actors.map((a) => a.id) : [options.actor];
      for (const actor of actors) {
        const mine = result.recommendations.filter((r) => r.actor === actor);
        lines.push(m.cliHeading({ actor: names.get(actor) ?? actor }));
        if (mine.length === 0) lines.push(`  (${m.cliNone})`);
        mine.forEach((r, i) => {
          lines.push(`  ${i + 1}. ${names.get(r.candidate) ?? r.candidate} (${formatShare(lang, r.score)})`);
          lines.push(...r.reasons.map((reason) => `     - ${recommendReasonText(reason, lang)}`));
        });
      }
      printText(`${lines.join("\n")}\n`);
    });
}
