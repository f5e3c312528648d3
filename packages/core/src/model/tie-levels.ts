/**
 * The three levels of goal 6.3.3 — the city's actors "wissen voneinander, kennen sich und arbeiten zusammen" —
 * as a tie field: 1 wissen voneinander (aware), 2 kennen uns (know), 3 arbeiten zusammen (cooperate), and the
 * rules that turn survey reports into one level per pair.
 *
 * A survey asks each actor about every other one, so a pair can be reported twice (A about B, B about A) with
 * different levels, or once, when only one side answered or named the other. A tie with `reportedBy` is one
 * such report; the reports of a pair (same wave, same type, undirected) become one tie whose level is:
 *
 * - `max` (default): the higher level either side named — the union, "weak" symmetrisation (Wasserman & Faust
 *   1994, *Social Network Analysis*; UCINET Symmetrize/Maximum; igraph `as_undirected(mode = "collapse")`
 *   and networkx `to_undirected()` for the binary case).
 * - `min`: the lower level of the two reports — "strong" symmetrisation (UCINET Symmetrize/Minimum). A
 *   respondent who answered the survey but did not name the other counts as level 0 (no tie). When the other
 *   side did not answer the survey at all, its report is reconstructed from the one that exists (Stork &
 *   Richards 1992, "Nonrespondents in communication network studies", Group & Organization Management 17(2),
 *   DOI 10.1177/1059601192172006; Huisman 2009, "Imputation of missing network data", Journal of Social
 *   Structure 10(1)), so non-response does not remove ties as such.
 * - `confirmed`: only pairs both sides named, at the lower of the two levels — the reciprocated ties
 *   (networkx `to_undirected(reciprocal=True)`, igraph `as_undirected(mode = "mutual")`); how far two
 *   reports agree is studied by Adams & Moody 2007, "To tell the truth", Social Networks 29(1),
 *   DOI 10.1016/j.socnet.2005.11.009.
 *
 * The weight of the pair follows the same rule (max, or min of the reports). A tie without a level (typed into
 * a spreadsheet, the way vernetzt measured before levels) counts as level 3; a co-attendance tie (two actors
 * at the same meeting) as level 2: sitting at one table is knowing each other, not yet working together.
 * Reports whose reporter is not one of the pair's ends, and directed reports, are taken as plain ties.
 * Because each pair has one level under a rule, the ties of level ≥ 3 are a subset of those ≥ 2, which are a
 * subset of those ≥ 1: whatever only grows with ties (reach, connectedness) never rises with the level.
 */
import type { Dataset, LevelRule, Tie, TieLevel, TieLevelView } from "./types.js";
import { VernetztError } from "./vernetzt-error.js";
import { resolveWave } from "./waves.js";

/** The levels, lowest first. */
export const TIE_LEVELS: readonly TieLevel[] = [1, 2, 3];

/** The English names of the levels, as in `indicator --json` (`levels: {aware, know, cooperate}`). */
export const LEVEL_NAMES = { 1: "aware", 2: "know", 3: "cooperate" } as const satisfies Record<
  TieLevel,
  string
>;

/** The name of one level. */
export type LevelName = (typeof LEVEL_NAMES)[TieLevel];

export const LEVEL_RULES: readonly LevelRule[] = ["max", "min", "confirmed"];

/** The level of a tie that has none (typed into a spreadsheet): it records cooperation. */
export const UNLEVELLED_TIE_LEVEL: TieLevel = 3;

/** The level of a co-attendance tie: two actors at the same meeting know each other. */
export const CO_ATTENDANCE_LEVEL: TieLevel = 2;

export const DEFAULT_TIE_LEVEL_VIEW: TieLevelView = { rule: "max", minLevel: 1 };

/**
 * A tie's level for analysis: its own, or `UNLEVELLED_TIE_LEVEL`.
 *
 * @example
 * ```ts
 * import { levelOfTie } from "@vernetzt/core/model";
 *
 * levelOfTie({ level: 2 }) //=> 2
 * levelOfTie({}) //=> 3
 * ```
 */
export function levelOfTie(tie: Pick<Tie, "level">): TieLevel {
  return tie.level ?? UNLEVELLED_TIE_LEVEL;
}

/**
 * Checks a view given by a caller (a CLI flag, a URL parameter); throws `TieLevelViewError` naming the bad part.
 *
 * @example
 * ```ts
 * import { resolveTieLevelView, TieLevelViewError } from "@vernetzt/core/model";
 *
 * resolveTieLevelView({ minLevel: 2 }) //=> { rule: "max", minLevel: 2 }
 * try {
 *   resolveTieLevelView({ rule: "mean" as "max" });
 * } catch (error) {
 *   error instanceof TieLevelViewError //=> true
 * }
 * ```
 */
export function resolveTieLevelView(view: Partial<TieLevelView> = {}): TieLevelView {
  const resolved = { ...DEFAULT_TIE_LEVEL_VIEW, ...view };
  if (!LEVEL_RULES.includes(resolved.rule)) {
    throw new TieLevelViewError("rule", String(resolved.rule), LEVEL_RULES.join(", "));
  }
  if (!TIE_LEVELS.includes(resolved.minLevel)) {
    throw new TieLevelViewError("minLevel", String(resolved.minLevel), "1, 2 or 3");
  }
  return resolved;
}

/**
 * A part of a tie-level view has a value it cannot have.
 *
 * @example
 * ```ts
 * import { TieLevelViewError } from "@vernetzt/core/model";
 *
 * const error = new TieLevelViewError("minLevel", "4", "1, 2 or 3");
 * error.message //=> "vernetzt/model: minLevel must be one of 1, 2 or 3, got 4."
 * ```
 */
export class TieLevelViewError extends VernetztError {
  override readonly name = "TieLevelViewError";
  constructor(
    readonly option: "rule" | "minLevel",
    readonly value: string,
    readonly expected: string,
  ) {
    super(`vernetzt/model: ${option} must be one of ${expected}, got ${value}.`, {
      code: "TIE_LEVEL_VIEW",
      usage: true,
    });
  }
}

/**
 * The actors who answered a wave: the respondents file's, plus everyone who reported a tie in it.
 *
 * @example
 * ```ts
 * import { parseDataset } from "@vernetzt/core/io";
 * import { waveRespondents } from "@vernetzt/core/model";
 *
 * const { dataset } = await parseDataset([
 *   { name: "actors.csv", data: "id,name\na,A\nb,B\nc,C" },
 *   { name: "ties.csv", data: "source,target,level,reported_by\na,b,2,a" },
 *   { name: "respondents.csv", data: "actor\nc" },
 * ]);
 * [...waveRespondents(dataset!, "1")].sort() //=> ["a", "c"]
 * ```
 */
export function waveRespondents(dataset: Dataset, wave: string): Set<string> {
  const answered = new Set(dataset.respondents?.[wave] ?? []);
  for (const tie of dataset.ties) {
    if (tie.wave === wave && tie.reportedBy !== undefined) answered.add(tie.reportedBy);
  }
  return answered;
}

/**
 * The ties of one wave under a view: survey reports symmetrised by `view.rule` (see the file comment), then
 * every tie below `view.minLevel` left out. Other ties keep their input order; a symmetrised pair takes the
 * place of its first report. Default view: the dataset's `levelView`, else `DEFAULT_TIE_LEVEL_VIEW`.
 *
 * @example
 * ```ts
 * import { parseDataset } from "@vernetzt/core/io";
 * import { tiesAtLevel } from "@vernetzt/core/model";
 *
 * // a and b answered: a says "arbeiten zusammen" about b, b says "wissen voneinander" about a;
 * // a also names c, who did not answer
 * const { dataset } = await parseDataset([
 *   { name: "actors.csv", data: "id,name\na,A\nb,B\nc,C" },
 *   { name: "ties.csv", data: "source,target,level,reported_by\na,b,3,a\nb,a,1,b\na,c,2,a" },
 * ]);
 * const show = (ties: Array<{ source: string; target: string; level?: number }>) =>
 *   ties.map((t) => `${t.source}-${t.target}:${t.level}`);
 * show(tiesAtLevel(dataset!, "1")) //=> ["a-b:3", "a-c:2"]
 * show(tiesAtLevel(dataset!, "1", { rule: "min", minLevel: 1 })) //=> ["a-b:1", "a-c:2"]
 * show(tiesAtLevel(dataset!, "1", { rule: "confirmed", minLevel: 1 })) //=> ["a-b:1"]
 * show(tiesAtLevel(dataset!, "1", { rule: "max", minLevel: 3 })) //=> ["a-b:3"]
 * ```
 */
export function tiesAtLevel(dataset: Dataset, wave: string, view?: TieLevelView): Tie[] {
  const { rule, minLevel } = resolveTieLevelView(view ?? dataset.levelView);
  const selected = resolveWave(dataset, wave);
  const inWave = dataset.ties.filter((tie) => tie.wave === selected);
  const ties = inWave.some(isReport) ? symmetrise(inWave, waveRespondents(dataset, selected), rule) : inWave;
  return ties.filter((tie) => levelOfTie(tie) >= minLevel);
}

/**
 * The dataset with the view applied to every wave: reports symmetrised, ties below the level left out, and
 * `levelView` set (so `buildGraph` leaves co-attendance out above level 2). Returns the dataset itself when
 * the view changes nothing (no reports, level 1).
 *
 * @example
 * ```ts
 * import { parseDataset } from "@vernetzt/core/io";
 * import { buildGraph, tieLevelView } from "@vernetzt/core/model";
 *
 * const { dataset } = await parseDataset([
 *   { name: "actors.csv", data: "id,name\na,A\nb,B\nc,C" },
 *   { name: "ties.csv", data: "source,target,level\na,b,3\nb,c,1" },
 *   { name: "attendance.csv", data: "event,actor\nak,a\nak,c" },
 * ]);
 * buildGraph(dataset!).size //=> 3
 * const cooperating = tieLevelView(dataset!, { rule: "max", minLevel: 3 });
 * cooperating.ties.length //=> 1
 * buildGraph(cooperating).size //=> 1
 * tieLevelView(dataset!, { rule: "max", minLevel: 1 }) === dataset //=> true
 * ```
 */
export function tieLevelView(dataset: Dataset, view: Partial<TieLevelView>): Dataset {
  const resolved = resolveTieLevelView(view);
  if (resolved.minLevel === 1 && !dataset.levelView && !dataset.ties.some(isReport)) return dataset;
  return {
    ...dataset,
    ties: dataset.waves.flatMap((wave) => tiesAtLevel(dataset, wave, resolved)),
    levelView: resolved,
  };
}

/** A report the rule applies to: undirected, reported by one of its ends. */
function isReport(tie: Tie): boolean {
  return (
    tie.reportedBy !== undefined &&
    !tie.directed &&
    (tie.reportedBy === tie.source || tie.reportedBy === tie.target)
  );
}

/** Per pair (and type), the reports of each side, in order of the pair's first report. */
interface PairReports {
  first: Tie;
  /** The best report of each end (the higher level when one side reported twice). */
  byEnd: Map<string, Tie>;
}

function symmetrise(ties: readonly Tie[], respondents: ReadonlySet<string>, rule: LevelRule): Tie[] {
  const pairs = new Map<string, PairReports>();
  const slots: Array<Tie | PairReports> = [];
  for (const tie of ties) {
    if (!isReport(tie)) {
      slots.push(tie);
      continue;
    }
    const [a, b] = tie.source < tie.target ? [tie.source, tie.target] : [tie.target, tie.source];
    const key = JSON.stringify([a, b, tie.type ?? null]);
    let pair = pairs.get(key);
    if (!pair) {
      pair = { first: tie, byEnd: new Map() };
      pairs.set(key, pair);
      slots.push(pair);
    }
    const earlier = pair.byEnd.get(tie.reportedBy!);
    if (!earlier || levelOfTie(tie) > levelOfTie(earlier)) pair.byEnd.set(tie.reportedBy!, tie);
  }
  return slots.flatMap((slot) => ("byEnd" in slot ? pairTie(slot, respondents, rule) : [slot]));
}

function pairTie(pair: PairReports, respondents: ReadonlySet<string>, rule: LevelRule): Tie[] {
  const { first } = pair;
  const reports = [...pair.byEnd.values()];
  const levels = reports.map(levelOfTie);
  const weights = reports.map((r) => r.weight);
  let level: number;
  let weight: number;
  if (rule === "max") {
    level = Math.max(...levels);
    weight = Math.max(...weights);
  } else {
    const other = first.reportedBy === first.source ? first.target : first.source;
    const bothReported = reports.length === 2;
    const silentRespondent = !bothReported && respondents.has(other);
    if (!bothReported && (rule === "confirmed" || silentRespondent)) return [];
    level = Math.min(...levels);
    weight = Math.min(...weights);
  }
  const dates = reports.flatMap((r) => (r.date === undefined ? [] : [r.date])).sort();
  const attributes = Object.assign({}, ...reports.map((r) => r.attributes).reverse());
  const { reportedBy: _reporter, ...rest } = first;
  const tie: Tie = { ...rest, level: level as TieLevel, weight, attributes };
  if (dates.length > 0) tie.date = dates.at(-1)!;
  return [tie];
}
