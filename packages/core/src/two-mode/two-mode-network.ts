/**
 * A two-mode (bipartite, affiliation) network: members (people, organisations) and the groups they belong to
 * (meetings, events, projects). It is a graphology graph whose nodes carry a `mode` attribute with exactly two
 * values; ties only join nodes of different modes (networkx's `bipartite` node attribute, igraph's `type`).
 * The actor × meeting graph of a dataset (`twoModeGraph` in `model/`) qualifies too: its `part` attribute is read
 * as the mode, and its `id` attribute as the node's id.
 */
import { UndirectedGraph } from "graphology";
import type { AbstractGraph, Attributes } from "graphology-types";
import { ownValue } from "../model/member-names.js";
import { TwoModeError, TwoModeOptionError } from "./errors.js";

/** Node attributes of a two-mode network built by `twoModeNetwork`. */
export interface TwoModeNetworkNodeAttributes {
  /** Which side the node is on, e.g. `"person"` or `"event"`. */
  mode: string;
  /** Display name (the id unless given). */
  label: string;
}

/** A two-mode network: any graphology graph whose nodes have a `mode` (or `part`) attribute. */
export type TwoModeNetwork = AbstractGraph<Attributes>;

/** One membership: a member belongs to a group (attends a meeting, works in a project). */
export interface Membership {
  member: string;
  group: string;
}

/** Options of `twoModeNetwork`. */
export interface TwoModeNetworkOptions {
  /** Mode of the members. Default `"member"`. */
  memberMode: string;
  /** Mode of the groups. Default `"group"`. */
  groupMode: string;
  /** Labels of members and groups by id (default: the id). */
  labels: Readonly<Record<string, string>>;
}

export const DEFAULT_TWO_MODE_NETWORK_OPTIONS: TwoModeNetworkOptions = {
  memberMode: "member",
  groupMode: "group",
  labels: {},
};

/**
 * Builds the two-mode network of a list of memberships: members in order of first appearance, then groups in
 * order of first appearance, one tie per distinct membership. Throws `TwoModeError` (`same-key`) when an id is
 * both a member and a group.
 *
 * @example
 * ```ts
 * import { twoModeNetwork } from "@vernetzt/core/two-mode";
 *
 * const memberships = [
 *   { member: "p1", group: "ak-jugend" },
 *   { member: "p2", group: "ak-jugend" },
 *   { member: "p3", group: "ak-jugend" },
 *   { member: "p1", group: "stadtteilfest" },
 *   { member: "p2", group: "stadtteilfest" },
 * ];
 * const network = twoModeNetwork(memberships, { memberMode: "person", groupMode: "event" });
 * network.nodes() //=> ["p1", "p2", "p3", "ak-jugend", "stadtteilfest"]
 * network.getNodeAttribute("ak-jugend", "mode") //=> "event"
 * network.size //=> 5
 * ```
 */
export function twoModeNetwork(
  memberships: Iterable<Membership>,
  options: Partial<TwoModeNetworkOptions> = {},
): UndirectedGraph<TwoModeNetworkNodeAttributes> {
  const { memberMode, groupMode, labels } = { ...DEFAULT_TWO_MODE_NETWORK_OPTIONS, ...options };
  if (typeof memberMode !== "string" || typeof groupMode !== "string" || memberMode === groupMode) {
    throw new TwoModeOptionError("memberMode/groupMode", `${memberMode}/${groupMode}`, "two different texts");
  }
  const list = [...memberships];
  const members = [...new Set(list.map((m) => m.member))];
  const groups = [...new Set(list.map((m) => m.group))];
  const memberSet = new Set(members);
  for (const group of groups)
    if (memberSet.has(group)) throw new TwoModeError({ reason: "same-key", node: group });
  const graph = new UndirectedGraph<TwoModeNetworkNodeAttributes>();
  for (const id of members) graph.addNode(id, { mode: memberMode, label: ownValue(labels, id) ?? id });
  for (const id of groups) graph.addNode(id, { mode: groupMode, label: ownValue(labels, id) ?? id });
  for (const { member, group } of list) if (!graph.hasEdge(member, group)) graph.addEdge(member, group);
  return graph;
}

/**
 * The mode of a node: its `mode` attribute, else `part` (model's actor × meeting graph).
 *
 * @example
 * ```ts
 * import { modeOf } from "@vernetzt/core/two-mode";
 *
 * modeOf({ mode: "person", label: "p1" }) //=> "person"
 * modeOf({ part: "event", id: "ak1" }) //=> "event"
 * modeOf({ label: "ohne" }) //=> undefined
 * ```
 */
export function modeOf(attributes: Record<string, unknown>): string | undefined {
  const mode = attributes.mode ?? attributes.part;
  return typeof mode === "string" && mode !== "" ? mode : undefined;
}

/**
 * The two modes of a network in order of first appearance, after checking that every node has a mode, there
 * are at most two, and every tie joins nodes of different modes (`TwoModeError` otherwise).
 *
 * @example
 * ```ts
 * import { checkTwoMode, twoModeNetwork } from "@vernetzt/core/two-mode";
 *
 * const memberships = [
 *   { member: "p1", group: "ak-jugend" },
 *   { member: "p2", group: "ak-jugend" },
 *   { member: "p3", group: "ak-jugend" },
 *   { member: "p1", group: "stadtteilfest" },
 *   { member: "p2", group: "stadtteilfest" },
 * ];
 * const network = twoModeNetwork(memberships, { memberMode: "person", groupMode: "event" });
 * checkTwoMode(network) //=> ["person", "event"]
 * network.addEdge("p1", "p3"); // a tie inside one mode
 * try {
 *   checkTwoMode(network);
 * } catch (error) {
 *   String((error as Error).name) //=> "TwoModeError"
 * }
 * ```
 */
export function checkTwoMode(graph: TwoModeNetwork): string[] {
  const modes: string[] = [];
  graph.forEachNode((node, attributes) => {
    const mode = modeOf(attributes);
    if (mode === undefined) throw new TwoModeError({ reason: "no-mode", node });
    if (!modes.includes(mode)) modes.push(mode);
  });
  if (modes.length > 2) throw new TwoModeError({ reason: "too-many-modes", modes });
  graph.forEachEdge((_edge, _attributes, source, target, sourceAttributes, targetAttributes) => {
    const mode = modeOf(sourceAttributes);
    if (mode === modeOf(targetAttributes)) {
      throw new TwoModeError({ reason: "not-bipartite", node: source, target, mode: mode ?? "" });
    }
  });
  return modes;
}

/**
 * The id of a node: its `id` attribute when it is a text (model's prefixed keys), else the key.
 *
 * @example
 * ```ts
 * import { parseDataset } from "@vernetzt/core/io";
 * import { actorNodeKey, twoModeGraph } from "@vernetzt/core/model";
 * import { nodeIdOf } from "@vernetzt/core/two-mode";
 *
 * const { dataset } = await parseDataset([
 *   { name: "actors.csv", data: "id,name\nkita,Kita\nschule,Schule" },
 *   { name: "ties.csv", data: "source,target\nkita,schule" },
 *   { name: "attendance.csv", data: "event,actor\nak1,kita" },
 * ]);
 * const graph = twoModeGraph(dataset!);
 * nodeIdOf(actorNodeKey("kita"), graph.getNodeAttributes(actorNodeKey("kita"))) //=> "kita"
 * nodeIdOf("p1", { mode: "person" }) //=> "p1"
 * ```
 */
export function nodeIdOf(key: string, attributes: Record<string, unknown>): string {
  return typeof attributes.id === "string" ? attributes.id : key;
}
