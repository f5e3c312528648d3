/**
 * `vernetzt meetings <path> [--established-from N] [--json] [--lang de|en]`: the working groups (Arbeitskreise)
 * of a dataset — per group (the events' `group` column, else their district): meetings per year, attendance
 * and its trend, host rotation (who hosted how often, regulars who never hosted, Pielou's evenness, the city's
 * share), the mix of kinds and sectors, first-timers and returners, and the ties that formed between attendees
 * after they met. What the data lack is said first. German by default.
 * `--json` prints core's `workingGroups` result: `{"groups": [{"group", "basis", "label", "districts",
 * "status", "meetings", "firstDate", "lastDate", "meetingsPerYear", "attendance": [{"event", "date", "wave",
 * "host", "count", "firstTime", "returning"}], "meanAttendance", "trend", "hosts", "hostedMeetings",
 * "neverHosted", "hostEvenness", "potentialHosts", "cityShare", "attendees", "composition", "firstTimers",
 * "returning", "neverReturned", "newTies"}], "missing"}` (see docs/cli.md).
 */
import {
  type MeetingsMessages,
  meetingsMessagesDe,
  meetingsMessagesEn,
  type WorkingGroup,
  workingGroups,
} from "@vernetzt/core/meetings";
import type { Dataset } from "@vernetzt/core/model";
import type { Command } from "commander";
import { loadDatasetOrExit } from "../util/dataset.js";
import {
  contentLang,
  integerFlag,
  levelViewFlags,
  MIN_LEVEL_FLAG,
  MIN_LEVEL_HELP,
  RULE_FLAG,
  RULE_HELP,
} from "../util/flags.js";
import { writeJson } from "../util/json-out.js";
import type { Lang } from "../util/lang.js";
import { printText } from "../util/terminal.js";
import { asUsage } from "../util/usage.js";

interface MeetingsCommandOptions {
  rule?: string;
  minLevel?: string;
  pseudonymize?: boolean;
  establishedFrom?: string;
  json?: boolean;
  lang?: string;
}

export function register(program: Command): void {
  program
    .command("meetings")
    .description("working groups: meetings, attendance, host rotation, mix, first-timers, new ties")
    .argument("<path>", "dataset folder or file")
    .option("--established-from <n>", "a group with fewer meetings is shown as just starting (default 4)")
    .option(RULE_FLAG, RULE_HELP)
    .option(MIN_LEVEL_FLAG, MIN_LEVEL_HELP)
    .option("--json", "print the result as JSON")
    .option("--lang <lang>", "language: de or en (default: de)")
    .action(async (path: string, _options: unknown, command: Command) => {
      const options = command.optsWithGlobals<MeetingsCommandOptions>();
      const lang = contentLang(options.lang);
      const establishedFrom = integerFlag(options.establishedFrom, "--established-from", 1);
      const { dataset } = await loadDatasetOrExit(path, {
        lang,
        pseudonymize: options.pseudonymize === true,
        levelView: levelViewFlags(options),
      });
      const result = asUsage(() =>
        workingGroups(dataset, establishedFrom === undefined ? {} : { establishedFrom }),
      );
      if (options.json) {
        await writeJson(result, process.stdout, 3);
        return;
      }
      const m = lang === "de" ? meetingsMessagesDe : meetingsMessagesEn;
      const lines = result.missing.map((code) => `! ${m.missing[code]}`);
      if (lines.length > 0) lines.push("");
      if (result.groups.length > 0) lines.push(m.heading({ count: result.groups.length }), "");
      for (const group of result.groups) lines.push(...groupLines(group, dataset, lang), "");
      printText(`${lines.join("\n").trimEnd()}\n`);
    });
}

/** The report of one group, one fact a line. */
function groupLines(g: WorkingGroup, dataset: Dataset, lang: Lang): string[] {
  const m = lang === "de" ? meetingsMessagesDe : meetingsMessagesEn;
  const names = new Map(dataset.actors.map((a) => [a.id, a.name]));
  const name = (id: string) => names.get(id) ?? id;
  const date = (iso: string | null) =>
    iso === null || lang !== "de" ? iso : iso.split("-").reverse().join(".");
  const lines = [
    m.groupLine({
      label: g.label || m.unnamed,
      status: m.status[g.status],
      meetings: g.meetings,
      from: date(g.firstDate),
      to: date(g.lastDate),
    }),
  ];
  const facts: string[] = [];
  if (g.meetingsPerYear.length > 0) facts.push(m.perYear({ years: g.meetingsPerYear }));
  if (g.meanAttendance !== null) {
    const trend = g.trend === null ? null : m.trend[g.trend.direction]({ slope: g.trend.slope });
    facts.push(m.attendance({ mean: g.meanAttendance, trend }));
  }
  const hosts = Object.entries(g.hosts).map(([id, count]) => ({ name: name(id), count }));
  facts.push(hosts.length > 0 ? m.hosts({ hosts }) : m.noHosts);
  if (g.neverHosted.length > 0) facts.push(m.neverHosted({ names: g.neverHosted.map(name) }));
  const rotation = m.rotation({ evenness: g.hostEvenness, cityShare: g.cityShare });
  if (rotation !== "") facts.push(rotation);
  if (g.attendees > 0) {
    const kinds = Object.entries(g.composition.byKind)
      .map(([kind, n]) => `${n} ${m.kinds[kind]?.[n === 1 ? 0 : 1] ?? kind}`)
      .join(", ");
    const sectors = Object.entries(g.composition.bySector)
      .filter(([sector]) => sector !== "unknown" || Object.keys(g.composition.bySector).length > 1)
      .map(([sector, n]) => `${sector === "unknown" ? m.unknownSector : sector} ${n}`)
      .join(", ");
    facts.push(m.mix({ attendees: g.attendees, kinds, sectors }));
    facts.push(
      m.returners({
        once: g.firstTimers.length,
        returning: g.returning.length,
        neverReturned: g.neverReturned.map(name),
      }),
    );
  }
  facts.push(...newTiesLines(g, m));
  return [...lines, ...facts.map((fact) => `  ${fact}`)];
}

function newTiesLines(g: WorkingGroup, m: MeetingsMessages): string[] {
  const t = g.newTies;
  if (t.reason !== null) return [m.newTiesReason[t.reason]];
  if (t.pairsMet === 0) return [m.newTiesNone];
  const lines = [m.newTies({ formed: t.formed, pairs: t.pairsMet, share: t.share })];
  if (t.baseline !== null) lines.push(`  ${m.baseline(t.baseline)}`);
  return lines;
}
