/**
 * Data loader: the network of the chosen dataset for the Netzwerk and Akteure pages. Positions from core's
 * seeded `layout` of all waves together; per wave, core's actor measures (`actorMetrics`) and Louvain
 * communities (`louvainCommunities`). Writes `NetworkData` (see `browser/network-data.ts`) to stdout.
 */
import { type ActorMetricsRow, actorMetrics, layout, louvainCommunities } from "@vernetzt/core";
import type { NetworkData, NetworkMeasure, NetworkNode } from "../../browser/network-data.js";
import {
  districtNames,
  readDataset,
  unionOfWaves,
  waveGraphs,
  wavesOfUnionEdge,
} from "../../loaders/dataset.js";

const LAYOUT = { seed: 1, iterations: 500 } as const;
const COMMUNITY_SEED = 1;

/** The measures offered for node size, in menu order, with their German labels. */
const MEASURES: Array<NetworkMeasure & { key: keyof ActorMetricsRow }> = [
  { key: "degree", label: "Zahl der Partner (Grad)" },
  { key: "strength", label: "Summe der Gewichte (Stärke)" },
  { key: "betweennessNormalized", label: "Vermittlung (Betweenness, normiert)" },
  { key: "closeness", label: "Nähe (Closeness)" },
  { key: "eigenvector", label: "Eigenvektor-Zentralität" },
  { key: "pagerank", label: "PageRank" },
];

async function main(): Promise<void> {
  const dataset = await readDataset();
  const graphs = waveGraphs(dataset);
  const union = unionOfWaves(dataset, graphs);
  const positions = layout(union, LAYOUT);
  const districtName = districtNames(dataset);

  const centrality = new Map<string, NetworkNode["centrality"]>(dataset.actors.map((a) => [a.id, {}]));
  const community = new Map<string, NetworkNode["community"]>(dataset.actors.map((a) => [a.id, {}]));
  for (const [wave, graph] of graphs) {
    for (const row of actorMetrics(graph)) {
      centrality.get(row.id)![wave] = Object.fromEntries(
        MEASURES.map(({ key }) => [key, row[key] as number]),
      );
    }
    const { communities } = louvainCommunities(graph, { seed: COMMUNITY_SEED });
    for (const [id, group] of Object.entries(communities)) community.get(id)![wave] = `Gruppe ${group + 1}`;
  }

  const nodes: NetworkNode[] = dataset.actors.map((actor) => {
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

  const data: NetworkData = {
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
    measures: MEASURES.map(({ key, label }) => ({ key, label })),
    colourings,
    layout: { ...LAYOUT },
    notes: [],
  };
  process.stdout.write(JSON.stringify(data));
}

main().catch((error: unknown) => {
  process.stderr.write(`network.json: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
