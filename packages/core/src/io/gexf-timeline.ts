/**
 * Dynamic GEXF (Gephi's networks over time) → one tie per edge and wave, so nothing keeps only its last value.
 *
 * GEXF 1.2/1.3 give an element times as `start`/`end` (an interval, inclusive; `startopen`/`endopen` exclude a
 * bound), `timestamp`, `timestamps` (`"[2004, 2005]"`) or `<spells><spell …/></spells>`; a value of a dynamic
 * attribute (`<attvalue for value start end|timestamp>`) holds during its own times. graphology-gexf reads
 * every value into one attribute, the last written winning; this module reads the times (with xmldom, the XML
 * parser graphology-gexf itself uses) and:
 *
 * - **Waves** are the times at which an edge or an edge value begins: every edge timestamp and interval start
 *   (an interval without a start: its end), sorted (numerically when all are numbers, else as text, which
 *   orders ISO dates). A `mode="slice"` graph with a `timestamp` (or `start`) is one wave at that time.
 * - **Edges** become one tie per wave in which they exist (no times: every wave), with the values their
 *   dynamic attributes hold then (the value whose time is the latest at or before the wave) — a weight of 1 in
 *   2004 and 2 in 2005 gives two ties, one per wave, each with its weight.
 * - **Nodes** are actors in every wave, as everywhere in vernetzt: node times are not kept (one
 *   NODE_TIMES_IGNORED warning per file), and a node attribute with several values over time keeps its latest
 *   one (VALUE_OVER_TIME warning, once per attribute, at the first such node).
 *
 * A file without times is read as before (`graphTables`).
 */
import { DOMParser } from "@xmldom/xmldom";
import type { AbstractGraph } from "graphology-types";
import type { DatasetTables } from "./dataset-from-tables.js";
import { edgeRecord, nodeRecord, recordTables } from "./graph-records.js";
import {
  beginning,
  compareTimes,
  holdsAt,
  isAlways,
  type TimedValue,
  type Times,
  valuesAt,
  wavesOf,
} from "./timeline.js";
import type { IssueCollector } from "./validation-report.js";

/** Whether a GEXF text mentions times at all (cheap test before parsing). */
export function hasGexfTimes(text: string): boolean {
  return /\s(timestamps?|start|end)\s*=|<spells?[\s>]|\smode\s*=\s*["'](dynamic|slice)["']/.test(text);
}

/** An element's own times and its attribute values. */
interface TimedElement {
  times: Times;
  values: TimedValue[];
}

/**
 * The tables of a dynamic GEXF file (see the module comment); null when it has no times, so that the caller
 * reads it as a static graph. `graph` is graphology-gexf's reading of the same text (edges in document order).
 */
export function gexfTimedTables(
  file: string,
  text: string,
  graph: AbstractGraph,
  issues: IssueCollector,
): DatasetTables | null {
  // graphology-gexf has parsed the same text already; syntax problems are reported from there
  const document = new DOMParser({ errorHandler: () => {} }).parseFromString(text, "application/xml");
  const graphElement = document.getElementsByTagName("graph")[0];
  if (!graphElement) return null;
  const edgeKeys = attributeKeys(document, "edge");
  const nodeKeys = attributeKeys(document, "node");
  const edges = elements(document, "edge").map((element) => timedElement(element, edgeKeys));
  const nodes = elements(document, "node").map((element) => timedElement(element, nodeKeys));
  if (edges.length !== graph.size || nodes.length > graph.order) return null;
  const waves = graphWaves(graphElement, edges);
  const nodeTimed = nodes.some((node) => !isAlways(node.times));
  const valuesOverTime = nodes.some((node) => node.values.some((value) => !isAlways(value.times)));
  if (waves.length === 0 && !nodeTimed && !valuesOverTime) return null;

  if (nodeTimed) {
    issues.warning("NODE_TIMES_IGNORED", { file: `${file}/nodes`, row: null, column: null });
  }
  const nodeRecords: Array<Record<string, unknown>> = [];
  const reported = new Set<string>();
  let position = 0;
  graph.forEachNode((node, attributes) => {
    const timed = nodes[position++];
    const latest = timed ? latestValues(timed.values) : new Map<string, { value: string; count: number }>();
    const overrides: Record<string, unknown> = {};
    for (const [key, { value, count }] of latest) {
      overrides[key] = value;
      if (count > 1 && !reported.has(key)) {
        reported.add(key);
        issues.warning(
          "VALUE_OVER_TIME",
          { file: `${file}/nodes`, row: position, column: key },
          { value, detail: String(count) },
        );
      }
    }
    nodeRecords.push(nodeRecord(node, { ...attributes, ...overrides }));
  });

  const edgeRecords: Array<Record<string, unknown>> = [];
  position = 0;
  graph.forEachEdge((edge, attributes, source, target) => {
    const timed = edges[position++]!;
    const directed = graph.isDirected(edge);
    if (waves.length === 0) {
      edgeRecords.push(edgeRecord(source, target, attributes, directed));
      return;
    }
    // a value that holds only at some times is absent at the others (graphology kept its last value)
    const dynamic = new Set(timed.values.filter((value) => !isAlways(value.times)).map((value) => value.key));
    const fixed = Object.fromEntries(Object.entries(attributes).filter(([key]) => !dynamic.has(key)));
    for (const wave of waves) {
      if (!holdsAt(timed.times, wave)) continue;
      const values = { ...fixed, ...valuesAt(timed.values, wave), wave };
      edgeRecords.push(edgeRecord(source, target, values, directed));
    }
  });
  return recordTables(file, nodeRecords, edgeRecords);
}

function elements(document: Document, tag: string): Element[] {
  return Array.from(document.getElementsByTagName(tag));
}

/**
 * Attribute id → the key graphology-gexf gives its values: the title when the id is a number, else the id
 * (graphology-gexf's own rule, so that per-wave values replace exactly its attributes).
 */
function attributeKeys(document: Document, scope: "node" | "edge"): Map<string, string> {
  const keys = new Map<string, string>();
  for (const group of elements(document, "attributes")) {
    if (group.getAttribute("class") !== scope) continue;
    for (const attribute of Array.from(group.getElementsByTagName("attribute"))) {
      const id = attribute.getAttribute("id") || attribute.getAttribute("for") || "";
      keys.set(id, Number.isNaN(Number(id)) ? id : attribute.getAttribute("title") || id);
    }
  }
  return keys;
}

function timedElement(element: Element, keys: ReadonlyMap<string, string>): TimedElement {
  const times = timesOf(element);
  for (const spell of Array.from(element.getElementsByTagName("spell"))) {
    const own = timesOf(spell);
    times.points.push(...own.points);
    times.intervals.push(...own.intervals);
  }
  const values = Array.from(element.getElementsByTagName("attvalue")).map((attvalue) => {
    const id = attvalue.getAttribute("for") || attvalue.getAttribute("id") || "";
    return { key: keys.get(id) ?? id, value: attvalue.getAttribute("value") ?? "", times: timesOf(attvalue) };
  });
  return { times, values };
}

/** The times written on one element (not its children). */
function timesOf(element: Element): Times {
  const read = (name: string) => {
    const value = element.getAttribute(name);
    return value === null || value.trim() === "" ? undefined : value.trim();
  };
  const points: string[] = [];
  const timestamp = read("timestamp");
  if (timestamp !== undefined) points.push(timestamp);
  const timestamps = read("timestamps");
  if (timestamps !== undefined)
    points.push(...timestamps.split(/[<>[\]();,\s]+/).filter((token) => token !== ""));
  const start = read("start") ?? read("startopen");
  const end = read("end") ?? read("endopen");
  const intervals =
    start === undefined && end === undefined
      ? []
      : [
          {
            ...(start === undefined ? {} : { start }),
            ...(end === undefined ? {} : { end }),
            startOpen: read("start") === undefined && start !== undefined,
            endOpen: read("end") === undefined && end !== undefined,
          },
        ];
  return { points, intervals };
}

/** Per key, the value that began last, and how many values the key has. */
function latestValues(values: readonly TimedValue[]): Map<string, { value: string; count: number }> {
  const latest = new Map<string, { value: TimedValue; count: number }>();
  for (const value of values) {
    const current = latest.get(value.key);
    const later =
      !current ||
      compareTimes(beginning(value.times) ?? "-Infinity", beginning(current.value.times) ?? "-Infinity") >= 0;
    latest.set(value.key, { value: later ? value : current.value, count: (current?.count ?? 0) + 1 });
  }
  return new Map([...latest].map(([key, { value, count }]) => [key, { value: value.value, count }]));
}

/** The waves of a timed graph (see the module comment); empty when its edges and edge values have no times. */
function graphWaves(graphElement: Element, edges: readonly TimedElement[]): string[] {
  const waves = wavesOf(edges.flatMap((edge) => [edge.times, ...edge.values.map((value) => value.times)]));
  const at = graphElement.getAttribute("timestamp") || graphElement.getAttribute("start");
  if (waves.length === 0 && graphElement.getAttribute("mode") === "slice" && at) return [at.trim()];
  return waves;
}
