/**
 * `survey collect`: the returned forms of one wave → the dataset with the wave's answers, and a report.
 *
 * Every file is read (`read-return.ts`), in any order and under any name. Per respondent one return is used:
 * of several, identical ones count once; of different ones the later saved wins (a file saved by a program
 * beats one without a date), then the one with more answers, then the smaller fingerprint — so the result does
 * not depend on the order of the files. A return without any answered row is *empty* and the actor stays on
 * the reminder list. A file that cannot be used is listed with its reason; the rest is merged.
 *
 * The dataset gains, for the wave: one tie per answered row at level 1–3, `source` = respondent, `reportedBy` =
 * respondent (symmetrised later by the level rule, `model/tie-levels.ts`); the respondents; offers and needs
 * as returned; partners written into the free rows, matched to an actor by name (case, accents, spaces,
 * punctuation and legal forms such as e. V. or gGmbH ignored) or added as new actors (one per name, with
 * who named them); one written in as "kennen wir nicht" is only listed. Earlier survey answers of the same respondents in this wave are replaced.
 */

import { slug } from "../handouts/html.js";
import { normalizeKey } from "../io/aliases.js";
import type { InputFile } from "../io/input-file.js";
import { type Actor, type Dataset, DEFAULT_WAVE, type Tie, type TieLevel } from "../model/types.js";
import { sortWaves } from "../model/waves.js";
import { isSurveyed, nextWave, type SurveyRow, surveyRowOf } from "./form.js";
import {
  type BrokenReturn,
  type ReturnProblem,
  readSurveyReturn,
  type SurveyLevel,
  type SurveyReturn,
} from "./read-return.js";

export interface CollectOptions {
  /**
   * The wave collected. Default `null`: the wave most returns name (of equally many, the latest), else the wave
   * after the dataset's last.
   * A return naming another wave is listed as broken (`OTHER_WAVE`).
   */
  wave: string | null;
}

export const DEFAULT_COLLECT_OPTIONS: CollectOptions = { wave: null };

/** An actor on the report: id, name, district (its name), sector — as on the forms. */
export type ReportActor = SurveyRow;

/** The report of one collection; every list is sorted (actors in dataset order, files by name). */
export interface CollectReport {
  wave: string;
  /** Files read. */
  files: number;
  /** Actors who got a form. */
  surveyed: number;
  /** Respondents whose answers were used. */
  answered: Array<ReportActor & { file: string; rows: number; inferred: boolean }>;
  /** Surveyed actors without usable answers — the reminder list — and why. */
  missing: Array<ReportActor & { reason: "none" | "empty" | "broken" }>;
  /** Respondents who returned more than one file. */
  duplicates: Array<{
    id: string;
    name: string;
    kept: string;
    dropped: string[];
    why: "identical" | "later" | "moreAnswers" | "order";
  }>;
  /** Files that could not be used. */
  broken: Array<{ file: string; reason: BrokenReturn["broken"] | "OTHER_WAVE"; detail: string }>;
  /** Rows left out of usable returns. */
  problems: Array<ReturnProblem & { file: string; respondent: string }>;
  /** Pairs named (level ≥ 1) by at least one side: by both (confirmed) or one (one-sided). */
  pairs: {
    named: number;
    confirmed: number;
    /** Named by one side; the other side answered the survey (and did not name it). */
    oneSidedOtherAnswered: number;
    /** Named by one side; the other side did not answer. */
    oneSidedOtherMissing: number;
  };
  /** Pairs both sides answered with different levels (0–3), largest gap first. */
  disagreements: Array<{ a: string; b: string; levelA: SurveyLevel; levelB: SurveyLevel }>;
  /** Write-ins matched to an existing actor. */
  resolved: Array<{ name: string; actor: string; by: string[] }>;
  /** Write-ins added as new actors. */
  added: Array<{ name: string; id: string; by: string[] }>;
  /** Write-ins with the answer "kennen wir nicht": no tie and no new actor. */
  writeInsWithoutTie: Array<{ name: string; by: string }>;
  /** Respondents whose offers or needs changed. */
  offersChanged: number;
  needsChanged: number;
  /** Survey answers of this wave already in the dataset that were replaced by the new returns. */
  replaced: number;
}

export interface CollectResult {
  dataset: Dataset;
  report: CollectReport;
}

/**
 * Collects returned forms into the dataset.
 *
 * @example
 * ```ts
 * import { parseDataset } from "@vernetzt/core/io";
 * import { collectSurvey, surveyForms, surveyFormXlsx } from "@vernetzt/core/survey";
 *
 * const { dataset } = await parseDataset([{ name: "actors.csv", data: "id,name\nk,Kita\ns,Schule\nj,Jugendtreff" }], {
 *   requireTies: false,
 * });
 * const forms = surveyForms(dataset!);
 * // the Kita returns its blank form: nobody answered yet
 * const { report } = await collectSurvey(dataset!, [{ name: "a.xlsx", data: await surveyFormXlsx(forms[0]!) }]);
 * report.wave //=> "1"
 * report.answered.length //=> 0
 * report.missing.map((m) => `${m.id}:${m.reason}`) //=> ["k:empty", "s:none", "j:none"]
 * ```
 */
export async function collectSurvey(
  dataset: Dataset,
  files: readonly InputFile[],
  options: Partial<CollectOptions> = {},
): Promise<CollectResult> {
  const o = { ...DEFAULT_COLLECT_OPTIONS, ...options };
  const actors = new Map(dataset.actors.map((actor): [string, Actor] => [actor.id, actor]));
  const surveyed = new Set(dataset.actors.filter(isSurveyed).map((actor) => actor.id));
  const read = await Promise.all(files.map((file) => readSurveyReturn(file, { actors, surveyed })));
  const returns = read.filter((r): r is SurveyReturn => !("broken" in r));
  const wave = o.wave ?? mostNamedWave(returns) ?? nextWave(dataset);
  const report = emptyReport(wave, files.length, surveyed.size);
  for (const r of read) {
    if ("broken" in r) report.broken.push({ file: r.file, reason: r.broken, detail: r.detail });
    else if (r.wave !== null && r.wave !== wave) {
      report.broken.push({ file: r.file, reason: "OTHER_WAVE", detail: r.wave });
    }
  }
  report.broken.sort((a, b) => compareText(a.file, b.file));
  const inWave = returns.filter((r) => r.wave === null || r.wave === wave);
  const chosen = chooseReturns(inWave, actors, report);
  const used = [...chosen.values()].filter((r) => r.answers.size > 0 || r.writeIns.length > 0);
  const answeredIds = new Set(used.map((r) => r.respondent));
  // respondents known from a file that could not be used: an unfilled HTML form names its respondent
  const brokenIds = new Set([
    ...read.flatMap((r) => ("broken" in r && r.broken === "UNFILLED_HTML" ? [r.detail] : [])),
    ...returns.filter((r) => r.wave !== null && r.wave !== wave).map((r) => r.respondent),
  ]);
  const reportActor = surveyRowOf(dataset);
  for (const actor of dataset.actors) {
    const r = chosen.get(actor.id);
    if (r && answeredIds.has(actor.id)) {
      report.answered.push({
        ...reportActor(actor),
        file: r.file,
        rows: r.answers.size,
        inferred: r.inferred,
      });
    } else if (surveyed.has(actor.id)) {
      report.missing.push({
        ...reportActor(actor),
        reason: r ? "empty" : brokenIds.has(actor.id) ? "broken" : "none",
      });
    }
  }
  for (const r of used) {
    for (const problem of r.problems)
      report.problems.push({ ...problem, file: r.file, respondent: r.respondent });
  }
  report.problems.sort((x, y) => compareText(x.file, y.file) || (x.row ?? 0) - (y.row ?? 0));
  countPairs(used, answeredIds, dataset, report);
  return { dataset: mergeAnswers(dataset, used, wave, report), report };
}

function emptyReport(wave: string, files: number, surveyed: number): CollectReport {
  return {
    wave,
    files,
    surveyed,
    answered: [],
    missing: [],
    duplicates: [],
    broken: [],
    problems: [],
    pairs: { named: 0, confirmed: 0, oneSidedOtherAnswered: 0, oneSidedOtherMissing: 0 },
    disagreements: [],
    resolved: [],
    added: [],
    writeInsWithoutTie: [],
    offersChanged: 0,
    needsChanged: 0,
    replaced: 0,
  };
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The wave most returns name (of equally many, the latest); null when none names a wave. */
function mostNamedWave(returns: readonly SurveyReturn[]): string | null {
  const counts = new Map<string, number>();
  for (const r of returns) if (r.wave !== null) counts.set(r.wave, (counts.get(r.wave) ?? 0) + 1);
  let best: string | null = null;
  for (const wave of sortWaves([...counts.keys()])) {
    if (best === null || counts.get(wave)! >= counts.get(best)!) best = wave;
  }
  return best;
}

/** One return per respondent (see the file comment); duplicates go to the report. */
function chooseReturns(
  returns: readonly SurveyReturn[],
  actors: ReadonlyMap<string, Actor>,
  report: CollectReport,
): Map<string, SurveyReturn> {
  const byRespondent = new Map<string, SurveyReturn[]>();
  for (const r of returns) byRespondent.set(r.respondent, [...(byRespondent.get(r.respondent) ?? []), r]);
  const chosen = new Map<string, SurveyReturn>();
  for (const [id, list] of byRespondent) {
    const ranked = [...list].sort(
      (a, b) =>
        compareText(b.savedAt ?? "", a.savedAt ?? "") ||
        b.answers.size - a.answers.size ||
        compareText(a.fingerprint, b.fingerprint) ||
        compareText(a.file, b.file),
    );
    const kept = ranked[0]!;
    chosen.set(id, kept);
    if (ranked.length === 1) continue;
    const second = ranked[1]!;
    const why = ranked.every((r) => r.fingerprint === kept.fingerprint)
      ? "identical"
      : (kept.savedAt ?? "") !== (second.savedAt ?? "")
        ? "later"
        : kept.answers.size !== second.answers.size
          ? "moreAnswers"
          : "order";
    report.duplicates.push({
      id,
      name: actors.get(id)?.name ?? id,
      kept: kept.file,
      dropped: ranked
        .slice(1)
        .map((r) => r.file)
        .sort(compareText),
      why,
    });
  }
  report.duplicates.sort((a, b) => compareText(a.kept, b.kept));
  return chosen;
}

/** Pair counts and disagreements from the answers to listed actors (write-ins are not pairs of the list). */
function countPairs(
  used: readonly SurveyReturn[],
  answered: ReadonlySet<string>,
  dataset: Dataset,
  report: CollectReport,
): void {
  const order = new Map(dataset.actors.map((actor, i) => [actor.id, i]));
  const answers = new Map(used.map((r) => [r.respondent, r.answers]));
  const seen = new Set<string>();
  for (const r of used) {
    for (const other of r.answers.keys()) {
      const [a, b] =
        order.get(r.respondent)! < order.get(other)! ? [r.respondent, other] : [other, r.respondent];
      const key = JSON.stringify([a, b]);
      if (seen.has(key)) continue;
      seen.add(key);
      const levelA = answers.get(a)?.get(b);
      const levelB = answers.get(b)?.get(a);
      if (levelA !== undefined && levelB !== undefined && levelA !== levelB) {
        report.disagreements.push({ a, b, levelA, levelB });
      }
      const namedA = (levelA ?? 0) > 0;
      const namedB = (levelB ?? 0) > 0;
      if (!namedA && !namedB) continue;
      report.pairs.named += 1;
      if (namedA && namedB) report.pairs.confirmed += 1;
      else if (answered.has(namedA ? b : a)) report.pairs.oneSidedOtherAnswered += 1;
      else report.pairs.oneSidedOtherMissing += 1;
    }
  }
  report.disagreements.sort(
    (x, y) =>
      Math.abs(y.levelA - y.levelB) - Math.abs(x.levelA - x.levelB) ||
      order.get(x.a)! - order.get(y.a)! ||
      order.get(x.b)! - order.get(y.b)!,
  );
}

/** Legal forms left out when matching a written-in name to an actor. */
const LEGAL_FORMS = /\b(e\.?\s?v\.?|g?gmbh|ggmbh|gbr|ug|ag|kdör|k\.d\.ö\.r\.)(?=\s|$|[,.;)])/giu;

function nameKey(name: string): string {
  return normalizeKey(name.replace(LEGAL_FORMS, " "));
}

/** The dataset with the wave's answers merged in; fills the write-in, offers and replaced parts of the report. */
function mergeAnswers(
  dataset: Dataset,
  used: readonly SurveyReturn[],
  wave: string,
  report: CollectReport,
): Dataset {
  const order = new Map(dataset.actors.map((actor, i) => [actor.id, i]));
  const sorted = [...used].sort((a, b) => order.get(a.respondent)! - order.get(b.respondent)!);
  const respondents = new Set(sorted.map((r) => r.respondent));
  const kept = dataset.ties.filter(
    (tie) => !(tie.wave === wave && tie.reportedBy !== undefined && respondents.has(tie.reportedBy)),
  );
  report.replaced = dataset.ties.length - kept.length;
  const byName = new Map<string, string>();
  for (const actor of dataset.actors)
    if (!byName.has(nameKey(actor.name))) byName.set(nameKey(actor.name), actor.id);
  const ids = new Set(dataset.actors.map((actor) => actor.id));
  const added = new Map<string, Actor & { by: string[] }>();
  const resolved = new Map<string, { name: string; actor: string; by: string[] }>();
  const ties: Tie[] = [];
  const tie = (source: string, target: string, level: TieLevel | null): Tie => ({
    source,
    target,
    weight: 1,
    wave,
    directed: false,
    ...(level === null ? {} : { level }),
    reportedBy: source,
    attributes: {},
  });
  for (const r of sorted) {
    const answers = [...r.answers].sort(([a], [b]) => order.get(a)! - order.get(b)!);
    for (const [other, level] of answers)
      if (level > 0) ties.push(tie(r.respondent, other, level as TieLevel));
    for (const writeIn of r.writeIns) {
      if (writeIn.level === 0) {
        report.writeInsWithoutTie.push({ name: writeIn.name, by: r.respondent });
        continue;
      }
      const key = nameKey(writeIn.name);
      const existing = byName.get(key);
      let target: string;
      if (existing !== undefined) {
        target = existing;
        const entry = resolved.get(key) ?? { name: writeIn.name, actor: existing, by: [] };
        if (!entry.by.includes(r.respondent)) entry.by.push(r.respondent);
        resolved.set(key, entry);
      } else {
        let actor = added.get(key);
        if (!actor) {
          let id = `neu-${slug(writeIn.name)}`;
          for (let n = 2; ids.has(id); n++) id = `neu-${slug(writeIn.name)}-${n}`;
          ids.add(id);
          actor = { id, name: writeIn.name, topics: [], offers: [], needs: [], attributes: {}, by: [] };
          added.set(key, actor);
        }
        if (!actor.district && writeIn.district) actor.district = writeIn.district;
        if (!actor.sector && writeIn.sector) actor.sector = writeIn.sector;
        if (!actor.by.includes(r.respondent)) actor.by.push(r.respondent);
        target = actor.id;
      }
      if (target !== r.respondent) ties.push(tie(r.respondent, target, writeIn.level as TieLevel | null));
    }
  }
  report.resolved = [...resolved.values()];
  report.added = [...added.values()].map((a) => ({ name: a.name, id: a.id, by: a.by }));
  const returned = new Map(sorted.map((r) => [r.respondent, r]));
  const actors = dataset.actors.map((actor) => {
    const r = returned.get(actor.id);
    if (!r) return actor;
    const offers = r.offers ?? actor.offers;
    const needs = r.needs ?? actor.needs;
    if (offers.join("\u0000") !== actor.offers.join("\u0000")) report.offersChanged += 1;
    if (needs.join("\u0000") !== actor.needs.join("\u0000")) report.needsChanged += 1;
    return { ...actor, offers: [...offers], needs: [...needs] };
  });
  for (const actor of added.values()) {
    const { by, ...rest } = actor;
    actors.push({
      ...rest,
      attributes: { "Nachgetragen von": by.join("; "), "Nachgetragen in Welle": wave },
    });
  }
  const answeredBefore = dataset.respondents?.[wave] ?? [];
  const answered = [...new Set([...answeredBefore, ...sorted.map((r) => r.respondent)])];
  return {
    ...dataset,
    actors,
    ties: [...kept, ...ties],
    waves: sortWaves([...dataset.waves.filter((w) => hasData(dataset, w)), wave]),
    respondents: { ...(dataset.respondents ?? {}), [wave]: answered },
  };
}

/** Whether a wave of the dataset holds anything (an actor list alone has the empty wave `DEFAULT_WAVE`). */
function hasData(dataset: Dataset, wave: string): boolean {
  return (
    wave !== DEFAULT_WAVE ||
    dataset.ties.some((tie) => tie.wave === wave) ||
    dataset.respondents?.[wave] !== undefined ||
    dataset.events.some((event) => event.wave === wave)
  );
}
