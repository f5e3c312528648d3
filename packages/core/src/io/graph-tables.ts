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
    graph = (format === "gexf" ? gexf : graphml).parse(MultiGraph, text);
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
    actors: toTable("actors", `${file}/nodes`, nodes),
    ties: toTable("ties", `${file}/edges`, edges),
  };
}

function toTable(kind: TableKind, file: string, records: Array<Record<string, unknown>>): Table {
  const header: string[] = [];
  for (const record of records)
    for (const key of Object.keys(record)) if (!header.includes(key)) header.push(key);
  return {
    kind,
    file,
    header,
    rows: records.map((record, index) => ({
      row: index + 1,
      cells: header.map((key) => toCell(record[key])),
    })),
  };
}

function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return JSON.stringify(value);
}
