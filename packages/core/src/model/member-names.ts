/**
 * Ids are data, and data may be any text: an actor, a district or a sector can be called `constructor`,
 * `__proto__`, `toString` or `hasOwnProperty`. In a plain JavaScript object such a key reads an inherited
 * member (`{}["constructor"]` is a function), and assigning `__proto__` replaces the prototype instead of
 * storing a value. vernetzt keys its own per-id data by `Map` or builds records with `Object.fromEntries`
 * (which defines own properties); these helpers cover the two remaining cases: third-party graph code that
 * keeps per-node data in plain objects (graphology's layout and Louvain), and reading a record that may not
 * have the key.
 */
import Graph from "graphology";
import type { VernetztGraph } from "./types.js";

/**
 * Whether `key` names a member every plain object has (`constructor`, `__proto__`, `toString`, …).
 *
 * @example
 * ```ts
 * import { isObjectMemberName } from "@vernetzt/core/model";
 *
 * isObjectMemberName("__proto__") //=> true
 * isObjectMemberName("hasOwnProperty") //=> true
 * isObjectMemberName("Kita Sonnenschein") //=> false
 * ```
 */
export function isObjectMemberName(key: string): boolean {
  return key in Object.prototype;
}

/**
 * The value of an own property of `record`, or `undefined`: never an inherited member such as
 * `record["constructor"]`.
 *
 * @example
 * ```ts
 * import { ownValue } from "@vernetzt/core/model";
 *
 * const degree: Record<string, number> = { kita: 3 };
 * ownValue(degree, "kita") //=> 3
 * ownValue(degree, "constructor") //=> undefined
 * ```
 */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * Runs `compute` — third-party code that returns a plain object keyed by node — so that node keys named like
 * object members survive: when `graph` has such a key, `compute` gets a copy whose nodes are keyed by their
 * position (`"0"`, `"1"`, … in the same order, edges with their `weight`), and the answer is mapped back.
 * Otherwise `compute` gets `graph` itself, so the result is exactly what it always was.
 *
 * @example
 * ```ts
 * import { parseDataset } from "@vernetzt/core/io";
 * import { buildGraph, perNode } from "@vernetzt/core/model";
 *
 * const { dataset } = await parseDataset([
 *   { name: "actors.csv", data: "id,name\n__proto__,Alpha\nkita,Kita" },
 *   { name: "ties.csv", data: "source,target\n__proto__,kita" },
 * ]);
 * const degrees = perNode(buildGraph(dataset!), (graph) =>
 *   Object.fromEntries(graph.mapNodes((node) => [node, graph.degree(node)])),
 * );
 * degrees.get("__proto__") //=> 1
 * degrees.size //=> 2
 * ```
 */
export function perNode<T>(
  graph: VernetztGraph,
  compute: (graph: VernetztGraph) => Readonly<Record<string, T>>,
): Map<string, T> {
  const ids = graph.nodes();
  if (!ids.some(isObjectMemberName)) {
    const result = compute(graph);
    return new Map(ids.map((id) => [id, result[id]!]));
  }
  const result = compute(indexKeyedCopy(graph));
  return new Map(ids.map((id, i) => [id, result[String(i)]!]));
}

/**
 * A copy of `graph` with its nodes keyed `"0"`, `"1"`, … in the same order, each edge with its `weight` only.
 *
 * @example
 * ```ts
 * import { parseDataset } from "@vernetzt/core/io";
 * import { buildGraph, indexKeyedCopy } from "@vernetzt/core/model";
 *
 * const { dataset } = await parseDataset([
 *   { name: "actors.csv", data: "id,name\nconstructor,Alpha\ntoString,Beta" },
 *   { name: "ties.csv", data: "source,target,weight\nconstructor,toString,2" },
 * ]);
 * const copy = indexKeyedCopy(buildGraph(dataset!));
 * copy.nodes() //=> ["0", "1"]
 * copy.getEdgeAttribute(copy.edge("0", "1")!, "weight") //=> 2
 * ```
 */
export function indexKeyedCopy(graph: VernetztGraph): VernetztGraph {
  const index = new Map(graph.nodes().map((id, i) => [id, String(i)]));
  // self-loops stay (a graph from `fromGraphology` may have them; Louvain counts them)
  const copy = new Graph({ type: graph.type, multi: false, allowSelfLoops: true });
  for (const key of index.values()) copy.addNode(key);
  graph.forEachEdge((_edge, attributes, source, target) => {
    copy.addEdge(index.get(source)!, index.get(target)!, { weight: attributes.weight });
  });
  return copy as unknown as VernetztGraph;
}

/**
 * Stores `value` under `key` as an own property, also for `__proto__` (plain assignment would replace the
 * prototype instead). The fast way to fill a record keyed by ids in a loop.
 *
 * @example
 * ```ts
 * import { setOwn } from "@vernetzt/core/model";
 *
 * const degree: Record<string, number> = {};
 * setOwn(degree, "__proto__", 2);
 * setOwn(degree, "kita", 3);
 * Object.keys(degree) //=> ["__proto__", "kita"]
 * JSON.stringify(degree) //=> '{"__proto__":2,"kita":3}'
 * ```
 */
export function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
  if (key === "__proto__") {
    Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    record[key] = value;
  }
}
