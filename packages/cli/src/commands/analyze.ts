/**
 * `vernetzt analyze <path> [--directed] [--weighted] [--group-by ATTR]... [--wave W] [--seed S]
 * [--permutations N] [--samples K] [--min-group-size K] [--pseudonymize] [--json] [--lang de|en]`: every
 * metric of one wave.
 * `--json` prints one document, the public contract in `docs/schemas/analyze.schema.json`; without it a
 * readable summary, German or English by `--lang` or the locale, in which the per-category figures of
 * categories with fewer than `--min-group-size` actors (default 5), one a person, show as "< 5"; the JSON keeps them and
 * lists those categories in `groups.*.suppressedCategories` (its schema's numbers cannot become null).
 */
import { type Analysis, analysisMessagesDe, analysisMessagesEn, analyzeAsync } from "@vernetzt/core/analysis";
import { buildGraph } from "@vernetzt/core/model";
import type { Command } from "commander";
import { loadDatasetOrExit, waveName, waveOption } from "../util/dataset.js";
import {
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
import { formatCount, formatPValue, formatShare } from "../util/format.js";
import { writeJson } from "../util/json-out.js";
import { type Lang, resolveLang } from "../util/lang.js";
import { printText } from "../util/terminal.js";
import { asUsage } from "../util/usage.js";

interface AnalyzeCommandOptions {
  rule?: string;
  minLevel?: string;
  pseudonymize?: boolean;
  directed?: boolean;
  weighted?: boolean;
  groupBy?: string[];
  wave?: string;
  seed?: string;
  permutations?: string;
  samples?: string;
  minGroupSize?: string;
  json?: boolean;
  lang?: string;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function register(program: Command): void {
  program
    .command("analyze")
    .description("every network measure of one wave: actors, network, groups (see docs/cli.md)")
    .argument("<path>", "dataset folder or file")
    .option("--directed", "treat ties as directed (survey answers 'A names B')")
    .option("--weighted", "use tie weights in path measures, eigenvector and PageRank")
    .option("--group-by <attribute>", "also analyse this categorical column as groups (repeatable)", collect)
    .option("--wave <wave>", "survey wave (default: the latest)")
    .option(RULE_FLAG, RULE_HELP)
    .option(MIN_LEVEL_FLAG, MIN_LEVEL_HELP)
    .option("--seed <seed>", "seed of Louvain and the permutation test (default 1)")
    .option("--permutations <n>", "permutations of the E-I test; 0 skips it (default 1000)")
    .option("--samples <k>", "estimate betweenness from k sampled sources (default: exact)")
    .option(MIN_GROUP_SIZE_FLAG, MIN_GROUP_SIZE_HELP)
    .option("--json", "print the result as JSON")
    .action(async (path: string, _options: unknown, command: Command) => {
      const options = command.optsWithGlobals<AnalyzeCommandOptions>();
      const lang = resolveLang(options.lang);
      const seed = integerFlag(options.seed, "--seed", 0);
      const permutations = integerFlag(options.permutations, "--permutations", 0);
      const samples = integerFlag(options.samples, "--samples", 1);
      const minGroupSize = minGroupSizeFlag(options.minGroupSize);
      const { dataset } = await loadDatasetOrExit(path, {
        lang,
        pseudonymize: options.pseudonymize === true,
        levelView: levelViewFlags(options),
        ...(options.directed ? { directed: true } : {}),
      });
      const result = await asUsage(() =>
        analyzeAsync(buildGraph(dataset, { wave: waveOption(dataset, options.wave, lang) }), {
          weighted: options.weighted === true,
          groupBy: options.groupBy ?? [],
          ...(seed === undefined ? {} : { seed }),
          ...(permutations === undefined ? {} : { permutations }),
          ...(samples === undefined ? {} : { samples }),
          ...(minGroupSize === undefined ? {} : { minGroupSize }),
        }),
      );
      if (options.json) await writeJson(result);
      else printText(summary(result, lang, waveName(dataset, result.wave)));
    });
}

/** The readable summary of an analysis. */
export function summary(result: Analysis, lang: Lang, wave: string = result.wave): string {
  const m = lang === "de" ? analysisMessagesDe : analysisMessagesEn;
  const number = (value: number | null | undefined) => formatShare(lang, value ?? null);
  const count = (value: number) => formatCount(lang, value);
  const n = result.network;
  const lines = [
    m.heading({ wave, actors: count(n.actors), ties: count(n.ties), directed: n.directed }),
    `  ${m.network.density}: ${number(n.density)}`,
    `  ${m.network.components}: ${count(n.components)}`,
    `  ${m.network.largestComponent}: ${count(n.largestComponent)}`,
    `  ${m.network.transitivity}: ${number(n.transitivity)}`,
    `  ${m.network.averagePathLength}: ${number(n.averagePathLength)}`,
    `  ${m.network.diameter}: ${count(n.diameter)}`,
    `  ${m.network.modularity}: ${number(n.modularity)}`,
    `  ${m.network.communities}: ${count(n.communities)}`,
    `  ${m.network.centralization}: ${number(n.centralization)}`,
  ];
  if (n.directed) lines.push(`  ${m.network.reciprocity}: ${number(n.reciprocity)}`);
  const names = new Map(result.actors.map((a) => [a.id, a.name]));
  const listed = (ids: string[]) =>
    ids
      .slice(0, 10)
      .map((id) => names.get(id) ?? id)
      .join(", ");
  lines.push(`  ${m.network.articulationPoints}: ${count(n.articulationPoints.length)}`);
  if (n.articulationPoints.length > 0) lines.push(`    ${listed(n.articulationPoints)}`);
  lines.push(`  ${m.network.bridges}: ${count(n.bridges.length)}`);
  if (n.pathsSampled) lines.push(`  ${m.sampled}`);
  const top = [...result.actors].sort((a, b) => b.betweenness - a.betweenness).slice(0, 5);
  lines.push("", m.topBrokers);
  for (const actor of top) lines.push(`  ${actor.name}: ${number(actor.betweennessNormalized)}`);
  for (const [attribute, group] of Object.entries(result.groups)) {
    lines.push("", m.group({ attribute, categories: count(group.categories.length) }));
    lines.push(m.eiIndex({ value: number(group.eiIndex), p: formatPValue(lang, group.eiPValue) }));
    const hidden = new Set(group.suppressedCategories);
    const k = result.options.minGroupSize;
    const ei = group.categories.map(
      (c) => `${c} ${hidden.has(c) ? `< ${k}` : number(group.eiIndexByCategory[c] ?? null)}`,
    );
    lines.push(m.eiByCategory({ list: ei.join("; ") }));
    if (hidden.size > 0) lines.push(m.suppressedNote({ k }));
    lines.push(m.assortativity({ value: number(group.assortativity) }));
    lines.push(m.communityAgreement({ nmi: number(group.communityNMI) }));
    if (group.uncategorised > 0) lines.push(m.uncategorised({ count: count(group.uncategorised) }));
  }
  for (const warning of result.warnings) {
    const text =
      warning.code === "self-loops-ignored"
        ? m.selfLoopsWarning(warning.params)
        : m.eigenvectorWarning(warning.params);
    lines.push("", `! ${text}`);
  }
  lines.push("", m.jsonHint);
  return `${lines.join("\n")}\n`;
}
