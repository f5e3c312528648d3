/**
 * What changed between two survey waves: actors and ties that came or went, each 6.3.3 indicator
 * component, every actor's degree and betweenness, and each district's ties across district borders.
 *
 * Every actor of the dataset is a node of every wave's graph (`model/buildGraph`), so "present in a wave"
 * means: has at least one tie in that wave, or answered that wave's survey (`dataset.respondents`). Ties are
 * compared undirected (a pair is tied when either named the other). Degree is the number of partners
 * (`centrality/degree`), betweenness the normalised value of `centrality/betweennessNormalized` (networkx
 * `betweenness_centrality(normalized=True)`), so values of waves with different sizes are comparable.
 * A district's cross-district ties are the ties of its actors to actors of other districts.
 *
 * Small groups (`privacy/suppress.ts`): a district with fewer than `minGroupSize` actors (in the dataset), one of
 * them a person, has its cross-district figures withheld (`null`, `suppressed: true`) and is never named in `gained`/`lost`,
 * whose direction would be a figure about it. `minGroupSize: 1` publishes everything.
 */
import { betweennessNormalized } from "../centrality/betweenness.js";
import { degree } from "../centrality/degree.js";
import { compareCategories } from "../groups/categories.js";
import { COMPONENT_NAMES, type ComponentName } from "../indicators/components.js";
import { waveIndicator } from "../indicators/indicator.js";
import { isPersonKind } from "../io/aliases.js";
import { buildGraph } from "../model/build-graph.js";
import type { Dataset, VernetztGraph } from "../model/types.js";
import { resolveWave } from "../model/waves.js";
import { DEFAULT_SUPPRESSION_OPTIONS, identifiableGroups } from "../privacy/suppress.js";
import { WavesOptionError } from "./errors.js";

/** A value in both waves and its change (`to − from`; null when either is null). */
export interface Change {
  from: number | null;
  to: number | null;
  change: number | null;
}

export interface TiePair {
  source: string;
  target: string;
}

export interface WaveComparison {
  from: string;
  to: string;
  /** Actor ids, input order. */
  actors: { new: string[]; lost: string[] };
  /** Pairs with `source` before `target` in input order; sorted by input order. */
  ties: { new: TiePair[]; lost: TiePair[] };
  indicator: { value: Change; components: Record<ComponentName, Change> };
  /** Every actor present in either wave, input order. */
  centrality: Array<{ actor: string; degree: Change; betweenness: Change }>;
  /**
   * Per district (German collation): ties across district borders; `gained`/`lost` list the districts.
   * A district below `minGroupSize` with a person among its actors has `null` figures, `suppressed: true`, and is
   * in neither list (a district of organisations only is shown whatever its size).
   */
  districts: {
    crossDistrictTies: Array<{ district: string; suppressed: boolean } & Change>;
    gained: string[];
    lost: string[];
  };
  /** The `minGroupSize` applied. */
  minGroupSize: number;
}

function change(from: number | null, to: number | null): Change {
  return { from, to, change: from === null || to === null ? null : to - from };
}

export interface CompareWavesOptions {
  /**
   * Estimate betweenness from this many seeded source actors instead of all (`centrality` sampling, for
   * large networks: exact betweenness of 5 000 actors takes seconds per wave). Default `null`: exact.
   */
  betweennessSamples: number | null;
  /** Seed of the betweenness sample. Default `1`. */
  seed: number;
  /**
   * Smallest district (actors in the dataset) whose figures are published when a person is among them (k of
   * `privacy/suppress.ts`; districts of organisations only are always published). `1` publishes everything.
   * Default `5`.
   */
  minGroupSize: number;
}

export const DEFAULT_COMPARE_WAVES_OPTIONS: CompareWavesOptions = {
  betweennessSamples: null,
  seed: 1,
  minGroupSize: DEFAULT_SUPPRESSION_OPTIONS.k,
};

/**
 * Compares wave `from` with wave `to` of `dataset`; throws `UnknownWaveError` for a wave it lacks.
 *
 * @example
 * ```ts
 * import { parseDataset } from "@vernetzt/core/io";
 * import { compareWaves } from "@vernetzt/core/waves";
 *
 * const { dataset } = await parseDataset([
 *   { name: "actors.csv", data: "id,name\na,A\nb,B\nc,C\nd,D" },
 *   { name: "ties.csv", data: "source,target,wave\na,b,2023\nb,c,2023\na,b,2024\nc,d,2024" },
 * ]);
 * const change = compareWaves(dataset!, "2023", "2024");
 * change.actors //=> { new: ["d"], lost: [] }
 * change.ties //=> { new: [{ source: "c", target: "d" }], lost: [{ source: "b", target: "c" }] }
 * change.centrality.find((row) => row.actor === "b")?.degree //=> { from: 2, to: 1, change: -1 }
 * ```
 */
export function compareWaves(
  dataset: Dataset,
  from: string,
  to: string,
  options: Partial<CompareWavesOptions> = {},
): WaveComparison {
  const o = { ...DEFAULT_COMPARE_WAVES_OPTIONS, ...options };
  if (!Number.isInteger(o.minGroupSize) || o.minGroupSize < 1) {
    throw new WavesOptionError("minGroupSize", o.minGroupSize, "an integer ≥ 1");
  }
  const waves = [resolveWave(dataset, from), resolveWave(dataset, to)];
  const graphs = waves.map((wave) => buildGraph(dataset, { wave, directed: false }));
  const order = new Map(dataset.actors.map((actor, i) => [actor.id, i]));
  const present = graphs.map((graph, w) => presentActors(graph, dataset.respondents?.[waves[w]]));
  const pairs = graphs.map((graph) => tiePairs(graph, order));
  const indicators = graphs.map((graph, w) =>
    waveIndicator(graph, dataset.respondents?.[waves[w]], { replicates: 0, lang: "en" }),
  );
  const degrees = graphs.map((graph) => degree(graph));
  const betweenness = graphs.map((graph) =>
    betweennessNormalized(graph, { samples: o.betweennessSamples, seed: o.seed }),
  );
  const crossTies = graphs.map(crossDistrictTies);
  const everyone = dataset.actors.map((a) => a.id).filter((id) => present[0].has(id) || present[1].has(id));
  const districts = [...new Set([...crossTies[0].keys(), ...crossTies[1].keys()])].sort(compareCategories);
  const code = new Map(districts.map((district, c) => [district, c]));
  const withheld = identifiableGroups(
    dataset.actors.map((actor) => code.get(actor.district ?? "") ?? -1),
    districts.length,
    (i) => isPersonKind(dataset.actors[i]!.kind),
    { k: o.minGroupSize },
  );
  const districtChanges = districts.map((district, c) =>
    withheld[c]
      ? { district, suppressed: true, ...change(null, null) }
      : {
          district,
          suppressed: false,
          ...change(crossTies[0].get(district) ?? 0, crossTies[1].get(district) ?? 0),
        },
  );
  return {
    from: waves[0],
    to: waves[1],
    actors: {
      new: everyone.filter((id) => present[1].has(id) && !present[0].has(id)),
      lost: everyone.filter((id) => present[0].has(id) && !present[1].has(id)),
    },
    ties: {
      new: [...pairs[1].values()].filter((p) => !pairs[0].has(key(p))),
      lost: [...pairs[0].values()].filter((p) => !pairs[1].has(key(p))),
    },
    indicator: {
      value: change(indicators[0].value, indicators[1].value),
      components: Object.fromEntries(
        COMPONENT_NAMES.map((name) => [
          name,
          change(indicators[0].components[name], indicators[1].components[name]),
        ]),
      ) as Record<ComponentName, Change>,
    },
    centrality: everyone.map((actor) => ({
      actor,
      degree: change(degrees[0][actor], degrees[1][actor]),
      betweenness: change(betweenness[0][actor], betweenness[1][actor]),
    })),
    districts: {
      crossDistrictTies: districtChanges,
      gained: districtChanges.filter((d) => d.change !== null && d.change > 0).map((d) => d.district),
      lost: districtChanges.filter((d) => d.change !== null && d.change < 0).map((d) => d.district),
    },
    minGroupSize: o.minGroupSize,
  };
}

function presentActors(graph: VernetztGraph, respondents: readonly string[] | undefined): Set<string> {
  const present = new Set(respondents ?? []);
  graph.forEachNode((id) => {
    if (graph.degree(id) > 0) present.add(id);
  });
  return present;
}

const key = (pair: TiePair) => `${pair.source}\u0000${pair.target}`;

function tiePairs(graph: VernetztGraph, order: Map<string, number>): Map<string, TiePair> {
  const pairs: TiePair[] = [];
  graph.forEachEdge((_e, _a, s, t) => {
    pairs.push(order.get(s)! <= order.get(t)! ? { source: s, target: t } : { source: t, target: s });
  });
  pairs.sort(
    (x, y) => order.get(x.source)! - order.get(y.source)! || order.get(x.target)! - order.get(y.target)!,
  );
  return new Map(pairs.map((pair) => [key(pair), pair]));
}

function crossDistrictTies(graph: VernetztGraph): Map<string, number> {
  const counts = new Map<string, number>();
  graph.forEachNode((_id, actor) => {
    if (actor.district) counts.set(actor.district, 0);
  });
  graph.forEachEdge((_e, _a, _s, _t, x, y) => {
    if (!x.district || !y.district || x.district === y.district) return;
    counts.set(x.district, counts.get(x.district)! + 1);
    counts.set(y.district, counts.get(y.district)! + 1);
  });
  return counts;
}
