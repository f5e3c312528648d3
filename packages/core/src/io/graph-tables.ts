/**
 * A GEXF or GraphML file → the actors and ties tables (parsed by graphology-gexf / graphology-graphml).
 * Node attributes become actor columns, edge attributes tie columns, matched through the same alias table as
 * CSV headers. The name is the `name` attribute, else the GEXF/GraphML `label`, else the node id (networkx,
 * igraph and Gephi write GraphML without either, and Gephi shows the id then too). An edge without a
 * `directed` attribute takes the direction it has in the file. Issues name `<file>/nodes` or `<file>/edges` and
 * the 1-based position of the node or edge.
 *
 * What other tools write and graphology's parsers refuse is read the way those tools read it: GraphML keys
 * declared `for="all"` (Network Canvas, yEd) hold for graph, nodes and edges; a GEXF attribute value without a
 * declaration is read as text; a node that only edges name is added, named by its id (as networkx and Gephi
 * do), and reported as NODE_UNDECLARED at the first edge naming it. A dynamic GEXF gives one tie per edge and
 * wave (`gexf-timeline.ts`).
 * A file that cannot be read is FILE_FORMAT with a reason for people (the XML parser's description of a syntax
 * error and its line, or what the file lacks), never a JavaScript exception's text.
 */

import { MultiGraph } from "graphology";
import * as gexf from "graphology-gexf";
import * as graphml from "graphology-graphml";
import type { AbstractGraph } from "graphology-types";
import type { DatasetTables } from "./dataset-from-tables.js";
import { gexfTimedTables, hasGexfTimes } from "./gexf-timeline.js";
import { edgeRecord, nodeRecord, recordTables } from "./graph-records.js";
import type { IssueCollector, MessageLang } from "./validation-report.js";

/** Reads the graph file into tables; null (FILE_FORMAT reported) when it cannot be parsed. */
export function readGraphTables(
  file: string,
  text: string,
  format: "gexf" | "graphml",
  issues: IssueCollector,
): DatasetTables | null {
  const parsed = parseGraphFile(file, text, format, issues);
  if (!parsed) return null;
  if (parsed.declared) reportUndeclaredNodes(file, parsed.graph, parsed.declared, issues);
  const timed =
    format === "gexf" && hasGexfTimes(text) ? gexfTimedTables(file, text, parsed.graph, issues) : null;
  return timed ?? graphTables(file, parsed.graph);
}

/**
 * NODE_UNDECLARED for each node that only edges name, at the first edge naming it: it is kept as an actor
 * named by its id, as networkx and Gephi read such files.
 */
function reportUndeclaredNodes(
  file: string,
  graph: AbstractGraph,
  declared: ReadonlySet<string>,
  issues: IssueCollector,
): void {
  const reported = new Set<string>();
  let position = 0;
  graph.forEachEdge((_edge, _attributes, source, target) => {
    position++;
    for (const [node, column] of [
      [source, "source"],
      [target, "target"],
    ] as const) {
      if (node === "" || declared.has(node) || reported.has(node)) continue; // "": TIE_ENDPOINT_EMPTY
      reported.add(node);
      issues.warning("NODE_UNDECLARED", { file: `${file}/edges`, row: position, column }, { value: node });
    }
  });
}

/** A parsed graph file; `declared` lists the nodes the file declares when edges name others too. */
export interface ParsedGraphFile {
  graph: MultiGraph;
  declared?: Set<string>;
}

/**
 * Parses a GEXF or GraphML document into a graphology multigraph; null, with FILE_FORMAT reported, when the
 * document is not one (the reason in the report's language, see the module comment).
 */
export function parseGraphFile(
  file: string,
  text: string,
  format: "gexf" | "graphml",
  issues: IssueCollector,
): ParsedGraphFile | null {
  const report = (reason: GraphFileProblem | XmlSyntaxError) =>
    issues.error(
      "FILE_FORMAT",
      { file, row: null, column: null },
      {
        value:
          reason instanceof XmlSyntaxError
            ? reason.describe(issues.lang)
            : GRAPH_FILE_PROBLEMS[issues.lang][reason],
        detail: format === "gexf" ? "GEXF" : "GraphML",
      },
    );
  if (!/<graph[\s>/]/.test(text)) {
    report(/<(gexf|graphml)[\s>]/.test(text) ? "no-graph" : "not-xml-graph");
    return null;
  }
  const parse = (addMissingNodes: boolean): MultiGraph =>
    quietly(() =>
      format === "gexf"
        ? gexf.parse(MultiGraph, text, { addMissingNodes, allowUndeclaredAttributes: true })
        : graphml.parse(MultiGraph, expandAllKeys(text), { addMissingNodes }),
    );
  try {
    try {
      return { graph: parse(false) };
    } catch (error) {
      // an edge to an undeclared node: read it with the node added, and note which nodes were declared
      if (!(error instanceof Error && /inexisting node/.test(error.message))) throw error;
      return { graph: parse(true), declared: declaredNodes(text) };
    }
  } catch (error) {
    report(error instanceof XmlSyntaxError ? error : "structure");
    return null;
  }
}

/**
 * A graphology graph → actor and tie tables, named `<file>/nodes` and `<file>/edges` (shared by GEXF and
 * GraphML; graphology's JSON serialisation uses the same records).
 */
export function graphTables(file: string, graph: AbstractGraph): DatasetTables {
  const nodes: Array<Record<string, unknown>> = [];
  graph.forEachNode((node, attributes) => {
    nodes.push(nodeRecord(node, attributes));
  });
  const edges: Array<Record<string, unknown>> = [];
  graph.forEachEdge((edge, attributes, source, target) => {
    edges.push(edgeRecord(source, target, attributes, graph.isDirected(edge)));
  });
  return recordTables(file, nodes, edges);
}

/**
 * Expands `for="all"` keys into graph, node and edge keys: the GraphML schema allows them (Network Canvas and
 * yEd write them for `label`, ids and types), graphology-graphml 0.5 does not read them.
 */
export function expandAllKeys(text: string): string {
  return text.replace(
    /<key\b([^>]*?)\bfor=(["'])all\2([^>]*?)\/>/g,
    (_match, before: string, _q, after: string) =>
      ["graph", "node", "edge"].map((scope) => `<key${before}for="${scope}"${after}/>`).join(""),
  );
}

/** The ids of the `<node>` elements of a document. */
function declaredNodes(text: string): Set<string> {
  const ids = new Set<string>();
  for (const match of text.matchAll(/<node\b[^>]*?\sid\s*=\s*(["'])(.*?)\1/gs)) ids.add(xmlText(match[2]!));
  return ids;
}

/** XML attribute text → its value (the five entities and character references). */
function xmlText(text: string): string {
  const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot|apos);/gi, (_all, name: string) =>
    name[0] === "#"
      ? String.fromCodePoint(
          name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : Number(name.slice(1)),
        )
      : entities[name.toLowerCase()]!,
  );
}

/** Why a graph file cannot be read, when the XML is well-formed but is not the graph it claims to be. */
type GraphFileProblem = "no-graph" | "not-xml-graph" | "structure";

const GRAPH_FILE_PROBLEMS: Record<MessageLang, Record<GraphFileProblem, string>> = {
  en: {
    "no-graph": "it holds no <graph> element, so no network (only a description of one)",
    "not-xml-graph": "it is not an XML document with a <graph> element",
    structure:
      "its elements are not arranged as the format requires (for example a <node> or <edge> without an id, source or target)",
  },
  de: {
    "no-graph": "sie enthält kein <graph>-Element, also kein Netzwerk (nur eine Beschreibung)",
    "not-xml-graph": "sie ist kein XML-Dokument mit einem <graph>-Element",
    structure:
      "ihre Elemente sind nicht so angeordnet, wie das Format es verlangt (etwa ein <node> oder <edge> ohne id, source oder target)",
  },
};

/** A syntax error the XML parser found, with its position: the one parser text shown to people. */
class XmlSyntaxError extends Error {
  constructor(
    readonly description: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(description);
  }
  describe(lang: MessageLang): string {
    if (this.line === undefined) return this.description;
    const [line, column] = lang === "de" ? ["Zeile", "Spalte"] : ["line", "column"];
    return `${this.description} (${line} ${this.line}, ${column} ${this.column})`;
  }
}

/**
 * Runs a parse with the XML parser's console output captured: xmldom (inside graphology-gexf/-graphml) prints
 * "[xmldom error]" lines for malformed XML instead of throwing; the first becomes an `XmlSyntaxError` (with its
 * line and column), so a broken file is reported as FILE_FORMAT and nothing is printed. The parse is
 * synchronous: nothing else logs meanwhile.
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
    if (fatal) throw xmlSyntaxError(fatal);
    return result;
  } catch (error) {
    const fatal = messages.find((m) => /error/i.test(m));
    throw fatal ? xmlSyntaxError(fatal) : error;
  } finally {
    console.error = saved.error;
    console.warn = saved.warn;
  }
}

/** `[xmldom error]\tunclosed xml attribute\n@#[line:3,col:5]` → the description, line 3, column 5. */
function xmlSyntaxError(message: string): XmlSyntaxError {
  const text = message.replace(/^\[xmldom \w+\]\s*/, "");
  const position = /line:(\d+),col:(\d+)/.exec(text);
  const description = text
    .split("\n")[0]!
    .replace(/\bError:\s*/g, "")
    .trim();
  return position
    ? new XmlSyntaxError(description, Number(position[1]), Number(position[2]))
    : new XmlSyntaxError(description);
}
