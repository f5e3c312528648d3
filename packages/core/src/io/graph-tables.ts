/**
 * A GEXF or GraphML file → the actors and ties tables (parsed by graphology-gexf / graphology-graphml).
 * Node attributes become actor columns (the GEXF `label` is the name when there is no `name` attribute), edge
 * attributes tie columns, matched through the same alias table as CSV headers. An edge without a `directed`
 * attribute takes the direction it has in the file. Issues name `<file>/nodes` or `<file>/edges` and the
 * 1-based position of the node or edge.
 */

import type Graph from "graphology";
import { MultiGraph } from "graphology";
import * as gexf from "graphology-gexf";
import * as graphml from "graphology-graphml";
import type { TableKind } from "./aliases.js";
import type { DatasetTables } from "./dataset-from-tables.js";
import type { Cell, Table } from "./table.js";
import type { IssueCollector } from "./validation-report.js";
import { errorText } from "./xlsx-tables.js";

/** Reads the graph file into tables; null (FILE_FORMAT reported) when it cannot be parsed. */
export function readGraphTables(
  file: string,
  text: string,
  format: "gexf" | "graphml",
  issues: IssueCollector,
): DatasetTables | null {
  let graph: Graph;
  try {
    graph = quietly(() => (format === "gexf" ? gexf : graphml).parse(MultiGraph, text));
  } catch (error) {
    issues.error(
      "FILE_FORMAT",
      { file, row: null, column: null },
      {
        value: errorText(error),
        detail: format === "gexf" ? "GEXF" : "GraphML",
      },
    );
    return null;
  }
  const nodes: Array<Record<string, unknown>> = [];
  graph.forEachNode((node, attributes) => {
    const { label, ...rest } = attributes;
    nodes.push({
      id: node,
      ...(rest.name === undefined && label !== undefined ? { name: label } : {}),
      ...rest,
    });
  });
  const edges: Array<Record<string, unknown>> = [];
  graph.forEachEdge((edge, attributes, source, target) => {
    const directed = attributes.directed ?? (graph.isDirected(edge) ? "yes" : "no");
    edges.push({ source, target, ...attributes, directed });
  });
  return {
    actors: toTable("actors", `${file}/nodes`, nodes, ["id"]),
    ties: toTable("ties", `${file}/edges`, edges, ["source", "target"]),
  };
}

function toTable(
  kind: TableKind,
  file: string,
  records: Array<Record<string, unknown>>,
  first: string[],
): Table {
  const keys = new Set<string>(first); // insertion order = order of first appearance
  for (const record of records) for (const key of Object.keys(record)) keys.add(key);
  const header = [...keys];
  return {
    kind,
    file,
    header,
    rows: records.map((record, index) => ({
      row: index + 1,
      cells: header.map((key) => toCell(Object.hasOwn(record, key) ? record[key] : undefined)),
    })),
  };
}

function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return JSON.stringify(value);
}

/**
 * Runs a parse with the XML parser's console output captured: xmldom (inside graphology-gexf/-graphml) prints
 * "[xmldom error]" lines for malformed XML instead of throwing; they become one thrown error here, so a broken
 * file is reported as FILE_FORMAT and nothing is printed. The parse is synchronous: nothing else logs meanwhile.
 */
function quietly<T>(parse: () => T): T {
  const messages: string[] = [];
  const saved = { error: console.error, warn: console.warn };
  const capture = (...args: unknown[]) => {
    messages.push(args.map(String).join(" "));
  };
  console.error = capture;
  console.warn = capture;
  try {
    const result = parse();
    const fatal = messages.find((m) => /error/i.test(m));
    if (fatal)
      throw new Error(
        fatal
          .replace(/^\[xmldom \w+\]\s*/, "")
          .split("\n")[0]!
          .trim(),
      );
    return result;
  } finally {
    console.error = saved.error;
    console.warn = saved.warn;
  }
}
