/**
 * What the table plan needs to know about a dataset, as plain data that can be written to JSON and read in the
 * browser: every actor's profile (name, district, sector, organisation, offers and needs), who already works
 * together (the ties of one wave, co-attendance included: people who meet in a working group know each other),
 * the recommended introductions (core `recommend`, top K per actor, with their rank) and the worst gaps between
 * districts (core `gaps`, the first `gapCount`). `pair-values.ts` turns it into the value of seating two
 * participants together. Nothing here is reimplemented: gaps and recommendations are the library's.
 */
import { gaps } from "../gaps/gaps.js";
import { buildGraph } from "../model/build-graph.js";
import { definedOnly } from "../model/defined-only.js";
import type { Dataset } from "../model/types.js";
import { recommend } from "../recommend/recommend.js";
import { SeatingOptionError } from "./errors.js";

export interface SeatingContextOptions {
  /** Wave whose ties count as "already working together". Default `null`: the latest. */
  wave: string | null;
  /** How many of the worst district gaps make a pair valuable. Default `3`. */
  gapCount: number;
  /** Recommendations per actor that make a pair valuable. Default `5`. */
  recommendTop: number;
  /** Seed of the recommendations' communities. Default `1`. */
  seed: number;
  /**
   * `recommend`'s introductions of this wave with this `recommendTop` and `seed` (each actor's list, best
   * first), when already computed (the dashboard computes them for its Empfehlungen page): taken as they
   * are instead of computed again. Default `null`: computed here.
   */
  recommended: ReadonlyArray<{ actor: string; candidate: string }> | null;
}

export const DEFAULT_SEATING_CONTEXT_OPTIONS: SeatingContextOptions = {
  wave: null,
  gapCount: 3,
  recommendTop: 5,
  seed: 1,
  recommended: null,
};

/** One actor as the table plan sees it. */
export interface SeatingActor {
  id: string;
  name: string;
  district?: string;
  sector?: string;
  /** The organisation the actor represents (`memberOf`), else the actor itself: two of one are split. */
  organisation: string;
  offers: string[];
  needs: string[];
}

/** Everything the table plan needs of a dataset (serialisable). */
export interface SeatingContext {
  wave: string;
  actors: SeatingActor[];
  /** Pairs that already work together in `wave` (actor ids). */
  tied: Array<[string, string]>;
  /** Recommended introductions: `candidate` is at place `rank` (1 = best) of `actor`'s list. */
  recommended: Array<{ actor: string; candidate: string; rank: number }>;
  /** The worst gaps between districts, worst first (district ids). */
  gaps: Array<{ a: string; b: string; rank: number }>;
  /** District id → name. */
  districtNames: Record<string, string>;
}

/**
 * Resolves and validates the options; throws `SeatingOptionError`.
 *
 * @example
 * ```ts
 * import { resolveSeatingContextOptions } from "@vernetzt/core/seating";
 *
 * resolveSeatingContextOptions({ gapCount: 5 }) //=> { wave: null, gapCount: 5, recommendTop: 5, seed: 1, recommended: null }
 * ```
 */
export function resolveSeatingContextOptions(
  options: Partial<SeatingContextOptions> = {},
): SeatingContextOptions {
  const o = { ...DEFAULT_SEATING_CONTEXT_OPTIONS, ...definedOnly(options) };
  if (!Number.isInteger(o.gapCount) || o.gapCount < 0)
    throw new SeatingOptionError("gapCount", o.gapCount, "an integer ≥ 0");
  if (!Number.isInteger(o.recommendTop) || o.recommendTop < 1)
    throw new SeatingOptionError("recommendTop", o.recommendTop, "an integer ≥ 1");
  if (!Number.isInteger(o.seed)) throw new SeatingOptionError("seed", o.seed, "an integer");
  return o;
}

/**
 * The seating context of a dataset (see the module comment). Throws `UnknownWaveError` for an unknown wave.
 *
 * @example
 * ```ts
 * import { parseDataset } from "@vernetzt/core/io";
 * import { seatingContext } from "@vernetzt/core/seating";
 *
 * const { dataset } = await parseDataset([
 *   { name: "actors.csv", data: "id,name,district,offers,needs\nchor,Kirchenchor,Nord,,Proberaum\nschule,Grundschule,Süd,Proberaum,\nkita,Kita,Süd,," },
 *   { name: "ties.csv", data: "source,target\nschule,kita" },
 * ]);
 * const context = seatingContext(dataset!);
 * context.tied //=> [["schule", "kita"]]
 * context.recommended[0] //=> { actor: "chor", candidate: "schule", rank: 1 }
 * ```
 */
export function seatingContext(
  dataset: Dataset,
  options: Partial<SeatingContextOptions> = {},
): SeatingContext {
  const o = resolveSeatingContextOptions(options);
  const graph = buildGraph(dataset, o.wave === null ? {} : { wave: o.wave });
  const tied: Array<[string, string]> = [];
  graph.forEachEdge((_edge, _attributes, source, target) => {
    tied.push([source, target]);
  });
  const recommended: SeatingContext["recommended"] = [];
  let previous = "";
  let rank = 0;
  const introductions =
    o.recommended ??
    recommend(graph, { top: o.recommendTop, seed: o.seed, districts: dataset.districts }).recommendations;
  for (const r of introductions) {
    rank = r.actor === previous ? rank + 1 : 1;
    previous = r.actor;
    recommended.push({ actor: r.actor, candidate: r.candidate, rank });
  }
  return {
    wave: graph.getAttribute("wave"),
    actors: dataset.actors.map((a) => {
      const actor: SeatingActor = {
        id: a.id,
        name: a.name,
        organisation: a.memberOf ?? a.id,
        offers: a.offers,
        needs: a.needs,
      };
      if (a.district !== undefined) actor.district = a.district;
      if (a.sector !== undefined) actor.sector = a.sector;
      return actor;
    }),
    tied,
    recommended,
    gaps: worstGaps(graph, o.gapCount),
    districtNames: Object.fromEntries(dataset.districts.map((d) => [d.id, d.name])),
  };
}

/** The first `count` district gaps (no p-values needed; every district counts, figures are not published). */
function worstGaps(graph: ReturnType<typeof buildGraph>, count: number): SeatingContext["gaps"] {
  if (count === 0 || !graph.someNode((_node, actor) => actor.district !== undefined)) return [];
  return gaps(graph, { by: "district", permutations: 0, minGroupSize: 1 })
    .gaps.slice(0, count)
    .map((gap, i) => ({ a: gap.a, b: gap.b, rank: i + 1 }));
}
