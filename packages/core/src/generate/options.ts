/**
 * Options of `generateNetwork`: the exported type, the defaults, and resolve-then-validate.
 */

import { VernetztError } from "../model/vernetzt-error.js";
import type { Seed } from "../random/rng.js";

/** Options of `generateNetwork`. Every field is optional; `DEFAULT_GENERATE_NETWORK_OPTIONS` fills the gaps. */
export interface GenerateNetworkOptions {
  /** Number of actors (rows of `actors.csv`), an integer ≥ 1. Default 1000. */
  actors?: number;
  /**
   * Number of districts, an integer between 1 and `actors`. Default `"auto"`: √actors / 2.5, rounded,
   * between 1 and 500 (1,000 actors → 13 districts, 1,000,000 → 400).
   */
  districts?: number | "auto";
  /** Number of survey waves, an integer between 1 and 50. Default 3. */
  waves?: number;
  /** Seed of every random choice: same seed and options, same rows. Default 1. */
  seed?: Seed;
  /**
   * Target mean number of ties per actor in each wave (before unobserved ties are removed: see
   * `responseRate`). A positive number. Default 6.
   */
  meanDegree?: number;
  /**
   * Probability that a tie stays inside the actor's district (district homophily), in [0, 1]. The other
   * end of the remaining ties lies in another district, chosen in proportion to its number of actors.
   * Default 0.8.
   */
  withinDistrict?: number;
  /**
   * Probability that a tie's other end is drawn from the actor's own sector (sector homophily), in [0, 1];
   * otherwise the sector is drawn in proportion to the sectors' sizes in the target district (so it can be
   * the own sector too). Default 0.35.
   */
  withinSector?: number;
  /**
   * Tail exponent γ of the degree distribution, P(degree = k) ∝ k^-γ, a number > 2. Smaller means
   * heavier tails (bigger hubs). Default 2.5.
   */
  degreeExponent?: number;
  /** Share of actors that are persons representing an organisation of their district, in [0, 1). Default 0.15. */
  personShare?: number;
  /** Share of persons who consent to being named (`consent = yes`), in [0, 1]. Default 0.8. */
  consentRate?: number;
  /** Probability that a tie of one wave is still there in the next wave, in [0, 1]. Default 0.85. */
  tieSurvival?: number;
  /**
   * Probability that an actor answers the survey of a wave, in (0, 1]. A tie is observed in a wave only
   * when at least one of its two actors answered (membership ties of persons are always known). Default 0.8.
   */
  responseRate?: number;
  /** District working-group meetings per district and wave, an integer ≥ 0. Default 4. */
  meetingsPerWave?: number;
  /** Attendees per meeting (host included), at most; an integer ≥ 1. Default 12. */
  meetingSize?: number;
  /** Date of the first meeting of wave 1, `YYYY-MM-DD`; waves are one year apart. Default "2024-02-01". */
  startDate?: string;
}

/** The options with every field filled in. */
export type ResolvedGenerateNetworkOptions = Required<Omit<GenerateNetworkOptions, "districts">> & {
  districts: number;
};

export const DEFAULT_GENERATE_NETWORK_OPTIONS: Readonly<Required<GenerateNetworkOptions>> = {
  actors: 1000,
  districts: "auto",
  waves: 3,
  seed: 1,
  meanDegree: 6,
  withinDistrict: 0.8,
  withinSector: 0.35,
  degreeExponent: 2.5,
  personShare: 0.15,
  consentRate: 0.8,
  tieSurvival: 0.85,
  responseRate: 0.8,
  meetingsPerWave: 4,
  meetingSize: 12,
  startDate: "2024-02-01",
};

/**
 * An option of `generateNetwork` has a value it cannot work with. `option` names it.
 *
 * @example
 * ```ts
 * import { GenerateOptionError, generateNetwork } from "@vernetzt/core/generate";
 *
 * try {
 *   generateNetwork({ actors: 100, withinDistrict: 1.5 });
 * } catch (error) {
 *   error instanceof GenerateOptionError //=> true
 *   String((error as GenerateOptionError).option) //=> "withinDistrict"
 * }
 * ```
 */
export class GenerateOptionError extends VernetztError {
  override name = "GenerateOptionError";
  constructor(
    readonly option: keyof GenerateNetworkOptions,
    readonly value: unknown,
    expected: string,
  ) {
    super(`generateNetwork: option "${option}" must be ${expected}, got ${JSON.stringify(value)}.`, {
      code: "GENERATE_OPTION",
      usage: true,
    });
  }
}

function check(ok: boolean, option: keyof GenerateNetworkOptions, value: unknown, expected: string): void {
  if (!ok) throw new GenerateOptionError(option, value, expected);
}

const isInteger = (x: unknown, min: number, max = Number.MAX_SAFE_INTEGER): boolean =>
  typeof x === "number" && Number.isInteger(x) && x >= min && x <= max;
const isProbability = (x: unknown): boolean => typeof x === "number" && x >= 0 && x <= 1;
const isCalendarDate = (text: string): boolean => {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
};

/**
 * Fills in the defaults and checks every option; throws `GenerateOptionError` naming the first bad one.
 *
 * @example
 * ```ts
 * import { resolveGenerateNetworkOptions } from "@vernetzt/core/generate";
 *
 * // "auto" districts: √actors / 2.5, rounded
 * resolveGenerateNetworkOptions({ actors: 1000 }).districts //=> 13
 * resolveGenerateNetworkOptions({ actors: 1_000_000 }).districts //=> 400
 * resolveGenerateNetworkOptions().meanDegree //=> 6
 * ```
 */
export function resolveGenerateNetworkOptions(
  options: GenerateNetworkOptions = {},
): ResolvedGenerateNetworkOptions {
  const o = { ...DEFAULT_GENERATE_NETWORK_OPTIONS, ...options };
  check(isInteger(o.actors, 1, 100_000_000), "actors", o.actors, "an integer between 1 and 100,000,000");
  const districts =
    o.districts === "auto"
      ? Math.max(1, Math.min(500, o.actors, Math.round(Math.sqrt(o.actors) / 2.5)))
      : o.districts;
  check(
    isInteger(districts, 1, o.actors),
    "districts",
    o.districts,
    `"auto" or an integer between 1 and actors`,
  );
  check(isInteger(o.waves, 1, 50), "waves", o.waves, "an integer between 1 and 50");
  check(
    (typeof o.seed === "number" && Number.isFinite(o.seed)) || typeof o.seed === "string",
    "seed",
    o.seed,
    "a number or a string",
  );
  check(
    typeof o.meanDegree === "number" && o.meanDegree > 0 && o.meanDegree <= 1000,
    "meanDegree",
    o.meanDegree,
    "a number in (0, 1000]",
  );
  check(isProbability(o.withinDistrict), "withinDistrict", o.withinDistrict, "a probability in [0, 1]");
  check(isProbability(o.withinSector), "withinSector", o.withinSector, "a probability in [0, 1]");
  check(
    typeof o.degreeExponent === "number" && o.degreeExponent > 2 && o.degreeExponent <= 100,
    "degreeExponent",
    o.degreeExponent,
    "a number greater than 2",
  );
  check(
    isProbability(o.personShare) && o.personShare < 1,
    "personShare",
    o.personShare,
    "a number in [0, 1)",
  );
  check(isProbability(o.consentRate), "consentRate", o.consentRate, "a probability in [0, 1]");
  check(isProbability(o.tieSurvival), "tieSurvival", o.tieSurvival, "a probability in [0, 1]");
  check(
    isProbability(o.responseRate) && o.responseRate > 0,
    "responseRate",
    o.responseRate,
    "a number in (0, 1]",
  );
  check(
    isInteger(o.meetingsPerWave, 0, 365),
    "meetingsPerWave",
    o.meetingsPerWave,
    "an integer between 0 and 365",
  );
  check(isInteger(o.meetingSize, 1, 10_000), "meetingSize", o.meetingSize, "an integer between 1 and 10,000");
  check(
    /^\d{4}-\d{2}-\d{2}$/.test(o.startDate) && isCalendarDate(o.startDate),
    "startDate",
    o.startDate,
    "a date YYYY-MM-DD",
  );
  return { ...o, districts };
}
