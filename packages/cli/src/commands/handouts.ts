/**
 * `vernetzt handouts <path> --out DIR [--wave W] [--top K] [--seed S] [--lang de|en]`: one printable A4 HTML
 * page per actor (partners, place in the network in plain words, recommended contacts with reasons) and an
 * `index.html`, written to DIR. German by default; persons without consent appear under a pseudonym. Run again
 * into the same DIR, it needs `--force` and deletes the earlier run's pages it does not write again (a person
 * who withdrew consent keeps no page there).
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import {
  HANDOUTS_GENERATOR,
  handoutsMessagesDe,
  handoutsMessagesEn,
  renderHandouts,
} from "@vernetzt/core/handouts";
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
import { hasGeneratorMarker, prepareGeneratedFolder } from "../util/out-path.js";
import { printText } from "../util/terminal.js";
import { asUsage } from "../util/usage.js";

interface HandoutsCommandOptions {
  rule?: string;
  minLevel?: string;
  pseudonymize?: boolean;
  out: string;
  wave?: string;
  top?: string;
  seed?: string;
  lang?: string;
  force?: boolean;
}

export function register(program: Command): void {
  program
    .command("handouts")
    .description("write one printable A4 page per actor with partners and recommended contacts")
    .argument("<path>", "dataset folder or file")
    .requiredOption("--out <dir>", "output folder (created if missing)")
    .option("--wave <wave>", "survey wave (default: the latest)")
    .option(RULE_FLAG, RULE_HELP)
    .option(MIN_LEVEL_FLAG, MIN_LEVEL_HELP)
    .option("--top <k>", "recommended contacts per page (default 5)")
    .option("--seed <seed>", "seed of the recommendations (default 1)")
    .option("--lang <lang>", "language: de or en (default: de)")
    .option(
      "--force",
      "replace the handouts of an earlier run in --out (its pages not written again are deleted)",
    )
    .action(async (path: string, _options: unknown, command: Command) => {
      const options = command.optsWithGlobals<HandoutsCommandOptions>();
      const lang = contentLang(options.lang);
      const top = integerFlag(options.top, "--top", 1);
      const seed = integerFlag(options.seed, "--seed", Number.MIN_SAFE_INTEGER);
      const { dataset } = await loadDatasetOrExit(path, {
        lang,
        pseudonymize: options.pseudonymize === true,
        levelView: levelViewFlags(options),
      });
      const files = asUsage(() =>
        renderHandouts(dataset, {
          lang,
          pseudonymizeAll: options.pseudonymize === true,
          ...(options.wave === undefined ? {} : { wave: waveIdOf(dataset, options.wave) }),
          ...(top === undefined ? {} : { top }),
          ...(seed === undefined ? {} : { seed }),
        }),
      );
      await prepareGeneratedFolder(
        options.out,
        files.map((file) => file.path),
        path,
        (_name, file) => hasGeneratorMarker(file, HANDOUTS_GENERATOR),
        options.force === true,
        lang,
      );
      await mkdir(options.out, { recursive: true });
      for (const file of files) await writeFile(join(options.out, file.path), file.html);
      const m = lang === "de" ? handoutsMessagesDe : handoutsMessagesEn;
      printText(`${m.cliWritten({ count: files.length - 1, dir: options.out })}\n`);
    });
}
