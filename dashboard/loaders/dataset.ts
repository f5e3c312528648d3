/**
 * The dataset and its graphs for the data loaders (Node, run by tsx at build time), all from @vernetzt/core:
 * `loadDataset` reads and validates the folder, `buildGraph` builds one graph per survey wave.
 * A dataset with errors stops the build with core's German validation report on stderr.
 */
import {
  buildGraph,
  type Dataset,
  formatValidationReport,
  pseudonymize,
  type VernetztGraph,
} from "@vernetzt/core";
import { loadDataset } from "@vernetzt/core/node";
import Graph from "graphology";

/** The dataset folder chosen by the build (`VERNETZT_DATA`, resolved by `scripts/build.mjs`). */
export function dataFolder(): string {
  const folder = process.env.VERNETZT_DATA;
  if (!folder)
    throw new Error("VERNETZT_DATA is not set: build the dashboard with `node scripts/build.mjs`.");
  return folder;
}

/**
 * The validated dataset in `folder`, persons without consent pseudonymised (core's `pseudonymize`, before
 * anything else sees the data). Warnings go to stderr; errors end the loader with exit code 1.
 */
export async function readDataset(folder: string = dataFolder()): Promise<Dataset> {
  const { dataset, report } = await loadDataset(folder, { lang: "de" });
  const hasErrors = report.issues.some((issue) => issue.severity === "error");
  if (report.issues.length > 0) process.stderr.write(formatValidationReport(report, { lang: "de" }));
  if (!dataset || hasErrors) {
    process.stderr.write(
      `Der Datensatz ${folder} hat Fehler (siehe oben): bitte korrigieren und neu bauen.\n`,
    );
    process.exit(1);
  }
  return pseudonymize(dataset);
}

/** The display name of an actor's district: the name from the districts table, else the value as given. */
export function districtNames(dataset: Dataset): (district: string | undefined) => string | undefined {
  const names = new Map(dataset.districts.map((d) => [d.id, d.name]));
  return (district) => (district === undefined ? undefined : (names.get(district) ?? district));
}

/** One graph per wave, in wave order. */
export function waveGraphs(dataset: Dataset): Map<string, VernetztGraph> {
  return new Map(dataset.waves.map((wave) => [wave, buildGraph(dataset, { wave })]));
}

/**
 * Every wave's graph in one, for one layout shared by all waves (so actors keep their place when the
 * wave filter changes). An edge's weight is the sum over waves; `waves` lists the waves that have it.
 */
export function unionOfWaves(dataset: Dataset, graphs: Map<string, VernetztGraph>): VernetztGraph {
  const union = new Graph({ type: dataset.directed ? "directed" : "undirected" }) as VernetztGraph;
  union.replaceAttributes({ name: dataset.name, wave: "", directed: dataset.directed });
  for (const actor of dataset.actors) union.addNode(actor.id, actor);
  for (const [wave, graph] of graphs) {
    graph.forEachEdge((_edge, attributes, source, target) => {
      const existing = union.edge(source, target);
      if (existing === undefined) {
        union.addEdge(source, target, { ...attributes, attributes: { waves: wave } });
      } else {
        union.updateEdgeAttributes(existing, (a) => ({
          ...a,
          weight: a.weight + attributes.weight,
          attributes: { waves: `${a.attributes.waves}\u0000${wave}` },
        }));
      }
    });
  }
  return union;
}

/** The waves an edge of {@link unionOfWaves} was observed in. */
export const wavesOfUnionEdge = (attributes: { attributes: Record<string, string> }): string[] =>
  (attributes.attributes.waves ?? "").split("\u0000").filter(Boolean);
