/**
 * `vernetzt meeting plan <path> (--participants FILE | --meeting ID) --tables T [--rounds R] [--seed S]
 * [--wave W] [--draws N] [--title TEXT] [--out DIR] [--json] [--lang de|en]`: a table plan for a network meeting.
 * Seats the participants at T tables for R rounds so that valuable pairs meet (a complementary offer and need,
 * a high-ranked recommendation, the two sides of one of the worst district gaps; never pairs who already work
 * together), tables balanced (sizes differ by at most one) and two representatives of one organisation split.
 * Prints the plan and its quality against random seating; `--out DIR` also writes the plan as CSV and XLSX, the
 * overview `index.html`, a printable table card per round and table, and a personal sheet per participant.
 * The participants come from a file (ids or names, one per line or in a column `ID`/`Akteur`/`Name`; CSV, TXT
 * or XLSX; a registration list is read by the column that names the most actors) or from the attendance list of
 * a meeting of the dataset. Entries that are no actor are seated as guests, each named on stderr with its row.
 * Exit 2 for bad flags. `--json`: see docs/cli.md.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { renderSeatingSheets } from "@vernetzt/core/handouts";
import { writeWorkbook } from "@vernetzt/core/interop";
import { csvField } from "@vernetzt/core/io";
import type { Dataset } from "@vernetzt/core/model";
import {
  pairValues,
  planRows,
  planTables,
  readParticipantList,
  type SeatingContext,
  type SeatingMessages,
  seatingContext,
  seatingMessagesDe,
  seatingMessagesEn,
  type TablePlan,
  withGuests,
} from "@vernetzt/core/seating";
import type { Command } from "commander";
import { loadDatasetOrExit, waveOption } from "../util/dataset.js";
import { UsageError } from "../util/errors.js";
import { contentLang, integerFlag } from "../util/flags.js";
import { formatCount, formatNumber } from "../util/format.js";
import { writeJson } from "../util/json-out.js";
import type { Lang } from "../util/lang.js";
import { printText } from "../util/terminal.js";
import { asUsage } from "../util/usage.js";

interface PlanCommandOptions {
  pseudonymize?: boolean;
  participants?: string;
  meeting?: string;
  tables: string;
  rounds?: string;
  seed?: string;
  wave?: string;
  draws?: string;
  title?: string;
  out?: string;
  json?: boolean;
  lang?: string;
}

export function register(program: Command): void {
  const meeting = program.command("meeting").description("plan a network meeting");
  meeting
    .command("plan")
    .description("seat the participants of a network meeting so that valuable pairs meet")
    .argument("<path>", "dataset folder or file")
    .option(
      "--participants <file>",
      "the participants: ids or names, one per line or in a column (CSV, TXT, XLSX)",
    )
    .option("--meeting <id>", "take the participants from the attendance list of this meeting")
    .requiredOption("--tables <t>", "number of tables")
    .option("--rounds <r>", "number of rounds (default 1)")
    .option("--seed <seed>", "seed of the plan and of the random comparison (default 1)")
    .option("--wave <wave>", "wave whose ties count as already working together (default: the latest)")
    .option("--draws <n>", "random seatings to compare with; 0 skips the comparison (default 1000)")
    .option("--title <text>", "name of the meeting on the printed pages")
    .option("--out <dir>", "write CSV, XLSX, table cards and personal sheets to this folder")
    .option("--json", "print the plan as JSON")
    .option("--lang <lang>", "language: de or en (default: de)")
    .action(async (path: string, _options: unknown, command: Command) => {
      const options = command.optsWithGlobals<PlanCommandOptions>();
      const lang = contentLang(options.lang);
      const m = lang === "de" ? seatingMessagesDe : seatingMessagesEn;
      if ((options.participants === undefined) === (options.meeting === undefined)) {
        throw new UsageError("give the participants with either --participants FILE or --meeting ID.");
      }
      const tables = integerFlag(options.tables, "--tables", 1)!;
      const rounds = integerFlag(options.rounds, "--rounds", 1);
      const seed = integerFlag(options.seed, "--seed", Number.MIN_SAFE_INTEGER);
      const draws = integerFlag(options.draws, "--draws", 0);
      const { dataset } = await loadDatasetOrExit(path, {
        lang,
        pseudonymize: options.pseudonymize === true,
      });
      const wave = waveOption(dataset, options.wave, lang);
      const { participants, guests } = await participantsOf(dataset, options, m);
      const seated = withGuests(
        seatingContext(dataset, { wave, ...(seed === undefined ? {} : { seed }) }),
        guests,
      );
      const context = seated.context;
      participants.push(...seated.guests);
      const values = asUsage(() => pairValues(context, participants));
      const plan = asUsage(() =>
        planTables(values, {
          tables,
          ...(rounds === undefined ? {} : { rounds }),
          ...(seed === undefined ? {} : { seed }),
          ...(draws === undefined ? {} : { draws }),
        }),
      );
      if (options.out !== undefined) {
        const title = options.title ?? meetingTitle(dataset, options.meeting);
        await writePlanFiles(options.out, plan, values, context, lang, title);
      }
      if (options.json) {
        await writeJson(planJson(plan, values, wave), process.stdout, 2);
        return;
      }
      printText(
        `${planText(plan, context, m, lang)}\n${options.out ? `${m.written({ dir: options.out })}\n` : ""}`,
      );
    });
}

/**
 * The participants from the file or the meeting. Entries that are no actor are seated as guests; every entry not
 * read as written (a guest, a variant or typo of a name, a duplicate) is listed on stderr with its row.
 */
async function participantsOf(
  dataset: Dataset,
  options: PlanCommandOptions,
  m: SeatingMessages,
): Promise<{ participants: string[]; guests: string[] }> {
  if (options.meeting !== undefined) {
    if (!dataset.events.some((e) => e.id === options.meeting)) {
      throw new UsageError(
        m.unknownMeeting({ meeting: options.meeting, meetings: dataset.events.map((e) => e.id) }),
      );
    }
    const attendees = dataset.attendance.filter((a) => a.event === options.meeting).map((a) => a.actor);
    return { participants: [...new Set(attendees)], guests: [] };
  }
  const file = options.participants!;
  const list = await readParticipantList(
    { name: basename(file), data: new Uint8Array(await readFile(file)) },
    dataset.actors,
  );
  if (list.unreadable !== null)
    throw new UsageError(m.participantsUnreadable({ file, reason: list.unreadable }));
  for (const problem of list.problems) {
    const text = m.participantProblem[problem.problem]({
      file: basename(file),
      row: problem.row,
      value: problem.value,
      actor: problem.actor ?? "",
    });
    printText(`vernetzt: ${text}\n`, process.stderr);
  }
  return { participants: list.participants, guests: list.guests };
}

function meetingTitle(dataset: Dataset, meeting: string | undefined): string | null {
  const event = dataset.events.find((e) => e.id === meeting);
  if (!event) return null;
  return event.attributes.Titel ?? event.attributes.title ?? event.group ?? event.id;
}

async function writePlanFiles(
  out: string,
  plan: TablePlan,
  values: ReturnType<typeof pairValues>,
  context: ReturnType<typeof seatingContext>,
  lang: Lang,
  title: string | null,
): Promise<void> {
  await mkdir(out, { recursive: true });
  for (const file of renderSeatingSheets(plan, values, context, { lang, title })) {
    await writeFile(join(out, file.path), file.html);
  }
  const table = planRows(plan, values, context, lang);
  const delimiter = lang === "de" ? ";" : ",";
  const csv = [table.header, ...table.rows].map((row) =>
    row.map((cell) => csvField(cell, delimiter, { excelSafe: true })).join(delimiter),
  );
  const name = lang === "de" ? "tischplan" : "table-plan";
  await writeFile(join(out, `${name}.csv`), `\uFEFF${csv.join("\r\n")}\r\n`);
  const sheet = lang === "de" ? "Tischplan" : "Table plan";
  await writeFile(join(out, `${name}.xlsx`), await writeWorkbook([{ name: sheet, ...table }]));
}

/** The JSON of the plan: the issue's contract (`rounds`, `valuablePairsMet`, `randomMean`, `randomP95`) and more. */
function planJson(plan: TablePlan, values: ReturnType<typeof pairValues>, wave: string) {
  const n = values.participants.length;
  const together = new Set<string>();
  for (const round of plan.rounds)
    for (const table of round) for (const a of table) for (const b of table) together.add(`${a}\u0000${b}`);
  const pairs = [...values.reasons].map(([key, reasons]) => {
    const [i, j] = key.split(",").map(Number) as [number, number];
    const [a, b] = [values.participants[i]!, values.participants[j]!];
    return { a, b, value: values.values[i * n + j]!, reasons, met: together.has(`${a}\u0000${b}`) };
  });
  return {
    wave,
    participants: values.participants,
    tables: plan.tables,
    tableSizes: plan.tableSizes,
    rounds: plan.rounds,
    valuablePairs: plan.valuablePairs,
    valuablePairsMet: plan.valuablePairsMet,
    valueMet: plan.valueMet,
    randomMean: plan.random?.randomMean ?? null,
    randomP95: plan.random?.randomP95 ?? null,
    beatenShare: plan.random?.beatenShare ?? null,
    draws: plan.random?.draws ?? 0,
    splitViolations: plan.splitViolations,
    repeatedPairs: plan.repeatedPairs,
    seed: plan.seed,
    iterations: plan.iterations,
    pairs,
  };
}

function planText(plan: TablePlan, context: SeatingContext, m: SeatingMessages, lang: Lang): string {
  const names = new Map(context.actors.map((a) => [a.id, a.name]));
  const lines: string[] = [];
  plan.rounds.forEach((round, r) => {
    lines.push(m.round({ round: r + 1 }));
    round.forEach((table, t) => {
      lines.push(`  ${m.table({ table: t + 1 })}: ${table.map((id) => names.get(id) ?? id).join(", ")}`);
    });
  });
  lines.push("");
  if (plan.valuablePairs === 0) lines.push(m.noValuablePairs);
  else if (plan.random !== null) {
    lines.push(
      m.quality({
        met: plan.valuablePairsMet,
        valuable: plan.valuablePairs,
        mean: formatNumber(lang, plan.random.randomMean),
        p95: plan.random.randomP95,
        beaten: formatNumber(lang, plan.random.beatenShare * 100),
        draws: formatCount(lang, plan.random.draws),
      }),
    );
  }
  if (plan.splitViolations > 0) lines.push(m.splitViolations({ count: plan.splitViolations }));
  if (plan.repeatedPairs > 0) lines.push(m.repeatedPairs({ count: plan.repeatedPairs }));
  return lines.join("\n");
}
