/**
 * `vernetzt cut <path> --from A --to B [--by ATTR] [--weighted] [--wave W] [--min-group-size K] [--json]
 * [--lang de|en]`: how robustly two actors, or two districts (`--by district`, any column), are connected —
 * the fewest cooperations whose end would leave no path from one to the other (= the number of independent
 * paths between them), and which cooperations those are. The latest wave by default; German by default.
 * `--json` prints `{"wave", "weighted", "by", "from", "to", "fromActors", "toActors", "value", "suppressed",
 * "ties": [{"source", "target", "capacity"}], "fromSide", "toSide"}`: `by` is null for two actors; `value` is
 * the number of ties (with `--weighted`, their summed weight); `fromSide` / `toSide` the actors on each side of
 * the cut (the cut closest to `--from`). With `--by`, a group of fewer than `--min-group-size` actors (default
 * 5) with a person among them is not shown: `value` null, `suppressed` true, no ties and no sides (a group of
 * organisations only is shown whatever its size).
 */
import { categorizeActors } from "@vernetzt/core/groups";
import { isPersonKind } from "@vernetzt/core/io";
import { DEFAULT_SUPPRESSION_OPTIONS, isIdentifiable } from "@vernetzt/core/privacy";
import { minimumCut } from "@vernetzt/core/structure";
import type { Command } from "commander";
import { loadWaveGraphOrExit } from "../util/dataset.js";
import { UsageError } from "../util/errors.js";
import {
  contentLang,
  levelViewFlags,
  MIN_GROUP_SIZE_FLAG,
  MIN_GROUP_SIZE_HELP,
  MIN_LEVEL_FLAG,
  MIN_LEVEL_HELP,
  minGroupSizeFlag,
  RULE_FLAG,
  RULE_HELP,
} from "../util/flags.js";
import { formatNumber } from "../util/format.js";
import { writeJson } from "../util/json-out.js";
import type { Lang } from "../util/lang.js";
import { printText } from "../util/terminal.js";
import { asUsage } from "../util/usage.js";

interface CutCommandOptions {
  rule?: string;
  minLevel?: string;
  from: string;
  to: string;
  by?: string;
  weighted?: boolean;
  wave?: string;
  minGroupSize?: string;
  json?: boolean;
  lang?: string;
  pseudonymize?: boolean;
}

const MESSAGES = {
  de: {
    paths: (p: { from: string; to: string; value: string; weighted: boolean; ties: number }) =>
      p.weighted
        ? `Zwischen ${p.from} und ${p.to}: Die schwächsten Kooperationen, deren Ende beide trennen würde, haben zusammen das Gewicht ${p.value} (${p.ties} Kooperationen).`
        : `Zwischen ${p.from} und ${p.to}: ${p.value} voneinander unabhängige Wege. So viele Kooperationen müssten enden, bis keine Verbindung mehr besteht.`,
    none: (p: { from: string; to: string }) =>
      `${p.from} und ${p.to} sind nicht miteinander verbunden, auch nicht über andere.`,
    ties: "Diese Kooperationen trennen beide, wenn sie enden:",
    suppressed: (p: { min: number }) =>
      `Nicht gezeigt: eine der beiden Gruppen hat weniger als ${p.min} Akteure, darunter Privatpersonen (Schutz kleiner Gruppen, --min-group-size).`,
    group: (p: { value: string; count: number }) => `${p.value} (${p.count} Akteure)`,
  },
  en: {
    paths: (p: { from: string; to: string; value: string; weighted: boolean; ties: number }) =>
      p.weighted
        ? `Between ${p.from} and ${p.to}: the weakest cooperations whose end would separate the two have a summed weight of ${p.value} (${p.ties} cooperations).`
        : `Between ${p.from} and ${p.to}: ${p.value} independent paths. That many cooperations would have to end before no connection is left.`,
    none: (p: { from: string; to: string }) =>
      `${p.from} and ${p.to} are not connected, not even through others.`,
    ties: "These cooperations separate the two if they end:",
    suppressed: (p: { min: number }) =>
      `Not shown: one of the two groups has fewer than ${p.min} actors, persons among them (small-group protection, --min-group-size).`,
    group: (p: { value: string; count: number }) => `${p.value} (${p.count} actors)`,
  },
} satisfies Record<Lang, unknown>;

export function register(program: Command): void {
  program
    .command("cut")
    .description(
      "how many independent paths connect two actors or two districts, and which ties would cut them",
    )
    .argument("<path>", "dataset folder or file")
    .requiredOption("--from <a>", "an actor id, or with --by a value such as a district name")
    .requiredOption("--to <b>", "an actor id, or with --by a value such as a district name")
    .option("--by <attribute>", "compare groups: district, sector or any column")
    .option("--weighted", "count tie weights instead of ties")
    .option("--wave <wave>", "survey wave (default: the latest)")
    .option(RULE_FLAG, RULE_HELP)
    .option(MIN_LEVEL_FLAG, MIN_LEVEL_HELP)
    .option(MIN_GROUP_SIZE_FLAG, MIN_GROUP_SIZE_HELP)
    .option("--json", "print the result as JSON")
    .option("--lang <lang>", "language: de or en (default: de)")
    .action(async (path: string, _options: unknown, command: Command) => {
      const options = command.optsWithGlobals<CutCommandOptions>();
      const lang = contentLang(options.lang);
      const minGroupSize = minGroupSizeFlag(options.minGroupSize) ?? DEFAULT_SUPPRESSION_OPTIONS.k;
      const weighted = options.weighted === true;
      const { dataset, graph } = await loadWaveGraphOrExit(path, {
        lang,
        pseudonymize: options.pseudonymize === true,
        levelView: levelViewFlags(options),
        wave: options.wave,
      });
      const by = options.by ?? null;
      let fromActors: string[] = [options.from];
      let toActors: string[] = [options.to];
      if (by !== null) {
        const groups = asUsage(() => categorizeActors(graph, by));
        // A value of the column, or (for districts) a district's name from the districts table.
        const districtIds = new Map(
          by === "district" ? dataset.districts.map((d) => [d.name.toLocaleLowerCase(), d.id]) : [],
        );
        const members = (value: string) => {
          const code = groups.categories.indexOf(districtIds.get(value.toLocaleLowerCase()) ?? value);
          if (code === -1) {
            const named = new Map(by === "district" ? dataset.districts.map((d) => [d.id, d.name]) : []);
            const shown = groups.categories.map((c) => (named.has(c) ? `${named.get(c)} (${c})` : c));
            throw new UsageError(
              `"${value}" is not a value of ${by} in this wave; values: ${shown.join(", ")}.`,
            );
          }
          return groups.actors.filter((_, i) => groups.codes[i] === code);
        };
        fromActors = members(options.from);
        toActors = members(options.to);
      }
      if (options.from === options.to) throw new UsageError("--from and --to must differ.");
      // withheld when a side is a small group with a person in it (the rule of privacy/suppress.ts)
      const withheld = (side: string[]) =>
        isIdentifiable(
          side.length,
          side.filter((id) => isPersonKind(graph.getNodeAttribute(id, "kind"))).length,
          {
            k: minGroupSize,
          },
        );
      const suppressed = by !== null && (withheld(fromActors) || withheld(toActors));
      const cut = suppressed ? null : asUsage(() => minimumCut(graph, fromActors, toActors, { weighted }));
      const wave = graph.getAttribute("wave");
      if (options.json) {
        await writeJson({
          wave,
          weighted,
          by,
          from: options.from,
          to: options.to,
          fromActors: fromActors.length,
          toActors: toActors.length,
          value: cut?.value ?? null,
          suppressed,
          ties: cut?.ties ?? [],
          fromSide: cut?.sourceSide ?? [],
          toSide: cut?.targetSide ?? [],
        });
        return;
      }
      const m = MESSAGES[lang];
      if (cut === null) {
        printText(`${m.suppressed({ min: minGroupSize })}\n`);
        return;
      }
      const names = new Map(dataset.actors.map((a) => [a.id, a.name]));
      const label = (value: string, count: number) =>
        by === null ? (names.get(value) ?? value) : m.group({ value, count });
      const from = label(options.from, fromActors.length);
      const to = label(options.to, toActors.length);
      if (cut.value === 0) {
        printText(`${m.none({ from, to })}\n`);
        return;
      }
      const lines = [
        m.paths({ from, to, value: formatNumber(lang, cut.value), weighted, ties: cut.ties.length }),
        m.ties,
      ];
      for (const tie of cut.ties) {
        lines.push(`  - ${names.get(tie.source) ?? tie.source} – ${names.get(tie.target) ?? tie.target}`);
      }
      printText(`${lines.join("\n")}\n`);
    });
}
