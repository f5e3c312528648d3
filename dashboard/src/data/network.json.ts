/**
 * Data loader: the network of the chosen dataset, laid out, with centralities and communities from
 * @vernetzt/core. Writes `NetworkData` (see `browser/network-data.ts`) as JSON to stdout; logs go to stderr.
 */
import * as core from "@vernetzt/core";
import { layout } from "@vernetzt/core";
import type { NetworkData, NetworkEdge, NetworkMeasure } from "../../browser/network-data.js";
import { graphOfAllWaves, readDataset } from "../../loaders/dataset.js";

const LAYOUT = { seed: 1, iterations: 500 } as const;

/** Centralities from core, by export name; the first that core has are offered for sizing. */
const CENTRALITIES: Array<{ exportName: string; key: string; label: string }> = [
  { exportName: "degreeCentrality", key: "degree", label: "Grad-Zentralität" },
  { exportName: "betweennessCentrality", key: "betweenness", label: "Vermittlung (Betweenness)" },
  { exportName: "closenessCentrality", key: "closeness", label: "Nähe (Closeness)" },
  { exportName: "eigenvectorCentrality", key: "eigenvector", label: "Eigenvektor-Zentralität" },
  { exportName: "pagerank", key: "pagerank", label: "PageRank" },
];

type Metric = (graph: core.VernetztGraph) => Record<string, number>;
const coreExports = core as unknown as Record<string, unknown>;

async function main(): Promise<void> {
  const dataset = await readDataset();
  const graph = graphOfAllWaves(dataset);
  const positions = layout(graph, LAYOUT);
  const notes: string[] = [];

  const measures: NetworkMeasure[] = [{ key: "ties", label: "Zahl der Verbindungen" }];
  const values: Record<string, Record<string, number>> = {
    ties: Object.fromEntries(graph.mapNodes((id) => [id, graph.degree(id)])),
  };
  for (const { exportName, key, label } of CENTRALITIES) {
    const metric = coreExports[exportName] as Metric | undefined;
    if (typeof metric !== "function") continue;
    values[key] = metric(graph);
    measures.push({ key, label });
  }
  if (measures.length === 1)
    notes.push("Zentralitätsmaße folgen: bis dahin zeigt die Größe die Zahl der Verbindungen.");

  const edges = new Map<string, NetworkEdge>();
  for (const tie of dataset.ties) {
    if (!graph.hasNode(tie.source) || !graph.hasNode(tie.target) || tie.source === tie.target) continue;
    const [source, target] =
      dataset.directed || tie.source < tie.target ? [tie.source, tie.target] : [tie.target, tie.source];
    const key = `${source}\u0000${target}`;
    const edge = edges.get(key) ?? { source, target, weight: 0, waves: [] };
    edge.weight += tie.weight;
    if (!edge.waves.includes(tie.wave)) edge.waves.push(tie.wave);
    edges.set(key, edge);
  }
  for (const edge of edges.values())
    edge.waves.sort((a, b) => dataset.waves.indexOf(a) - dataset.waves.indexOf(b));

  const nodes = dataset.actors.map((actor) => ({
    id: actor.id,
    name: actor.name,
    ...(actor.kind !== undefined && { kind: actor.kind }),
    ...(actor.sector !== undefined && { sector: actor.sector }),
    ...(actor.district !== undefined && { district: actor.district }),
    topics: actor.topics,
    offers: actor.offers,
    needs: actor.needs,
    x: positions[actor.id]?.x ?? 0,
    y: positions[actor.id]?.y ?? 0,
    centrality: Object.fromEntries(measures.map(({ key }) => [key, values[key]?.[actor.id] ?? 0])),
  }));

  const colourings: NetworkData["colourings"] = [];
  if (nodes.some((n) => n.district)) colourings.push("district");
  if (nodes.some((n) => n.sector)) colourings.push("sector");
  if (nodes.some((n) => n.kind)) colourings.push("kind");
  notes.push("Gruppen (Communities) folgen: die Community-Erkennung ist noch nicht in @vernetzt/core.");

  const data: NetworkData = {
    name: dataset.name,
    directed: dataset.directed,
    waves: dataset.waves,
    nodes,
    edges: [...edges.values()],
    measures,
    colourings,
    layout: { ...LAYOUT },
    notes,
  };
  process.stdout.write(JSON.stringify(data));
}

main().catch((error: unknown) => {
  process.stderr.write(`network.json: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
