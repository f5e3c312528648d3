/**
 * Starting positions with the groups (e.g. districts) already in place, for laying out big networks in few
 * ForceAtlas2 steps.
 *
 * What it computes: the groups are laid out first, as one node each of the group graph (two groups are tied
 * as often as their actors are; seeded ForceAtlas2, Jacomy et al. 2014, https://doi.org/10.1371/journal.pone.0098679),
 * so groups that cooperate much lie side by side. Each actor then starts at its group's place plus a seeded
 * offset in a square whose area grows with the group's size: a group of k of n actors gets a square of side
 * `spread · √(k/n) · √n`, the whole picture a radius of `spread · √n` (the extent ForceAtlas2 with the
 * settings of `layout.ts` reaches for n nodes, so few steps are left to do). Actors without a value form one
 * group of their own. Like a multilevel layout (Walshaw 2003, "A multilevel algorithm for force-directed
 * graph drawing", JGAA 7(3), https://doi.org/10.7155/jgaa.00070) with one coarse level given by the data
 * instead of by matching.
 *
 * Deterministic: the same graph (node order), attribute and seed give the same positions; only
 * `Math.sqrt` is used (exactly rounded everywhere), no trigonometry.
 */
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { VernetztGraph } from "../model/types.js";
import { portableLog } from "../numeric/portable-log.js";
import { createRng } from "../random/rng.js";
import { type Position, seededPositions } from "./seeded-positions.js";

/**
 * Radius of the whole starting picture per √n. Measured on a generated city of 2,000 actors: 500 steps of
 * `layout.ts` from random starts settle with half the actors within 33·√n of the centre; from this start,
 * 50 steps reach 35·√n (218 actors: 49·√n).
 */
export const GROUP_SPREAD = 40;

/** ForceAtlas2 steps for the group graph (a few hundred nodes at most: milliseconds). */
const GROUP_ITERATIONS = 300;

/** Each node's group (the attribute's trimmed value; `""` for none), in the graph's node order. */
function groupsOf(graph: VernetztGraph, ids: readonly string[], attribute: string): string[] {
  return ids.map((id) => {
    const value = (graph.getNodeAttributes(id) as unknown as Record<string, unknown>)[attribute];
    return typeof value === "string" ? value.trim() : value == null ? "" : String(value);
  });
}

/** The group graph's positions, centred and within the unit circle, by group (in first-seen order). */
function groupCentres(graph: VernetztGraph, ids: readonly string[], group: readonly string[], seed: number) {
  const names = [...new Set(group)];
  const place = new Map<string, Position>();
  if (names.length === 1) {
    place.set(names[0]!, { x: 0, y: 0 });
    return place;
  }
  const of = new Map(ids.map((id, i) => [id, group[i]!]));
  const index = new Map(names.map((name, i) => [name, String(i)]));
  const work = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  const start = seededPositions(names, seed);
  for (const name of names) work.addNode(index.get(name)!, { ...start.get(name) });
  graph.forEachEdge((_edge, attributes, source, target) => {
    const [a, b] = [index.get(of.get(source)!)!, index.get(of.get(target)!)!];
    if (a === b) return;
    const weight = (attributes as { weight?: number }).weight ?? 1;
    if (work.hasEdge(a, b)) work.updateEdgeAttribute(a, b, "weight", (w: number) => w + weight);
    else work.addEdge(a, b, { weight });
  });
  const moved = forceAtlas2(work, {
    iterations: GROUP_ITERATIONS,
    settings: {
      strongGravityMode: true,
      gravity: 0.05,
      scalingRatio: 10,
      slowDown: 1 + portableLog(names.length),
    },
    getEdgeWeight: "weight",
  });
  const points = names.map((name) => moved[index.get(name)!] as Position);
  const cx = points.reduce((sum, p) => sum + p.x, 0) / points.length;
  const cy = points.reduce((sum, p) => sum + p.y, 0) / points.length;
  const radius = Math.max(...points.map((p) => Math.sqrt((p.x - cx) ** 2 + (p.y - cy) ** 2)));
  const scale = radius > 0 ? 1 / radius : 1;
  names.forEach((name, i) => {
    place.set(name, { x: (points[i]!.x - cx) * scale, y: (points[i]!.y - cy) * scale });
  });
  return place;
}

/**
 * Starting positions of `graph`'s nodes (by id, in node order) with each group of `attribute` around its
 * own place (see the top of this file).
 */
export function groupedPositions(
  graph: VernetztGraph,
  attribute: string,
  seed: number,
  spread: number = GROUP_SPREAD,
): Map<string, Position> {
  const ids = graph.nodes();
  const group = groupsOf(graph, ids, attribute);
  const centres = groupCentres(graph, ids, group, seed);
  const size = new Map<string, number>();
  for (const g of group) size.set(g, (size.get(g) ?? 0) + 1);
  const whole = spread * Math.sqrt(ids.length);
  const random = createRng(seed, "grouped-positions");
  const positions = new Map<string, Position>();
  ids.forEach((id, i) => {
    const g = group[i]!;
    const centre = centres.get(g)!;
    const half = spread * Math.sqrt(size.get(g)!) * 0.5;
    positions.set(id, {
      x: centre.x * whole + (random() * 2 - 1) * half,
      y: centre.y * whole + (random() * 2 - 1) * half,
    });
  });
  return positions;
}
