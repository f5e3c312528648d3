/**
 * A reproducible force-directed layout: seeded ForceAtlas2.
 *
 * What it computes: 2-D positions for every actor such that cooperating actors lie close together and
 * unconnected groups drift apart (ForceAtlas2: degree-weighted repulsion k_r·(deg(u)+1)(deg(v)+1)/d between
 * all pairs, attraction w_uv^δ·d along ties, plus gravity towards the centre).
 * Reference: Jacomy, Venturini, Heymann & Bastian (2014), "ForceAtlas2, a continuous graph layout algorithm
 * for handy network visualization designed for the Gephi software", PLoS ONE 9(6): e98679,
 * https://doi.org/10.1371/journal.pone.0098679.
 *
 * How it runs: starting positions come from `seededPositions` (`random/rng.ts` with `seed`, in the graph's node
 * order), or with `groupBy` from `groupedPositions` (the groups, e.g. districts, placed first; for big networks,
 * which then need only a few dozen steps), then `graphology-layout-forceatlas2` runs synchronously for `iterations` steps with the fixed
 * settings below (those of its `inferSettings` for small graphs; Barnes–Hut from 2000 actors, as there).
 * The result is centred on the mean position, scaled so the farthest actor lies at distance 1, and rounded to
 * 6 decimals, so the JSON written for the dashboard is compact and byte-identical run after run.
 * Positions are for drawing, not for measuring: networkx' `forceatlas2_layout` (3.4+), igraph and Gephi run
 * the same algorithm from other random starts and give other (equally valid) pictures.
 *
 * Tie direction is ignored (attraction is symmetric); a mutual pair of directed ties attracts twice.
 */
import Graph from "graphology";
import forceAtlas2, { type ForceAtlas2Settings } from "graphology-layout-forceatlas2";
import type { VernetztGraph } from "../model/types.js";
import { VernetztError } from "../model/vernetzt-error.js";
import { portableLog } from "../numeric/portable-log.js";
import { groupedPositions } from "./grouped-positions.js";
import { type Position, seededPositions } from "./seeded-positions.js";

/** Options of {@link layout}. */
export interface LayoutOptions {
  /** Seed of the starting positions (an integer 0 … 2³²−1). Same seed, same picture. Default `1`. */
  seed: number;
  /** Number of ForceAtlas2 steps (a positive integer). More steps settle the picture further. Default `500`. */
  iterations: number;
  /**
   * Whether tie weights count: a heavier tie pulls harder and adds to its actors' mass. With `false` every
   * tie counts 1. Default `true`.
   */
  weighted: boolean;
  /**
   * A node attribute (e.g. `"district"`) whose groups are placed first (`grouped-positions.ts`): each actor
   * starts near the others of its group, so a big network needs far fewer steps. `null`: random starts.
   * Default `null`.
   */
  groupBy: string | null;
}

/** The defaults of {@link layout}. */
export const DEFAULT_LAYOUT_OPTIONS: Readonly<LayoutOptions> = Object.freeze({
  seed: 1,
  iterations: 500,
  weighted: true,
  groupBy: null,
});

/** Positions by actor id, in the graph's node order. */
export type LayoutPositions = Record<string, Position>;

/**
 * An option of {@link layout} has a value it cannot use. `option` names it.
 *
 * @example
 * ```ts
 * import { layout, LayoutOptionError } from "@vernetzt/core/layout";
 * import { parseEdgeList } from "@vernetzt/core/interop";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * const { dataset } = parseEdgeList({ name: "netz.edgelist", data: "a b\nb c" });
 * const graph = buildGraph(dataset!);
 * try {
 *   layout(graph, { iterations: 0 });
 * } catch (error) {
 *   error instanceof LayoutOptionError //=> true
 *   String((error as LayoutOptionError).option) //=> "iterations"
 * }
 * ```
 */
export class LayoutOptionError extends VernetztError {
  override name = "LayoutOptionError";
  constructor(
    readonly option: keyof LayoutOptions,
    message: string,
  ) {
    super(`layout: ${message}`, { code: "LAYOUT_OPTION", usage: true });
  }
}

/** Order from which ForceAtlas2's Barnes–Hut approximation is used (as in its `inferSettings`). */
const BARNES_HUT_FROM = 2000;

/** Fixed ForceAtlas2 settings for a graph of `order` nodes. */
function settingsFor(order: number): ForceAtlas2Settings {
  return {
    barnesHutOptimize: order >= BARNES_HUT_FROM,
    strongGravityMode: true,
    gravity: 0.05,
    scalingRatio: 10,
    slowDown: 1 + portableLog(order), // not Math.log: engines differ in its last bit
  };
}

function resolveLayoutOptions(options: Partial<LayoutOptions>): LayoutOptions {
  const resolved = { ...DEFAULT_LAYOUT_OPTIONS, ...options };
  const { seed, iterations, weighted, groupBy } = resolved;
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new LayoutOptionError("seed", `seed must be an integer from 0 to 4294967295, got ${String(seed)}.`);
  }
  if (!Number.isInteger(iterations) || iterations < 1) {
    throw new LayoutOptionError(
      "iterations",
      `iterations must be a positive integer (e.g. 500), got ${String(iterations)}.`,
    );
  }
  if (typeof weighted !== "boolean") {
    throw new LayoutOptionError("weighted", `weighted must be true or false, got ${String(weighted)}.`);
  }
  if (groupBy !== null && (typeof groupBy !== "string" || groupBy.trim() === "")) {
    throw new LayoutOptionError(
      "groupBy",
      `groupBy must be the name of a node attribute (e.g. "district") or null, got ${String(groupBy)}.`,
    );
  }
  return resolved;
}

const round6 = (value: number): number => Math.round(value * 1e6) / 1e6 + 0;

/** Centre on the mean position and scale so the farthest node lies at distance 1. */
function normalise(raw: Map<string, Position>): LayoutPositions {
  const points = [...raw.values()];
  const cx = points.reduce((sum, p) => sum + p.x, 0) / points.length;
  const cy = points.reduce((sum, p) => sum + p.y, 0) / points.length;
  const radius = Math.max(...points.map((p) => Math.hypot(p.x - cx, p.y - cy)));
  const scale = radius > 0 ? 1 / radius : 1;
  // fromEntries defines own properties: an id `__proto__` is a position like any other
  return Object.fromEntries(
    [...raw].map(([id, p]) => [id, { x: round6((p.x - cx) * scale), y: round6((p.y - cy) * scale) }]),
  );
}

/**
 * Positions for drawing `graph`: seeded ForceAtlas2, centred, within the unit circle.
 * Does not touch `graph`. The same graph (same node and tie order) and options give the same positions.
 *
 * @example
 * ```ts
 * import { layout } from "@vernetzt/core/layout";
 * import { parseEdgeList } from "@vernetzt/core/interop";
 * import { buildGraph } from "@vernetzt/core/model";
 *
 * const { dataset } = parseEdgeList({ name: "netz.edgelist", data: "a b\nb c\nc a\nc d" });
 * const graph = buildGraph(dataset!);
 * const positions = layout(graph, { seed: 1, iterations: 200 });
 * Object.keys(positions) //=> ["a", "b", "c", "d"]
 * // centred and scaled: the farthest actor lies on the unit circle
 * Number(Math.max(...Object.values(positions).map((p) => Math.hypot(p.x, p.y))).toFixed(3)) //=> 1
 * // seeded: the same graph and options give the same picture
 * JSON.stringify(layout(graph, { seed: 1, iterations: 200 })) === JSON.stringify(positions) //=> true
 * ```
 */
export function layout(graph: VernetztGraph, options: Partial<LayoutOptions> = {}): LayoutPositions {
  const { seed, iterations, weighted, groupBy } = resolveLayoutOptions(options);
  const ids = graph.nodes();
  if (ids.length === 0) return {};
  const start = groupBy === null ? seededPositions(ids, seed) : groupedPositions(graph, groupBy, seed);
  // ForceAtlas2 keeps its per-node data in plain objects: the work graph's nodes are keyed by position, so an
  // actor called `__proto__` or `constructor` is laid out like any other (see model/member-names.ts).
  const index = new Map(ids.map((id, i) => [id, String(i)]));
  const work = new Graph({ type: graph.type, multi: false, allowSelfLoops: false });
  for (const id of ids) work.addNode(index.get(id)!, { ...start.get(id) });
  graph.forEachEdge((_edge, attributes, source, target) => {
    // a self-loop pulls an actor towards itself: no force (and the work graph allows none)
    if (source !== target)
      work.addEdge(index.get(source)!, index.get(target)!, { weight: attributes.weight });
  });
  const moved = forceAtlas2(work, {
    iterations,
    settings: settingsFor(ids.length),
    getEdgeWeight: weighted ? "weight" : null,
  });
  return normalise(new Map(ids.map((id, i) => [id, moved[String(i)] as Position])));
}
