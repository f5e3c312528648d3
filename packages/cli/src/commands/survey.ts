/**
 * `vernetzt survey make <dataset> --out DIR [--wave W] [--title T] [--contact C] [--deadline D]`: the forms of
 * one survey wave ("Wer kennt wen?", goal 6.3.3), per actor as XLSX, offline HTML and paper version, with the
 * cover letter and the list of who got which form. An actor list alone is a dataset here.
 *
 * `vernetzt survey collect <dataset> <returns> --out DIR [--wave W] [--json]`: reads every returned file in
 * `<returns>` (a folder, read with its subfolders, or one file), writes the dataset with the wave's answers to
 * DIR and prints the report (who answered, the reminder list, duplicates, unusable files, confirmed and
 * one-sided pairs, level disagreements, write-ins). `--json` prints the report as JSON (docs/cli.md).
 */
import { mkdir, readdir, readFile, stat, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import type { InputFile } from "@vernetzt/core/io";
import {
  collectedFiles,
  collectSurvey,
  makeSurvey,
  type SurveyFile,
  surveyMessagesDe,
  surveyMessagesEn,
  surveyReportText,
} from "@vernetzt/core/survey";
import type { Command } from "commander";
import { loadDatasetOrExit } from "../util/dataset.js";
import { UsageError } from "../util/errors.js";
import { contentLang, integerFlag } from "../util/flags.js";
import { writeJson } from "../util/json-out.js";
import { printText } from "../util/terminal.js";
import { asUsage } from "../util/usage.js";

interface MakeOptions {
  out: string;
  wave?: string;
  title?: string;
  contact?: string;
  deadline?: string;
  writeInRows?: string;
  lang?: string;
}

interface CollectOptions {
  out: string;
  wave?: string;
  json?: boolean;
  lang?: string;
}

export function register(program: Command): void {
  const survey = program
    .command("survey")
    .description("the 6.3.3 survey: make the forms of a wave, collect the returned forms");
  survey
    .command("make")
    .description("one form per actor (Excel, offline HTML, paper), a cover letter and the distribution list")
    .argument("<dataset>", "dataset folder or file; an actor list alone will do")
    .requiredOption("--out <dir>", "output folder (created if missing)")
    .option("--wave <wave>", "the wave asked about (default: the wave after the last one with data, else 1)")
    .option("--title <text>", "title on forms and letter (default: the dataset's name)")
    .option("--contact <text>", "who receives the answers, e.g. a name and e-mail address")
    .option("--deadline <text>", "until when to answer, e.g. '31. März 2025'")
    .option("--write-in-rows <n>", "empty rows for partners missing from the list (default 10)")
    .option("--lang <lang>", "language of messages: de or en (default: de; the forms are German)")
    .action(async (path: string, _options: unknown, command: Command) => {
      const options = command.optsWithGlobals<MakeOptions>();
      const lang = contentLang(options.lang);
      const writeInRows = integerFlag(options.writeInRows, "--write-in-rows", 0);
      const { dataset } = await loadDatasetOrExit(path, { lang, requireTies: false, keepNames: true });
      const result = await asUsage(() =>
        makeSurvey(dataset, {
          ...(options.wave === undefined ? {} : { wave: options.wave }),
          ...(options.title === undefined ? {} : { title: options.title }),
          ...(options.contact === undefined ? {} : { contact: options.contact }),
          ...(options.deadline === undefined ? {} : { deadline: options.deadline }),
          ...(writeInRows === undefined ? {} : { writeInRows }),
        }),
      );
      await writeFiles(options.out, result.files);
      const m = lang === "de" ? surveyMessagesDe : surveyMessagesEn;
      const lines = [m.made({ forms: result.recipients.length, wave: result.wave, dir: options.out })];
      if (result.notAsked > 0) lines.push(m.notAsked({ persons: result.notAsked }));
      const placeholders = [...(options.contact ? [] : ["Kontakt"]), ...(options.deadline ? [] : ["Datum"])];
      if (placeholders.length > 0) lines.push(m.letterPlaceholders({ missing: placeholders }));
      printText(`${lines.join("\n")}\n`);
    });
  survey
    .command("collect")
    .description("read the returned forms, write the dataset with the new wave and report who answered")
    .argument("<dataset>", "the dataset the forms were made from")
    .argument("<returns>", "folder (with subfolders) or file of returned forms (.xlsx, saved .html)")
    .requiredOption("--out <dir>", "output folder for the dataset with the new wave (created if missing)")
    .option("--wave <wave>", "the wave collected (default: the wave the forms name)")
    .option("--json", "print the report as JSON")
    .option("--lang <lang>", "language: de or en (default: de)")
    .action(async (path: string, returns: string, _options: unknown, command: Command) => {
      const options = command.optsWithGlobals<CollectOptions>();
      const lang = contentLang(options.lang);
      if (resolve(options.out) === resolve(path)) {
        throw new UsageError(
          `--out ${options.out} is the dataset itself: write the collected dataset to a new folder, so the original stays as it was.`,
        );
      }
      const { dataset } = await loadDatasetOrExit(path, { lang, requireTies: false, keepNames: true });
      const files = await readReturns(returns);
      const result = await asUsage(() =>
        collectSurvey(dataset, files, options.wave === undefined ? {} : { wave: options.wave }),
      );
      await writeFiles(options.out, collectedFiles(result, lang));
      if (options.json) {
        await writeJson(result.report);
        return;
      }
      const m = lang === "de" ? surveyMessagesDe : surveyMessagesEn;
      printText(
        `${[...surveyReportText(result.report, lang), "", m.written({ dir: options.out })].join("\n")}\n`,
      );
    });
}

async function writeFiles(dir: string, files: readonly SurveyFile[]): Promise<void> {
  for (const file of files) {
    const target = join(dir, ...file.path.split("/"));
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, file.data);
  }
}

/** Every file of a folder and its subfolders (hidden files and Office lock files left out), or the one file. */
async function readReturns(path: string): Promise<InputFile[]> {
  const info = await stat(path).catch(() => {
    throw new UsageError(`${path}: no such file or folder of returned forms.`);
  });
  if (!info.isDirectory())
    return [{ name: path.replace(/^.*[\\/]/, ""), data: new Uint8Array(await readFile(path)) }];
  const entries = await readdir(path, { recursive: true, withFileTypes: true });
  const files: InputFile[] = [];
  for (const entry of entries) {
    if (!entry.isFile() || entry.name.startsWith(".") || entry.name.startsWith("~$")) continue;
    const full = join(entry.parentPath ?? (entry as unknown as { path: string }).path, entry.name);
    files.push({
      name: relative(path, full).replace(/\\/g, "/"),
      data: new Uint8Array(await readFile(full)),
    });
  }
  return files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
