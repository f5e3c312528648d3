/**
 * A dataset → GEXF (Gephi) or GraphML (yEd, Cytoscape, networkx, igraph), readable again by `parseDataset`.
 *
 * Nodes are the actors (node id = actor id, GEXF label = name), edges are the dataset's ties of every wave
 * (or of one wave) as parallel edges, each with its own `wave` attribute, so nothing is merged. Every column of
 * `actors.csv`/`ties.csv` as written by `datasetToCsvFiles` becomes a string attribute under the same name
 * (lists `a; b`, booleans `yes`/`no`; see `dataset-tables.ts`); the weight is the GEXF edge weight and a
 * GraphML `double`. The graph is directed when the dataset is; each edge keeps its own `directed` attribute.
 * Districts, meetings, attendance and respondents are not part of these formats: use JSON or CSV for them.
 * Edge ids are `e1`, `e2`, … in tie order, so the same dataset gives the same file byte for byte.
 */

import type Graph from "graphology";
import { MultiDirectedGraph, MultiUndirectedGraph } from "graphology";
import * as gexf from "graphology-gexf";
import type { Dataset } from "../model/types.js";
import { datasetToTables, type TextTable } from "./dataset-tables.js";

type Attrs = Record<string, string | number>;

/** The dataset as a graphology multigraph with text attributes (the common form of both graph formats). */
function datasetMultiGraph(dataset: Dataset): Graph<Attrs, Attrs> {
  const tables = datasetToTables(dataset);
  const graph = dataset.directed
    ? new MultiDirectedGraph<Attrs, Attrs>()
    : new MultiUndirectedGraph<Attrs, Attrs>();
  for (const { key, attributes } of records(tables.actors!, "id")) graph.addNode(key, attributes);
  records(tables.ties!, "source").forEach(({ attributes }, i) => {
    const { source, target, weight, ...rest } = attributes;
    graph.addEdgeWithKey(`e${i + 1}`, String(source), String(target), { weight: Number(weight), ...rest });
  });
  return graph;
}

function records(table: TextTable, keyColumn: string): Array<{ key: string; attributes: Attrs }> {
  return table.rows.map((row) => {
    const entries: Array<[string, string]> = [];
    let key = "";
    table.header.forEach((header, i) => {
      const value = row[i] ?? "";
      if (header === keyColumn && keyColumn === "id") key = value;
      else if (value !== "") entries.push([header, value]);
    });
    // fromEntries defines own properties: an attribute "__proto__" is exported, not swallowed
    const attributes: Attrs = Object.fromEntries(entries);
    if (keyColumn !== "id") key = String(attributes[keyColumn]);
    return { key, attributes };
  });
}

/**
 * The dataset as a GEXF 1.2 document (Gephi).
 *
 * @example
 * ```ts
 * import { datasetToGexf, parseDataset } from "@vernetzt/core/io";
 *
 * const { dataset } = await parseDataset([
 *   { name: "actors.csv", data: "id,name\na,Alpha\nb,Beta" },
 *   { name: "ties.csv", data: "source,target\na,b" },
 * ]);
 * const gexf = datasetToGexf(dataset!);
 * gexf.includes("<gexf ") //=> true
 * const back = await parseDataset([{ name: "netz.gexf", data: gexf }]);
 * back.dataset?.ties.length //=> 1
 * ```
 */
export function datasetToGexf(dataset: Dataset): string {
  const text = gexf.write(datasetMultiGraph(dataset), {
    formatNode: (_key, attributes) => ({ label: String(attributes.name ?? ""), attributes }),
    formatEdge: (_key, { weight, ...attributes }) => ({ weight: Number(weight), attributes }),
  });
  // graphology-gexf writes data as attribute values without escaping line breaks and tabs, which XML parsers
  // turn into spaces ("attribute-value normalisation"); as character references they survive
  return text.replace(/="[^"]*"/g, (value) =>
    value.replace(/[\t\n\r\u0085\u2028\u2029]/g, characterReference),
  );
}

/** `&#N;` for a character (XML parsers keep character references as they are). */
function characterReference(char: string): string {
  return `&#${char.charCodeAt(0)};`;
}

/**
 * The dataset as a GraphML document; every attribute a `string` key except the edge `weight` (`double`).
 *
 * @example
 * ```ts
 * import { datasetToGraphml, parseDataset } from "@vernetzt/core/io";
 *
 * const { dataset } = await parseDataset([
 *   { name: "actors.csv", data: "id,name\na,Alpha\nb,Beta" },
 *   { name: "ties.csv", data: "source,target,weight\na,b,3" },
 * ]);
 * const graphml = datasetToGraphml(dataset!);
 * graphml.includes('attr.name="weight" attr.type="double"') //=> true
 * const back = await parseDataset([{ name: "netz.graphml", data: graphml }]);
 * back.dataset?.ties[0]?.weight //=> 3
 * ```
 */
export function datasetToGraphml(dataset: Dataset): string {
  const graph = datasetMultiGraph(dataset);
  const keys = { node: new Map<string, string>(), edge: new Map<string, string>() };
  graph.forEachNode((_node, attributes) => declare(keys.node, attributes, "n"));
  graph.forEachEdge((_edge, attributes) => declare(keys.edge, attributes, "e"));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
  ];
  for (const [scope, map] of Object.entries(keys)) {
    for (const [name, id] of map) {
      const type = scope === "edge" && name === "weight" ? "double" : "string";
      lines.push(`  <key id="${id}" for="${scope}" attr.name="${xml(name)}" attr.type="${type}"/>`);
    }
  }
  lines.push(
    `  <graph id="${xml(dataset.name)}" edgedefault="${dataset.directed ? "directed" : "undirected"}">`,
  );
  graph.forEachNode((node, attributes) => {
    lines.push(`    <node id="${xml(node)}">${data(keys.node, attributes)}</node>`);
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    lines.push(
      `    <edge id="${xml(edge)}" source="${xml(source)}" target="${xml(target)}">${data(keys.edge, attributes)}</edge>`,
    );
  });
  lines.push("  </graph>", "</graphml>", "");
  return lines.join("\n");
}

function declare(map: Map<string, string>, attributes: Attrs, prefix: string): void {
  for (const name of Object.keys(attributes)) if (!map.has(name)) map.set(name, `${prefix}${map.size}`);
}

function data(map: Map<string, string>, attributes: Attrs): string {
  return Object.entries(attributes)
    .map(([name, value]) => `<data key="${map.get(name)}">${xml(String(value))}</data>`)
    .join("");
}

function xml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/[\t\n\r\u0085\u2028\u2029]/g, characterReference);
}
