/**
 * Dataset → `NetworkData`, the JSON the network view draws: positions from core's seeded `layout` of all
 * waves together; per wave, core's `actorMetrics` and seeded `louvainCommunities`. Pure: run at build time
 * by `src/data/network.json.ts` and in the browser by the upload worker.
 */
import {
  actorMetrics,
  betweennessSampleError,
  type Dataset,
  layout,
  louvainCommunities,
  MEASURES,
  type Measure,
  setOwn,
  withholdSmallGroupsOfPersons,
} from "@vernetzt/core";
import { districtNames, unionOfWaves, waveGraphs, wavesOfUnionEdge } from "./dataset-graphs.js";
import { formatNumber } from "./format.js";
import type { NetworkData, NetworkMeasure, NetworkNode } from "./network-data.js";

/** Layout parameters of every network picture up to {@link LARGE_NETWORK_LAYOUT}'s size (Methodik page). */
export const NETWORK_LAYOUT = { seed: 1, iterations: 500 } as const;

/**
 * Above `above` actors with districts, the districts are placed first and ForceAtlas2 takes only
 * `iterations` steps from there (core's `groupBy`): 500 steps from random starts took 81 s of a 20,000-actor
 * build; from the districts' places 50 steps show the same districts and their clusters.
 */
export const LARGE_NETWORK_LAYOUT = { above: 5000, seed: 1, iterations: 50, groupBy: "district" } as const;

/** The layout parameters of a network of `actors` actors (`hasDistricts`: any of them has one). */
export function networkLayout(actors: number, hasDistricts: boolean): NetworkData["layout"] {
  if (actors <= LARGE_NETWORK_LAYOUT.above || !hasDistricts) return { ...NETWORK_LAYOUT };
  const { seed, iterations, groupBy } = LARGE_NETWORK_LAYOUT;
  return { seed, iterations, groupBy };
}
const COMMUNITY_SEED = 1;

/**
 * Above this many actors, betweenness and closeness are estimated from {@link PATH_SAMPLING}'s seeded
 * sources (core's `samples` option) instead of a sweep from every actor: the exact sweep of three waves of
 * 20,000 actors took most of a 8-minute build. The page says so (`NetworkData.sampling`).
 */
export const PATH_SAMPLING = { above: 5000, samples: 1000, seed: 1 } as const;

/** How the path measures of a network of `actors` actors are computed: `null` = exactly. */
export function pathSampling(actors: number): NetworkData["sampling"] {
  if (actors <= PATH_SAMPLING.above) return null;
  const { samples, seed } = PATH_SAMPLING;
  return { samples, seed, betweennessError: betweennessSampleError(actors, samples) };
}

/**
 * The measures offered for node size and in each actor's profile: the actor measures of core's registry
 * marked `dashboard` (numeric, computed by `actorMetrics`), in registry order, with their German label and
 * explanation.
 */
export function dashboardMeasures(measures: readonly Measure[] = MEASURES): NetworkMeasure[] {
  return measures
    .filter((m) => m.scope === "actor" && m.dashboard === true && m.needs === undefined)
    .map((m) => ({ key: m.id, label: m.label.de, explanation: m.explanation.de }));
}

/** Options of {@link networkDataOf}. */
export interface NetworkDataOptions {
  /** The measure registry (default: core's `MEASURES`); a list with a measure of your own offers it too. */
  measures?: readonly Measure[];
}

export function networkDataOf(dataset: Dataset, options: NetworkDataOptions = {}): NetworkData {
  const registry = options.measures ?? MEASURES;
  const offered = dashboardMeasures(registry);
  const graphs = waveGraphs(dataset);
  const union = unionOfWaves(dataset, graphs);
  const n = dataset.actors.length;
  const layoutParameters = networkLayout(
    n,
    dataset.actors.some((a) => a.district?.trim()),
  );
  const positions = layout(union, layoutParameters);
  const districtName = districtNames(dataset);
  const sampling = pathSampling(n);

  const centrality = new Map<string, NetworkNode["centrality"]>(dataset.actors.map((a) => [a.id, {}]));
  const community = new Map<string, NetworkNode["community"]>(dataset.actors.map((a) => [a.id, {}]));
  for (const [wave, graph] of graphs) {
    const rows = actorMetrics(graph, {
      ...(sampling ? { samples: sampling.samples, seed: sampling.seed } : {}),
      measures: registry,
    });
    for (const row of rows) {
      const values = row as Record<string, unknown>;
      setOwn(
        centrality.get(row.id)!,
        wave,
        Object.fromEntries(offered.map(({ key }) => [key, values[key] as number])),
      );
    }
    const { communities } = louvainCommunities(graph, { seed: COMMUNITY_SEED });
    for (const [id, group] of Object.entries(communities))
      setOwn(community.get(id)!, wave, `Gruppe ${group + 1}`);
  }

  // #17 (w17): a person in a district or sector of fewer than 5 actors is published without it (the gap map
  // shows '< 5' there; the data file must not let anyone recount it). The measures above use the full data.
  const nodes: NetworkNode[] = withholdSmallGroupsOfPersons(dataset.actors).map((actor) => {
    const district = districtName(actor.district);
    return {
      id: actor.id,
      name: actor.name,
      ...(actor.kind !== undefined && { kind: actor.kind }),
      ...(actor.sector !== undefined && { sector: actor.sector }),
      ...(district !== undefined && { district }),
      topics: actor.topics,
      offers: actor.offers,
      needs: actor.needs,
      x: positions[actor.id]!.x,
      y: positions[actor.id]!.y,
      centrality: centrality.get(actor.id)!,
      community: community.get(actor.id)!,
    };
  });

  const colourings: NetworkData["colourings"] = [];
  if (nodes.some((n) => n.district)) colourings.push("district");
  if (nodes.some((n) => n.sector)) colourings.push("sector");
  if (union.size > 0) colourings.push("community");
  if (nodes.some((n) => n.kind)) colourings.push("kind");

  return {
    name: dataset.name,
    directed: dataset.directed,
    waves: dataset.waves,
    nodes,
    edges: union.mapEdges((_edge, attributes, source, target) => ({
      source,
      target,
      weight: attributes.weight,
      waves: wavesOfUnionEdge(attributes),
    })),
    measures: offered,
    colourings,
    layout: layoutParameters,
    sampling,
    notes: sampling
      ? [
          `Brückenposition (Betweenness) und Nähe (Closeness) sind bei ${formatNumber(n)} Akteuren geschätzt aus ` +
            `${formatNumber(sampling.samples)} Stichproben (Abweichung der normierten Betweenness höchstens ` +
            `±${formatNumber(Math.round(sampling.betweennessError * 1000) / 1000)} mit 95 % Wahrscheinlichkeit; Methodik).`,
        ]
      : [],
  };
}
