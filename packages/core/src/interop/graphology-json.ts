/**
 * graphology's own serialisation (`graph.export()`, `JSON.stringify(graph)`; sigma.js's example datasets):
 * `{"attributes": {…}, "options": {"type", "multi", "allowSelfLoops"}, "nodes": [{"key", "attributes"?}],
 * "edges": [{"key"?, "source", "target", "attributes"?, "undirected"?}]}` (graphology's "Serialization"
 * specification, graphology.github.io/serialization).
 *
 * Mapping, as for GEXF and GraphML (`io/graph-tables.ts`): the node key is the actor id; the `name` attribute,
 * else `label`, else the key is the name; every other node attribute goes through vernetzt's alias table
 * (`district`, `Stadtteil`, …) or stays an attribute; an edge's `weight` is the tie's weight (1 when absent, as
 * graphology-metrics reads it), its other attributes tie columns. An edge is undirected when it says
 * `"undirected": true` or the graph's `options.type` is `"undirected"`, else directed (graphology's default).
 * Edge keys and graph attributes are not kept. Issues name `<file>/nodes` or `<file>/edges` and the 1-based
 * position of the node or edge.
 */
import { edgeRecord, nodeRecord, recordTables } from "../io/graph-records.js";
import type { InputFile } from "../io/input-file.js";
import type { LoadResult } from "../io/parse-dataset.js";
import { baseName, checkInteropOptions, finishLoad, type InteropLoadOptions } from "./interop-tables.js";
import { readJsonObject } from "./json-document.js";

/**
 * Whether a parsed JSON object is graphology's serialisation: a `nodes` list whose entries each have a `key`,
 * and an `edges` list if any.
 *
 * @example
 * ```ts
 * import { isGraphologySerialization } from "@vernetzt/core/interop";
 *
 * isGraphologySerialization({ nodes: [{ key: "a" }, { key: "b" }], edges: [{ source: "a", target: "b" }] }) //=> true
 * isGraphologySerialization({ actors: [], ties: [] }) //=> false
 * ```
 */
export function isGraphologySerialization(document: Record<string, unknown>): boolean {
  const { nodes, edges } = document;
  return (
    Array.isArray(nodes) &&
    (edges === undefined || Array.isArray(edges)) &&
    (nodes.length > 0 || document.options !== undefined) &&
    nodes.every((node) => isObject(node) && (typeof node.key === "string" || typeof node.key === "number"))
  );
}

/**
 * Reads one graphology JSON file.
 *
 * @example
 * ```ts
 * import { parseGraphologyJson } from "@vernetzt/core/interop";
 *
 * const exported = {
 *   options: { type: "undirected", multi: false, allowSelfLoops: true },
 *   nodes: [
 *     { key: "kita", attributes: { label: "Kita Sonnenschein", district: "Nord" } },
 *     { key: "jugend", attributes: { label: "Jugendtreff" } },
 *   ],
 *   edges: [{ source: "kita", target: "jugend", attributes: { weight: 2 }, undirected: true }],
 * };
 * const { dataset } = parseGraphologyJson({ name: "netz.json", data: JSON.stringify(exported) });
 * dataset?.actors.map((actor) => actor.name) //=> ["Kita Sonnenschein", "Jugendtreff"]
 * dataset?.actors[0]?.district //=> "Nord"
 * dataset?.ties[0]?.weight //=> 2
 * dataset?.directed //=> false
 * ```
 */
export function parseGraphologyJson(file: InputFile, options: InteropLoadOptions = {}): LoadResult {
  const issues = checkInteropOptions("parseGraphologyJson", options);
  const document = readJsonObject(file, "graphology JSON", issues);
  if (!document) return { dataset: null, report: issues.report() };
  if (!isGraphologySerialization(document)) {
    const value =
      issues.lang === "de"
        ? "keine Liste nodes, in der jeder Knoten einen key hat"
        : "no list of nodes, each with a key";
    issues.error(
      "FILE_FORMAT",
      { file: file.name, row: null, column: null },
      { value, detail: "graphology JSON" },
    );
    return { dataset: null, report: issues.report() };
  }
  const graphType = isObject(document.options) ? document.options.type : undefined;
  const nodes = (document.nodes as Array<Record<string, unknown>>).map((node) =>
    nodeRecord(String(node.key), attributesOf(node)),
  );
  const edges = ((document.edges ?? []) as unknown[]).map((value) => {
    const edge = isObject(value) ? value : {};
    const directed = edge.undirected !== true && graphType !== "undirected";
    return edgeRecord(endpoint(edge.source), endpoint(edge.target), attributesOf(edge), directed);
  });
  const tables = recordTables(file.name, nodes, edges);
  return finishLoad(baseName(file.name), tables, options, false, issues, "keep");
}

function attributesOf(entry: Record<string, unknown>): Record<string, unknown> {
  return isObject(entry.attributes) ? entry.attributes : {};
}

function endpoint(value: unknown): string {
  return typeof value === "string" || typeof value === "number" ? String(value) : "";
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
