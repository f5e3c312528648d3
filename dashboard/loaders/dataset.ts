/**
 * The dataset and graphs for the data loaders (Node, run by tsx at build time).
 *
 * Uses @vernetzt/core's `loadDataset` and `buildGraph` when core has them. Until then a minimal reader of
 * the documented folder format stands in (`akteure.csv`/`actors.csv`, `beziehungen.csv`/`ties.csv`, UTF-8,
 * `;`/`,`/tab separated); it is deliberately small and goes away when core's loader lands.
 */
import { existsSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { Actor, Dataset, Tie, VernetztGraph } from "@vernetzt/core";
import * as core from "@vernetzt/core";
import Graph from "graphology";

/** The dataset folder chosen by the build (`VERNETZT_DATA`, resolved by `scripts/build.mjs`). */
export function dataFolder(): string {
  const folder = process.env.VERNETZT_DATA;
  if (!folder)
    throw new Error("VERNETZT_DATA is not set: build the dashboard with `node scripts/build.mjs`.");
  return folder;
}

type Loader = (path: string) => Promise<Dataset> | Dataset;
type GraphBuilder = (dataset: Dataset, options: { wave: string }) => VernetztGraph;
const coreExports = core as unknown as Record<string, unknown>;

/** The validated dataset in `folder`. */
export async function readDataset(folder: string = dataFolder()): Promise<Dataset> {
  const loadDataset = coreExports.loadDataset as Loader | undefined;
  if (typeof loadDataset === "function") return await loadDataset(folder);
  return readFolderFallback(folder);
}

/** The graph of one wave. */
export function graphOfWave(dataset: Dataset, wave: string): VernetztGraph {
  const buildGraph = coreExports.buildGraph as GraphBuilder | undefined;
  if (typeof buildGraph === "function") return buildGraph(dataset, { wave });
  return buildGraphFallback(dataset, (tie) => tie.wave === wave, wave);
}

/** The graph of every wave together (for one layout shared by all waves). */
export function graphOfAllWaves(dataset: Dataset): VernetztGraph {
  return buildGraphFallback(dataset, () => true, "alle");
}

function buildGraphFallback(dataset: Dataset, keep: (tie: Tie) => boolean, wave: string): VernetztGraph {
  const graph = new Graph({ type: dataset.directed ? "directed" : "undirected" }) as VernetztGraph;
  graph.replaceAttributes({ name: dataset.name, wave, directed: dataset.directed });
  for (const actor of dataset.actors) graph.addNode(actor.id, actor);
  for (const tie of dataset.ties) {
    if (!keep(tie) || tie.source === tie.target) continue;
    if (!graph.hasNode(tie.source) || !graph.hasNode(tie.target)) continue;
    const edge = graph.edge(tie.source, tie.target);
    if (edge === undefined) {
      graph.addEdge(tie.source, tie.target, { weight: tie.weight, types: [], attributes: {} });
    } else {
      graph.updateEdgeAttribute(edge, "weight", (w) => (w ?? 0) + tie.weight);
    }
  }
  return graph;
}

const ACTOR_COLUMNS: Record<string, keyof Actor> = {
  id: "id",
  name: "name",
  art: "kind",
  kind: "kind",
  sektor: "sector",
  bereich: "sector",
  sector: "sector",
  stadtteil: "district",
  district: "district",
  themen: "topics",
  topics: "topics",
  bietet: "offers",
  offers: "offers",
  sucht: "needs",
  needs: "needs",
};
const KINDS: Record<string, Actor["kind"]> = {
  organisation: "organisation",
  person: "person",
  gruppe: "group",
  group: "group",
};

function readTable(folder: string, names: string[]): Array<Record<string, string>> {
  const file = names.map((name) => join(folder, name)).find((path) => existsSync(path));
  if (!file) throw new Error(`${folder}: none of ${names.join(", ")} found.`);
  const lines = readFileSync(file, "utf8")
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .filter((l) => l.trim() !== "");
  const header = lines[0] ?? "";
  const separator = [";", "\t", ","].find((s) => header.includes(s)) ?? ";";
  const keys = header.split(separator).map((k) => k.trim().toLowerCase());
  return lines.slice(1).map((line) => {
    const cells = line.split(separator);
    return Object.fromEntries(keys.map((k, i) => [k, (cells[i] ?? "").trim()]));
  });
}

const list = (cell: string | undefined): string[] =>
  (cell ?? "")
    .split(/[;,]/)
    .map((s) => s.trim())
    .filter(Boolean);

function readFolderFallback(folder: string): Dataset {
  const actors: Actor[] = readTable(folder, ["akteure.csv", "actors.csv"]).map((row) => {
    const actor: Actor = { id: "", name: "", topics: [], offers: [], needs: [], attributes: {} };
    for (const [key, value] of Object.entries(row)) {
      const field = ACTOR_COLUMNS[key];
      if (field === "topics" || field === "offers" || field === "needs") actor[field] = list(value);
      else if (field === "kind") {
        const kind = KINDS[value.toLowerCase()];
        if (kind) actor.kind = kind;
      } else if (field === "id" || field === "name" || field === "sector" || field === "district") {
        if (value) actor[field] = value;
      } else actor.attributes[key] = value;
    }
    if (!actor.name) actor.name = actor.id;
    return actor;
  });
  const ties: Tie[] = readTable(folder, ["beziehungen.csv", "ties.csv"]).map((row) => ({
    source: row.von ?? row.source ?? "",
    target: row.zu ?? row.target ?? "",
    weight: Number((row.gewicht ?? row.weight ?? "1").replace(",", ".")) || 1,
    wave: row.welle ?? row.wave ?? core.DEFAULT_WAVE,
    directed: false,
    attributes: {},
  }));
  const waves = [...new Set(ties.map((t) => t.wave))];
  if (waves.every((w) => /^\d+$/.test(w))) waves.sort((a, b) => Number(a) - Number(b));
  return {
    name: basename(folder),
    actors,
    ties,
    districts: [],
    events: [],
    attendance: [],
    waves,
    directed: false,
  };
}
