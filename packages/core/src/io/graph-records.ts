/**
 * Nodes and edges of a graph file (GEXF, GraphML, graphology JSON) as actor and tie records, and the records as
 * the io area's tables `<file>/nodes` and `<file>/edges`, whose rows are the 1-based positions.
 */
import type { TableKind } from "./aliases.js";
import type { DatasetTables } from "./dataset-from-tables.js";
import type { Cell, Table } from "./table.js";

/** A node as an actor record: its key is the id, its `name`, else its `label`, else its key is the name. */
export function nodeRecord(key: string, attributes: Record<string, unknown>): Record<string, unknown> {
  const { label, ...rest } = attributes;
  return { id: key, ...(rest.name === undefined ? { name: label ?? key } : {}), ...rest };
}

/** An edge as a tie record; a `directed` attribute wins over the edge's own direction. */
export function edgeRecord(
  source: string,
  target: string,
  attributes: Record<string, unknown>,
  directed: boolean,
): Record<string, unknown> {
  return { source, target, ...attributes, directed: attributes.directed ?? (directed ? "yes" : "no") };
}

/** Node and edge records → the actors and ties tables `<file>/nodes` and `<file>/edges`. */
export function recordTables(
  file: string,
  nodes: Array<Record<string, unknown>>,
  edges: Array<Record<string, unknown>>,
): DatasetTables {
  return {
    actors: toTable("actors", `${file}/nodes`, nodes, ["id", "name"]),
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
