/**
 * The 6.3.3 indicator of a dataset, per wave and per district: a transparent composite in [0, 1], the
 * unweighted mean of the components that apply (see `components.ts` for each formula). The components are
 * always returned next to the composite; one that does not apply is `null`, left out of the mean, and a note
 * says so. Where the dataset names the survey respondents of a wave, the wave carries the response rate
 * (respondents among the wave's actors / actors) and a seeded vertex-bootstrap interval (`bootstrap.ts`).
 *
 * Next to the composite, each wave reports the indicator at each level of goal 6.3.3 (`levels`: aware = ties of
 * level ≥ 1 "wissen voneinander", know = ≥ 2 "kennen uns", cooperate = 3 "arbeiten zusammen"; see
 * `model/tie-levels.ts` for levels and the rule that makes two sides' reports one tie), each with its
 * components, districts and interval, and — for a survey — its non-response and reported pairs (`levels.ts`).
 * The composite itself is computed on the ties of `minLevel` and above (default: every tie).
 *
 * Limits (see docs/indicator-6.3.3.md): it measures ties that were reported, not acquaintance itself; it
 * depends on who answered; equal weights are a convention, not a finding.
 */

import { snapshot } from "../gaps/snapshot.js";
import { categorizeActors } from "../groups/categories.js";
import { indicatorMessagesDe } from "../i18n/de/indicator.js";
import { type IndicatorMessages, indicatorMessagesEn } from "../i18n/en/indicator.js";
import { isPersonKind } from "../io/aliases.js";
import { buildGraph } from "../model/build-graph.js";
import { coAttendanceTies } from "../model/co-attendance.js";
import { UnknownWaveError } from "../model/errors.js";
import {
  CO_ATTENDANCE_LEVEL,
  LEVEL_NAMES,
  type LevelName,
  resolveTieLevelView,
  TIE_LEVELS,
  UNLEVELLED_TIE_LEVEL,
  waveRespondents,
} from "../model/tie-levels.js";
import type { Dataset, LevelRule, TieLevel, VernetztGraph } from "../model/types.js";
import { DEFAULT_SUPPRESSION_OPTIONS, identifiableGroups } from "../privacy/suppress.js";
import { bootstrapInterval } from "./bootstrap.js";
import {
  COMPONENT_NAMES,
  componentContext,
  compositeValue,
  type IndicatorComponents,
  indicatorComponents,
} from "./components.js";
import { IndicatorOptionError } from "./errors.js";
import { type NonResponse, nonResponse, type ReportedPairs, reportedPairs } from "./levels.js";

export interface IndicatorOptions {
  /** Waves to report, in this order. Default `null`: every wave of the dataset. */
  waves: string[] | null;
  /** Bootstrap replicates for the interval (only waves with respondents); `0` skips it. Default `200`. */
  replicates: number;
  /** Coverage of the bootstrap interval, in (0, 1). Default `0.95`. */
  level: number;
  /** Seed of the bootstrap. Default `1`. */
  seed: number;
  /** Language of the notes: `"de"` or `"en"`. Default `"de"`. */
  lang: "de" | "en";
  /**
   * Smallest district whose figures are reported (k of `privacy/suppress.ts`). A district with fewer actors, one
   * of them a person, gets `suppressed: true` and `null` figures, because they could identify that person; a
   * district of organisations only is always reported. Default `5`.
   */
  minGroupSize: number;
  /** How two sides' survey reports of a pair become one tie (`model/tie-levels.ts`). Default `"max"`. */
  rule: LevelRule;
  /** The composite counts ties of this level and above (1, 2 or 3). Default `1`: every tie. */
  minLevel: TieLevel;
}

export const DEFAULT_INDICATOR_OPTIONS: IndicatorOptions = {
  waves: null,
  replicates: 200,
  level: 0.95,
  seed: 1,
  lang: "de",
  minGroupSize: DEFAULT_SUPPRESSION_OPTIONS.k,
  rule: "max",
  minLevel: 1,
};

/** The composite and its components for a set of actors. */
export interface IndicatorValue {
  value: number | null;
  components: IndicatorComponents;
}

/**
 * The indicator of one district: suppressed (all figures `null`) when it has fewer than `minGroupSize` actors and
 * one of them is a person.
 */
export interface DistrictIndicatorValue extends IndicatorValue {
  /** Actors of the district in this wave. */
  actors: number;
  suppressed: boolean;
}

/** The composite, its components, interval and districts on one graph. */
export interface MeasuredIndicator extends IndicatorValue {
  /** Bootstrap interval of `value` (value ± z·se, see `bootstrap.ts`); only when the wave has respondents. */
  interval?: [number, number];
  /** Per district id (German collation order): the same components for the district's actors. */
  byDistrict: Record<string, DistrictIndicatorValue>;
}

/** The indicator on the ties of one level and above. */
export interface LevelIndicator extends MeasuredIndicator {
  minLevel: TieLevel;
  /** Pairs tied at this level or above under the rule (co-attendance included from level 2 down). */
  ties: number;
  /** Pairs the survey's respondents named at this level or above; only for a wave with survey reports. */
  pairs?: ReportedPairs;
}

/** The indicator of one wave. */
export interface IndicatorWave extends MeasuredIndicator {
  wave: string;
  /** Share of the wave's actors who answered; only when the wave has respondents. */
  responseRate?: number;
  /** Which components do not apply and why (they are left out of the mean). */
  notes: string[];
  /**
   * The indicator at each level of goal 6.3.3 ("wissen voneinander, kennen sich und arbeiten zusammen"):
   * `aware` counts ties of level ≥ 1, `know` ≥ 2, `cooperate` 3. Given by `indicator`, not by `waveIndicator`
   * (which sees one graph, not the reports).
   */
  levels?: Record<LevelName, LevelIndicator>;
  /** How many actors and pairs the answers cover; only when the wave has respondents. */
  nonResponse?: NonResponse;
}

export interface IndicatorResult {
  /** The level rule and the composite's lowest level, as used. */
  rule: LevelRule;
  minLevel: TieLevel;
  waves: IndicatorWave[];
}

/**
 * Fills in the defaults and checks every option; throws `IndicatorOptionError` naming the first bad one.
 *
 * @example
 * ```ts
 * import { resolveIndicatorOptions } from "@vernetzt/core/indicators";
 *
 * const options = resolveIndicatorOptions({ lang: "en" });
 * options.replicates //=> 200
 * options.minGroupSize //=> 5
 * ```
 */
export function resolveIndicatorOptions(options: Partial<IndicatorOptions> = {}): IndicatorOptions {
  const o = { ...DEFAULT_INDICATOR_OPTIONS, ...options };
  if (!Number.isInteger(o.replicates) || o.replicates < 0) {
    throw new IndicatorOptionError("replicates", o.replicates, "an integer ≥ 0");
  }
  if (!(o.level > 0 && o.level < 1))
    throw new IndicatorOptionError("level", o.level, "a number between 0 and 1");
  if (!Number.isInteger(o.seed)) throw new IndicatorOptionError("seed", o.seed, "an integer");
  if (o.lang !== "de" && o.lang !== "en") throw new IndicatorOptionError("lang", o.lang, '"de" or "en"');
  if (!Number.isInteger(o.minGroupSize) || o.minGroupSize < 1) {
    throw new IndicatorOptionError("minGroupSize", o.minGroupSize, "an integer ≥ 1");
  }
  try {
    resolveTieLevelView({ rule: o.rule, minLevel: o.minLevel });
  } catch {
    if (!["max", "min", "confirmed"].includes(o.rule)) {
      throw new IndicatorOptionError("rule", o.rule, '"max", "min" or "confirmed"');
    }
    throw new IndicatorOptionError("minLevel", o.minLevel, "1, 2 or 3");
  }
  return o;
}

/**
 * The 6.3.3 indicator of every wave (or `options.waves`) of `dataset`.
 *
 * @example
 * ```ts
 * import { indicator } from "@vernetzt/core/indicators";
 * import { parseDataset } from "@vernetzt/core/io";
 *
 * // a path a – b – c and the isolate d; a, b and c answered the survey; a is a resident (a person)
 * const { dataset } = await parseDataset([
 *   {
 *     name: "actors.csv",
 *     data:
 *       "id,name,kind,district,sector\na,A,Person,Nord,Kirche\nb,B,Organisation,Nord,Schule\n" +
 *       "c,C,Organisation,Süd,Kirche\nd,D,Organisation,Süd,Schule",
 *   },
 *   { name: "ties.csv", data: "source,target\na,b\nb,c" },
 *   { name: "respondents.csv", data: "actor\na\nb\nc" },
 * ]);
 * const [wave] = indicator(dataset!, { replicates: 0, lang: "en" }).waves;
 * wave?.components //=> { connected: 0.75, reach2: 0.5, crossDistrict: 1, crossSector: 1, isolated: 0.75 }
 * wave?.value //=> 0.8
 * wave?.responseRate //=> 0.75
 * wave?.byDistrict.Nord?.suppressed //=> true
 * wave?.byDistrict.Süd?.suppressed //=> false
 * indicator(dataset!, { replicates: 0, minGroupSize: 2 }).waves[0]?.byDistrict.Nord?.value //=> 1
 * ```
 */
export function indicator(dataset: Dataset, options: Partial<IndicatorOptions> = {}): IndicatorResult {
  const o = resolveIndicatorOptions(options);
  const waves = o.waves ?? dataset.waves;
  for (const wave of waves)
    if (!dataset.waves.includes(wave)) throw new UnknownWaveError(wave, dataset.waves);
  return {
    rule: o.rule,
    minLevel: o.minLevel,
    waves: waves.map((wave) => datasetWaveIndicator(dataset, wave, o)),
  };
}

/** One wave: the composite (on `minLevel` and above), then each level, non-response and notes on levels. */
function datasetWaveIndicator(dataset: Dataset, wave: string, o: IndicatorOptions): IndicatorWave {
  const answered = waveRespondents(dataset, wave);
  const respondents =
    dataset.respondents?.[wave] !== undefined || answered.size > 0 ? [...answered] : undefined;
  const graphAt = (minLevel: TieLevel) =>
    buildGraph({ ...dataset, levelView: { rule: o.rule, minLevel } }, { wave });
  const graphs = new Map(TIE_LEVELS.map((level) => [level, graphAt(level)]));
  const result = waveIndicator(graphs.get(o.minLevel)!, respondents, o);
  const pairs = reportedPairs(dataset, wave);
  const levels = {} as Record<LevelName, LevelIndicator>;
  const done: Array<[VernetztGraph, MeasuredIndicator]> = [[graphs.get(o.minLevel)!, result]];
  for (const level of TIE_LEVELS) {
    const graph = graphs.get(level)!;
    // Data without levels give two or three levels the same ties: measured (and bootstrapped) once.
    let measured = done.find(([other]) => sameTies(graph, other))?.[1];
    if (!measured) {
      measured = measure(graph, respondents, o);
      done.push([graph, measured]);
    }
    const entry: LevelIndicator = {
      minLevel: level,
      value: measured.value,
      components: measured.components,
      ...(measured.interval ? { interval: measured.interval } : {}),
      byDistrict: measured.byDistrict,
      ties: graph.size,
    };
    if (pairs) entry.pairs = pairs[level];
    levels[LEVEL_NAMES[level]] = entry;
  }
  result.levels = levels;
  if (respondents !== undefined) {
    const actors = graphs.get(1)!.order;
    const inList = respondents.filter((id) => graphs.get(1)!.hasNode(id)).length;
    result.nonResponse = nonResponse(actors, inList);
  }
  result.notes.push(...levelNotes(dataset, wave, o));
  return result;
}

/** Whether two graphs of one wave (two levels) have the same actors and the same ties. */
function sameTies(a: VernetztGraph, b: VernetztGraph): boolean {
  if (a === b) return true;
  if (a.order !== b.order || a.size !== b.size) return false;
  return a.everyEdge((_edge, _attributes, source, target) => b.hasEdge(source, target));
}

/** Which ties were given a level by default, said once per wave. */
function levelNotes(dataset: Dataset, wave: string, o: IndicatorOptions): string[] {
  const messages: IndicatorMessages = o.lang === "de" ? indicatorMessagesDe : indicatorMessagesEn;
  const unlevelled = dataset.ties.filter((tie) => tie.wave === wave && tie.level === undefined).length;
  const levelled = dataset.ties.some((tie) => tie.wave === wave && tie.level !== undefined);
  const notes: string[] = [];
  if (unlevelled > 0 && levelled)
    notes.push(messages.unlevelledTies({ ties: unlevelled, level: UNLEVELLED_TIE_LEVEL }));
  if (levelled && coAttendanceTies(dataset, wave).length > 0)
    notes.push(messages.coAttendanceLevel({ level: CO_ATTENDANCE_LEVEL }));
  return notes;
}

/**
 * The indicator of one wave's graph. `respondents` (actor ids) switches on the response rate and the
 * bootstrap interval.
 *
 * @example
 * ```ts
 * import { waveIndicator } from "@vernetzt/core/indicators";
 * import { buildGraph } from "@vernetzt/core/model";
 * import { parseDataset } from "@vernetzt/core/io";
 *
 * // a path a – b – c and the isolate d; a, b and c answered the survey
 * const { dataset } = await parseDataset([
 *   {
 *     name: "actors.csv",
 *     data: "id,name,district,sector\na,A,Nord,Kirche\nb,B,Nord,Schule\nc,C,Süd,Kirche\nd,D,Süd,Schule",
 *   },
 *   { name: "ties.csv", data: "source,target\na,b\nb,c" },
 *   { name: "respondents.csv", data: "actor\na\nb\nc" },
 * ]);
 * const withRespondents = waveIndicator(buildGraph(dataset!), ["a", "b", "c"], { replicates: 100, seed: 2 });
 * withRespondents.responseRate //=> 0.75
 * withRespondents.interval?.length //=> 2
 * waveIndicator(buildGraph(dataset!), undefined).interval //=> undefined
 * ```
 */
export function waveIndicator(
  graph: VernetztGraph,
  respondents: readonly string[] | undefined,
  options: Partial<IndicatorOptions> = {},
): IndicatorWave {
  const o = resolveIndicatorOptions(options);
  const messages: IndicatorMessages = o.lang === "de" ? indicatorMessagesDe : indicatorMessagesEn;
  const measured = measure(graph, respondents, o);
  const actors = graph.order;
  // keys in the order of the JSON contract: wave, value, components, byDistrict, notes, responseRate, interval
  const result: IndicatorWave = {
    wave: graph.getAttribute("wave"),
    value: measured.value,
    components: measured.components,
    byDistrict: measured.byDistrict,
    notes: notApplicable(measured.components, actors, messages),
  };
  if (respondents !== undefined) {
    const answered = new Set(respondents.filter((id) => graph.hasNode(id)));
    result.responseRate = actors === 0 ? 0 : answered.size / actors;
  }
  if (measured.interval) result.interval = measured.interval;
  if (!graph.someNode((_, actor) => Boolean(actor.district?.trim()))) result.notes.push(messages.noDistricts);
  return result;
}

/** The composite, components, interval (with respondents) and districts of one graph. */
function measure(
  graph: VernetztGraph,
  respondents: readonly string[] | undefined,
  o: IndicatorOptions,
): MeasuredIndicator {
  const snap = snapshot(graph);
  const context = componentContext(snap);
  const everyone = snap.actors.map((_, i) => i);
  const components = indicatorComponents(context, everyone);
  const result: MeasuredIndicator = { value: compositeValue(components), components, byDistrict: {} };
  if (respondents !== undefined) {
    const answered = [...new Set(respondents)].flatMap((id) => {
      const i = snap.index.get(id);
      return i === undefined ? [] : [i];
    });
    const interval =
      o.replicates > 0 && answered.length > 0 && result.value !== null
        ? bootstrapInterval(context, result.value, answered, o)
        : null;
    if (interval) result.interval = interval;
  }
  const districts = snap.actors.some((actor) => actor.district?.trim())
    ? categorizeActors(graph, "district")
    : null;
  // withheld where people could be identified: fewer than k actors, one of them a person
  const withheld = districts
    ? identifiableGroups(
        districts.codes,
        districts.categories.length,
        (i) => isPersonKind(snap.actors[i]?.kind),
        {
          k: o.minGroupSize,
        },
      )
    : [];
  districts?.categories.forEach((district, code) => {
    const members = everyone.filter((i) => districts.codes[i] === code);
    if (withheld[code]) {
      const hidden: IndicatorComponents = {
        connected: null,
        reach2: null,
        crossDistrict: null,
        crossSector: null,
        isolated: null,
      };
      result.byDistrict[district] = {
        value: null,
        components: hidden,
        actors: members.length,
        suppressed: true,
      };
      return;
    }
    const local = indicatorComponents(context, members);
    result.byDistrict[district] = {
      value: compositeValue(local),
      components: local,
      actors: members.length,
      suppressed: false,
    };
  });
  return result;
}

function notApplicable(
  components: IndicatorComponents,
  actors: number,
  messages: IndicatorMessages,
): string[] {
  return COMPONENT_NAMES.filter((name) => components[name] === null).map((name) =>
    messages.notApplicable({
      component: messages.components[name],
      reason: actors === 0 ? "noActors" : name === "reach2" ? "tooFewActors" : "noCategories",
    }),
  );
}
