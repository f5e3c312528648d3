/**
 * `vernetzt generate --actors N [--districts K] [--waves W] --seed S --out DIR`: writes a synthetic,
 * fictional dataset folder (English CSV files) of any size. The rows come from core's `generateNetwork`
 * as streams; this file only writes them, in 64 KiB chunks through write streams that respect
 * back-pressure, so memory stays bounded even for a million actors. Same options and seed, same bytes.
 */
import { createWriteStream } from "node:fs";
import { mkdir, readdir } from "node:fs/promises";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import {
  GENERATED_CSV_FILES,
  type GeneratedCsvTable,
  type GenerateMessages,
  type GenerateNetworkOptions,
  GenerateOptionError,
  generatedCsvTables,
  generateMessages,
  generateNetwork,
} from "@vernetzt/core/generate";
import type { Command } from "commander";
import { UsageError } from "../util/errors.js";
import { writeJson } from "../util/json-out.js";
import { resolveLang } from "../util/lang.js";
import { printText } from "../util/terminal.js";

interface GenerateFlags {
  actors: string;
  districts?: string;
  waves?: string;
  seed: string;
  out: string;
  meanDegree?: string;
  withinDistrict?: string;
  withinSector?: string;
  degreeExponent?: string;
  responseRate?: string;
  force?: boolean;
  json?: boolean;
}

/** What was written: the `--json` output. */
export interface GenerateSummary {
  out: string;
  options: Record<string, unknown>;
  files: Array<{ file: string; rows: number; bytes: number }>;
  seconds: number;
}

const CHUNK_BYTES = 1 << 16;

/** Joins lines into chunks of about 64 KiB, counting rows (header excluded) and bytes as they pass. */
function* chunks(lines: Iterable<string>, stats: { rows: number; bytes: number }): Generator<string> {
  let chunk = "";
  for (const line of lines) {
    chunk += `${line}\n`;
    stats.rows++;
    if (chunk.length >= CHUNK_BYTES) {
      stats.bytes += Buffer.byteLength(chunk);
      yield chunk;
      chunk = "";
    }
  }
  if (chunk !== "") {
    stats.bytes += Buffer.byteLength(chunk);
    yield chunk;
  }
  stats.rows--; // the header
}

async function writeTable(dir: string, table: GeneratedCsvTable): Promise<{ rows: number; bytes: number }> {
  const stats = { rows: 0, bytes: 0 };
  // Readable.from pulls the next chunk only when the file stream has room: back-pressure for free.
  await pipeline(Readable.from(chunks(table.lines(), stats)), createWriteStream(join(dir, table.file)));
  return stats;
}

function parseNumber(flag: string, value: string | undefined, t: GenerateMessages): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value.replaceAll("_", ""));
  if (value.trim() === "" || !Number.isFinite(number)) throw new UsageError(t.notANumber({ flag, value }));
  return number;
}

/** Generator options from the command-line flags (numbers parsed; ranges are checked by core). */
function optionsFrom(flags: GenerateFlags, t: GenerateMessages): GenerateNetworkOptions {
  const options: GenerateNetworkOptions = {};
  const numeric: Array<[keyof GenerateNetworkOptions, string, string | undefined]> = [
    ["actors", "--actors", flags.actors],
    ["districts", "--districts", flags.districts],
    ["waves", "--waves", flags.waves],
    ["meanDegree", "--mean-degree", flags.meanDegree],
    ["withinDistrict", "--within-district", flags.withinDistrict],
    ["withinSector", "--within-sector", flags.withinSector],
    ["degreeExponent", "--degree-exponent", flags.degreeExponent],
    ["responseRate", "--response-rate", flags.responseRate],
  ];
  for (const [option, flag, value] of numeric) {
    const number = parseNumber(flag, value, t);
    if (number !== undefined) (options as Record<string, number>)[option] = number;
  }
  // A seed that is a plain integer is a number (so `--seed 7` equals `generateNetwork({ seed: 7 })`).
  options.seed = /^-?\d+$/.test(flags.seed) ? Number(flags.seed) : flags.seed;
  return options;
}

const FLAG_OF: Record<string, string> = {
  meanDegree: "--mean-degree",
  withinDistrict: "--within-district",
  withinSector: "--within-sector",
  degreeExponent: "--degree-exponent",
  responseRate: "--response-rate",
};

/** Refuses to mix generated files into a folder that already holds a dataset, unless `--force`. */
async function prepareOut(dir: string, force: boolean, t: GenerateMessages): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
    const existing = new Set(await readdir(dir));
    const clash = GENERATED_CSV_FILES.find((file) => existing.has(file));
    if (clash && !force) throw new UsageError(t.outNotEmpty({ dir, file: clash }));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(
      t.outNotWritable({ path: dir, reason: (error as NodeJS.ErrnoException).code ?? String(error) }),
    );
  }
}

/** Generates and writes the dataset; the function behind the command, usable from tests. */
export async function runGenerate(flags: GenerateFlags, t: GenerateMessages): Promise<GenerateSummary> {
  const started = performance.now();
  let network: ReturnType<typeof generateNetwork>;
  try {
    network = generateNetwork(optionsFrom(flags, t));
  } catch (error) {
    if (!(error instanceof GenerateOptionError)) throw error;
    throw new UsageError(
      t.invalidOption({
        flag: FLAG_OF[error.option] ?? `--${error.option}`,
        value: JSON.stringify(error.value),
        expected: t.expected[error.option] ?? "",
      }),
    );
  }
  await prepareOut(flags.out, flags.force === true, t);
  const files: GenerateSummary["files"] = [];
  for (const table of generatedCsvTables(network)) {
    try {
      files.push({ file: table.file, ...(await writeTable(flags.out, table)) });
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? String(error);
      throw new UsageError(t.outNotWritable({ path: join(flags.out, table.file), reason }));
    }
  }
  return {
    out: flags.out,
    options: { ...network.options },
    files,
    seconds: Number(((performance.now() - started) / 1000).toFixed(2)),
  };
}

export function register(program: Command): void {
  program
    .command("generate")
    .description("write a synthetic, fictional dataset folder of any size (streamed; same seed, same bytes)")
    .requiredOption("--actors <n>", "number of actors")
    .option("--districts <k>", "number of districts (default: √actors / 2.5, between 1 and 500)")
    .option("--waves <w>", "number of survey waves (default 3)")
    .option("--seed <s>", "seed of every random choice: a number or a text", "1")
    .requiredOption("--out <dir>", "folder to write the CSV files to (created if missing)")
    .option("--mean-degree <x>", "mean number of ties per actor and wave (default 6)")
    .option("--within-district <p>", "probability that a tie stays inside the district (default 0.8)")
    .option(
      "--within-sector <p>",
      "probability that a tie's other end is drawn from the own sector (default 0.35)",
    )
    .option("--degree-exponent <g>", "tail exponent of the degree distribution, > 2 (default 2.5)")
    .option("--response-rate <p>", "probability that an actor answers a wave's survey (default 0.8)")
    .option("--force", "overwrite the dataset files of an existing dataset in --out")
    .option("--json", "print a JSON summary (files, rows, bytes, resolved options) instead of a sentence")
    .action(async (flags: GenerateFlags, command: Command) => {
      const t = generateMessages(resolveLang(command.optsWithGlobals().lang));
      const summary = await runGenerate(flags, t);
      if (flags.json) {
        await writeJson(summary);
      } else {
        const rows = (file: string): number => summary.files.find((f) => f.file === file)?.rows ?? 0;
        const waves = Number(summary.options.waves);
        printText(
          `${t.written({ dir: summary.out, actors: rows("actors.csv"), ties: rows("ties.csv"), waves, seconds: summary.seconds })}\n`,
        );
      }
    });
}
