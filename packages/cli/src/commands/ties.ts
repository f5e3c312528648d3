/**
 * `vernetzt ties <path> [--top K] [--weighted] [--wave W] [--json] [--lang de|en]`: the cooperations that
 * carry the most shortest paths between actors (tie betweenness): the ones that hold the network together,
 * whose end would push parts of it apart. The latest wave by default; German by default.
 * `--json` prints `{"wave", "weighted", "pairs", "ties": [{"source", "target", "betweenness", "share",
 * "bridge"}]}`: `pairs` = n(n−1)/2 pairs of actors, `share` = betweenness / pairs, `bridge` = the tie is the
 * only connection between two parts of the network. Most paths first; equal values in actor order.
 */
import { edgeBetweenness } from "@vernetzt/core/centrality";
import { toCsr } from "@vernetzt/core/graph";
import { cutPoints } from "@vernetzt/core/structure";
import type { Command } from "commander";
import { loadWaveGraphOrExit, waveName } from "../util/dataset.js";
import {
  contentLang,
  integerFlag,
  levelViewFlags,
  MIN_LEVEL_FLAG,
  MIN_LEVEL_HELP,
  RULE_FLAG,
  RULE_HELP,
} from "../util/flags.js";
import { formatCount, formatNumber, formatShare } from "../util/format.js";
import { writeJson } from "../util/json-out.js";
import type { Lang } from "../util/lang.js";
import { printText } from "../util/terminal.js";

interface TiesCommandOptions {
  rule?: string;
  minLevel?: string;
  top?: string;
  weighted?: boolean;
  wave?: string;
  json?: boolean;
  lang?: string;
}

const MESSAGES = {
  de: {
    heading: (p: { wave: string; top: number }) =>
      p.top === 1
        ? `Die tragende Kooperation (Welle ${p.wave}): über sie laufen die meisten kürzesten Wege zwischen Akteuren.`
        : `Die ${p.top} tragenden Kooperationen (Welle ${p.wave}): über sie laufen die meisten kürzesten Wege zwischen Akteuren.`,
    line: (p: { share: string; paths: string; pairs: string }) =>
      `${p.share} % der Akteurspaare (${p.paths} von ${p.pairs})`,
    bridge: "einzige Verbindung zwischen zwei Teilen des Netzes",
    none: "Das Netz hat keine Kooperationen.",
  },
  en: {
    heading: (p: { wave: string; top: number }) =>
      p.top === 1
        ? `The load-bearing cooperation (wave ${p.wave}): it carries the most shortest paths between actors.`
        : `The ${p.top} load-bearing cooperations (wave ${p.wave}): they carry the most shortest paths between actors.`,
    line: (p: { share: string; paths: string; pairs: string }) =>
      `${p.share} % of the pairs of actors (${p.paths} of ${p.pairs})`,
    bridge: "the only connection between two parts of the network",
    none: "The network has no cooperations.",
  },
} satisfies Record<Lang, unknown>;

export function register(program: Command): void {
  program
    .command("ties")
    .description("list the cooperations that carry the most shortest paths (tie betweenness)")
    .argument("<path>", "dataset folder or file")
    .option("--top <k>", "how many ties (default 10)")
    .option("--weighted", "use tie weights: a stronger tie is a shorter path")
    .option("--wave <wave>", "survey wave (default: the latest)")
    .option(RULE_FLAG, RULE_HELP)
    .option(MIN_LEVEL_FLAG, MIN_LEVEL_HELP)
    .option("--json", "print the result as JSON")
    .option("--lang <lang>", "language: de or en (default: de)")
    .action(async (path: string, _options: unknown, command: Command) => {
      const options = command.optsWithGlobals<TiesCommandOptions & { pseudonymize?: boolean }>();
      const lang = contentLang(options.lang);
      const top = integerFlag(options.top, "--top", 1) ?? 10;
      const weighted = options.weighted === true;
      const { dataset, graph } = await loadWaveGraphOrExit(path, {
        lang,
        pseudonymize: options.pseudonymize === true,
        levelView: levelViewFlags(options),
        wave: options.wave,
      });
      const csr = toCsr(graph);
      const bridges = new Set(cutPoints(csr).bridges.map(([a, b]) => `${csr.ids[a]}\u0000${csr.ids[b]}`));
      const pairs = (csr.n * (csr.n - 1)) / 2;
      const ties = edgeBetweenness(csr, { weighted })
        // sort is stable: equal values keep the pair (actor) order edgeBetweenness gives them
        .sort((a, b) => b.betweenness - a.betweenness)
        .slice(0, top)
        .map(({ source, target, betweenness }) => ({
          source,
          target,
          betweenness,
          share: pairs === 0 ? 0 : betweenness / pairs,
          bridge: bridges.has(`${source}\u0000${target}`),
        }));
      const wave = graph.getAttribute("wave");
      if (options.json) {
        await writeJson({ wave, weighted, pairs, ties });
        return;
      }
      const m = MESSAGES[lang];
      if (ties.length === 0) {
        printText(`${m.none}\n`);
        return;
      }
      const names = new Map(dataset.actors.map((a) => [a.id, a.name]));
      const lines = [m.heading({ wave: waveName(dataset, wave), top: ties.length })];
      ties.forEach((tie, i) => {
        const detail = m.line({
          share: formatShare(lang, 100 * tie.share),
          paths: formatNumber(lang, tie.betweenness),
          pairs: formatCount(lang, pairs),
        });
        lines.push(
          `  ${i + 1}. ${names.get(tie.source) ?? tie.source} – ${names.get(tie.target) ?? tie.target}: ${detail}${tie.bridge ? `; ${m.bridge}` : ""}`,
        );
      });
      printText(`${lines.join("\n")}\n`);
    });
}
