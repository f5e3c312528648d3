/**
 * `vernetzt report <path> --out DIR [--wave W] [--from W1 --to W2] [--lang de|en]`: the key figures of a
 * dataset as standalone SVG and PNG (1920 px wide), `deck.pdf` (16:9 slides, one figure each under a sentence
 * saying what it shows) and `report.html` (the same slides in one self-contained file), written to DIR.
 * Offline, in pure JavaScript (resvg for PNG, pdfkit for PDF). The figure libraries load only when this
 * command runs, so other commands do not pay for them. The date on the figures is today's (UTC), or
 * `SOURCE_DATE_EPOCH`'s for reproducible output.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Command } from "commander";
import { loadDatasetOrExit } from "../util/dataset.js";
import { UsageError } from "../util/errors.js";
import {
  contentLang,
  levelViewFlags,
  MIN_LEVEL_FLAG,
  MIN_LEVEL_HELP,
  RULE_FLAG,
  RULE_HELP,
} from "../util/flags.js";
import { prepareGeneratedFolder } from "../util/out-path.js";
import { printText } from "../util/terminal.js";
import { asUsage } from "../util/usage.js";

interface ReportCommandOptions {
  rule?: string;
  minLevel?: string;
  pseudonymize?: boolean;
  out: string;
  wave?: string;
  from?: string;
  to?: string;
  lang?: string;
  force?: boolean;
}

/** Today as `YYYY-MM-DD` (UTC), or the day of `SOURCE_DATE_EPOCH` (seconds) when set. */
export function reportDate(env: NodeJS.ProcessEnv = process.env): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== "") {
    if (!/^\d+$/.test(epoch))
      throw new UsageError(`SOURCE_DATE_EPOCH must be whole seconds since 1970, got "${epoch}".`);
    return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  }
  return new Date().toISOString().slice(0, 10);
}

const WORDS = {
  de: {
    written: (n: number, dir: string) =>
      `${n} Abbildungen (SVG und PNG), deck.pdf und report.html in ${dir} geschrieben.`,
    left: "Nicht enthalten:",
  },
  en: {
    written: (n: number, dir: string) =>
      `Wrote ${n} figures (SVG and PNG), deck.pdf and report.html to ${dir}.`,
    left: "Left out:",
  },
};

export function register(program: Command): void {
  program
    .command("report")
    .description("write the key figures (SVG, PNG), a PDF slide deck and a self-contained HTML report")
    .argument("<path>", "dataset folder or file")
    .requiredOption("--out <dir>", "output folder (created if missing)")
    .option(
      "--wave <wave>",
      "wave of the gap map, matrix, network and introductions (default: --to or the latest)",
    )
    .option(
      "--from <wave>",
      "first wave of the trend and of 'what changed' (default: the first; changes: the one before --to)",
    )
    .option("--to <wave>", "last wave of the trend and of 'what changed' (default: the latest)")
    .option(RULE_FLAG, RULE_HELP)
    .option(MIN_LEVEL_FLAG, MIN_LEVEL_HELP)
    .option("--lang <lang>", "language of the figures: de or en (default: de)")
    .option("--force", "overwrite the files of an earlier report in --out")
    .action(async (path: string, _options: unknown, command: Command) => {
      const options = command.optsWithGlobals<ReportCommandOptions>();
      const lang = contentLang(options.lang);
      const date = reportDate();
      const { dataset, note } = await loadDatasetOrExit(path, {
        lang,
        pseudonymize: options.pseudonymize === true,
        levelView: levelViewFlags(options),
      });
      // Heavy modules (Plot, linkedom, resvg, pdfkit) load here, not when the CLI starts.
      const figures = await import("@vernetzt/figures");
      const node = await import("@vernetzt/figures/node");
      const report = asUsage(() => {
        try {
          return figures.reportFigures(dataset, {
            lang,
            date,
            dataset: note.title ?? dataset.name,
            waveLabels: note.waves,
            document: node.figureDocument(),
            wave: options.wave ?? null,
            from: options.from ?? null,
            to: options.to ?? null,
          });
        } catch (error) {
          if (error instanceof figures.ReportOptionError)
            throw new UsageError(error.message.replace(/^vernetzt: /, ""));
          throw error;
        }
      });
      const names = report.figures.flatMap((figure) => [`${figure.name}.svg`, `${figure.name}.png`]);
      // w17 (#17): an earlier report is replaced only with --force, never in the dataset's own folder.
      await prepareGeneratedFolder(
        options.out,
        [...names, "deck.pdf", "report.html"],
        path,
        async () => false,
        options.force === true,
        lang,
      );
      await mkdir(options.out, { recursive: true });
      for (const figure of report.figures) {
        await writeFile(join(options.out, `${figure.name}.svg`), figure.svg);
        await writeFile(join(options.out, `${figure.name}.png`), node.svgToPng(figure.svg));
      }
      const title = report.title;
      await writeFile(
        join(options.out, "deck.pdf"),
        await node.deckPdf(report.slides, { title, date, lang }),
      );
      await writeFile(join(options.out, "report.html"), figures.reportHtml(report.slides, { title, lang }));
      const w = WORDS[lang];
      printText(`${w.written(report.figures.length, options.out)}\n`);
      if (report.skipped.length > 0)
        printText(`${w.left}\n${report.skipped.map((s) => `- ${s.reason}\n`).join("")}`);
    });
}
